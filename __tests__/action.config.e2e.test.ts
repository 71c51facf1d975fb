import { describe, expect, it } from '@jest/globals'
import { pullRequestEvent } from '../__fixtures__/github/webhooks.js'
import { BASE, failingPlan, HEAD, OWNER, REPO, repository, runAction } from '../__fixtures__/github/action-runner.js'

/**
 * Configuration from the workflow: inputs as the runner sets them
 * (INPUT_RULES, INPUT_GATE-HEADINGS, multi-line values), the YAML file at the
 * pull request's base, and what wins.
 */
const repo = { owner: OWNER, repo: REPO }
const CONFIG = '.github/constitution-gate.yml'

function pullRequest(plans: Array<{ path: string; content: string }>, base: Array<{ path: string; content: string }> = []) {
  const commits = repository([{ path: 'README.md', content: '# planner\n' }, ...base], plans)
  return {
    event: 'pull_request',
    payload: pullRequestEvent({ ...repo, number: 3, baseSha: BASE, headSha: HEAD }),
    state: { ...repo, commits, pulls: [{ number: 3, baseSha: BASE, headSha: HEAD, files: plans.map((p) => ({ filename: p.path, status: 'added' as const })) }] },
    checkout: { sha: 'e'.repeat(40), files: commits[HEAD] ?? [] }
  }
}

const failing = { path: 'specs/001/plan.md', content: failingPlan() }
const noted = { path: 'specs/002/plan.md', content: '# Plan\n\n## Constitution Check\n\n| Principle | Status |\n|---|---|\n| VII. Structured Problem Solving | NOTED |\n' }
const spanish = { path: 'specs/003/plan.md', content: '# Plan\n\n## Revisión de principios\n\n- [x] I. Biblioteca primero\n' }

describe('inputs', () => {
  it('should turn rules down from INPUT_RULES (one rule per line, id or slug)', async () => {
    const before = await runAction(pullRequest([failing]))
    expect(before.outputs.conclusion).toBe('failure')
    const after = await runAction({ ...pullRequest([failing]), inputs: { rules: 'CG003: warning\ngate-not-evaluated: off\n' } })
    expect(after.outputs.conclusion).toBe('success')
    expect(after.code).toBe(0)
    expect(after.emulator.checkRuns[0]?.output.annotations).toEqual([expect.objectContaining({ title: 'CG003 gate-unjustified', annotation_level: 'warning' })])
  })

  it('should read a status word mapped in INPUT_STATUSES', async () => {
    expect((await runAction(pullRequest([noted]))).outputs.conclusion).toBe('failure')
    expect((await runAction({ ...pullRequest([noted]), inputs: { statuses: 'NOTED: pass' } })).outputs.conclusion).toBe('success')
  })

  it('should find a gates heading added in INPUT_GATE-HEADINGS', async () => {
    const without = await runAction(pullRequest([spanish]))
    expect(without.emulator.checkRuns[0]?.output.annotations).toEqual([expect.objectContaining({ title: 'CG001 no-gates-section' })])
    const run = await runAction({ ...pullRequest([spanish]), inputs: { 'gate-headings': 'Revisión de principios\nVerificación' } })
    expect(run.outputs).toMatchObject({ conclusion: 'success', score: '1.0000' })
  })

  it('should end the job summary and the check run with what the inputs changed', async () => {
    const run = await runAction({ ...pullRequest([failing]), inputs: { 'max-projects': '4' } })
    expect(run.summary).toContain("- `max-projects` = `4` — input 'max-projects'")
    expect(run.emulator.checkRuns[0]?.output.summary).toContain("- `max-projects` = `4` — input 'max-projects'")
  })
})

