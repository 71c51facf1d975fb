import { describe, expect, it } from '@jest/globals'
import { compareWithBase } from '../../src/score/compare.js'
import { score } from '../helpers/fixtures.js'

const table = (rows: string) => `# Plan\n\n## Constitution Check\n\n| Principle | Status |\n|---|---|\n${rows}\n`
const compare = (before: string, after: string, onlyNew = false) => {
  const head = score(after, {}, undefined, 'specs/1/plan.md')
  const comparison = compareWithBase(head, { report: score(before, {}, undefined, 'specs/1/plan.md'), path: 'specs/1/plan.md', sha: 'b'.repeat(40) }, onlyNew)
  return { head, comparison }
}

describe('compareWithBase', () => {
  it('should see nothing change when lines only move', () => {
    const plan = table('| I. Library-First | ✅ |\n| VII. Simplicity | ❌ |')
    const { comparison } = compare(plan, `\n\n\n${plan}`)
    expect(comparison).toMatchObject({ gates: [], added: [], resolved: [] })
  })

  it('should name each gate whose status moved, gates added and removed, and the findings added and resolved', () => {
    const { comparison } = compare(table('| I. Library-First | ✅ |\n| VII. Simplicity | ✅ |\n| IX. Integration-First | TODO |'), table('| I. Library-First | ✅ |\n| VII. Simplicity | ❌ |\n| II. CLI Interface | ✅ |'))
    expect(comparison.gates).toEqual([
      { label: 'VII. Simplicity', line: 8, before: 'pass', after: 'fail' },
      { label: 'II. CLI Interface', line: 9, before: null, after: 'pass' },
      { label: 'IX. Integration-First', line: null, before: 'unevaluated', after: null }
    ])
    expect(comparison.added.map((f) => f.ruleId)).toEqual(['CG003'])
    expect(comparison.resolved.map((f) => f.ruleId)).toEqual(['CG004'])
    expect(comparison).toMatchObject({ score: 2 / 3, verdict: 'fail' })
  })

  it('should mark the findings the base had as existing, and weigh the verdict without them, only when asked', () => {
    const before = table('| IX. Integration-First | TODO |')
    const after = `Prose edited.\n\n${before}`
    expect(compare(before, after).head.verdict).toBe('fail')
    const { head } = compare(before, after, true)
    expect(head.verdict).toBe('pass')
    expect(head.findings).toEqual([expect.objectContaining({ ruleId: 'CG004', existing: true })])
  })
})
