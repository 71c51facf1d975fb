import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { main } from '../../src/cli.js'
import type { Report } from '../../src/model/report.js'
import { formatGitlab } from '../../src/report/gitlab.js'
import { summarize } from '../../src/score/summarize.js'
import { corpus, fixtures, score } from '../helpers/fixtures.js'

interface Issue {
  description: string
  check_name: string
  fingerprint: string
  severity: string
  location: { path: string; lines: { begin: number; end?: number } }
}

const root = fileURLToPath(new URL('../..', import.meta.url))
const SEVERITY = { error: 'major', warning: 'minor', notice: 'info' }

/** Every plan the suite knows: the examples, the fixtures and, when present, the real corpus. */
function plans(): Array<{ name: string; text: string }> {
  const dirs = [join(root, 'examples'), join(fixtures, 'plans'), join(fixtures, 'rules'), corpus]
  return dirs
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.md')).map((name) => ({ name: join(dir, name), text: readFileSync(join(dir, name), 'utf8') })))
}

function gitlab(report: Report): Issue[] {
  const text = formatGitlab(report)
  expect(text.endsWith('\n')).toBe(true)
  return JSON.parse(text) as Issue[]
}

describe('the gitlab format', () => {
  it('should write one Code Quality issue per finding, with every required field', () => {
    let checked = 0
    for (const plan of plans()) {
      const report = summarize([score(plan.text, { rules: { CG009: 'notice' } }, undefined, `specs/${checked}/plan.md`)])
      const findings = report.plans.flatMap((p) => p.findings)
      const issues = gitlab(report)
      expect(issues).toHaveLength(findings.length)
      issues.forEach((issue, i) => {
        const finding = findings[i]!
        expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity'])
        expect(issue.description).toBe(finding.message)
        expect(issue.check_name).toBe(finding.ruleId)
        expect(issue.severity).toBe(SEVERITY[finding.severity])
        expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/u)
        expect(issue.location.path).toBe(finding.path)
        expect(issue.location.lines.begin).toBe(finding.range.line)
        expect(issue.location.lines.end ?? finding.range.line).toBe(finding.range.endLine)
      })
      expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length)
      checked += issues.length
    }
    expect(checked).toBeGreaterThan(50)
  })

  it('should map error, warning and notice to major, minor and info', () => {
    const text = readFileSync(join(root, 'examples', 'failing-plan.md'), 'utf8')
    const issues = gitlab(summarize([score(text, { rules: { CG005: 'warning', CG004: 'notice' } })]))
    const severities = Object.fromEntries(issues.map((issue) => [issue.check_name, issue.severity]))
    expect(severities).toMatchObject({ CG003: 'major', CG005: 'minor', CG004: 'info' })
  })

  it('should write paths relative to the root with forward slashes', () => {
    const report = summarize([score('# Plan\n', {}, undefined, '.\\specs\\004 a b\\plan.md')])
    expect(gitlab(report).map((issue) => issue.location.path)).toEqual(['specs/004 a b/plan.md'])
  })

  it('should keep every fingerprint when two blank lines are inserted at the top of a plan', () => {
    let kept = 0
    for (const plan of plans()) {
      // Blank lines above front matter would turn it into text: such plans are a different document.
      if (plan.text.startsWith('---')) continue
      const before = gitlab(summarize([score(plan.text, {}, undefined, 'specs/001/plan.md')]))
      const after = gitlab(summarize([score(`\n\n${plan.text}`, {}, undefined, 'specs/001/plan.md')]))
      expect({ plan: plan.name, prints: after.map((issue) => issue.fingerprint) }).toEqual({ plan: plan.name, prints: before.map((issue) => issue.fingerprint) })
      // Findings about the whole plan (no gates section at all) stay on its first line.
      const moved = (line: number) => (line === 1 ? [1, 3] : [line + 2])
      after.forEach((issue, i) => expect(moved(before[i]!.location.lines.begin)).toContain(issue.location.lines.begin))
      kept += before.length
    }
    // Messages that cite other lines (CG009, CG012) are among them.
    expect(kept).toBeGreaterThan(50)
  })

  it('should be the same on every run, and change when the path or the rule does', () => {
    const text = readFileSync(join(root, 'examples', 'failing-plan.md'), 'utf8')
    const once = gitlab(summarize([score(text, {}, undefined, 'a/plan.md')]))
    expect(gitlab(summarize([score(text, {}, undefined, 'a/plan.md')]))).toEqual(once)
    const moved = gitlab(summarize([score(text, {}, undefined, 'b/plan.md')]))
    expect(moved.filter((issue, i) => issue.fingerprint === once[i]!.fingerprint)).toEqual([])
  })

  it('should give duplicate gates in two sections fingerprints of their own', () => {
    const section = (title: string) => `## ${title}\n\n- [ ] I. Library-First\n- [ ] II. CLI Interface\n`
    const text = `# Plan\n\n${section('Constitution Check')}\n${section('Constitution Check (Post-Design)')}`
    const issues = gitlab(summarize([score(text)]))
    expect(issues.filter((issue) => issue.check_name === 'CG004')).toHaveLength(4)
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length)
  })

  it('should be printed by the CLI with --format gitlab, paths relative to the working directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-gitlab-'))
    const plan = join(dir, 'specs', '002-payments', 'plan.md')
    mkdirSync(dirname(plan), { recursive: true })
    writeFileSync(plan, readFileSync(join(root, 'examples', 'failing-plan.md')))
    let stdout = ''
    const code = await main(['check', '--format', 'gitlab'], { cwd: dir, stdout: (text) => (stdout += text), stderr: () => {}, interactive: false })
    expect(code).toBe(1)
    const issues = JSON.parse(stdout) as Issue[]
    expect(issues.length).toBeGreaterThan(0)
    for (const issue of issues) {
      expect(isAbsolute(issue.location.path)).toBe(false)
      expect(issue.location.path).toBe('specs/002-payments/plan.md')
    }
  })

  it('should print an empty array when nothing is found', () => {
    expect(formatGitlab(summarize([]))).toBe('[]\n')
  })
})
