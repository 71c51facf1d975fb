import { describe, expect, it } from '@jest/globals'
import { linesOf, score } from '../helpers/fixtures.js'
import { expectMarkedLines, scoreFixture } from '../helpers/rules.js'

describe('CG002 gates-unfilled', () => {
  it('should fire on a section holding only the template prompt, and not on the filled one', () => {
    expectMarkedLines('cg002')
  })

  it('should cover the section down to its prompt, and not also report the prompt (CG006)', () => {
    const report = scoreFixture('cg002')
    const finding = report.findings.find((f) => f.ruleId === 'CG002')
    expect(finding?.range).toMatchObject({ line: 3, endLine: 7 })
    expect(linesOf(report, 'CG006')).toEqual([])
    expect(report.verdict).toBe('fail')
  })

  it('should not call an empty section unfilled (it is not evaluated)', () => {
    const report = score('# Plan\n\n## Constitution Check\n\nAll principles hold for this design.\n')
    expect(linesOf(report, 'CG002')).toEqual([])
    expect(linesOf(report, 'CG004')).toEqual([3])
  })
})
