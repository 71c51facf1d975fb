import { describe, expect, it } from '@jest/globals'
import { errorsOf, score } from '../helpers/fixtures.js'

const errors = (text: string) => errorsOf(score(text))

describe('lines of a paragraph that open with a status, among prose lines', () => {
  it('should read a marked line below a marked line and a prose line as a gate of its own', () => {
    const text = '# Implementation Plan: Widgets\n\n## Constitution Check\n\n✅ **Library-First**: `src/lib/widgets`\nThe parser ships as a package.\n❌ **Security by Default**: tokens are logged at debug level\n'
    const report = score(text)
    expect(report.gates.map((gate) => [gate.range.line, gate.status, gate.label])).toEqual([
      [5, 'pass', 'Library-First'],
      [7, 'fail', 'Security by Default']
    ])
    expect(report.verdict).toBe('fail')
    expect(errors(text)).toEqual(['CG003@7'])
  })

  it('should read them after an item and a blank line, and after a leading prose line', () => {
    const text = '# Plan\n\n## Constitution Check\n\n- ✅ I. Library-First: `src/lib/widgets`\n\nThe parser ships as a package.\n❌ Security by Default: tokens are logged at debug level\n'
    expect(errors(text)).toEqual(['CG003@8'])
    expect(score(text).gates.map((gate) => gate.status)).toEqual(['pass', 'fail'])
  })

  it('should read a bold label followed by a status on a later line, and keep the prose as evidence', () => {
    const report = score('# Plan\n\n## Constitution Check\n\n- ✅ I. Library-First\n\nWe checked the remaining principles.\n**VII. Simplicity**: FAIL — four projects\nThe worker deploys alone (see C1).\n')
    expect(report.gates.map((gate) => [gate.range.line, gate.status])).toEqual([
      [5, 'pass'],
      [8, 'fail']
    ])
    // The prose line under the failing line is its text: it cites the row id.
    expect(report.gates[1]?.text).toContain('C1')
  })

  it('should name a status-only bold label by the bold-only line above it, with prose between', () => {
    const report = score('# Plan\n\n## Constitution Check\n\n**III. Test-First (NON-NEGOTIABLE)**\nTests are planned for the parser.\n❌ **VIOLATION**: tests come after the spike\n')
    expect(report.gates.map((gate) => gate.label)).toEqual(['III. Test-First (NON-NEGOTIABLE)'])
    expect(errors('# Plan\n\n## Constitution Check\n\n**III. Test-First (NON-NEGOTIABLE)**\nTests are planned for the parser.\n❌ **VIOLATION**: tests come after the spike\n')).toContain('CG005@7')
  })

  it('should leave a paragraph that opens with a status and goes on in prose one gate', () => {
    const report = score('# Plan\n\n## Constitution Check\n\n✅ **Library-First**: `src/lib/widgets`\nThe parser ships as a package; no status word FAILS here.\n')
    expect(report.gates.map((gate) => [gate.range.line, gate.range.endLine, gate.status])).toEqual([[5, 6, 'pass']])
  })

  it('should not make a gate of prose lines, nor of a status word inside a sentence', () => {
    const report = score('# Plan\n\n## Constitution Check\n\n- ✅ I. Library-First\n\nThe parser ships as a package.\nNo breaking changes are planned.\nIt must never fail silently.\n')
    expect(report.gates.map((gate) => gate.range.line)).toEqual([5])
    expect(report.verdict).toBe('pass')
  })
})
