import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { EmulatorState } from '../__fixtures__/github/emulator.js'
import { mergeGroupEvent, pullRequestEvent, pullRequestTargetEvent, pushEvent, scheduleEvent, workflowDispatchEvent } from '../__fixtures__/github/webhooks.js'
import { BASE, failingPlan, HEAD, OWNER, passingPlan, REPO, repository, runAction, TOKEN, uncheckedPlan } from '../__fixtures__/github/action-runner.js'

const repo = { owner: OWNER, repo: REPO }
const pr = (number = 1, extra: Record<string, unknown> = {}) => pullRequestEvent({ ...repo, number, baseSha: BASE, headSha: HEAD, ...extra })
const unrelated = { path: 'README.md', content: '# planner\n' }

/** A pull request that changes a passing and a failing plan, read through the contents API. */
function twoPlans() {
  const changed = [
    { path: 'specs/001-pass/plan.md', content: passingPlan() },
    { path: 'specs/002-fail/plan.md', content: failingPlan() }
  ]
  return {
    commits: repository([unrelated], changed),
    pull: { number: 1, baseSha: BASE, headSha: HEAD, files: changed.map((f) => ({ filename: f.path, status: 'added' as const })) }
  }
}

describe('the Action on pull_request', () => {
  it('should post a failing check run on the head sha with annotations, a summary and outputs', async () => {
    const { commits, pull } = twoPlans()
    const run = await runAction({ event: 'pull_request', payload: pr(), state: { ...repo, commits, pulls: [pull] } })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::1 of 2 plans fails: 1 gate unjustified, 1 gate not evaluated.')
    const [check] = run.emulator.checkRuns
    expect(check).toMatchObject({ head_sha: HEAD, name: 'Constitution gate', status: 'completed', conclusion: 'failure' })
    expect(check?.output.title).toBe('1 of 2 plans fails: 1 gate unjustified, 1 gate not evaluated')
    expect(check?.output.summary).toContain('| [`specs/001-pass/plan.md`](https://github.com/octo-org/planner/blob/' + HEAD + '/specs/001-pass/plan.md#L1) | 100% | 2 | 0 |')
    expect(check?.output.summary?.indexOf('specs/002-fail')).toBeLessThan(check?.output.summary?.indexOf('specs/001-pass') ?? 0)
    expect(check?.output.annotations).toEqual([
      expect.objectContaining({ path: 'specs/002-fail/plan.md', start_line: 8, end_line: 8, annotation_level: 'failure', title: 'CG003 gate-unjustified' }),
      expect.objectContaining({ path: 'specs/002-fail/plan.md', start_line: 9, end_line: 9, annotation_level: 'failure', title: 'CG004 gate-not-evaluated' })
    ])
    expect(run.outputs).toMatchObject({ conclusion: 'failure', 'plans-checked': '2', 'plans-failed': '1', score: '0.6667', 'check-run-id': String(check?.id) })
    const json = JSON.parse(readFileSync(run.outputs.report ?? '', 'utf8'))
    expect(json.summary).toMatchObject({ plans: 2, failed: 1 })
    expect(run.summary).toContain('❌ Constitution gate: 1 of 2 plans fails')
    expect(run.summary).toContain('### ❌ `specs/002-fail/plan.md` — fail')
  })

  it('should make exactly ceil(files/100) + 1 tree listing + rules files read + plans read + max(1, ceil(annotations/50)) API calls', async () => {
    const { commits, pull } = twoPlans()
    const run = await runAction({ event: 'pull_request', payload: pr(), state: { ...repo, commits, pulls: [pull] } })
    expect(run.calls).toEqual([
      `GET /repos/${OWNER}/${REPO}/git/trees/${BASE}`,
      `GET /repos/${OWNER}/${REPO}/pulls/1/files`,
      `GET /repos/${OWNER}/${REPO}/contents/specs%2F001-pass%2Fplan.md`,
      `GET /repos/${OWNER}/${REPO}/contents/specs%2F002-fail%2Fplan.md`,
      `POST /repos/${OWNER}/${REPO}/check-runs`
    ])
  })

  it('should read plans from a checkout at the head sha, without the contents API', async () => {
    const { commits, pull } = twoPlans()
    const run = await runAction({ event: 'pull_request', payload: pr(), state: { ...repo, commits, pulls: [pull] }, checkout: { sha: HEAD, files: commits[HEAD] ?? [] } })
    expect(run.calls.filter((call) => call.includes('/contents/'))).toEqual([])
    expect(run.outputs['plans-failed']).toBe('1')
  })

  it('should send 120 annotations in 3 requests and set the conclusion only on the last', async () => {
    const path = 'specs/003-many/plan.md'
    const commits = repository([unrelated], [{ path, content: uncheckedPlan(120) }])
    const run = await runAction({
      event: 'pull_request',
      payload: pr(),
      state: { ...repo, commits, pulls: [{ number: 1, baseSha: BASE, headSha: HEAD, files: [{ filename: path, status: 'added' }] }] }
    })
    const writes = run.emulator.requests.filter((r) => r.path.includes('/check-runs'))
    expect(writes.map((r) => [r.method, (r.body as { output: { annotations?: unknown[] } }).output.annotations?.length, (r.body as { status: string }).status])).toEqual([
      ['POST', 50, 'in_progress'],
      ['PATCH', 50, 'in_progress'],
      ['PATCH', 20, 'completed']
    ])
    expect(run.emulator.checkRuns[0]?.output.annotations).toHaveLength(120)
    // The base's tree (where the rules are), the files, the plan, then three check-run writes.
    expect(run.calls).toHaveLength(1 + 1 + 1 + 3)
  })

  it('should cut a summary over 65,535 characters on a line boundary, saying so, and still send every annotation', async () => {
    const path = 'specs/004-huge/plan.md'
    const commits = repository([unrelated], [{ path, content: uncheckedPlan(200) }])
    const run = await runAction({
      event: 'pull_request',
      payload: pr(),
      state: { ...repo, commits, pulls: [{ number: 1, baseSha: BASE, headSha: HEAD, files: [{ filename: path, status: 'added' }] }] }
    })
    const [check] = run.emulator.checkRuns
    expect(check?.status).toBe('completed')
    expect(check?.output.summary?.length).toBeLessThanOrEqual(65_535)
    expect(check?.output.summary).toMatch(/_… \d+ more lines cut to fit GitHub's limit: the full report is in the job summary and in the JSON report\._\n\nConstitution: the nine default articles {2}\nConfiguration file: none\n$/u)
    expect(check?.output.annotations).toHaveLength(200)
    expect(run.summary.length).toBeGreaterThan(65_535)
  })

  it('should page through 250 changed files in 3 requests, skipping removed files and taking renamed ones under their new name', async () => {
    const files = Array.from({ length: 247 }, (_, i) => ({ filename: `src/file${i}.ts`, status: 'modified' as const }))
    const changed = [
      { path: 'specs/010/plan.md', content: passingPlan() },
      { path: 'specs/011-renamed/plan.md', content: passingPlan('Renamed') }
    ]
    const commits = repository([unrelated, { path: 'specs/012/plan.md', content: failingPlan() }, { path: 'specs/011/plan.md', content: passingPlan() }], changed, [
      'specs/012/plan.md',
      'specs/011/plan.md'
    ])
    const pull = {
      number: 5,
      baseSha: BASE,
      headSha: HEAD,
      files: [
        ...files,
        { filename: 'specs/010/plan.md', status: 'modified' as const },
        { filename: 'specs/011-renamed/plan.md', status: 'renamed' as const, previous_filename: 'specs/011/plan.md' },
        { filename: 'specs/012/plan.md', status: 'removed' as const }
      ]
    }
    const run = await runAction({ event: 'pull_request', payload: pr(5), state: { ...repo, commits, pulls: [pull] } })
    expect(run.calls.filter((call) => call.endsWith('/files'))).toHaveLength(3)
    expect(JSON.parse(readFileSync(run.outputs.report ?? '', 'utf8')).plans.map((p: { path: string }) => p.path)).toEqual(['specs/010/plan.md', 'specs/011-renamed/plan.md'])
    expect(run.outputs.conclusion).toBe('success')
    expect(run.code).toBe(0)
  })

  it('should read a pull_request_target change at its head sha through the API, never from the base checkout', async () => {
    const { commits, pull } = twoPlans()
    const run = await runAction({
      event: 'pull_request_target',
      payload: pullRequestTargetEvent({ ...repo, number: 1, baseSha: BASE, headSha: HEAD, headRepoFullName: 'forker/planner' }),
      state: { ...repo, commits, pulls: [pull] },
      sha: BASE,
      checkout: { sha: BASE, files: commits[BASE] ?? [] }
    })
    const reads = run.emulator.requests.filter((r) => r.path.includes('/contents/specs'))
    expect(reads.map((r) => r.query.ref)).toEqual([HEAD, HEAD])
    expect(run.emulator.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'failure' })
  })

  it('should conclude neutral when no plan changed', async () => {
    const commits = repository([unrelated], [{ path: 'src/index.ts', content: 'export {}\n' }])
    const pull = { number: 1, baseSha: BASE, headSha: HEAD, files: [{ filename: 'src/index.ts', status: 'added' as const }] }
    const run = await runAction({ event: 'pull_request', payload: pr(), state: { ...repo, commits, pulls: [pull] } })
    expect(run.code).toBe(0)
    expect(run.emulator.checkRuns[0]).toMatchObject({ conclusion: 'neutral', output: expect.objectContaining({ title: 'No plan changed' }) })
    expect(run.outputs).toMatchObject({ conclusion: 'neutral', 'plans-checked': '0', score: '' })
  })

  it('should judge by the constitution of the base, not the one the pull request edits', async () => {
    const weakened = '### III. Test-First\n\nOptional.\n'
    const strict = '### III. Test-First (NON-NEGOTIABLE)\n'
    const plan = { path: 'specs/004/plan.md', content: '# Plan\n\n## Constitution Check\n\n- ⚠️ III. Test-First: tests later — see Complexity Tracking\n\n## Complexity Tracking\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n| Test-First: tests after the demo | deadline | tests first would miss it |\n' }
    const constitution = '.specify/memory/constitution.md'
    const commits = repository([{ path: constitution, content: strict }], [plan, { path: constitution, content: weakened }])
    const pull = { number: 1, baseSha: BASE, headSha: HEAD, files: [{ filename: plan.path, status: 'added' as const }, { filename: constitution, status: 'modified' as const }] }
    const run = await runAction({ event: 'pull_request', payload: pr(), state: { ...repo, commits, pulls: [pull] }, checkout: { sha: 'd'.repeat(40), files: commits[HEAD] ?? [] } })
    expect(run.calls).toContain(`GET /repos/${OWNER}/${REPO}/contents/.specify%2Fmemory%2Fconstitution.md`)
    expect(run.emulator.requests.find((r) => r.path.includes('constitution'))?.query.ref).toBe(BASE)
    expect(run.emulator.checkRuns[0]?.output.annotations).toEqual([expect.objectContaining({ title: 'CG005 non-negotiable-violated' })])
  })
})

