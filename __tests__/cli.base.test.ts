import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type CliResult, runCli, writeUnder } from './helpers/cli.js'

/** --base and --only-new-findings, against a temporary git repository. */
let root: string

function write(path: string, text: string): void {
  writeUnder(root, path, text)
}

function git(...args: string[]): string {
  return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } })
}

function run(...argv: string[]): Promise<CliResult> {
  return runCli(root, ...argv)
}

const table = (rows: string, prose = 'Exports albums.') => `# Plan\n\n${prose}\n\n## Constitution Check\n\n| Principle | Status |\n|---|---|\n${rows}\n`
const PLAN = 'specs/001-x/plan.md'

/** A project in services/a, marked by `marker`, whose plan fails at HEAD and passes in the working tree. */
function projectA(marker: string, text: string): void {
  write(marker, text)
  write('services/a/specs/001-y/plan.md', table('| I. Library-First | ✅ |\n| IX. Integration-First | TODO |'))
  git('add', '.')
  git('commit', '-qm', 'project a')
  write('services/a/specs/001-y/plan.md', table('| I. Library-First | ✅ |\n| IX. Integration-First | ✅ |'))
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cg-base-'))
  git('init', '-q', '-b', 'main')
  write(PLAN, table('| I. Library-First | ✅ |\n| IX. Integration-First | TODO |'))
  git('add', '.')
  git('commit', '-qm', 'base')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('constitution-gate check --base', () => {
  it('should show what changed since the ref: score, gate transitions, findings added and resolved', async () => {
    write(PLAN, table('| I. Library-First | ❌ |\n| IX. Integration-First | ✅ |'))
    const result = await run('check', '--base', 'main')
    expect(result.stdout).toContain(`Since ${PLAN}@`)
    expect(result.stdout).toMatch(/score 50% → 50%, FAIL → FAIL, 1 finding added, 1 resolved/u)
    expect(result.stdout).toContain('I. Library-First: PASS → FAIL')
    expect(result.stdout).toContain('IX. Integration-First: NOT EVALUATED → PASS')
    const json = JSON.parse((await run('check', '--base', 'main', '--format', 'json')).stdout)
    expect(json.plans[0].base).toMatchObject({ path: PLAN, verdict: 'fail', sha: git('rev-parse', 'main').trim() })
  })

  it('should pass a prose edit of a plan that already failed with --only-new-findings, and fail a new failing gate', async () => {
    write(PLAN, table('| I. Library-First | ✅ |\n| IX. Integration-First | TODO |', 'Exports albums and photos.'))
    expect((await run('check')).code).toBe(1)
    const prose = await run('check', '--base', 'main', '--only-new-findings')
    expect(prose.code).toBe(0)
    expect(prose.stdout).toContain('(existing: the base had it too; only new findings count)')
    write(PLAN, table('| I. Library-First | ✅ |\n| VII. Simplicity | ❌ |\n| IX. Integration-First | TODO |'))
    const added = await run('check', '--base', 'main', '--only-new-findings')
    expect(added.code).toBe(1)
    expect(added.stdout).toMatch(/CG003 gate-unjustified: .*\n/u)
  })

  it('should judge the base by the rules at the ref', async () => {
    write('.github/constitution-gate.yml', 'rules:\n  gate-not-evaluated: warning\n')
    const result = JSON.parse((await run('check', '--base', 'main', '--format', 'json')).stdout)
    // At the ref there was no configuration: the base's CG004 was an error and failed it.
    expect(result.plans[0].base.verdict).toBe('fail')
    expect(result.plans[0].verdict).toBe('pass')
  })

  it('should treat a plan that is new since the ref as having no base', async () => {
    write('specs/002-y/plan.md', table('| IX. Integration-First | TODO |'))
    const result = await run('check', '--base', 'main', '--only-new-findings', '--format', 'json')
    const plans = JSON.parse(result.stdout).plans
    expect(plans.find((plan: { path: string }) => plan.path === 'specs/002-y/plan.md').base).toBeUndefined()
    expect(result.code).toBe(1)
  })

  it('should exit 2 with one line for a ref that is not a commit, or --only-new-findings without --base', async () => {
    const bad = await run('check', '--base', 'nope')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe("constitution-gate: --base: 'nope' is not a commit of this repository.\n")
    const alone = await run('check', '--only-new-findings')
    expect(alone.code).toBe(2)
    expect(alone.stderr).toBe('constitution-gate: --only-new-findings needs --base <git-ref>: the findings of the plans at that ref are the existing ones.\n')
  })

  it('should work from a project below the repository root (a monorepo), with paths relative to that project', async () => {
    projectA('services/a/.specify/memory/constitution.md', '# Constitution\n\n### I. Library-First\nLibraries.\n')
    const result = await runCli(join(root, 'services/a'), 'check', 'specs/001-y/plan.md', '--base', 'HEAD', '--format', 'json')
    expect(result.stderr).toBe('')
    const [plan] = JSON.parse(result.stdout).plans
    expect(plan).toMatchObject({ path: 'services/a/specs/001-y/plan.md', verdict: 'pass', base: { verdict: 'fail' } })
  })

  it('should read the ref relative to a root that is a subfolder of the git repository', async () => {
    projectA('services/a/.github/constitution-gate.yml', 'max-projects: 3\n')
    const result = await runCli(join(root, 'services/a'), 'check', '--base', 'HEAD', '--format', 'json')
    expect(result.stderr).toBe('')
    const [plan] = JSON.parse(result.stdout).plans
    expect(plan).toMatchObject({ path: 'specs/001-y/plan.md', verdict: 'pass', base: { verdict: 'fail' } })
  })
})
