import * as core from '@actions/core'
import { context } from '@actions/github'
import { amendmentImpact } from './action/amendment.js'
import { compareStep } from './action/compare.js'
import { writeOutcome } from './action/outcome.js'
import { changedFiles, plansOf, scoreAll } from './action/plans.js'
import { publish } from './action/publish.js'
import { RulesAtCommit } from './action/rules.js'
import type { Run } from './action/run.js'
import { readSettings } from './action/settings.js'
import { ConfigError } from './config/errors.js'
import { client } from './publish/octokit.js'
import { targetOf } from './read/event.js'
import { RepositoryFiles } from './read/repository.js'
import { checkedOutSha } from './read/workspace.js'
import { summarize } from './score/summarize.js'
import { VERSION } from './version.js'

/**
 * The Action: finds the plans the event changed, scores each by the team's
 * rules at the rules' commit, publishes a check run (or workflow-command
 * annotations when the token cannot), writes the job summary and the
 * outputs, and fails the step when the plans fail. Any error ends as one
 * `core.setFailed` line; a configuration error is also posted as a failing
 * check run, so a required check never waits forever.
 */
export async function run(): Promise<void> {
  try {
    await gate()
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

async function gate(): Promise<void> {
  const token = core.getInput('token')
  if (token) core.setSecret(token)
  const target = targetOf(context.eventName, context.payload as Record<string, unknown>, context.sha)
  if (!token) throw new ConfigError("input 'token': no token; the default is ${{ github.token }}.")
  const octokit = client(token, { log: (m) => core.info(m), retryUnitMs: retryUnit() })
  const checkName = core.getInput('check-name') || 'Constitution gate'
  const run: Run = { octokit, repo: context.repo, target, checkName, mode: 'auto', comment: 'off', workspace: process.env.GITHUB_WORKSPACE ?? process.cwd() }

  const checkedOut = checkedOutSha(run.workspace)
  const at = (sha: string) => new RepositoryFiles(octokit, run.repo, sha, checkedOut === sha ? run.workspace : null)
  const head = at(target.headSha)
  // A pull request is judged by its base's rules: it must not be able to weaken them.
  const rules = new RulesAtCommit(target.scope === 'pull-request' ? at(target.baseSha) : head, octokit, run.repo, core)
  const settings = await readSettings(run, rules, head)
  const { config } = settings

  const files = await changedFiles(octokit, run.repo, target, head, run.workspace)
  const changes = plansOf(files, config)
  core.info(`constitution-gate ${VERSION}: ${changes.length} plan${changes.length === 1 ? '' : 's'} to check (${target.event}, ${target.headSha.slice(0, 7)}).`)
  const reports = await scoreAll(head, changes.map((change) => change.path), config, (path) => rules.constitutionFor(path, config, head))
  await compareStep(run, settings, rules, at, changes, reports)
  const report = summarize(reports)
  report.judgedBy = rules.judgedBy(settings.file)
  const impact = await amendmentImpact(run, files, head, rules, config, settings.amendment)
  if (impact) report.amendment = impact
  await writeOutcome(run, report, settings, (content) => publish(octokit, run.repo, run.mode, content, report))
}

/** Retry waits are GitHub's seconds; tests set CONSTITUTION_GATE_RETRY_UNIT_MS to shorten them. */
function retryUnit(): number {
  const unit = Number(process.env.CONSTITUTION_GATE_RETRY_UNIT_MS)
  return Number.isFinite(unit) && unit > 0 ? unit : 1000
}
