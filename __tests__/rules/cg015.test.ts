import { describe, expect, it } from '@jest/globals'
import { expectMarkedLines, scoreFixture } from '../helpers/rules.js'

describe('CG015 complexity-table-shape', () => {
  it('should warn on a table under Complexity Tracking that is not a justification table', () => {
    expectMarkedLines('cg015')
  })

  it('should point at the whole header line', () => {
    const finding = scoreFixture('cg015').findings.find((f) => f.ruleId === 'CG015')
    expect(finding?.range).toEqual({ line: 13, column: 1, endLine: 13, endColumn: 34 })
  })

  it('should not read its rows as justifications', () => {
    expect(scoreFixture('cg015').rows).toEqual([])
  })
})
