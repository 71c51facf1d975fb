import { describe, expect, it } from '@jest/globals'
import { readConstitution } from '../../src/parse/constitution.js'
import { linesOf, score } from '../helpers/fixtures.js'
import { expectMarkedLines, scoreFixture } from '../helpers/rules.js'

// A constitution without Test-First: such a gate is placed by nothing but its own name.
const security = readConstitution('# Constitution\n\n### I. Security\nSecrets stay out of logs.\n', '.specify/memory/constitution.md')

describe('CG003 gate-unjustified', () => {
  it('should fire on failed, partial and claimed-justified gates no filled row refers to', () => {
    expectMarkedLines('cg003')
  })

  it('should count a gate that points to Complexity Tracking as justified by the filled rows', () => {
    const simplicity = scoreFixture('cg003').gates.find((gate) => gate.label.startsWith('VII.'))
    expect(simplicity?.status).toBe('justified')
    expect(simplicity?.claimed).toBe('partial')
  })

  it('should link a row by an id the gate cites (C1)', () => {
    const text = `## Constitution Check

- [⚠] CLI for every library? → **PARTIAL** (C1): the UI is not a CLI

## Complexity Tracking

| Violation | Why Needed | Simpler Alternative Rejected Because |
|---|---|---|
| **C1**: UI without CLI | a browser UI cannot be text in/out | a CLI for the UI adds no value |
`
    const report = score(text)
    expect(report.gates[0]?.status).toBe('justified')
    expect(linesOf(report, 'CG003')).toEqual([])
  })

  it('should link a row by a distinctive word of the gate label (library / libraries)', () => {
    const text = `## Constitution Check

- EVERY feature as library? No - a web app

## Complexity Tracking

| Violation | Why Needed | Simpler Alternative Rejected Because |
|---|---|---|
| Not libraries-based architecture | one web app | splitting adds packaging cost |
`
    expect(score(text).gates[0]?.status).toBe('justified')
  })

  it("should link a row that writes the gate's own name of several words (Test-First)", () => {
    const text = `## Constitution Check

| Principle | Status |
|---|---|
| Test-First | ⚠️ PARTIAL |

## Complexity Tracking

| Violation | Why Needed | Simpler Alternative Rejected Because |
|---|---|---|
| Test-First: parser tests after the spike | the format is unknown | tests for throwaway code waste a day |
`
    const report = score(text, {}, security)
    expect(report.gates[0]?.status).toBe('justified')
    expect(linesOf(report, 'CG003')).toEqual([])
  })

  it("should not link a row that holds only part of the gate's own name", () => {
    const text = `## Constitution Check

| Principle | Status |
|---|---|
| Test-First | ⚠️ PARTIAL |

## Complexity Tracking

| Violation | Why Needed | Simpler Alternative Rejected Because |
|---|---|---|
| A test harness first | the format is unknown | tests for throwaway code waste a day |
`
    const findings = score(text, {}, security).findings.filter((f) => f.ruleId === 'CG003')
    expect(findings.map((f) => f.range.line)).toEqual([5])
    expect(findings[0]?.message).toContain("add a row that names it (for example 'Test-First' in the Violation cell)")
  })

  it('should not count justification written only as prose in the gates section', () => {
    const text = `## Constitution Check

#### III. Simplicity ⚠️
- **Status**: PASS WITH EXCEPTION
- **Justification**: four projects are needed for the worker

## Complexity Tracking

No violations.
`
    expect(linesOf(score(text), 'CG003')).toEqual([3])
  })
})

describe('CG003 messages', () => {
  it('should mention what else a gate says when its statuses disagree', () => {
    const finding = score('## Constitution Check\n\n- ✅ Using a wrapper library? No — the SDK is wrapped\n').findings[0]
    expect(finding?.message).toContain("fails (No), though it also says ✅ (the worse status stands)")
  })

  it('should name the heading that comes close to Complexity Tracking when the plan has none', () => {
    const text =
      '# Plan\n\n## Constitution Check\n\n- ❌ VII. Simplicity: four projects\n\n## Complexity Trackng\n\n' +
      '| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n| 4th project (Article VII) | the worker scales apart | one process misses the budget |\n'
    const finding = score(text).findings.find((f) => f.ruleId === 'CG003')
    expect(finding?.range.line).toBe(5)
    expect(finding?.message).toContain("line 7 '## Complexity Trackng' looks like 'Complexity Tracking': fix it, or add it to complexity-headings")
  })

  it('should name no heading when none comes close, or when the plan has a Complexity Tracking section', () => {
    const gate = '# Plan\n\n## Constitution Check\n\n- ❌ VII. Simplicity: four projects\n\n'
    for (const rest of ['## Progress Tracking\n\n- [x] Done\n', '## Complexity Tracking\n\nNone.\n\n## Complexity Notes\n\nFour projects.\n']) {
      const finding = score(gate + rest).findings.find((f) => f.ruleId === 'CG003')
      expect(finding?.message).not.toContain('looks like')
    }
  })
})

