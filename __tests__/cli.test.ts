import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fixtures } from './helpers/fixtures.js'
import { type CliResult, runCli, writeUnder } from './helpers/cli.js'

let root: string

function write(path: string, text: string): void {
  writeUnder(root, path, text)
}

function run(...argv: string[]): Promise<CliResult> {
  return runCli(root, ...argv)
}

const passing = () => cpSync(join(fixtures, 'plans/seed-compliant.md'), join(root, 'specs/001-albums/plan.md'))
const failing = () => cpSync(join(fixtures, 'plans/seed-simplicity-without-row.md'), join(root, 'specs/002-platform/plan.md'))

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cg-cli-'))
  mkdirSync(join(root, 'specs/001-albums'), { recursive: true })
  mkdirSync(join(root, 'specs/002-platform'), { recursive: true })
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('constitution-gate check', () => {
  it('should exit 0 when every plan passes and 1 when one fails', async () => {
    passing()
    expect((await run('check')).code).toBe(0)
    failing()
    const result = await run('check')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('specs/001-albums/plan.md — PASS')
    expect(result.stdout).toContain('specs/002-platform/plan.md — FAIL')
  })

  it('should say on stderr when fail-on, not the verdicts, decides the exit status', async () => {
    write('specs/001-albums/plan.md', '# Plan\n\n## Constitution Check\n\n- [x] Library-First\n\n## Complexity Tracking\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n| Redis cache | latency | memory is lost on restart |\n')
    const warned = await run('check', '--fail-on', 'warning')
    expect(warned.code).toBe(1)
    expect(warned.stderr).toBe("constitution-gate: exit 1: every plan passes, but fail-on is 'warning' and 1 plan has warnings.\n")
    failing()
    const never = await run('check', '--fail-on', 'never')
    expect(never.code).toBe(0)
    expect(never.stderr).toBe("constitution-gate: exit 0: 1 plan fails, but fail-on is 'never'.\n")
    expect((await run('check')).stderr).toBe('')
  })

  it('should score the configured globs by default, leaving out templates and other markdown', async () => {
    passing()
    write('.specify/templates/plan-template.md', '# template\n')
    write('.specify/specs/003-x/plan.md', '# Plan\n\n## Constitution Check\n\n- [x] Library-First\n')
    write('docs/notes.md', '# notes\n')
    const json = JSON.parse((await run('check', '--format', 'json')).stdout)
    expect(json.plans.map((p: { path: string }) => p.path)).toEqual(['.specify/specs/003-x/plan.md', 'specs/001-albums/plan.md'])
  })

  it('should take files, directories and globs as arguments', async () => {
    passing()
    failing()
    write('other/plan.md', '# Plan\n')
    const paths = async (...args: string[]) => JSON.parse((await run('check', '--format', 'json', ...args)).stdout).plans.map((p: { path: string }) => p.path)
    expect(await paths('other/plan.md')).toEqual(['other/plan.md'])
    expect(await paths('specs')).toEqual(['specs/001-albums/plan.md', 'specs/002-platform/plan.md'])
    expect(await paths('specs/*/plan.md', './other/')).toEqual(['specs/001-albums/plan.md', 'specs/002-platform/plan.md', 'other/plan.md'])
  })

  it('should exit 2 when an argument matches nothing', async () => {
    const result = await run('check', 'nope/*.md')
    expect(result).toMatchObject({ code: 2, stdout: '' })
    expect(result.stderr).toContain("no plan matches 'nope/*.md'")
  })

  it('should exit 2 with usage for an unknown option or command, and no stack trace', async () => {
    for (const argv of [['check', '--frobnicate'], ['lint'], [], ['check', '--format', 'xml']]) {
      const result = await run(...argv)
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/^constitution-gate: /u)
      expect(result.stderr).not.toMatch(/\n\s+at /u)
    }
  })

  it('should print help and version', async () => {
    expect((await run('--help')).stdout).toContain('Usage: constitution-gate check')
    expect((await run('--version')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/u)
  })

  it('should read .github/constitution-gate.yml, and let flags override it', async () => {
    failing()
    write('.github/constitution-gate.yml', 'max-projects: 5\n')
    const fromFile = await run('check', '--format', 'json')
    const findings = JSON.parse(fromFile.stdout).plans[0].findings.map((f: { ruleId: string }) => f.ruleId)
    expect(findings).not.toContain('CG010')
    const overridden = JSON.parse((await run('check', '--format', 'json', '--max-projects', '3')).stdout)
    expect(overridden.plans[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('CG010')
  })

  it('should report where the configuration changed the defaults', async () => {
    passing()
    write('.github/constitution-gate.yml', 'max-projects: 5\n')
    const result = await run('check', '--rules', 'CG009: off')
    expect(result.stdout).toContain('max-projects = 5 (.github/constitution-gate.yml:1:1)')
    expect(result.stdout).toContain('rules.CG009 = "off" (--rules (CG009))')
  })

  it('should turn a rule down from the command line', async () => {
    write('specs/003/plan.md', '# Plan\n\n## Constitution Check\n\n- [ ] Library-First\n')
    expect((await run('check', 'specs/003/plan.md')).code).toBe(1)
    expect((await run('check', 'specs/003/plan.md', '--rules', 'gate-not-evaluated: warning')).code).toBe(0)
  })

  it('should exit 2 on a bad configuration file, naming file, line and key', async () => {
    passing()
    write('custom.yml', 'rules:\n  CG04: off\n')
    const result = await run('check', '--config', 'custom.yml')
    expect(result).toMatchObject({ code: 2, stdout: '' })
    expect(result.stderr).toBe("constitution-gate: custom.yml:2:3: unknown rule 'CG04'. Did you mean 'CG004'?\n")
    expect((await run('check', '--config', 'missing.yml')).stderr).toContain("the file 'missing.yml' does not exist")
  })

  it('should exit 2 on a glob that cannot work, naming the flag', async () => {
    const result = await run('check', '--plans', '/etc/**')
    expect(result).toMatchObject({ code: 2, stdout: '' })
    expect(result.stderr).toBe("constitution-gate: --plans (value 1): 'plans' glob '/etc/**' is not usable: it is absolute; globs are relative to the repository root.\n")
  })

  it('should judge by the constitution given, and exit 2 when it is missing', async () => {
    write('specs/003/plan.md', '# Plan\n\n## Constitution Check\n\n| Principle | Status |\n|---|---|\n| I. Idempotency | ⚠️ PARTIAL — see Complexity Tracking |\n\n## Complexity Tracking\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n| Idempotency: one retry | flaky API | retrying forever hides outages |\n')
    write('rules/constitution.md', '## Principles\n\n### I. Idempotency (NON-NEGOTIABLE)\n')
    expect((await run('check', 'specs/003/plan.md')).code).toBe(0)
    const judged = await run('check', 'specs/003/plan.md', '--constitution', 'rules/constitution.md')
    expect(judged.code).toBe(1)
    expect(judged.stdout).toContain('CG005 non-negotiable-violated')
    expect((await run('check', '--constitution', 'nope.md')).code).toBe(2)
  })

  it('should find the constitution in .specify/memory/ by default', async () => {
    write('specs/003/plan.md', '# Plan\n\n## Constitution Check\n\n- ⚠️ I. Idempotency — see Complexity Tracking\n\n## Complexity Tracking\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n| Idempotency: one retry | flaky API | retrying forever hides outages |\n')
    write('.specify/memory/constitution.md', '### I. Idempotency (NON-NEGOTIABLE)\n')
    const json = JSON.parse((await run('check', '--format', 'json')).stdout)
    expect(json.plans[0].constitution).toEqual({ path: '.specify/memory/constitution.md', source: 'file' })
    expect(json.plans[0].verdict).toBe('fail')
  })

  it('should fail a plan that is a symbolic link without following it', async () => {
    write('secret.txt', 'TOKEN=abc123')
    symlinkSync(join(root, 'secret.txt'), join(root, 'specs/001-albums/plan.md'))
    const result = await run('check')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('CG017 plan-unreadable: The plan could not be scored: it is a symbolic link')
    expect(result.stdout).not.toContain('abc123')
  })

  it('should write a progress line on stderr for more than a few dozen plans', async () => {
    for (let i = 0; i < 40; i++) write(`specs/${100 + i}/plan.md`, '# Plan\n\n## Constitution Check\n\n- [x] Library-First\n')
    const result = await run('check', '--format', 'json')
    expect(result.stderr).toBe('constitution-gate: scoring 40 plans…\n')
    expect(JSON.parse(result.stdout).summary.plans).toBe(40)
    expect((await run('check', 'specs/100/plan.md')).stderr).toBe('')
  })
})
