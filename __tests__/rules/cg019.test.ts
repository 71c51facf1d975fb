import { describe, expect, it } from '@jest/globals'
import type { PlanReport } from '../../src/model/report.js'
import { score } from '../helpers/fixtures.js'

const lines = (...rows: string[]) => rows.join('\n')
const unused = (report: PlanReport) => report.findings.filter((finding) => finding.ruleId === 'CG019').map((finding) => `${finding.range.line} ${finding.severity}: ${finding.message}`)

/** Line 5 is not evaluated (CG004); line 6 passes. */
const gates = (...directives: string[]) => lines('# Plan', '', '## Constitution Check', ...directives, '- [ ] Contracts defined?', '- [x] I. Library-First: PASS')

describe('CG019 waiver-unused', () => {
  it('should stay quiet when each rule a directive names waives a finding', () => {
    expect(unused(score(gates('<!-- constitution-gate-disable-next-line CG004 -- spike first -->')))).toEqual([])
  })

  it('should warn on a next-line waiver whose next line has no such finding', () => {
    const text = lines('# Plan', '', '## Constitution Check', '<!-- constitution-gate-disable-next-line CG004 -- spike first -->', '- [x] I. Library-First: PASS')
    expect(unused(score(text))).toEqual([
      '4 warning: The waiver of CG004 gate-not-evaluated waives nothing: there is no CG004 finding on line 5. Remove it, or move it to the line above the finding.'
    ])
  })

  it('should warn per rule: the named rule that waives nothing, not the one that does', () => {
    const text = gates('<!-- constitution-gate-disable-next-line CG004 CG003 -- spike first -->')
    expect(unused(score(text))).toEqual([
      '4 warning: The waiver of CG003 gate-unjustified waives nothing: there is no CG003 finding on line 5. Remove it, or move it to the line above the finding.'
    ])
  })

  it('should warn on a disable-line with nothing on its line, a range and a file waiver with nothing in them', () => {
    const text = lines(
      '# Plan',
      '<!-- constitution-gate-disable-file CG010 -- one deploy unit per region -->',
      '## Constitution Check',
      '- [x] I. Library-First: PASS <!-- constitution-gate-disable-line CG004 -- spike -->',
      '<!-- constitution-gate-disable CG003 -- legacy -->',
      '- [x] III. Test-First: PASS',
      '<!-- constitution-gate-enable CG003 -->'
    )
    expect(unused(score(text))).toEqual([
      '2 warning: The waiver of CG010 project-count-over-limit waives nothing: there is no CG010 finding in the plan. Remove it.',
      "4 warning: The waiver of CG004 gate-not-evaluated waives nothing: there is no CG004 finding on line 4. Remove it, or move it to the finding's line.",
      '5 warning: The waiver of CG003 gate-unjustified waives nothing: there is no CG003 finding on lines 5–7. Remove it.'
    ])
  })

  it('should warn on a range never enabled again as reaching the end of the plan', () => {
    const text = gates('<!-- constitution-gate-disable CG003 -- legacy -->')
    expect(unused(score(text))).toEqual(['4 warning: The waiver of CG003 gate-unjustified waives nothing: there is no CG003 finding on lines 4–6. Remove it.'])
  })

  it('should warn on an enable that turns back on nothing a disable above turned off', () => {
    const text = gates('<!-- constitution-gate-enable CG004 -->', '<!-- constitution-gate-disable CG004 -- spike -->', '<!-- constitution-gate-enable -->', '<!-- constitution-gate-enable -->')
    expect(unused(score(text))).toEqual([
      '4 warning: This enable turns back on nothing: no disable directive above it turned off CG004 gate-not-evaluated. Remove it.',
      '5 warning: The waiver of CG004 gate-not-evaluated waives nothing: there is no CG004 finding on lines 5–6. Remove it.',
      '7 warning: This enable turns back on nothing: no disable directive above it is still open. Remove it.'
    ])
  })

  it('should say nothing about an invalid directive (waiver-invalid does)', () => {
    expect(unused(score(gates('<!-- constitution-gate-disable-next-line CG003 -->')))).toEqual([])
  })
})
