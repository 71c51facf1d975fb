import { describe, expect, it } from '@jest/globals'
import { expectMarkedLines, scoreFixture } from '../helpers/rules.js'

describe('CG006 placeholder-in-gates', () => {
  it('should fire on each template prompt left in the gates, not on a tag such as [FLAKY]', () => {
    expectMarkedLines('cg006')
  })

  it('should point at the prompt itself, column included', () => {
    const finding = scoreFixture('cg006').findings.find((f) => f.ruleId === 'CG006')
    expect(finding?.range).toEqual({ line: 7, column: 26, endLine: 7, endColumn: 46 })
  })
})
