import { describe, expect, it } from '@jest/globals'
import { linesOf, score } from '../helpers/fixtures.js'
import { expectMarkedLines, scoreFixture } from '../helpers/rules.js'

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
})
