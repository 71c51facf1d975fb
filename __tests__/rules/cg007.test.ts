import { describe, expect, it } from '@jest/globals'
import { expectMarkedLines, scoreFixture } from '../helpers/rules.js'

describe('CG007 placeholder-in-complexity', () => {
  it('should warn on template rows and the unfilled score, not on a "None | N/A" row', () => {
    expectMarkedLines('cg007')
  })

  it('should advise on a template row and on a prompt in a field differently', () => {
    const messages = scoreFixture('cg007').findings.filter((f) => f.ruleId === 'CG007').map((f) => f.message)
    expect(messages).toEqual([
      "Template text '[e.g., 4th project]' is left in Complexity Tracking: delete the template row, or replace it with a real violation.",
      "Template text '[Low/Medium/High/Critical]' is left in Complexity Tracking: write what it asks for, or delete it."
    ])
  })

  it('should be a warning by default: the plan still passes', () => {
    const report = scoreFixture('cg007')
    expect(report.findings.filter((f) => f.ruleId === 'CG007').every((f) => f.severity === 'warning')).toBe(true)
    expect(report.verdict).toBe('pass')
  })

  it('should fail the plan when configured as an error', () => {
    expect(scoreFixture('cg007', { rules: { CG007: 'error' } }).verdict).toBe('fail')
  })
})
