import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../src/config/defaults.js'
import { scoring, unreadablePlan } from '../../src/score/scoring.js'

describe('CG017 plan-unreadable', () => {
  it('should fail a plan that could not be read, saying why, and nothing else', () => {
    const report = unreadablePlan('specs/x/plan.md', 'it is a symbolic link, which is never followed', scoring(defaultConfig()))
    expect(report.verdict).toBe('fail')
    expect(report.findings.map((f) => [f.ruleId, f.range.line])).toEqual([['CG017', 1]])
    expect(report.findings[0]?.message).toContain('symbolic link')
  })
})
