import { describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import Ajv from 'ajv'
import AjvDraft04 from 'ajv-draft-04'
import { annotateWithCommands } from '../../src/publish/workflow-commands.js'
import { annotationsOf } from '../../src/report/annotations.js'
import { formatGithub } from '../../src/report/github.js'
import { formatGitlab } from '../../src/report/gitlab.js'
import { formatJson } from '../../src/report/json.js'
import { checkTitle, formatMarkdown } from '../../src/report/markdown.js'
import { formatSarif } from '../../src/report/sarif.js'
import { formatText } from '../../src/report/text.js'
import { summarize } from '../../src/score/summarize.js'
import { score } from '../helpers/fixtures.js'

const require = createRequire(import.meta.url)
const lines = (...rows: string[]) => rows.join('\n')

/** Line 5 fails with no row (CG003), waived from line 4; line 6 is not evaluated (CG004), waived on its own line. */
const waived = lines(
  '# Plan: Widgets',
  '## Constitution Check',
  '- [x] I. Library-First: PASS',
  '<!-- constitution-gate-disable-next-line CG003 -- a fourth project is the point of the feature -->',
  '- ❌ VII. Simplicity: four projects',
  '- [ ] Contracts defined? <!-- constitution-gate-disable-line CG004 -- contracts land next sprint -->'
)

const passing = () => summarize([score(waived.replace('<!-- constitution-gate-disable-next-line CG003', '<!-- constitution-gate-disable-file CG003'), {}, undefined, 'specs/001-widgets/plan.md')])
/** The same plan with a third, unwaived error (line 7), so it fails. */
const failing = () => summarize([score(`${waived}\n- [ ] Tests first?`, {}, undefined, 'specs/001-widgets/plan.md')])

describe('a waived finding in every output format', () => {
  it('should be waived, and the plan pass, when waivers cover every error', () => {
    const report = passing()
    expect(report.failed).toBe(0)
    expect(report.plans[0]?.findings.map((finding) => [finding.ruleId, finding.waiver])).toEqual([
      ['CG003', { line: 4, reason: 'a fourth project is the point of the feature' }],
      ['CG004', { line: 6, reason: 'contracts land next sprint' }]
    ])
  })

  it('text: the finding line ends with where it is waived and why', () => {
    const text = formatText(passing())
    expect(text).toMatch(/^specs\/001-widgets\/plan\.md:5:1 {2}notice {2}CG003 gate-unjustified: .+ \(waived at line 4: a fourth project is the point of the feature\)$/mu)
    expect(text).toMatch(/^specs\/001-widgets\/plan\.md:6:1 {2}notice {2}CG004 gate-not-evaluated: .+ \(waived at line 6: contracts land next sprint\)$/mu)
    expect(text).toContain('1 plan: 1 passed, 0 failed')
  })

  it('JSON: the finding carries waiver {line, reason}, valid against the report schema', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'))
    const validate = new (Ajv as unknown as typeof Ajv.default)({ allErrors: true, strict: false }).compile(schema)
    const json = JSON.parse(formatJson(failing(), '1.2.3'))
    expect(validate(json) || validate.errors).toBe(true)
    expect(json.plans[0].findings.map((finding: { ruleId: string; waiver?: unknown }) => [finding.ruleId, finding.waiver ?? null])).toEqual([
      ['CG003', { line: 4, reason: 'a fourth project is the point of the feature' }],
      ['CG004', { line: 6, reason: 'contracts land next sprint' }],
      ['CG004', null]
    ])
  })

  it('SARIF: the result is suppressed in source with the reason as justification, valid against SARIF 2.1.0', () => {
    const schemaPath = join(require.resolve('@microsoft/jest-sarif/package.json'), '..', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json')
    const ajv = new (AjvDraft04 as unknown as typeof AjvDraft04.default)({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false })
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')))
    const sarif = JSON.parse(formatSarif(failing(), '1.2.3'))
    expect(validate(sarif) || validate.errors).toBe(true)
    expect(sarif.runs[0].results.map((result: { ruleId: string; level: string; suppressions?: unknown }) => [result.ruleId, result.level, result.suppressions ?? null])).toEqual([
      ['CG003', 'error', [{ kind: 'inSource', justification: 'a fourth project is the point of the feature' }]],
      ['CG004', 'error', [{ kind: 'inSource', justification: 'contracts land next sprint' }]],
      ['CG004', 'error', null]
    ])
  })

  it('markdown: a "Waived" list with each reason in the plan section, out of its findings, and the waivers counted in the title', () => {
    const text = formatMarkdown(failing(), {})
    const [findings = '', rest = ''] = text.split('**Waived**')
    expect(findings).toMatch(/- ❌ L7 \*\*CG004\*\*/u)
    expect(findings).not.toMatch(/L5 \*\*CG003\*\*|L6 \*\*CG004\*\*/u)
    expect(rest).toMatch(/- ❌ L5 \*\*CG003\*\* .+ — waived at L4: a fourth project is the point of the feature/u)
    expect(rest).toMatch(/- ❌ L6 \*\*CG004\*\* .+ — waived at L6: contracts land next sprint/u)
    expect(rest.indexOf('CG004')).toBeLessThan(rest.indexOf('<details><summary>Gates'))
    expect(formatMarkdown(passing(), {})).toMatch(/<details><summary>✅ 1 plan passes<\/summary>[\s\S]+\*\*Waived\*\*[\s\S]+waived at L4: a fourth project/u)
  })

  it('check title: the waivers are counted, and waived errors are no reason the plan fails', () => {
    expect(checkTitle(passing())).toBe('1 plan passes (2 waivers)')
    expect(checkTitle(failing())).toBe('1 plan fails: 1 gate not evaluated (2 waivers)')
    expect(checkTitle(summarize([score(`${waived.replace(/<!-- constitution-gate-disable-line .+? -->/u, '')}`, {}, undefined, 'p.md'), score(waived.replace('next-line CG003', 'file CG003'), {}, undefined, 'q.md')]))).toBe(
      '1 of 2 plans fails: 1 gate not evaluated (3 waivers)'
    )
    const invalid = waived.replace('-- contracts land next sprint ', '')
    expect(checkTitle(summarize([score(invalid, {}, undefined, 'p.md')]))).toBe('1 plan fails: 1 gate not evaluated, 1 invalid waiver (1 waiver)')
  })

  it('annotations and workflow commands: a notice, whatever the severity', () => {
    expect(annotationsOf(failing()).map((annotation) => [annotation.start_line, annotation.annotation_level])).toEqual([
      [5, 'notice'],
      [6, 'notice'],
      [7, 'failure']
    ])
    expect(formatGithub(failing()).trim().split('\n').map((line) => line.slice(0, line.indexOf(' ')))).toEqual(['::notice', '::notice', '::error'])
    const written: string[] = []
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => written.push(String(chunk)) > 0)
    try {
      annotateWithCommands(failing())
    } finally {
      write.mockRestore()
    }
    expect(written.join('').trim().split('\n').map((line) => line.slice(0, line.indexOf(' ')))).toEqual(['::notice', '::notice', '::error'])
  })

  it('GitLab: still listed as information, with the reason and the same fingerprint as unwaived (Code Quality has no suppression; a dropped issue would read as fixed)', () => {
    const unwaived = summarize([score(waived.replace(/<!-- constitution-gate-[^>]+-->/gu, ''), {}, undefined, 'specs/001-widgets/plan.md')])
    const issues = JSON.parse(formatGitlab(passing()))
    expect(issues.map((issue: { check_name: string; severity: string }) => [issue.check_name, issue.severity])).toEqual([
      ['CG003', 'info'],
      ['CG004', 'info']
    ])
    expect(issues[0].description).toMatch(/ \(waived at line 4: a fourth project is the point of the feature\)$/u)
    expect(issues.map((issue: { fingerprint: string }) => issue.fingerprint)).toEqual(JSON.parse(formatGitlab(unwaived)).map((issue: { fingerprint: string }) => issue.fingerprint))
  })
})
