import { describe, expect, it } from '@jest/globals'
import { checkTitle, formatMarkdown, trimToBytes } from '../../src/report/markdown.js'
import { summarize } from '../../src/score/summarize.js'
import { loadFixture, score } from '../helpers/fixtures.js'

const passing = () => score(loadFixture('plans/seed-compliant.md').text, {}, undefined, 'specs/001-albums/plan.md')
const failing = () => score(loadFixture('plans/seed-simplicity-without-row.md').text, {}, undefined, 'specs/002-platform/plan.md')
const blob = (path: string, line: number) => `https://github.com/o/r/blob/abc/${path}#L${line}`

describe('checkTitle', () => {
  it('should say how many plans fail and why, in a few words', () => {
    expect(checkTitle(summarize([passing(), failing()]))).toBe('1 of 2 plans fails: 1 gate unjustified, 1 project count over the limit, 1 contradicting verdict')
    expect(checkTitle(summarize([passing()]))).toBe('1 plan passes')
    expect(checkTitle(summarize([passing(), passing()]))).toBe('All 2 plans pass')
    expect(checkTitle(summarize([]))).toBe('No plan changed')
  })
})

describe('formatMarkdown', () => {
  it('should show the failing plans first, each with its findings then its gates, and the passing plans in one collapsed table', () => {
    const text = formatMarkdown(summarize([passing(), failing()]), { blobUrl: blob })
    expect(text.startsWith('### ❌ `specs/002-platform/plan.md` — fail · score 90%')).toBe(true)
    expect(text).toMatch(/- ❌ \[L29\]\(https:\/\/github\.com\/o\/r\/blob\/abc\/specs\/002-platform\/plan\.md#L29\) \*\*CG003\*\* \[gate-unjustified\]\(https:\/\/[^)]+cg003\.md\): Gate /u)
    expect(text).toContain('<details><summary>Gates (10)</summary>')
    expect(text).toContain('| Compliance: Using ≤3 projects? | VII | ❌ FAIL | [L29](https://github.com/o/r/blob/abc/specs/002-platform/plan.md#L29) |')
    expect(text.indexOf('CG003')).toBeLessThan(text.indexOf('<details><summary>Gates (10)</summary>'))
    expect(text).toContain('<details><summary>✅ 1 plan passes</summary>')
    expect(text).toContain('| [`specs/001-albums/plan.md`](https://github.com/o/r/blob/abc/specs/001-albums/plan.md#L1) | 100% | 10 | 0 |')
    expect(text.indexOf('specs/002-platform')).toBeLessThan(text.indexOf('specs/001-albums'))
  })

  it('should end with the configuration that differs from the defaults, and what set it', () => {
    const configuration = { settings: { maxProjects: 5, rules: { CG009: 'off' } }, sources: { 'max-projects': "input 'max-projects'", 'rules.CG009': '.github/constitution-gate.yml:3:3' } }
    const text = formatMarkdown(summarize([passing()]), { configuration })
    expect(text.trimEnd().split('\n').slice(-4)).toEqual([
      '**Configuration** (differs from the defaults):',
      '',
      "- `max-projects` = `5` — input 'max-projects'",
      '- `rules.CG009` = `"off"` — .github/constitution-gate.yml:3:3'
    ])
    expect(formatMarkdown(summarize([passing()]), { configuration: { settings: {}, sources: {} } })).not.toContain('Configuration')
  })

  it('should escape table cells', () => {
    const report = score('## Constitution Check\n\n| Gate | Status |\n|---|---|\n| a \\| b | ❌ |\n', {}, undefined, 'p.md')
    expect(formatMarkdown(summarize([report]), {})).toContain('| a \\| b | — | ❌ FAIL | L5 |')
  })
})

describe('trimToBytes', () => {
  it('should cut on a line boundary under the limit and say what was cut', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `line ${i} ${'é'.repeat(50)}`).join('\n')
    const trimmed = trimToBytes(text, 10_000, 'the full report is in the job summary')
    expect(Buffer.byteLength(trimmed)).toBeLessThanOrEqual(10_000)
    expect(trimmed).toMatch(/\n\n_… \d+ more lines cut to fit GitHub's limit: the full report is in the job summary\._$/u)
    expect(trimmed.split('\n')[0]).toBe(`line 0 ${'é'.repeat(50)}`)
    expect(trimToBytes('short', 10_000, 'x')).toBe('short')
  })
})