describe('the Action on other events', () => {
  const state = (commits: EmulatorState['commits']) => ({ ...repo, commits, pulls: [] })

  it('should compare a merge group from its base to its head', async () => {
    const commits = repository([unrelated], [{ path: 'specs/020/plan.md', content: failingPlan() }])
    const run = await runAction({ event: 'merge_group', payload: mergeGroupEvent({ ...repo, baseSha: BASE, headSha: HEAD }), state: state(commits) })
    expect(run.calls.slice(0, 2)).toEqual([`GET /repos/${OWNER}/${REPO}/git/trees/${HEAD}`, `GET /repos/${OWNER}/${REPO}/compare/${BASE}...${HEAD}`])
    expect(run.emulator.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'failure' })
    expect(run.code).toBe(1)
  })

  it('should compare a push from before to after', async () => {
    const commits = repository([unrelated], [{ path: 'specs/021/plan.md', content: passingPlan() }])
    const run = await runAction({ event: 'push', payload: pushEvent({ ...repo, before: BASE, after: HEAD }), state: state(commits) })
    expect(run.calls.slice(0, 2)).toEqual([`GET /repos/${OWNER}/${REPO}/git/trees/${HEAD}`, `GET /repos/${OWNER}/${REPO}/compare/${BASE}...${HEAD}`])
    expect(run.outputs).toMatchObject({ conclusion: 'success', 'plans-checked': '1' })
  })

  it('should compare the two trees when the compare API lists 300 files or more', async () => {
    const many = Array.from({ length: 340 }, (_, i) => ({ path: `src/file${String(i).padStart(3, '0')}.ts`, content: `export const x = ${i}\n` }))
    const plans = [
      { path: 'specs/022/plan.md', content: passingPlan() },
      { path: 'zzz/specs/023/plan.md', content: failingPlan() }
    ]
    const commits = repository([unrelated], [...many, ...plans])
    const run = await runAction({ event: 'push', payload: pushEvent({ ...repo, before: BASE, after: HEAD }), state: state(commits) })
    expect(run.calls.slice(0, 3).sort()).toEqual([
      `GET /repos/${OWNER}/${REPO}/compare/${BASE}...${HEAD}`,
      `GET /repos/${OWNER}/${REPO}/git/trees/${BASE}`,
      `GET /repos/${OWNER}/${REPO}/git/trees/${HEAD}`
    ])
    expect(run.outputs).toMatchObject({ 'plans-checked': '2', 'plans-failed': '1' })
  })

  it('should score every plan on workflow_dispatch, from the checkout', async () => {
    const files = [unrelated, { path: 'specs/030/plan.md', content: passingPlan() }, { path: 'specs/031/plan.md', content: failingPlan() }]
    const run = await runAction({ event: 'workflow_dispatch', payload: workflowDispatchEvent(repo), state: state({ [HEAD]: files }), checkout: { sha: HEAD, files } })
    expect(run.calls).toEqual([`POST /repos/${OWNER}/${REPO}/check-runs`])
    expect(run.outputs).toMatchObject({ 'plans-checked': '2', 'plans-failed': '1' })
  })

  it('should score every plan on schedule without a checkout, through the trees and contents APIs', async () => {
    const files = [unrelated, { path: 'specs/032/plan.md', content: passingPlan() }]
    const run = await runAction({ event: 'schedule', payload: scheduleEvent({ cron: '0 3 * * 1' }), state: state({ [HEAD]: files }) })
    expect(run.calls).toEqual([
      `GET /repos/${OWNER}/${REPO}/git/trees/${HEAD}`,
      `GET /repos/${OWNER}/${REPO}/contents/specs%2F032%2Fplan.md`,
      `POST /repos/${OWNER}/${REPO}/check-runs`
    ])
    expect(run.outputs.conclusion).toBe('success')
  })

  it('should refuse an unsupported event with a clear error and no API call', async () => {
    const run = await runAction({ event: 'issues', payload: { action: 'opened' }, state: state({ [HEAD]: [] }) })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain("::error::constitution-gate does not run on 'issues' events. Supported: pull_request, pull_request_target, merge_group, push, workflow_dispatch, schedule.")
    expect(run.calls).toEqual([])
  })
})

