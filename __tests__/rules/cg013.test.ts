import { describe, expect, it } from '@jest/globals'
import { linesOf, score } from '../helpers/fixtures.js'
import { expectMarkedLines, scoreFixture } from '../helpers/rules.js'

describe('CG013 summary-fail', () => {
  it('should fail the plan on its own FAIL verdict even when every violation is justified', () => {
    expectMarkedLines('cg013')
    const report = scoreFixture('cg013')
    expect(report.gates[0]?.status).toBe('justified')
    expect(report.verdict).toBe('fail')
  })

  it.each([
    ['Result: No violations.', []],
    ['**Result**: VIOLATION', [5]],
    ['**Result**: PASS (with documented violations)', []]
  ])('should read "%s"', (line, lines) => {
    const text = `## Constitution Check\n\n- ✅ Library-First\n\n${line}\n`
    expect(linesOf(score(text), 'CG013')).toEqual(lines)
  })
})
