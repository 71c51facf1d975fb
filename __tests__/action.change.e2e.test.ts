import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { RepoFile } from '../__fixtures__/github/emulator.js'
import { pushEvent, pullRequestEvent } from '../__fixtures__/github/webhooks.js'
import { BASE, HEAD, OWNER, REPO, runAction } from '../__fixtures__/github/action-runner.js'

/**
 * What a change did: the base version of each changed plan is scored too,
 * the summaries show score and gate transitions and the findings added and
 * resolved, and `only-new-findings` lets a repository with failing plans
 * switch the gate on.
 */
const repo = { owner: OWNER, repo: REPO }
const PATH = 'specs/001-export/plan.md'

/** A plan with these gates, in a status table. */
function plan(rows: Array<[string, string]>, prose = 'Exports albums as zip files.'): string {
  return `# Plan: Export\n\n## Summary\n\n${prose}\n\n## Constitution Check\n\n| Principle | Status |\n|---|---|\n${rows.map(([gate, status]) => `| ${gate} | ${status} |`).join('\n')}\n`
}

function change(before: RepoFile[], after: RepoFile[], status: 'modified' | 'added' | 'renamed' = 'modified', previous?: string) {
  const readme = { path: 'README.md', content: '# planner\n' }
  const commits = { [BASE]: [readme, ...before], [HEAD]: [readme, ...after] }
  return {
    event: 'pull_request',
    payload: pullRequestEvent({ ...repo, number: 5, baseSha: BASE, headSha: HEAD }),
    state: { ...repo, commits, pulls: [{ number: 5, baseSha: BASE, headSha: HEAD, files: after.map((file) => ({ filename: file.path, status, ...(previous ? { previous_filename: previous } : {}) })) }] }
  }
}

const passing = plan([
  ['I. Library-First', '✅ PASS'],
  ['VII. Simplicity', '✅ PASS']
])
const simplicityFails = plan([
  ['I. Library-First', '✅ PASS'],
  ['VII. Simplicity', '❌ FAIL']
])
const alreadyFailing = plan([
  ['I. Library-First', '✅ PASS'],
  ['IX. Integration-First', 'DEFERRED']
])

describe('what the change did', () => {
  it('should show a gate that went from PASS to FAIL and the score before → after, and read the base version once', async () => {
    const run = await runAction(change([{ path: PATH, content: passing }], [{ path: PATH, content: simplicityFails }]))
    const summary = run.emulator.checkRuns[0]?.output.summary ?? ''
    expect(summary).toContain('#### What this change did')
    expect(summary).toContain(`| \`${PATH}\` | 100% → 50% | ✅ → ❌ | 1 | 1 | 0 |`)
    expect(summary).toContain('- VII. Simplicity: ✅ PASS → ❌ FAIL')
    expect(run.summary).toContain('- VII. Simplicity: ✅ PASS → ❌ FAIL')
    const reads = run.emulator.requests.filter((r) => r.path.endsWith('/contents/specs%2F001-export%2Fplan.md')).map((r) => r.query.ref)
    expect(reads.sort()).toEqual([BASE, HEAD])
    const json = JSON.parse(readFileSync(run.outputs.report ?? '', 'utf8'))
    expect(json.plans[0].base).toMatchObject({ path: PATH, sha: BASE, score: 1, verdict: 'pass', gates: [{ label: 'VII. Simplicity', before: 'pass', after: 'fail' }] })
    expect(json.plans[0].base.added.map((f: { ruleId: string }) => f.ruleId)).toEqual(['CG003'])
    expect(run.outputs['new-findings']).toBe('1')
  })

  it('should show the findings a change resolved, and none added when lines only moved', async () => {
    const run = await runAction(change([{ path: PATH, content: simplicityFails }], [{ path: PATH, content: `\n\n${passing}` }]))
    const summary = run.emulator.checkRuns[0]?.output.summary ?? ''
    expect(summary).toContain(`| \`${PATH}\` | 50% → 100% | ❌ → ✅ | 1 | 0 | 1 |`)
    expect(summary).toContain('- resolved: **CG003** gate-unjustified')
    const moved = await runAction(change([{ path: PATH, content: simplicityFails }], [{ path: PATH, content: `\n\n${simplicityFails}` }]))
    expect(moved.emulator.checkRuns[0]?.output.summary).toContain(`| \`${PATH}\` | 50% → 50% | ❌ → ❌ | 0 | 0 | 0 |`)
  })

  it('should compare a renamed plan with its old path, and not compare a new plan', async () => {
    const renamed = await runAction(change([{ path: 'specs/001-old/plan.md', content: passing }], [{ path: PATH, content: simplicityFails }], 'renamed', 'specs/001-old/plan.md'))
    expect(renamed.emulator.checkRuns[0]?.output.summary).toContain(`\`${PATH}\` (was \`specs/001-old/plan.md\`):`)
    const added = await runAction(change([], [{ path: PATH, content: simplicityFails }], 'added'))
    expect(added.emulator.checkRuns[0]?.output.summary).not.toContain('What this change did')
    expect(added.calls.filter((call) => call.includes('/contents/'))).toHaveLength(1)
  })

  it('should not compare when compare-base is false', async () => {
    const run = await runAction({ ...change([{ path: PATH, content: passing }], [{ path: PATH, content: simplicityFails }]), inputs: { 'compare-base': 'false' } })
    expect(run.emulator.checkRuns[0]?.output.summary).not.toContain('What this change did')
    expect(run.calls.filter((call) => call.includes('/contents/'))).toHaveLength(1)
  })

  it('should compare a push with its before commit, by the rules there', async () => {
    const readme = { path: 'README.md', content: '# planner\n' }
    const commits = { [BASE]: [readme, { path: PATH, content: passing }], [HEAD]: [readme, { path: PATH, content: simplicityFails }] }
    const run = await runAction({ event: 'push', payload: pushEvent({ ...repo, before: BASE, after: HEAD }), state: { ...repo, commits, pulls: [] } })
    expect(run.emulator.checkRuns[0]?.output.summary).toContain('- VII. Simplicity: ✅ PASS → ❌ FAIL')
  })
})

