import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { RepoFile } from '../__fixtures__/github/emulator.js'
import { pullRequestEvent } from '../__fixtures__/github/webhooks.js'
import { BASE, failingPlan, HEAD, OWNER, passingPlan, REPO, repository, runAction, uncheckedPlan } from '../__fixtures__/github/action-runner.js'

/**
 * Hostile pull requests: plans that are links to a runner's secrets, huge,
 * binary, submodules; API faults after the check run exists. The run goes on
 * with the other plans, and nothing leaks.
 */
const repo = { owner: OWNER, repo: REPO }
const SECRET = 'FAKE_SECRET_do_not_leak_7f3a9c'

function pull(files: RepoFile[], base: RepoFile[] = [{ path: 'README.md', content: '# planner\n' }]) {
  const commits = repository(base, files)
  return {
    commits,
    setup: {
      event: 'pull_request',
      payload: pullRequestEvent({ ...repo, number: 9, baseSha: BASE, headSha: HEAD }),
      state: { ...repo, commits, pulls: [{ number: 9, baseSha: BASE, headSha: HEAD, files: files.map((f) => ({ filename: f.path, status: 'added' as const })) }] }
    }
  }
}

describe('hostile plans', () => {
  it('should refuse a plan that links to a secret, and a huge, a binary and a submodule plan, and go on with the others', async () => {
    const files: RepoFile[] = [
      { path: 'specs/001/plan.md', content: passingPlan() },
      { path: 'specs/002/plan.md', type: 'symlink', target: '../../../secret.txt' },
      { path: 'specs/003/plan.md', content: `${passingPlan()}${'x'.repeat(2_000_000)}` },
      { path: 'specs/004/plan.md', content: Buffer.from([0x23, 0x20, 0x00, 0xff, 0x00]) },
      { path: 'specs/005/plan.md', type: 'submodule', target: 'https://github.com/octo-org/vendored.git' },
      { path: 'specs/006/plan.md', content: failingPlan() }
    ]
    const { commits, setup } = pull(files)
    const run = await runAction({ ...setup, checkout: { sha: HEAD, files: commits[HEAD] ?? [] }, outside: { 'secret.txt': `TOKEN=${SECRET}\n` } })
    const json = JSON.parse(readFileSync(run.outputs.report ?? '', 'utf8'))
    const verdicts = Object.fromEntries(json.plans.map((p: { path: string; verdict: string; findings: Array<{ ruleId: string; message: string }> }) => [p.path, `${p.verdict} ${p.findings.map((f) => f.ruleId).join(',')}`]))
    expect(verdicts).toEqual({
      'specs/001/plan.md': 'pass ',
      'specs/002/plan.md': 'fail CG017',
      'specs/003/plan.md': 'fail CG017',
      'specs/004/plan.md': 'fail CG017',
      'specs/005/plan.md': 'fail CG017',
      'specs/006/plan.md': 'fail CG003,CG004'
    })
    const messages = run.emulator.checkRuns[0]?.output.annotations.map((a) => (a as { message: string }).message).join('\n') ?? ''
    expect(messages).toContain('symbolic link, which is never followed')
    expect(messages).toContain('over the 1048576-byte limit (max-file-size)')
    expect(messages).toContain('binary data')
    expect(messages).toContain('not a regular file')
    const everything = [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), JSON.stringify(json), ...run.emulator.requests.map((r) => JSON.stringify(r.body ?? ''))].join('\n')
    expect(everything).not.toContain(SECRET)
  })

  it('should refuse a symlink and a submodule read through the contents API', async () => {
    const { setup } = pull([
      { path: 'specs/010/plan.md', type: 'symlink', target: '/etc/passwd' },
      { path: 'specs/011/plan.md', type: 'submodule', target: 'https://github.com/octo-org/vendored.git' },
      { path: 'specs/012/plan.md', content: passingPlan() }
    ])
    const run = await runAction(setup)
    const annotations = run.emulator.checkRuns[0]?.output.annotations as Array<{ path: string; message: string }>
    expect(annotations.map((a) => [a.path, a.message.replace(/^The plan could not be scored: /u, '')])).toEqual([
      ['specs/010/plan.md', 'it is a symbolic link, which is never followed.'],
      ['specs/011/plan.md', 'it is a submodule.']
    ])
    expect(run.outputs).toMatchObject({ 'plans-checked': '3', 'plans-failed': '2' })
  })
})

describe('a check run that cannot be finished', () => {
  const many = [{ path: 'specs/020/plan.md', content: uncheckedPlan(120) }]

  it('should complete the run as a failure, saying why, when an update fails mid-way', async () => {
    const { setup } = pull(many)
    const run = await runAction({ ...setup, prepare: (emulator) => emulator.inject('PATCH', /check-runs\/\d+$/u, [{ status: 200 }, { status: 422, body: { message: 'Validation Failed' } }]) })
    expect(run.code).toBe(1)
    expect(run.emulator.checkRuns).toHaveLength(1)
    expect(run.emulator.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(run.emulator.checkRuns[0]?.output.summary).toContain('could not send annotations 101–120: HTTP 422')
    expect(run.stdout).toContain('::error::could not send annotations 101–120: HTTP 422: Validation Failed')
  })

  it('should leave a completed failing run of the same name when the update endpoint dies', async () => {
    const { setup } = pull(many)
    const run = await runAction({ ...setup, prepare: (emulator) => emulator.breakRoute('PATCH', /check-runs\/\d+$/u, { status: 500, body: { message: 'down' } }) })
    expect(run.code).toBe(1)
    const latest = run.emulator.checkRuns[run.emulator.checkRuns.length - 1]
    expect(run.emulator.checkRuns.map((c) => c.name)).toEqual(['Constitution gate', 'Constitution gate'])
    expect(latest).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(latest?.output.summary).toContain('could not send annotations 51–100: HTTP 500')
  })
})
