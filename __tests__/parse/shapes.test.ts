import { describe, expect, it } from '@jest/globals'
import { score } from '../helpers/fixtures.js'

/** Hand-written plans in the shapes real teams use, each gate's final status by line. */
function statuses(body: string, complexity = ''): Record<number, string> {
  const report = score(`# Plan\n\n## Constitution Check\n\n${body}\n${complexity ? `\n## Complexity Tracking\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n${complexity}\n` : ''}`)
  return Object.fromEntries(report.gates.map((gate) => [gate.range.line, gate.status]))
}

describe('gate shapes', () => {
  it('should read a table with a column per check phase', () => {
    expect(statuses('| Principle | Pre-design | Post-design |\n|---|---|---|\n| I. Library-First | ✅ | ⚠️ |\n| II. CLI | PASS |  |')).toEqual({ 7: 'partial', 8: 'unevaluated' })
  })

  it('should read plain and bold labels followed by a status', () => {
    expect(statuses('- Library-First: ✅\n- **CLI Interface**: PASS\n- Simplicity — FAIL\n- **Observability** ✅')).toEqual({ 5: 'pass', 6: 'pass', 7: 'fail', 8: 'pass' })
  })

  it('should read headings that carry a status, and a Result line under a heading with no gates', () => {
    expect(statuses('### Article I: Library-First — ✅ PASS\n\n### II. CLI Interface\n\n**Result**: FAIL\n\n### III. Test-First\n\nVerdict: PASS')).toEqual({ 5: 'pass', 7: 'fail', 11: 'pass' })
  })

  it('should read a bold paragraph with a trailing mark as a gate', () => {
    expect(statuses('**Simplicity** ✅\n\n**Anti-Abstraction** ❌')).toEqual({ 5: 'pass', 7: 'fail' })
  })

  it('should tie a "4th project" row to a Simplicity gate with the default articles', () => {
    expect(statuses('- ⚠️ Simplicity: four projects', '| 4th project | the worker scales alone | one process misses the budget |')).toEqual({ 5: 'justified' })
  })

  it('should tie a row to a gate by a word of the gate\'s own line', () => {
    expect(statuses('- ❌ Observability: no tracing for the queue consumers', '| Tracing deferred for consumers | the vendor SDK is in beta | hand-rolled spans would be thrown away |')).toEqual({ 5: 'justified' })
  })

  it('should take a nested Status line as its parent item\'s status', () => {
    expect(statuses('- [x] Contracts defined\n  - Status: FAIL, no schema yet')).toEqual({ 5: 'fail' })
  })

  it('should read Yes/No status cells and an uppercase [X]', () => {
    expect(statuses('| Gate | Compliant? |\n|---|---|\n| Library-First | Yes |\n| CLI | No - the UI only |\n\n- [X] Test-First')).toEqual({ 7: 'pass', 8: 'fail', 10: 'pass' })
  })

  it('should not make gates of prose, notes tables or fields', () => {
    expect(statuses('The plan follows every principle; see research.md.\n\n| Principle | How |\n|---|---|\n| I | a library |\n\n- Projects: 2\n- Libraries listed: core, api')).toEqual({})
  })
})

describe('more gate shapes', () => {
  it('should read each line of a paragraph of marked lines as a gate of its own', () => {
    expect(statuses('✅ Library-First: a library  \n✅ **CLI Interface**: PASS  \n❌ Simplicity: four projects')).toEqual({ 5: 'pass', 6: 'pass', 7: 'fail' })
  })

  it('should read a Pass/Fail column and a check-mark column header', () => {
    expect(statuses('| Gate | Pass/Fail |\n|---|---|\n| Library-First | Pass |\n\n| Gate | ✓ |\n|---|---|\n| CLI | yes |')).toEqual({ 7: 'pass', 11: 'pass' })
  })
})