describe('precedence', () => {
  const count = { path: 'specs/004/plan.md', content: '# Plan\n\n## Constitution Check\n\n- [x] **Current Count**: 5\n- [x] Library-First\n' }
  const yaml = { path: CONFIG, content: 'max-projects: 5\n' }

  it('should let the YAML file (at the base) win over the default when the input is empty', async () => {
    const run = await runAction({ ...pullRequest([count], [yaml]), inputs: { 'max-projects': '' } })
    expect(run.outputs.conclusion).toBe('success')
    expect(run.summary).toContain(`- \`max-projects\` = \`5\` — ${CONFIG}:1:1`)
    expect(run.emulator.requests.find((r) => r.path.includes('constitution-gate.yml'))?.query.ref).toBe(BASE)
  })

  it('should let the input win over the YAML file', async () => {
    const run = await runAction({ ...pullRequest([count], [yaml]), inputs: { 'max-projects': '3' } })
    expect(run.outputs.conclusion).toBe('failure')
    expect(run.emulator.checkRuns[0]?.output.annotations).toEqual([expect.objectContaining({ title: 'CG010 project-count-over-limit' })])
  })

  it('should not let the pull request weaken the YAML file that judges it', async () => {
    const setup = pullRequest([failing, { path: CONFIG, content: 'fail-on: never\n' }], [{ path: CONFIG, content: 'max-projects: 3\n' }])
    const run = await runAction(setup)
    expect(run.outputs.conclusion).toBe('failure')
  })
})

describe('bad configuration', () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    ['an unknown rule', { rules: 'CG004: warning\nCG99: off' }, "input 'rules' (CG99): unknown rule 'CG99'. Did you mean 'CG009'?"],
    ['a bad severity', { rules: 'gate-unjustified: loud' }, "input 'rules' (gate-unjustified): 'rules.gate-unjustified' must be one of \"error\", \"warning\", \"notice\", \"off\"."],
    ['a bad status', { statuses: 'NOTED: fine' }, "input 'statuses' (NOTED): 'statuses.NOTED' must be one of \"pass\", \"fail\", \"partial\", \"justified\", \"n/a\", \"unevaluated\"."],
    ['a malformed line', { rules: 'CG004: warning\nCG005 off' }, "input 'rules' line 2: expected 'name: value', got 'CG005 off'."],
    ['a wrong type', { 'max-projects': 'three' }, "input 'max-projects': expected a whole number of 1 or more, got 'three'."],
    ['a bad glob', { plans: 'specs/**/plan.md\n../x/**' }, "input 'plans' line 2: 'plans' glob '../x/**' is not usable: it climbs out of the repository with '..'."],
    ['a bad annotations mode', { annotations: 'both' }, "input 'annotations': must be one of auto, check-run, workflow-commands, not 'both'."]
  ]
  it.each(cases)('should fail the step on %s, naming the input, with one failing check run and no other API call', async (_, inputs, message) => {
    const run = await runAction({ ...pullRequest([failing]), inputs })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(`::error::${message}`)
    expect(run.calls).toEqual([`POST /repos/${OWNER}/${REPO}/check-runs`])
    expect(run.emulator.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure', head_sha: HEAD, output: { title: 'Configuration error' } })
    expect(run.emulator.checkRuns[0]?.output.summary).toContain(message)
  })

  it('should fail the step when the configured constitution does not exist, with a failing check run saying so', async () => {
    const run = await runAction({ ...pullRequest([failing]), inputs: { constitution: 'docs/constitution.md' } })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(`::error::constitution: the file 'docs/constitution.md' does not exist at ${BASE.slice(0, 7)}.`)
    expect(run.emulator.checkRuns).toEqual([expect.objectContaining({ conclusion: 'failure', output: expect.objectContaining({ title: 'Configuration error' }) })])
  })

  it('should fail the step on a wrong type in the YAML file, naming file and line, with no check run left in progress', async () => {
    const run = await runAction(pullRequest([failing], [{ path: CONFIG, content: 'plans: [specs/**/plan.md]\nmax-projects: many\n' }]))
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(`::error::${CONFIG}:2:1: 'max-projects' must be an integer.`)
    expect(run.emulator.checkRuns).toEqual([expect.objectContaining({ status: 'completed', conclusion: 'failure' })])
  })
})
