import { expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { corpus, describeShared, score } from './helpers/fixtures.js'

/**
 * Real plans from other teams (../shared/corpus, see its SOURCES.tsv), scored
 * with the default configuration and no constitution file. Each clear label
 * of LABELS.tsv is asserted, with why the plan passes or fails and a line
 * that must carry an error (for failing plans).
 */
const expected: Record<string, { verdict: 'pass' | 'fail'; why: string; errorLines?: number[] }> = {
  '01': { verdict: 'fail', why: 'Progressive Enhancement, Cost-Conscious Design, Security by Default fail with no row naming them; Gate Status says FAIL', errorLines: [71, 77, 247] },
  '02': { verdict: 'fail', why: 'the template prompt [Gates determined based on constitution file] is left in the gates', errorLines: [72] },
  '03': { verdict: 'fail', why: 'V and VI are DEFERRED and VII is NOTED (an unknown word): not evaluated', errorLines: [32, 33, 34] },
  '05': { verdict: 'pass', why: 'every status cell is PASS or N/A; the one row justifies no gate (a warning only)' },
  '06': { verdict: 'pass', why: 'every status cell is PASS and Complexity Tracking states no violations' },
  '07': { verdict: 'pass', why: 'the one ⚠️ gate (Art VII drift) is justified by the row that names Art VII' },
  '08': { verdict: 'pass', why: '"PASS w/ one tracked extraction" stays a pass; the unused row is only a warning' },
  '09': { verdict: 'pass', why: 'all six gates are ✅ Pass' },
  '10': { verdict: 'fail', why: '"EVERY feature as library? No - …" fails and the only rows are template rows', errorLines: [55] },
  '11': { verdict: 'pass', why: 'every question is answered ✓ or N/A; template rows and unchecked progress are warnings or nothing' },
  '12': { verdict: 'fail', why: '"Breaking changes handled? No breaking changes" answers with wording, so the gate is not evaluated and the PASS lines contradict it', errorLines: [76, 206] },
  '13': { verdict: 'pass', why: 'all five status cells read **PASS** — …' },
  '14': { verdict: 'pass', why: 'every gate bullet leads with ✅ and the Gate result agrees' },
  '15': { verdict: 'pass', why: 'all eleven status cells are ✅ PASS' },
  '16': { verdict: 'pass', why: 'both [⚠] gates cite rows C1 and C2; "confirmed to FAIL" is wording' },
  '17': { verdict: 'pass', why: 'the three [⚠] gates are each justified by a row keyed C1, C2 or C3' },
  '18': { verdict: 'pass', why: 'every gate bullet is ✅; the template rows in Complexity Tracking are warnings' },
  '19': { verdict: 'fail', why: 'all seven gates are unchecked [ ] with no other status', errorLines: [28, 34] },
  '20': { verdict: 'fail', why: 'two unchecked TODO items under a ✅ heading are not evaluated', errorLines: [96, 97] },
  '21': { verdict: 'fail', why: 'Test-Driven Development (non-negotiable) is PASS WITH EXCEPTION', errorLines: [42] },
  '22': { verdict: 'pass', why: 'all fifteen status cells are ✅ PASS, in both the check and the re-check' },
  '23': { verdict: 'pass', why: 'all five gates are checked [x]; the (None) row is no row' },
  '24': { verdict: 'pass', why: 'every Pass cell holds [x]; the Aspect table is not a justification table (warning)' },
  '25': { verdict: 'pass', why: 'every Compliance cell leads with ✅' },
  '26': { verdict: 'fail', why: 'no gates section at all', errorLines: [1] },
  '27': { verdict: 'fail', why: 'the Integration-First Gate items and Research completed are unchecked', errorLines: [135, 148, 149, 150] },
  '28': { verdict: 'pass', why: 'every Phase -1 gate is [x]; the inline [x]/[ ] choices are not gate items' },
  '29': { verdict: 'pass', why: 'the Japanese 憲法チェック and its re-check have every item [x]' },
  '30': { verdict: 'pass', why: 'all four gate bullets lead with ✅' },
  '31': { verdict: 'pass', why: 'the Japanese mirror: all four gate bullets lead with ✅' },
  '32': { verdict: 'fail', why: 'the first section has no status; the appended template section is unfilled', errorLines: [22, 103] },
  '33': { verdict: 'fail', why: '[x] answered PENDING is not evaluated, and the PASS Gate Status contradicts it', errorLines: [38, 53] },
  '34': { verdict: 'fail', why: 'cells ❌ and ⚠️ with no Complexity Tracking, and four unchecked Dependencies Gate items', errorLines: [31, 32, 33, 37] },
  '35': { verdict: 'pass', why: 'a PASS verdict over items with no status of their own passes with a warning' },
  '36': { verdict: 'fail', why: 'the Constitution Check holds only template text', errorLines: [25] },
  '37': { verdict: 'fail', why: 'all nine gate items are unchecked', errorLines: [12, 24] }
}

const available = existsSync(corpus)
const files = available ? readdirSync(corpus).filter((name) => name.endsWith('.md')).sort() : []
const labels = available
  ? readFileSync(join(corpus, 'LABELS.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'))
  : []

// The corpus lives beside the repository (../shared/corpus). CI here always
// has it and sets CG_REQUIRE_CORPUS; elsewhere (GitHub's runners) it may not.
describeShared('the corpus of real plans', () => {
  it('should be beside the repository (../shared/corpus)', () => {
    expect(files.length).toBeGreaterThanOrEqual(37)
  })

  it.each(files)('should score %s without throwing, every finding inside the file, the same twice', (name) => {
    const text = readFileSync(join(corpus, name), 'utf8')
    const lines = text.split('\n').length
    const first = score(text, {}, undefined, name)
    for (const finding of first.findings) {
      expect(finding.range.line).toBeGreaterThanOrEqual(1)
      expect(finding.range.endLine).toBeLessThanOrEqual(lines)
      expect(finding.range.endLine).toBeGreaterThanOrEqual(finding.range.line)
    }
    expect(JSON.stringify(score(text, {}, undefined, name))).toBe(JSON.stringify(first))
  })

  it('should assert every clear label of LABELS.tsv', () => {
    const clear = labels.filter(([, , clarity]) => clarity === 'clear').map(([file]) => file?.slice(0, 2))
    expect(Object.keys(expected).sort()).toEqual(clear.sort())
    for (const [file, verdict] of labels) {
      const entry = expected[file?.slice(0, 2) ?? '']
      if (entry) expect(`${file}: ${entry.verdict}`).toBe(`${file}: ${verdict}`)
    }
  })

  it.each(Object.entries(expected))('should judge corpus/%s', (number, { verdict, why, errorLines }) => {
    const name = files.find((file) => file.startsWith(`${number}-`)) ?? ''
    const report = score(readFileSync(join(corpus, name), 'utf8'), {}, undefined, name)
    expect({ plan: name, why, verdict: report.verdict }).toEqual({ plan: name, why, verdict })
    const errors = report.findings.filter((finding) => finding.severity === 'error')
    for (const line of errorLines ?? []) {
      expect(errors.some((finding) => line >= finding.range.line && line <= finding.range.endLine)).toBe(true)
    }
  })
})