describe('the Action when GitHub says no', () => {
  it('should fall back to workflow-command annotations on a fork token (403) and still fail the job', async () => {
    const { commits, pull } = twoPlans()
    const run = await runAction({
      event: 'pull_request',
      payload: pr(1, { headRepoFullName: 'forker/planner' }),
      state: { ...repo, commits, pulls: [pull] },
      prepare: (emulator) =>
        emulator.inject('POST', /check-runs$/u, [{ status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' } }])
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('The token cannot create check runs (HTTP 403')
    expect(run.stdout).toMatch(/::error title=CG003 gate-unjustified,file=specs\/002-fail\/plan\.md,line=8,endLine=8,col=1,endColumn=\d+::Gate 'VII\. Simplicity' fails/u)
    expect(run.emulator.checkRuns).toEqual([])
    expect(run.outputs).toMatchObject({ conclusion: 'failure', 'check-run-id': '' })
    expect(run.summary).toContain('CG004')
  })

  it('should make a 403 an error in check-run mode', async () => {
    const { commits, pull } = twoPlans()
    const run = await runAction({
      event: 'pull_request',
      payload: pr(),
      inputs: { annotations: 'check-run' },
      state: { ...repo, commits, pulls: [pull] },
      prepare: (emulator) => emulator.inject('POST', /check-runs$/u, [{ status: 403, body: { message: 'Resource not accessible by integration' } }])
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::could not create the check run: HTTP 403: Resource not accessible by integration')
    expect(run.stdout).not.toContain('::error title=')
  })

  it('should never call the Checks API in workflow-commands mode', async () => {
    const { commits, pull } = twoPlans()
    const run = await runAction({ event: 'pull_request', payload: pr(), inputs: { annotations: 'workflow-commands' }, state: { ...repo, commits, pulls: [pull] } })
    expect(run.calls.some((call) => call.includes('check-runs'))).toBe(false)
    expect(run.stdout).toContain('::error title=CG004 gate-not-evaluated,file=specs/002-fail/plan.md,line=9')
    expect(run.code).toBe(1)
  })

  it('should wait out a 429 and succeed', async () => {
    const { commits, pull } = twoPlans()
    const run = await runAction({
      event: 'pull_request',
      payload: pr(),
      state: { ...repo, commits, pulls: [pull] },
      prepare: (emulator) =>
        emulator.inject('GET', /\/files$/u, [{ status: 429, headers: { 'retry-after': '1', 'x-ratelimit-remaining': '0' }, body: { message: 'You have exceeded a secondary rate limit.' } }])
    })
    expect(run.emulator.requests.filter((r) => r.path.endsWith('/files')).map((r) => r.status)).toEqual([429, 200])
    expect(run.emulator.checkRuns[0]?.conclusion).toBe('failure')
  })

  it('should retry a 500 twice and succeed', async () => {
    const { commits, pull } = twoPlans()
    const run = await runAction({
      event: 'pull_request',
      payload: pr(),
      state: { ...repo, commits, pulls: [pull] },
      prepare: (emulator) => emulator.inject('POST', /check-runs$/u, [{ status: 500, body: { message: 'Server Error' } }, { status: 502, body: { message: 'Bad Gateway' } }])
    })
    expect(run.emulator.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([500, 502, 201])
    expect(run.emulator.checkRuns).toHaveLength(1)
    expect(run.outputs.conclusion).toBe('failure')
  })

  it('should never print the token', async () => {
    const { commits, pull } = twoPlans()
    const run = await runAction({
      event: 'pull_request',
      payload: pr(),
      state: { ...repo, commits, pulls: [pull] },
      prepare: (emulator) => emulator.breakRoute('POST', /check-runs$/u, { status: 500, body: { message: 'down' } })
    })
    expect(run.code).toBe(1)
    // The runner hides a masked value everywhere; the one place it appears is the mask command itself.
    expect(run.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`)
    const printed = `${run.stdout.split('\n').slice(1).join('\n')}${run.stderr}${run.summary}${JSON.stringify(run.outputs)}`
    expect(printed).not.toContain(TOKEN)
    expect(printed).toContain('could not create the check run: HTTP 500')
  })
})
