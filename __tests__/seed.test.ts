import { describe, expect, it } from '@jest/globals'
import { linesOf, loadFixture, score } from './helpers/fixtures.js'

/** The seed template's own format (../shared/seed/plan-template.md), filled in several ways. */
describe('plans in the seed format', () => {
  it('should pass a fully compliant plan with a score of 100%', () => {
    const report = score(loadFixture('plans/seed-compliant.md').text)
    expect(report.findings).toEqual([])
    expect(report.verdict).toBe('pass')
    expect(report.score).toBe(1)
    // Compliance, Commitment and Integration-First items; Justification and Current Count are fields.
    expect(report.gates.map((gate) => gate.range.line)).toEqual([17, 21, 25, 26, 29, 34, 35, 39, 40, 41])
  })

  it('should ignore gates inside a code fence', () => {
    const report = score(loadFixture('plans/seed-compliant.md').text)
    expect(report.gates.some((gate) => gate.range.line > 60)).toBe(false)
  })

  it('should fail Article III unchecked but "justified": it is non-negotiable', () => {
    const { text, expected } = loadFixture('plans/seed-test-first-justified.md')
    const report = score(text)
    expect(report.verdict).toBe('fail')
    expect(linesOf(report, 'CG005')).toEqual(expected.get('CG005'))
    expect(linesOf(report, 'CG012')).toEqual(expected.get('CG012'))
    expect(report.gates.find((gate) => gate.range.line === 25)).toMatchObject({ claimed: 'fail', status: 'fail', nonNegotiable: true })
  })

  it('should pass a Simplicity count of 5 justified by a Complexity Tracking row', () => {
    const report = score(loadFixture('plans/seed-simplicity-with-row.md').text)
    expect(report.findings).toEqual([])
    expect(report.verdict).toBe('pass')
    expect(report.gates.find((gate) => gate.range.line === 29)).toMatchObject({ claimed: 'fail', status: 'justified' })
    expect(report.counts.justified).toBe(1)
  })

  it('should fail the same count of 5 without a row', () => {
    const { text, expected } = loadFixture('plans/seed-simplicity-without-row.md')
    const report = score(text)
    expect(report.verdict).toBe('fail')
    for (const rule of ['CG003', 'CG010', 'CG012']) expect(linesOf(report, rule)).toEqual(expected.get(rule))
  })

  it('should fail the untouched template on its placeholders and unevaluated gates', () => {
    const report = score(loadFixture('plans/seed-template.md').text)
    expect(report.verdict).toBe('fail')
    expect(linesOf(report, 'CG006')).toEqual([18, 22, 26, 30, 31, 36, 39, 40, 41])
    expect(linesOf(report, 'CG007')).toEqual([49, 51])
    expect(linesOf(report, 'CG004')).toEqual([17, 21, 25, 26, 29, 34, 35, 39, 40, 41])
    expect(report.score).toBe(0)
  })

  it('should give the same lines for a CRLF file', () => {
    const lf = loadFixture('plans/seed-simplicity-without-row.md').text
    const crlf = score(lf.replace(/\n/gu, '\r\n'))
    const plain = score(lf)
    expect(crlf.findings.map((f) => [f.ruleId, f.range])).toEqual(plain.findings.map((f) => [f.ruleId, f.range]))
    expect(crlf.gates.map((g) => g.range)).toEqual(plain.gates.map((g) => g.range))
  })

  it('should give the same lines when a BOM starts the file', () => {
    const text = loadFixture('plans/seed-simplicity-without-row.md').text
    expect(score(`\uFEFF${text}`).findings.map((f) => f.range.line)).toEqual(score(text).findings.map((f) => f.range.line))
  })

  it('should read nested lists: nested task items are gates of their own', () => {
    const report = score(loadFixture('plans/nested-lists.md').text)
    const byLine = Object.fromEntries(report.gates.map((gate) => [gate.range.line, gate.status]))
    expect(byLine).toEqual({ 5: 'justified', 6: 'pass', 7: 'unevaluated', 8: 'pass', 11: 'pass', 12: 'pass', 13: 'pass' })
    expect(linesOf(report, 'CG004')).toEqual([7])
  })
})
