import { describe, expect, it } from '@jest/globals'
import type { RepoFile } from '../__fixtures__/github/emulator.js'
import { pullRequestTargetEvent } from '../__fixtures__/github/webhooks.js'
import { BASE, HEAD, OWNER, REPO, repository, runAction } from '../__fixtures__/github/action-runner.js'

/**
 * The team's rules on every event: the constitution and the configuration
 * file are found at the rules' commit (the base of a pull request) with or
 * without a checkout, the nearest constitution judges each plan of a
 * monorepo, and every report names what judged the plans.
 */
const repo = { owner: OWNER, repo: REPO }
const CONSTITUTION = '.specify/memory/constitution.md'
const CONFIG = '.github/constitution-gate.yml'

/** A constitution whose principle II is non-negotiable. */
function constitution(name = 'Planner'): string {
  return `# ${name} Constitution\n\n## Core Principles\n\n### I. Library-First\nEvery feature starts as a library.\n\n### II. Security by Default (NON-NEGOTIABLE)\nSecrets never leave the vault.\n\n### III. Test-First\nTests come first.\n\n**Version**: 1.0.0\n`
}

/** II partial and justified by a row (a CG005 error only where II is non-negotiable); IX not evaluated (CG004). */
const PLAN = `# Implementation Plan: Export

## Constitution Check

| Principle | Status |
|---|---|
| I. Library-First | ✅ PASS |
| II. Security by Default | ⚠️ PARTIAL (see Complexity Tracking) |
| IX. Integration-First | DEFERRED |

## Complexity Tracking

| Violation | Why Needed | Simpler Alternative Rejected Because |
|---|---|---|
| Security by Default: tokens cached in memory | the export runs for hours | re-reading the vault per request is too slow |
`

function pullRequest(base: RepoFile[], plans: RepoFile[], number = 7) {
  const commits = repository([{ path: 'README.md', content: '# planner\n' }, ...base], plans)
  return {
    event: 'pull_request_target',
    payload: pullRequestTargetEvent({ ...repo, number, baseSha: BASE, headSha: HEAD }),
    state: { ...repo, commits, pulls: [{ number, baseSha: BASE, headSha: HEAD, files: plans.map((p) => ({ filename: p.path, status: 'added' as const })) }] },
    commits
  }
}

const teamRules = [
  { path: CONSTITUTION, content: constitution() },
  { path: CONFIG, content: 'rules:\n  gate-not-evaluated: warning\n' }
]
const plan = { path: 'specs/001-export/plan.md', content: PLAN }

type Annotation = { path: string; start_line: number; annotation_level: string; title: string }
const brief = (annotations: readonly unknown[] | undefined) => ((annotations ?? []) as Annotation[]).map((a) => `${a.path}:${a.start_line} ${a.annotation_level} ${a.title}`)

describe('the rules of a pull request without a checkout', () => {
  it("should judge by the base's constitution and configuration, found through one tree listing", async () => {
    const setup = pullRequest(teamRules, [plan])
    const run = await runAction(setup)
    const [check] = run.emulator.checkRuns
    expect(brief(check?.output.annotations)).toEqual([
      // The base's constitution has a III the plan does not check.
      'specs/001-export/plan.md:3 warning CG020 principle-not-checked',
      'specs/001-export/plan.md:8 failure CG005 non-negotiable-violated',
      'specs/001-export/plan.md:9 warning CG004 gate-not-evaluated'
    ])
    expect(check?.conclusion).toBe('failure')
    expect(check?.output.summary).toContain(`Constitution: \`${CONSTITUTION}@${BASE.slice(0, 7)}\``)
    expect(check?.output.summary).toContain(`Configuration file: \`${CONFIG}@${BASE.slice(0, 7)}\``)
    expect(run.summary).toContain(`Constitution: \`${CONSTITUTION}@${BASE.slice(0, 7)}\``)
    expect(run.stdout).toContain(`Constitution: ${CONSTITUTION}@${BASE.slice(0, 7)}`)
    const trees = run.emulator.requests.filter((r) => r.path.includes('/git/trees/'))
    expect(trees.map((r) => r.path.split('/').pop())).toEqual([BASE])
    expect(run.emulator.requests.filter((r) => r.path.includes('/contents/.')).map((r) => [decodeURIComponent(r.path.split('/contents/')[1] ?? ''), r.query.ref])).toEqual([
      [CONFIG, BASE],
      [CONSTITUTION, BASE]
    ])
  })

  it('should give the same findings with a checkout of the head', async () => {
    const setup = pullRequest(teamRules, [plan])
    const without = await runAction(setup)
    const withCheckout = await runAction({ ...setup, checkout: { sha: HEAD, files: setup.commits[HEAD] ?? [] } })
    expect(brief(withCheckout.emulator.checkRuns[0]?.output.annotations)).toEqual(brief(without.emulator.checkRuns[0]?.output.annotations))
    expect(withCheckout.emulator.checkRuns[0]?.output.summary).toContain(`Constitution: \`${CONSTITUTION}@${BASE.slice(0, 7)}\``)
  })

  it('should name the default articles and no configuration when the base has neither', async () => {
    const run = await runAction(pullRequest([], [plan]))
    expect(brief(run.emulator.checkRuns[0]?.output.annotations)).toEqual(['specs/001-export/plan.md:9 failure CG004 gate-not-evaluated'])
    expect(run.emulator.checkRuns[0]?.output.summary).toContain('Constitution: the nine default articles')
    expect(run.emulator.checkRuns[0]?.output.summary).toContain('Configuration file: none')
    expect(run.calls.filter((call) => call.includes('/contents/.'))).toEqual([])
  })

  it('should not take a constitution the pull request adds', async () => {
    const run = await runAction(pullRequest([], [plan, { path: CONSTITUTION, content: constitution() }]))
    expect(run.emulator.checkRuns[0]?.output.summary).toContain('Constitution: the nine default articles')
  })

  it('should probe the default paths when GitHub truncates the tree', async () => {
    const setup = pullRequest(teamRules, [plan])
    const run = await runAction({ ...setup, state: { ...setup.state, treeLimit: 1 } })
    expect(brief(run.emulator.checkRuns[0]?.output.annotations)).toEqual([
      'specs/001-export/plan.md:3 warning CG020 principle-not-checked',
      'specs/001-export/plan.md:8 failure CG005 non-negotiable-violated',
      'specs/001-export/plan.md:9 warning CG004 gate-not-evaluated'
    ])
    const probes = run.emulator.requests.filter((r) => r.path.includes('/contents/') && !r.path.includes('plan.md'))
    expect(probes.every((r) => r.query.ref === BASE)).toBe(true)
    expect(probes.map((r) => r.status).sort()).toContain(404)
  })
})

