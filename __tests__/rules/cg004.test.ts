import { describe, expect, it } from '@jest/globals'
import { score } from '../helpers/fixtures.js'
import { expectMarkedLines, scoreFixture } from '../helpers/rules.js'

describe('CG004 gate-not-evaluated', () => {
  it('should fire on unchecked, unanswered, pending, deferred, unknown and empty statuses, and on a section with none', () => {
    expectMarkedLines('cg004')
  })

  it('should read a mapped status word (statuses: { NOTED: pass })', () => {
    const report = scoreFixture('cg004', { statuses: { NOTED: 'pass' } })
    expect(report.gates.find((gate) => gate.label.startsWith('VII.'))?.status).toBe('pass')
  })

  it('should name an unknown word and show how to map it', () => {
    const finding = scoreFixture('cg004').findings.find((f) => f.ruleId === 'CG004' && f.message.includes('NOTED'))
    expect(finding?.message).toContain('statuses: { "NOTED": fail }, or pass, partial, n/a')
  })

  it('should say when a checked box and its answer disagree', () => {
    const finding = scoreFixture('cg004').findings.find((f) => f.range.line === 6)
    expect(finding?.message).toMatch(/\[x\].*PENDING.*worse status/u)
  })

  it('should not read a status word in the wording of a gate ("confirmed to FAIL")', () => {
    const text = '## Constitution Check\n\n- [x] Tests are written, user-approved, and confirmed to FAIL before any implementation?\n'
    const report = score(text)
    expect(report.gates[0]?.status).toBe('pass')
    expect(report.verdict).toBe('pass')
  })
})

describe('CG004 messages', () => {
  it('should tell an answer that is not a status from no answer at all', () => {
    const report = score('## Constitution Check\n\n- Breaking changes handled? No breaking changes - additive only\n- Contracts defined?\n')
    expect(report.findings.map((f) => f.message)).toEqual([
      "Gate 'Breaking changes handled?' is not evaluated: its answer 'No breaking changes - additive only' is not a status: begin the answer with one (Yes, No, ✅, ❌ or N/A).",
      "Gate 'Contracts defined?' is not evaluated: its question has no answer."
    ])
  })

  it('should ask for a status before prose in a status cell, not to map the prose', () => {
    const finding = score('## Constitution Check\n\n| Principle | Status |\n|---|---|\n| VIII. Avoid Nesting | New device classes are factored aggressively into helpers |\n').findings[0]
    expect(finding?.message).toBe(
      "Gate 'VIII. Avoid Nesting' is not evaluated: 'New device classes are factored aggressively into…' is not a status: begin it with one (✅ PASS, ❌ FAIL, ⚠️ PARTIAL or N/A)."
    )
  })

  it('should name each disagreeing status once', () => {
    const finding = score('## Constitution Check\n\n- [ ] II. CLI Interface: N/A\n').findings[0]
    expect(finding?.message).toBe("Gate 'II. CLI Interface' is not evaluated: it says both N/A and [ ]; the worse status stands until they agree.")
  })

  it('should say a status cell is empty, and how to write a status followed by words', () => {
    const report = score('## Constitution Check\n\n| Principle | Status |\n|---|---|\n| I. Library-First |  |\n| II. CLI | FAIL due to mocked DB |\n')
    const messages = report.findings.map((f) => f.message)
    expect(messages[0]).toBe("Gate 'I. Library-First' is not evaluated: its status cell is empty.")
    expect(messages[1]).toBe(
      "Gate 'II. CLI' is not evaluated: 'FAIL due to mocked DB' is not a status: write the status it means alone, or set off by a dash (for example 'PARTIAL — due to mocked DB' if it does not fully hold)."
    )
  })
})
