import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { pullRequestEvent } from '../__fixtures__/github/webhooks.js'
import { BASE, HEAD, OWNER, REPO, runAction } from '../__fixtures__/github/action-runner.js'

/** A pull request that amends the constitution gets the impact report an amendment needs. */
const repo = { owner: OWNER, repo: REPO }
const CONSTITUTION = '.specify/memory/constitution.md'

const constitution = (observability: string) =>
  `# Constitution\n\n## Core Principles\n\n### I. Library-First\nLibraries.\n\n### VI. Observability${observability}\nStructured logs.\n\n**Version**: 1.1.0\n`

/** VI partial, justified by a row: a failure only where VI is non-negotiable. */
const observed = `# Plan\n\n## Constitution Check\n\n| Principle | Status |\n|---|---|\n| I. Library-First | ✅ PASS |\n| VI. Observability | ⚠️ PARTIAL (see Complexity Tracking) |\n\n## Complexity Tracking\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n| Observability: logs only, no traces yet | the tracer lands next quarter | a home-made tracer would be thrown away |\n`
const unaffected = `# Plan\n\n## Constitution Check\n\n| Principle | Status |\n|---|---|\n| I. Library-First | ✅ PASS |\n`

function amendment(inputs: Record<string, string> = {}) {
  const plans = [
    { path: 'specs/001-albums/plan.md', content: unaffected },
    { path: 'specs/004-x/plan.md', content: observed }
  ]
  const commits = { [BASE]: [{ path: CONSTITUTION, content: constitution('') }, ...plans], [HEAD]: [{ path: CONSTITUTION, content: constitution(' (NON-NEGOTIABLE)') }, ...plans] }
  return {
    event: 'pull_request',
    payload: pullRequestEvent({ ...repo, number: 11, baseSha: BASE, headSha: HEAD }),
    state: { ...repo, commits, pulls: [{ number: 11, baseSha: BASE, headSha: HEAD, files: [{ filename: CONSTITUTION, status: 'modified' as const }] }] },
    inputs
  }
}

describe('a pull request that amends the constitution', () => {
  it('should list the plans it turns red, and leave the conclusion alone under amendment-impact: report', async () => {
    const run = await runAction(amendment())
    const [check] = run.emulator.checkRuns
    expect(check?.output.summary).toContain('#### Constitution amendment')
    expect(check?.output.summary).toContain(`This change amends \`${CONSTITUTION}\`: 2 plans it judges were scored against the constitution before and after; 1 changes its verdict.`)
    expect(check?.output.summary).toContain('- ❌ this amendment makes `specs/004-x/plan.md` fail: VI. Observability is now NON-NEGOTIABLE')
    expect(check?.output.summary).not.toContain('makes `specs/001-albums/plan.md`')
    expect(check?.conclusion).toBe('neutral')
    expect(run.code).toBe(0)
    const json = JSON.parse(readFileSync(run.outputs.report ?? '', 'utf8'))
    expect(json.amendment).toEqual({ constitutions: [CONSTITUTION], checked: 2, mode: 'report', plans: [{ path: 'specs/004-x/plan.md', before: 'pass', after: 'fail', reasons: ['VI. Observability is now NON-NEGOTIABLE'] }] })
  })

  it('should fail the run under amendment-impact: fail', async () => {
    const run = await runAction(amendment({ 'amendment-impact': 'fail' }))
    expect(run.code).toBe(1)
    expect(run.emulator.checkRuns[0]).toMatchObject({ conclusion: 'failure', output: { title: 'No plan changed · the constitution amendment makes 1 plan fail' } })
  })

  it('should say nothing of amendments when the constitution is untouched', async () => {
    const setup = amendment()
    setup.state.pulls[0]!.files = [{ filename: 'specs/001-albums/plan.md', status: 'modified' }]
    const run = await runAction(setup)
    expect(run.emulator.checkRuns[0]?.output.summary).not.toContain('Constitution amendment')
  })
})
