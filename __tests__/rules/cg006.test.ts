import { describe, expect, it } from '@jest/globals'
import { score } from '../helpers/fixtures.js'
import { expectMarkedLines, scoreFixture } from '../helpers/rules.js'

describe('CG006 placeholder-in-gates', () => {
  it('should fire on each template prompt left in the gates, not on a tag such as [FLAKY]', () => {
    expectMarkedLines('cg006')
  })

  it('should point at the prompt itself, column included', () => {
    const finding = scoreFixture('cg006').findings.find((f) => f.ruleId === 'CG006')
    expect(finding?.range).toEqual({ line: 7, column: 26, endLine: 7, endColumn: 46 })
  })

  it('should report a prompt in a status table once', () => {
    const text = `## Constitution Check

| Principle | Status | Notes |
|---|---|---|
| I. Library-First | ✅ PASS | [link to ADR] |
| VII. Simplicity | [PASS/FAIL] | |
`
    const ranges = score(text).findings.filter((f) => f.ruleId === 'CG006').map((f) => `${f.range.line}:${f.range.column}`)
    expect(ranges).toEqual(['5:31', '6:21'])
  })
})
