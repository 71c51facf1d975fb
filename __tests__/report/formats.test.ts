import { expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import Ajv from 'ajv'
import AjvDraft04 from 'ajv-draft-04'
import { formatGithub } from '../../src/report/github.js'
import { formatJson } from '../../src/report/json.js'
import { formatSarif } from '../../src/report/sarif.js'
import { formatText } from '../../src/report/text.js'
import { summarize } from '../../src/score/summarize.js'
import { corpus, describeShared, loadFixture, score } from '../helpers/fixtures.js'

const require = createRequire(import.meta.url)
const reports = () =>
  summarize([
    score(loadFixture('plans/seed-compliant.md').text, {}, undefined, 'specs/001-albums/plan.md'),
    score(loadFixture('plans/seed-simplicity-without-row.md').text, {}, undefined, 'specs/002 spaced/plan.md'),
    score(readFileSync(join(corpus, '34-waelhe-dayf-platform-nodebb-ar-failing-gates.md'), 'utf8'), {}, undefined, 'specs/003/plan.md')
  ])

describeShared('the JSON report', () => {
  it('should match the committed report schema', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'))
    const ajv = new (Ajv as unknown as typeof Ajv.default)({ allErrors: true, strict: false })
    const validate = ajv.compile(schema)
    const json = JSON.parse(formatJson(reports(), '1.2.3'))
    expect(validate.errors ?? validate(json)).toBe(true)
    expect(json.summary).toEqual({ plans: 3, failed: 2, passed: 1, score: expect.any(Number), errors: expect.any(Number), warnings: 0, notices: 0 })
  })
})

describeShared('the SARIF report', () => {
  it('should validate against the SARIF 2.1.0 schema', () => {
    const schemaPath = join(require.resolve('@microsoft/jest-sarif/package.json'), '..', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json')
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'))
    const ajv = new (AjvDraft04 as unknown as typeof AjvDraft04.default)({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false })
    const validate = ajv.compile(schema)
    const sarif = JSON.parse(formatSarif(reports(), '1.2.3'))
    expect(validate(sarif) || validate.errors).toBe(true)
    const results = sarif.runs[0].results
    expect(results.length).toBeGreaterThan(0)
    expect(results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^specs\//u)
    expect(results.some((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0]?.physicalLocation.artifactLocation.uri === 'specs/002%20spaced/plan.md')).toBe(true)
  })
})

describeShared('the github format', () => {
  it('should write one escaped workflow command per finding', () => {
    const text = formatGithub(reports())
    const lines = text.trim().split('\n')
    expect(lines[0]).toMatch(/^::error file=specs\/002 spaced\/plan\.md,line=29,endLine=29,col=1,endColumn=\d+,title=CG003 gate-unjustified::Gate /u)
    expect(lines.every((line) => line.startsWith('::'))).toBe(true)
    expect(text.endsWith('\n')).toBe(true)
  })
})

describeShared('the text report', () => {
  it('should show a verdict line, a gate table and the findings of each plan, then the totals', () => {
    const text = formatText(reports())
    expect(text).toContain('specs/001-albums/plan.md — PASS · score 100% · 10 gates (10 pass)')
    expect(text).toMatch(/ {4}29 {2}Compliance: Using ≤3 projects\? +VII +FAIL/u)
    expect(text).toContain('error   CG010 project-count-over-limit: The plan counts 5 projects')
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^3 plans: 1 passed, 2 failed \(specs\/002 spaced\/plan\.md, specs\/003\/plan\.md\) · mean score \d+%$/u)
  })

  it('should align the gate table by display width when labels are Chinese, Japanese or Korean', () => {
    const plan = score('# Plan\n\n## 憲法チェック\n\n- テスト駆動開発: ✅\n- API: ✅\n- 정확성 ✅\n')
    const rows = formatText(summarize([plan])).split('\n').filter((line) => /(?:PASS|Status)$/u.test(line))
    const column = (line: string) => [...line.slice(0, line.search(/(?:PASS|Status)$/u))].reduce((width, char) => width + (/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul}]/u.test(char) ? 2 : 1), 0)
    expect(rows).toHaveLength(4)
    expect(new Set(rows.map(column)).size).toBe(1)
  })

  it('should end with the configuration that differs from the defaults', () => {
    const text = formatText(reports(), { configuration: { settings: { maxProjects: 5 }, sources: { 'max-projects': 'c.yml:1:1' } } })
    expect(text).toContain('Configuration (differs from the defaults):\n  max-projects = 5 (c.yml:1:1)')
  })
})