describe('only-new-findings', () => {
  it('should pass a change that only edits prose in a plan that already failed, reporting the old findings as existing notices', async () => {
    const run = await runAction({
      ...change([{ path: PATH, content: alreadyFailing }], [{ path: PATH, content: plan([['I. Library-First', '✅ PASS'], ['IX. Integration-First', 'DEFERRED']], 'Exports albums as zip or tar files.') }]),
      inputs: { 'only-new-findings': 'true' }
    })
    expect(run.code).toBe(0)
    const [check] = run.emulator.checkRuns
    expect(check?.conclusion).toBe('success')
    expect(check?.output.annotations).toEqual([expect.objectContaining({ annotation_level: 'notice', title: 'CG004 gate-not-evaluated' })])
    expect(check?.output.summary).toContain('**Existing**')
    expect(run.outputs['new-findings']).toBe('0')
  })

  it('should fail a change that adds a failing gate to a plan that already failed', async () => {
    const run = await runAction({
      ...change([{ path: PATH, content: alreadyFailing }], [{ path: PATH, content: plan([['I. Library-First', '✅ PASS'], ['VII. Simplicity', '❌ FAIL'], ['IX. Integration-First', 'DEFERRED']]) }]),
      inputs: { 'only-new-findings': 'true' }
    })
    expect(run.code).toBe(1)
    const levels = (run.emulator.checkRuns[0]?.output.annotations as Array<{ title: string; annotation_level: string }>).map((a) => `${a.title} ${a.annotation_level}`)
    expect(levels).toEqual(['CG003 gate-unjustified failure', 'CG004 gate-not-evaluated notice'])
  })

  it('should count every finding of a plan that is new in the change', async () => {
    const run = await runAction({ ...change([], [{ path: PATH, content: alreadyFailing }], 'added'), inputs: { 'only-new-findings': 'true' } })
    expect(run.code).toBe(1)
  })
})

describe('waivers through the Action', () => {
  it('should pass a plan whose only failure is waived, and show the waiver everywhere', async () => {
    const waived = plan([
      ['I. Library-First', '✅ PASS'],
      ['VII. Simplicity', '❌ FAIL <!-- constitution-gate-disable-line CG003 -- the worker split lands next sprint -->']
    ])
    const run = await runAction(change([], [{ path: PATH, content: waived }], 'added'))
    expect(run.code).toBe(0)
    const [check] = run.emulator.checkRuns
    expect(check).toMatchObject({ conclusion: 'success', output: { title: '1 plan passes (1 waiver)' } })
    expect(check?.output.annotations).toEqual([
      expect.objectContaining({ annotation_level: 'notice', title: 'CG003 gate-unjustified', message: expect.stringMatching(/\(waived at line 12: the worker split lands next sprint\)$/u) })
    ])
    expect(check?.output.summary).toContain('**Waived**')
    expect(run.outputs.waivers).toBe('1')
  })
})