describe('monorepos', () => {
  const a = { path: 'services/a/.specify/memory/constitution.md', content: constitution('Service A') }
  const planA = { path: 'services/a/specs/001-x/plan.md', content: PLAN }
  const planB = { path: 'services/b/specs/001-y/plan.md', content: PLAN }

  it('should judge each plan by the nearest constitution above it, and name it', async () => {
    const setup = pullRequest([a], [planA, planB])
    const run = await runAction(setup)
    const [check] = run.emulator.checkRuns
    expect(brief(check?.output.annotations)).toEqual([
      'services/a/specs/001-x/plan.md:3 warning CG020 principle-not-checked',
      'services/a/specs/001-x/plan.md:8 failure CG005 non-negotiable-violated',
      'services/a/specs/001-x/plan.md:9 failure CG004 gate-not-evaluated',
      'services/b/specs/001-y/plan.md:9 failure CG004 gate-not-evaluated'
    ])
    expect(check?.output.summary).toContain(`\`services/a/.specify/memory/constitution.md@${BASE.slice(0, 7)}\` (1 plan)`)
    expect(check?.output.summary).toContain('the nine default articles (1 plan)')
    const withCheckout = await runAction({ ...setup, checkout: { sha: BASE, files: setup.commits[BASE] ?? [] } })
    expect(brief(withCheckout.emulator.checkRuns[0]?.output.annotations)).toEqual(brief(check?.output.annotations))
  })

  it('should let a configured constitution judge every plan', async () => {
    const run = await runAction({ ...pullRequest([a, { path: 'docs/constitution.md', content: '# Plain\n\n### I. Library-First\nLibraries.\n' }], [planA]), inputs: { constitution: 'docs/constitution.md' } })
    expect(brief(run.emulator.checkRuns[0]?.output.annotations)).toEqual(['services/a/specs/001-x/plan.md:9 failure CG004 gate-not-evaluated'])
    expect(run.emulator.checkRuns[0]?.output.summary).toContain(`Constitution: \`docs/constitution.md@${BASE.slice(0, 7)}\``)
  })
})

describe('configuration errors', () => {
  it('should post a completed failing check run titled "Configuration error" on the head sha, then fail the step', async () => {
    const run = await runAction({ ...pullRequest([], [plan]), inputs: { 'max-projects': 'four' } })
    expect(run.code).toBe(1)
    expect(run.emulator.checkRuns).toHaveLength(1)
    const [check] = run.emulator.checkRuns
    expect(check).toMatchObject({ head_sha: HEAD, name: 'Constitution gate', status: 'completed', conclusion: 'failure' })
    expect(check?.output.title).toBe('Configuration error')
    expect(check?.output.summary).toContain("input 'max-projects': expected a whole number of 1 or more, got 'four'.")
    expect(run.stdout).toContain("::error::input 'max-projects': expected a whole number of 1 or more, got 'four'.")
  })

  it('should quote file:line: key for an error in the base configuration file', async () => {
    const run = await runAction(pullRequest([{ path: CONFIG, content: 'plans: [specs/**/plan.md]\nmax-projects: many\n' }], [plan]))
    expect(run.code).toBe(1)
    expect(run.emulator.checkRuns[0]?.output.title).toBe('Configuration error')
    expect(run.emulator.checkRuns[0]?.output.summary).toContain(`${CONFIG}:2:1: 'max-projects' must be an integer.`)
  })

  it('should fall back to one ::error line when the token cannot create check runs', async () => {
    const run = await runAction({
      ...pullRequest([], [plan]),
      inputs: { 'max-projects': 'four' },
      prepare: (emulator) => emulator.inject('POST', /check-runs$/u, [{ status: 403 }])
    })
    expect(run.code).toBe(1)
    expect(run.emulator.checkRuns).toEqual([])
    expect(run.stdout.match(/::error::/gu)).toHaveLength(1)
    expect(run.stdout).toContain("::error::input 'max-projects': expected a whole number of 1 or more, got 'four'.")
  })
})

describe('API errors', () => {
  it('should say what was being read and which permission to check', async () => {
    const run = await runAction({ ...pullRequest([], [plan]), prepare: (emulator) => emulator.inject('GET', /\/pulls\/7\/files$/u, [{ status: 404 }]) })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::listing the files of pull request #7: HTTP 404 Not Found — does the token have pull-requests: read?')
  })

  it('should name the commit of a file that could not be read', async () => {
    const run = await runAction({ ...pullRequest(teamRules, [plan]), prepare: (emulator) => emulator.inject('GET', /\/contents\/\.specify/u, [{ status: 403 }]) })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(`::error::reading ${CONSTITUTION} at ${BASE.slice(0, 7)}: HTTP 403 Resource not accessible by integration — does the token have contents: read?`)
  })
})
