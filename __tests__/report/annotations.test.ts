import { describe, expect, it } from '@jest/globals'
import { annotationOf } from '../../src/report/annotations.js'
import { score } from '../helpers/fixtures.js'

const plan = '# Plan\n\n## Constitution Check\n\n| Principle | Status |\n|---|---|\n| IX. Integration-First | DEFERRED |\n'

describe('annotationOf', () => {
  it('should make a waived finding a notice that says why it is waived', () => {
    const [finding] = score(plan).findings
    expect(finding).toBeDefined()
    if (!finding) return
    expect(annotationOf(finding)).toMatchObject({ annotation_level: 'failure', title: 'CG004 gate-not-evaluated' })
    const waived = annotationOf({ ...finding, waiver: { line: 6, reason: 'contracts land next sprint' } })
    expect(waived.annotation_level).toBe('notice')
    expect(waived.message).toMatch(/ \(waived at line 6: contracts land next sprint\)$/u)
  })

  it('should make a finding the base already had a notice that says so', () => {
    const [finding] = score(plan).findings
    if (!finding) throw new Error('no finding')
    const existing = annotationOf({ ...finding, existing: true })
    expect(existing.annotation_level).toBe('notice')
    expect(existing.message).toContain('(existing: the base had it too; only new findings count)')
  })
})
