import { describe, expect, it } from '@jest/globals'
import { linesOf, score } from '../helpers/fixtures.js'
import { expectMarkedLines } from '../helpers/rules.js'

describe('CG011 complexity-score-over-limit', () => {
  it('should fire on Critical under the default limit of High', () => {
    expectMarkedLines('cg011')
  })

  it.each([
    ['High', 'High', []],
    ['Medium', 'Low', [3]],
    ['Critical', 'Critical', []]
  ])('should compare %s against a limit of %s', (level, limit, lines) => {
    const text = `## Constitution Check\n\n**Current Complexity Score**: ${level}\n`
    expect(linesOf(score(text, { maxComplexityScore: limit as 'High' }), 'CG011')).toEqual(lines)
  })
})
