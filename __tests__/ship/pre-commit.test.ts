import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { defaultConfig } from '../../src/config/defaults.js'
import { pathMatcher } from '../../src/read/walk.js'

/**
 * The hook as pre-commit runs it: pre-commit itself, installed with pip into
 * this test's own virtual environment, runs `try-repo` on this repository
 * from a temporary git repository, as the pre-commit hook of real commits.
 * npm runs offline with an empty cache, so installing the hook's environment
 * fails if it needs anything from the network.
 */
const root = fileURLToPath(new URL('../..', import.meta.url))
const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>
const python = ['python3', 'python'].find((command) => spawnSync(command, ['--version']).status === 0)
if (!python) process.stderr.write('pre-commit test skipped: no Python on this machine.\n')

describe('the pre-commit hook definition', () => {
  const hook = hooks.find((entry) => entry.id === 'constitution-gate')!

  it('should run the CLI with the staged plans as arguments, under language node', () => {
    expect(hook).toMatchObject({ id: 'constitution-gate', entry: 'constitution-gate check', language: 'node', pass_filenames: true })
  })

  it('should select the files the default plan globs select', () => {
    const { plans, exclude } = defaultConfig()
    const glob = pathMatcher(plans, exclude)
    const files = new RegExp(String(hook.files), 'u')
    const excluded = new RegExp(String(hook.exclude), 'u')
    const paths = [
      'specs/001-x/plan.md',
      'specs/plan.md',
      'a/b/specs/001/deep/plan.md',
      'specs/001/implementation-plan.md',
      '.specify/specs/001/plan.md',
      '.specify/templates/specs/plan.md',
      'node_modules/x/specs/1/plan.md',
      'specs/001/spec.md',
      'specs/001/plan.md.bak',
      'myspecs/001/plan.md',
      'plan.md',
      'docs/specs-old/plan.md',
      'specs/001/research/plan.md'
    ]
    for (const path of paths) expect({ path, hook: files.test(path) && !excluded.test(path) }).toEqual({ path, hook: glob(path) })
  })
})

;(python ? describe : describe.skip)('pre-commit try-repo', () => {
  const work = mkdtempSync(join(tmpdir(), 'cg-pre-commit-'))
  const repo = join(work, 'user-repo')
  const venv = join(work, 'venv')
  const env = {
    ...process.env,
    NODE_OPTIONS: '',
    PRE_COMMIT_HOME: join(work, 'pre-commit-home'),
    npm_config_offline: 'true',
    npm_config_cache: join(work, 'empty-npm-cache'),
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com'
  }
  const run = (command: string, args: string[], cwd = repo) => {
    const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 300_000 })
    return { code: result.status, output: `${result.stdout}${result.stderr}` }
  }
  const stage = (source: string, path: string) => {
    mkdirSync(join(repo, path, '..'), { recursive: true })
    copyFileSync(join(root, 'examples', source), join(repo, path))
    expect(run('git', ['add', path]).code).toBe(0)
  }

  beforeAll(() => {
    expect(run(python!, ['-m', 'venv', venv], work)).toMatchObject({ code: 0 })
    // The machine's pip configuration says where packages come from; no retries against an index it cannot reach.
    const pip = run(join(venv, 'bin', 'pip'), ['install', '--quiet', '--retries', '0', '--timeout', '15', 'pre-commit'], work)
    expect(pip.code === 0 ? '' : pip.output).toBe('')
    mkdirSync(repo)
    expect(run('git', ['init', '--quiet']).code).toBe(0)
    // What `pre-commit install` would do with a config naming this repository: run it on every commit.
    const hook = join(repo, '.git', 'hooks', 'pre-commit')
    writeFileSync(hook, `#!/bin/sh\nexec '${join(venv, 'bin', 'pre-commit')}' try-repo '${root}' constitution-gate\n`)
    chmodSync(hook, 0o755)
  }, 300_000)

  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('should fail a commit that stages a failing plan', () => {
    stage('failing-plan.md', 'specs/001-payments/plan.md')
    const commit = run('git', ['commit', '--quiet', '-m', 'failing plan'])
    expect(commit.code).toBe(1)
    expect(commit.output).toMatch(/constitution-gate\.+Failed/u)
    expect(commit.output).toContain('specs/001-payments/plan.md — FAIL')
    expect(run('git', ['rev-parse', '--verify', 'HEAD']).code).not.toBe(0)
  }, 300_000)

  it('should let a commit with a passing plan through, and skip files that are not plans', () => {
    expect(run('git', ['rm', '--cached', '--quiet', 'specs/001-payments/plan.md']).code).toBe(0)
    stage('passing-plan.md', 'specs/002-albums/plan.md')
    stage('failing-plan.md', 'notes/plan.md')
    const commit = run('git', ['commit', '--quiet', '-m', 'passing plan'])
    expect(commit.output).toMatch(/constitution-gate\.+Passed/u)
    expect(commit.code).toBe(0)
    expect(run('git', ['log', '--format=%s']).output.trim()).toBe('passing plan')
  }, 300_000)
})
