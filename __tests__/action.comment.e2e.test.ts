import { describe, expect, it } from '@jest/globals'
import type { StoredComment } from '../__fixtures__/github/emulator.js'
import { pullRequestEvent } from '../__fixtures__/github/webhooks.js'
import { BASE, failingPlan, HEAD, OWNER, passingPlan, REPO, repository, runAction } from '../__fixtures__/github/action-runner.js'

/** The optional pull-request comment: one per check name, updated in place, never a failure. */
const repo = { owner: OWNER, repo: REPO }

function pullRequest(content: string, comments: StoredComment[] = []) {
  const plan = { path: 'specs/001/plan.md', content }
  return {
    event: 'pull_request',
    payload: pullRequestEvent({ ...repo, number: 9, baseSha: BASE, headSha: HEAD }),
    state: { ...repo, commits: repository([{ path: 'README.md', content: '# planner\n' }], [plan]), pulls: [{ number: 9, baseSha: BASE, headSha: HEAD, files: [{ filename: plan.path, status: 'added' as const }] }], comments }
  }
}

const someoneElse: StoredComment = { id: 5, issue: 9, body: 'Looks good to me', user: 'octocat', created_at: '2026-12-01T00:00:00Z', updated_at: '2026-12-01T00:00:00Z', updates: 0 }

describe('comment: always', () => {
  it('should create one comment on the first run and update that same comment on the second', async () => {
    const first = await runAction({ ...pullRequest(failingPlan(), [someoneElse]), inputs: { comment: 'always' } })
    expect(first.calls.filter((call) => call.startsWith('POST') && call.endsWith('/comments'))).toHaveLength(1)
    const mine = first.emulator.comments.filter((c) => c.id !== someoneElse.id)
    expect(mine).toHaveLength(1)
    expect(mine[0]?.body).toContain('<!-- constitution-gate: Constitution gate -->')
    expect(mine[0]?.body).toContain('## ❌ Constitution gate: 1 plan fails')
    expect(mine[0]?.body).toContain('CG003')

    const second = await runAction({ ...pullRequest(passingPlan(), first.emulator.comments), inputs: { comment: 'always' } })
    expect(second.calls.filter((call) => call.startsWith('POST') && call.includes('/comments'))).toEqual([])
    expect(second.calls.filter((call) => call.startsWith('PATCH') && call.includes('/issues/comments/'))).toHaveLength(1)
    expect(second.emulator.comments).toHaveLength(2)
    expect(second.emulator.comments.find((c) => c.id === mine[0]?.id)?.body).toContain('## ✅ Constitution gate: 1 plan passes')
    expect(second.emulator.comments.find((c) => c.id === someoneElse.id)?.body).toBe('Looks good to me')
  })

  it('should keep one comment per check name', async () => {
    const first = await runAction({ ...pullRequest(failingPlan()), inputs: { comment: 'always' } })
    const other = await runAction({ ...pullRequest(failingPlan(), first.emulator.comments), inputs: { comment: 'always', 'check-name': 'Plans (services)' } })
    expect(other.emulator.comments).toHaveLength(2)
  })
})

describe('comment: on-failure', () => {
  it('should write nothing for a change that never failed, and say so once a failing change is fixed', async () => {
    const quiet = await runAction({ ...pullRequest(passingPlan()), inputs: { comment: 'on-failure' } })
    expect(quiet.emulator.comments).toEqual([])
    expect(quiet.calls.filter((call) => call.startsWith('POST') && call.includes('/comments'))).toEqual([])
    const failing = await runAction({ ...pullRequest(failingPlan()), inputs: { comment: 'on-failure' } })
    expect(failing.emulator.comments).toHaveLength(1)
    const fixed = await runAction({ ...pullRequest(passingPlan(), failing.emulator.comments), inputs: { comment: 'on-failure' } })
    expect(fixed.emulator.comments).toHaveLength(1)
    expect(fixed.emulator.comments[0]?.body).toContain('The plans no longer fail: this change was fixed.')
  })
})

describe('comment without permission', () => {
  it('should say so in one notice and never fail the run for it', async () => {
    const run = await runAction({
      ...pullRequest(passingPlan()),
      inputs: { comment: 'always' },
      prepare: (emulator) => emulator.inject('POST', /\/issues\/9\/comments$/u, [{ status: 403 }])
    })
    expect(run.code).toBe(0)
    expect(run.outputs.conclusion).toBe('success')
    expect(run.stdout.match(/::notice::No pull-request comment: writing the comment on pull request #9: HTTP 403 .* pull-requests: write/gu)).toHaveLength(1)
  })

  it('should refuse an unknown comment mode as a configuration error', async () => {
    const run = await runAction({ ...pullRequest(passingPlan()), inputs: { comment: 'sometimes' } })
    expect(run.code).toBe(1)
    expect(run.emulator.checkRuns[0]?.output.title).toBe('Configuration error')
    expect(run.stdout).toContain("input 'comment': must be one of off, on-failure, always, not 'sometimes'.")
  })
})
