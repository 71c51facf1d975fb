import { describe, expect, it } from '@jest/globals'
import { weighs } from '../../src/model/finding.js'
import type { PlanReport } from '../../src/model/report.js'
import { readConstitution } from '../../src/parse/constitution.js'
import { score } from '../helpers/fixtures.js'

const lines = (...rows: string[]) => rows.join('\n')

/** Each finding as `line ruleId`, with `waived@N` when a waiver on line N covers it. */
const found = (report: PlanReport) => report.findings.map((finding) => `${finding.range.line} ${finding.ruleId}${finding.waiver ? ` waived@${finding.waiver.line}: ${finding.waiver.reason}` : ''}`)

/**
 * A plan with two errors: line 6 is not evaluated (CG004), line 7 fails with
 * no Complexity Tracking row (CG003). `above` goes on line 4, `inline` on the
 * end of line 6.
 */
function plan(above = '', inline = ''): string {
  return lines('# Plan: Widgets', '', '## Constitution Check', above, '- [x] I. Library-First: PASS', `- [ ] Contracts defined?${inline ? ` ${inline}` : ''}`, '- ❌ VII. Simplicity: four projects')
}

describe('waivers', () => {
  it('should report both errors and fail when nothing is waived', () => {
    const report = score(plan())
    expect(found(report)).toEqual(['6 CG004', '7 CG003'])
    expect(report.verdict).toBe('fail')
  })

  it('should waive the next line (disable-next-line), by id or by slug, and still fail on what it does not cover', () => {
    const byId = score(plan('', '').replace('- [ ] Contracts', '<!-- constitution-gate-disable-next-line CG004 -- contracts land next sprint -->\n- [ ] Contracts'))
    expect(found(byId)).toEqual(['7 CG004 waived@6: contracts land next sprint', '8 CG003'])
    expect(byId.verdict).toBe('fail')
    const bySlug = score(plan().replace('- [ ] Contracts', '<!-- constitution-gate-disable-next-line gate-not-evaluated -- spike first -->\n- [ ] Contracts'))
    expect(found(bySlug)).toEqual(['7 CG004 waived@6: spike first', '8 CG003'])
  })

  it('should waive the finding on its own line (disable-line), also in a table cell, and then pass', () => {
    const report = score(plan('<!-- constitution-gate-disable-file CG003 -- a fourth project is the point -->', '<!-- constitution-gate-disable-line CG004 -- spike first -->'))
    expect(found(report)).toEqual(['6 CG004 waived@6: spike first', '7 CG003 waived@4: a fourth project is the point'])
    expect(report.verdict).toBe('pass')
    expect(report.findings.every((finding) => !weighs(finding))).toBe(true)
    const table = score(
      lines('# Plan', '', '## Constitution Check', '', '| Principle | Status |', '|---|---|', '| III. Library-First | ❔ <!-- constitution-gate-disable-line CG004 -- spike first --> |')
    )
    expect(found(table)).toEqual(['7 CG004 waived@7: spike first'])
    expect(table.verdict).toBe('pass')
  })

  it('should waive a range (disable … enable), rule by rule, up to the end of the plan when it is never enabled again', () => {
    const text = lines(
      '# Plan',
      '',
      '## Constitution Check',
      '<!-- constitution-gate-disable CG004 CG003 -- legacy section, rewritten in #42 -->',
      '- [ ] Contracts defined?',
      '- ❌ VII. Simplicity: four projects',
      '<!-- constitution-gate-enable CG004 -->',
      '- [ ] Tests first?',
      '- ❌ VIII. Anti-Abstraction: a repository layer'
    )
    expect(found(score(text))).toEqual([
      '5 CG004 waived@4: legacy section, rewritten in #42',
      '6 CG003 waived@4: legacy section, rewritten in #42',
      '8 CG004',
      '9 CG003 waived@4: legacy section, rewritten in #42'
    ])
  })

  it('should close every open range with an enable that names no rule', () => {
    const text = lines('## Constitution Check', '<!-- constitution-gate-disable CG004 CG003 -- legacy -->', '- [ ] Contracts defined?', '<!-- constitution-gate-enable -->', '- [ ] Tests first?', '- ❌ VII. Simplicity: four projects')
    // CG003 had nothing to waive before the enable: that half of the directive is unused.
    expect(found(score(text))).toEqual(['2 CG019', '3 CG004 waived@2: legacy', '5 CG004', '6 CG003'])
  })

  it('should waive a rule in the whole plan (disable-file), wherever the directive is', () => {
    const text = plan('', '') + '\n\n<!-- constitution-gate-disable-file CG004 CG003 -- prototype, thrown away after the demo -->\n'
    const report = score(text)
    expect(found(report)).toEqual(['6 CG004 waived@9: prototype, thrown away after the demo', '7 CG003 waived@9: prototype, thrown away after the demo'])
    expect(report.verdict).toBe('pass')
  })

  it('should take the nearest waiver when several cover a finding, and call the others unused', () => {
    const text = plan('<!-- constitution-gate-disable-file CG004 -- whole plan -->', '<!-- constitution-gate-disable-line CG004 -- this gate -->')
    expect(found(score(text))).toEqual(['4 CG019', '6 CG004 waived@6: this gate', '7 CG003'])
  })

  it('should refuse to waive waiver-invalid or waiver-unused: the directive is invalid and its own finding stays', () => {
    const report = score(plan('<!-- constitution-gate-disable-file CG019 waiver-invalid -- cannot -->', '<!-- constitution-gate-disable-line CG004 -->'))
    expect(found(report)).toEqual(['4 CG018', '6 CG004', '6 CG018', '7 CG003'])
    expect(report.verdict).toBe('fail')
  })

  it('should not waive a finding in another file (the constitution) from the plan', () => {
    const template = readConstitution('# [PROJECT_NAME] Constitution\n\n### [PRINCIPLE_1_NAME]\n', '.specify/memory/constitution.md')
    const report = score(plan('<!-- constitution-gate-disable-file CG016 CG003 CG004 -- prototype -->'), {}, template)
    expect(report.findings.map((finding) => [finding.path, finding.ruleId, finding.waiver?.line ?? null])).toEqual([
      ['.specify/memory/constitution.md', 'CG016', null],
      ['plan.md', 'CG019', null],
      ['plan.md', 'CG004', 4],
      ['plan.md', 'CG003', 4]
    ])
  })

  it('should waive nothing with an invalid directive, even for the rules it names correctly', () => {
    const report = score(plan('<!-- constitution-gate-disable-file CG004 CG040 -- one name is wrong -->'))
    expect(found(report)).toEqual(['4 CG018', '6 CG004', '7 CG003'])
  })

  it('should make every directive an error that waives nothing under waivers: forbid', () => {
    const text = plan('<!-- constitution-gate-disable-file CG003 -- a fourth project is the point -->', '<!-- constitution-gate-disable-line CG004 -- spike first -->') + '\n<!-- constitution-gate-enable CG003 -->'
    const report = score(text, { waivers: 'forbid' })
    expect(found(report)).toEqual(['4 CG018', '6 CG004', '6 CG018', '7 CG003', '8 CG018'])
    expect(report.findings.filter((finding) => finding.ruleId === 'CG018').map((finding) => finding.message)).toEqual(
      Array(3).fill(expect.stringContaining("waivers: forbid")) as string[]
    )
  })

  it('should count a waived failing gate as not passing in the score', () => {
    const waived = score(plan('<!-- constitution-gate-disable-file CG003 CG004 -- prototype -->'))
    expect(waived.verdict).toBe('pass')
    expect(waived.score).toBe(score(plan()).score)
    expect(waived.score).toBeCloseTo(1 / 3)
  })

  it('should still waive nothing with an invalid directive when waiver-invalid is turned off', () => {
    const report = score(plan('<!-- constitution-gate-disable-file CG003 CG004 CG099 -- prototype -->'), { rules: { CG018: 'off' } })
    expect(found(report)).toEqual(['6 CG004', '7 CG003'])
  })

  it('should call a waiver of a rule that is turned off unused', () => {
    const report = score(plan('<!-- constitution-gate-disable-file CG003 CG004 -- prototype -->'), { rules: { CG003: 'off' } })
    expect(found(report)).toEqual(['4 CG019', '6 CG004 waived@4: prototype'])
    expect(report.findings[0]?.message).toMatch(/CG003/u)
  })
})
