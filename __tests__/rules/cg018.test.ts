import { describe, expect, it } from '@jest/globals'
import type { PlanReport } from '../../src/model/report.js'
import { score } from '../helpers/fixtures.js'

/** A plan whose line 5 is not evaluated (CG004); `directive` goes on line 4. */
const plan = (directive: string) => `# Plan\n\n## Constitution Check\n${directive}\n- [ ] Contracts defined?\n`
const invalid = (report: PlanReport) => report.findings.filter((finding) => finding.ruleId === 'CG018').map((finding) => ({ line: finding.range.line, severity: finding.severity, message: finding.message }))

describe('CG018 waiver-invalid', () => {
  it('should accept a directive that names its rules and gives a reason, and an enable without a reason', () => {
    expect(invalid(score(plan('<!-- constitution-gate-disable CG004 -- spike first -->\n<!-- constitution-gate-enable CG004 -->')))).toEqual([])
  })

  it.each([
    ['no reason', '<!-- constitution-gate-disable-next-line CG004 -->', /gives no reason: write one after ' -- '/u],
    ['an empty reason', '<!-- constitution-gate-disable-next-line CG004 -- -->', /gives no reason/u],
    ['a reason with no separator', '<!-- constitution-gate-disable-next-line CG004: spike first -->', /'CG004:' \(did you mean 'CG004'\?\), 'spike' and 'first' are no rules; it gives no reason/u],
    ['no rule', '<!-- constitution-gate-disable-next-line -- spike first -->', /names no rule: write the id or slug of each rule it waives \(CG004 or gate-not-evaluated\)/u],
    ['an unknown rule, with the closest one', '<!-- constitution-gate-disable-next-line CG04 -- spike first -->', /'CG04' is no rule \(did you mean 'CG004'\?\)\.$/u],
    ['an unknown slug, with the closest one', '<!-- constitution-gate-disable-next-line gate-not-evaluted -- spike first -->', /'gate-not-evaluted' is no rule \(did you mean 'gate-not-evaluated'\?\)/u],
    ['non-negotiable-violated by id', '<!-- constitution-gate-disable-next-line CG005 -- we must ship -->', /CG005 non-negotiable-violated cannot be waived: the constitution says nothing justifies breaking a non-negotiable principle/u],
    ['non-negotiable-violated by slug', '<!-- constitution-gate-disable-file non-negotiable-violated -- we must ship -->', /CG005 non-negotiable-violated cannot be waived/u],
    ['a rule about waivers', '<!-- constitution-gate-disable-file waiver-unused -- noisy -->', /CG019 waiver-unused cannot be waived: findings about waivers are never waived/u],
    ['an unknown directive, with the closest one', '<!-- constitution-gate-disable-nextline CG004 -- spike first -->', /'constitution-gate-disable-nextline' is no directive \(did you mean 'constitution-gate-disable-next-line'\?\)/u],
    ['an enable that names an unknown rule', '<!-- constitution-gate-enable CG999 -->', /'CG999' is no rule/u],
    ['a comment never closed', '<!-- constitution-gate-disable-file CG004 -- spike first', /never closed with '-->'/u]
  ])('should be an error on the directive for %s, which waives nothing', (_, directive, message) => {
    const report = score(plan(directive))
    expect(invalid(report)).toEqual([{ line: 4, severity: 'error', message: expect.stringMatching(message) }])
    expect(invalid(report)[0]?.message).toMatch(/^Invalid waiver, so it waives nothing: /u)
    expect(report.findings.filter((finding) => finding.waiver)).toEqual([])
    expect(report.verdict).toBe('fail')
  })

  it('should say every directive is forbidden under waivers: forbid, enable too', () => {
    const report = score(plan('<!-- constitution-gate-disable CG004 -- spike first -->\n<!-- constitution-gate-enable CG004 -->'), { waivers: 'forbid' })
    expect(invalid(report).map((finding) => [finding.line, finding.message])).toEqual([
      [4, "Invalid waiver, so it waives nothing: waivers are forbidden in this repository (waivers: forbid), so fix what the finding says instead."],
      [5, "Invalid waiver, so it waives nothing: waivers are forbidden in this repository (waivers: forbid), so fix what the finding says instead."]
    ])
  })

  it('should point at the whole comment, over every line it spans', () => {
    const report = score(plan('<!--\n  constitution-gate-disable-next-line CG004\n-->'))
    expect(report.findings.find((finding) => finding.ruleId === 'CG018')?.range).toEqual({ line: 4, column: 1, endLine: 6, endColumn: 4 })
  })
})
