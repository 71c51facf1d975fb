import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type CliResult, runCli, writeUnder } from './helpers/cli.js'

/**
 * The CLI from anywhere in a repository: it works from the repository root,
 * judges each plan by the nearest constitution (monorepos), names what
 * judged, and never passes on nothing.
 */
let root: string

function write(path: string, text: string): void {
  writeUnder(root, path, text)
}

function run(cwd: string, ...argv: string[]): Promise<CliResult> {
  return runCli(join(root, cwd), ...argv)
}

/** A constitution whose principle II is non-negotiable. */
const SECURE = '# Constitution\n\n## Core Principles\n\n### I. Library-First\nLibraries.\n\n### II. Security by Default (NON-NEGOTIABLE)\nSecrets stay in the vault.\n'

/** II partial and justified by a row: a CG005 error only where II is non-negotiable. */
const PLAN = `# Plan

## Constitution Check

| Principle | Status |
|---|---|
| I. Library-First | ✅ PASS |
| II. Security by Default | ⚠️ PARTIAL (see Complexity Tracking) |

## Complexity Tracking

| Violation | Why Needed | Simpler Alternative Rejected Because |
|---|---|---|
| Security by Default: tokens cached in memory | the export runs for hours | re-reading the vault per request is too slow |
`

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cg-root-'))
  mkdirSync(join(root, '.git'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('constitution-gate check from a subfolder', () => {
  it("should judge the repository's plans by its constitution and configuration, with paths from the root", async () => {
    write('.specify/memory/constitution.md', SECURE)
    write('.github/constitution-gate.yml', 'max-projects: 4\n')
    write('specs/001-x/plan.md', PLAN)
    write('specs/002-y/plan.md', '# Plan\n\n## Constitution Check\n\n- [x] I. Library-First\n')
    const result = await run('specs/001-x', 'check')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('specs/001-x/plan.md — FAIL')
    expect(result.stdout).toContain('specs/002-y/plan.md — PASS')
    expect(result.stdout).toContain('CG005 non-negotiable-violated')
    expect(result.stdout).toMatch(/\nConstitution: \.specify\/memory\/constitution\.md\nConfiguration file: \.github\/constitution-gate\.yml\n$/u)
  })

  it('should take a plan named relative to the current folder, and still judge it by the root constitution', async () => {
    write('.specify/memory/constitution.md', SECURE)
    write('specs/001-x/plan.md', PLAN)
    const json = JSON.parse((await run('specs/001-x', 'check', 'plan.md', '--format', 'json')).stdout)
    expect(json.plans.map((plan: { path: string }) => plan.path)).toEqual(['specs/001-x/plan.md'])
    expect(json.plans[0].constitution.path).toBe('.specify/memory/constitution.md')
    expect(json.judgedBy).toEqual({ constitutions: [{ path: '.specify/memory/constitution.md', sha: null, plans: 1 }], config: null })
  })

  it('should exit 2 with one line naming the globs and the root when the repository has no plan', async () => {
    write('docs/readme.md', '# Docs\n')
    const result = await run('docs', 'check')
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(`constitution-gate: no plan matches the plans globs (**/specs/**/plan.md, **/specs/**/implementation-plan.md, .specify/specs/**/plan.md) under ${root}.\n`)
  })

  it('should exit 2 when the arguments match no plan', async () => {
    write('specs/001-x/plan.md', PLAN)
    const result = await run('specs', 'check', 'nothing-*/plan.md')
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain("no plan matches 'nothing-*/plan.md'")
  })
})

describe('monorepos', () => {
  it("should take the repository's configuration from inside a project that has its own .specify", async () => {
    write('.github/constitution-gate.yml', 'rules:\n  gate-not-evaluated: warning\n')
    write('services/a/.specify/memory/constitution.md', '# Constitution\n\n### IX. Integration-First\nContracts first.\n')
    write('services/a/specs/001-y/plan.md', '# Plan\n\n## Constitution Check\n\n| Principle | Status |\n|---|---|\n| IX. Integration-First | TODO |\n')
    const fromProject = await run('services/a', 'check')
    const fromRoot = await run('', 'check', 'services/a/specs/001-y/plan.md')
    expect(fromProject.stdout).toContain('warning CG004')
    expect(fromProject.stdout).toContain('Configuration file: .github/constitution-gate.yml')
    expect(fromProject.stdout).toBe(fromRoot.stdout)
  })

  it('should judge each plan by the nearest constitution above it, up to the root', async () => {
    write('services/a/.specify/memory/constitution.md', SECURE)
    write('services/a/specs/001-x/plan.md', PLAN)
    write('services/b/specs/001-y/plan.md', PLAN)
    write('services/c/memory/constitution.md', SECURE.replace('### I. Library-First', '### I. Library-First (NON-NEGOTIABLE)'))
    write('services/c/specs/001-z/plan.md', PLAN)
    const result = await run('', 'check', '--format', 'json')
    const json = JSON.parse(result.stdout)
    const by = Object.fromEntries(json.plans.map((plan: { path: string; verdict: string; constitution: { path: string | null } }) => [plan.path, [plan.verdict, plan.constitution.path]]))
    expect(by).toEqual({
      'services/a/specs/001-x/plan.md': ['fail', 'services/a/.specify/memory/constitution.md'],
      'services/b/specs/001-y/plan.md': ['pass', null],
      'services/c/specs/001-z/plan.md': ['fail', 'services/c/memory/constitution.md']
    })
    const text = (await run('services/b', 'check')).stdout
    expect(text).toContain('services/b/specs/001-y/plan.md — PASS · score 100% · 2 gates (1 pass, 1 justified) · judged by the nine default articles')
    expect(text).toContain('Constitutions: services/a/.specify/memory/constitution.md (1 plan), the nine default articles (1 plan), services/c/memory/constitution.md (1 plan)')
  })

  it("should judge a project without a constitution of its own by the root's", async () => {
    write('.specify/memory/constitution.md', SECURE)
    write('services/b/specs/001-y/plan.md', PLAN)
    const json = JSON.parse((await run('services/b', 'check', '--format', 'json')).stdout)
    expect(json.plans[0]).toMatchObject({ verdict: 'fail', constitution: { path: '.specify/memory/constitution.md' } })
  })

  it('should let a configured constitution judge every plan', async () => {
    write('services/a/.specify/memory/constitution.md', SECURE)
    write('services/a/specs/001-x/plan.md', PLAN)
    write('rules/plain.md', '# Constitution\n\n### I. Library-First\nLibraries.\n')
    const fromFile = JSON.parse((await run('', 'check', '--format', 'json', '--constitution', 'rules/plain.md')).stdout)
    expect(fromFile.plans[0]).toMatchObject({ verdict: 'pass', constitution: { path: 'rules/plain.md' } })
    const fromSubfolder = JSON.parse((await run('rules', 'check', '--format', 'json', '--constitution', 'plain.md')).stdout)
    expect(fromSubfolder.plans[0]).toMatchObject({ verdict: 'pass', constitution: { path: 'rules/plain.md' } })
  })
})

describe('verdicts through the CLI', () => {
  it("should tie a gate that carries its own name by that name, not by the seed's numeral", async () => {
    write('.specify/memory/constitution.md', SECURE)
    write(
      'specs/001-x/plan.md',
      '# Plan\n\n## Constitution Check\n\n| Principle | Status |\n|---|---|\n| I. Library-First | ✅ PASS |\n| II. CLI Interface | ⚠️ PARTIAL (see Complexity Tracking) |\n\n## Complexity Tracking\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n| CLI Interface: the export is an HTTP endpoint first | the UI calls it | a CLI-only export would need a second deployment |\n'
    )
    const result = await run('specs/001-x', 'check')
    expect(result.stdout).not.toContain('CG005')
    expect(result.code).toBe(0)
  })

  it('should name a heading that looks like a gates heading when a plan has none', async () => {
    write('specs/001-x/plan.md', '# Plan\n\n## Summary\n\nExport.\n\n## Constitution Chek\n\n- [x] I. Library-First\n')
    const result = await run('', 'check')
    expect(result.code).toBe(1)
    const [line] = result.stdout.split('\n').filter((text) => text.includes('CG001'))
    expect(line).toMatch(/^specs\/001-x\/plan\.md:7:1 +error +CG001 no-gates-section: /u)
    expect(line).toContain("'## Constitution Chek'")
    expect(line).toContain("'Constitution Check'")
    expect(result.stdout).not.toContain('CG009')
  })
})
