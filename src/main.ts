import * as core from '@actions/core'
import { context } from '@actions/github'
import { ANNOTATION_MODES, type AnnotationMode, publish, publishConfigError } from './action/publish.js'
import { writeOutcome } from './action/outcome.js'
import { amendmentImpact, type AmendmentMode, amendmentMode } from './action/amendment.js'
import { commentMode } from './action/comment.js'
import { baseOf, compareWithBases } from './action/compare.js'
import { changedFiles, plansOf, scoreAll } from './action/plans.js'
import { RulesAtCommit } from './action/rules.js'
import type { Run } from './action/run.js'
import { ConfigError } from './config/errors.js'
import { configFileLayer } from './config/file.js'
import { inputLayer } from './config/inputs.js'
import type { ConfigLayer } from './config/layer.js'
import { type ResolvedConfig, resolveConfig } from './config/resolve.js'
import { validateLayer } from './config/validate.js'
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

  let resolved: ResolvedConfig
  let configFile: Awaited<ReturnType<RulesAtCommit['configFile']>>
  let inputs: ConfigLayer
  let compare: boolean
  let amendment: AmendmentMode
  try {
    run.mode = annotationMode(core.getInput('annotations'))
    compare = switchInput('compare-base', true)
    run.comment = commentMode(core.getInput('comment'))
    amendment = amendmentMode(core.getInput('amendment-impact'))
    inputs = inputLayer((name) => core.getInput(name))
    await validateLayer(inputs)
    configFile = await rules.configFile(core.getInput('config').trim())
    resolved = await resolveConfig(configFile ? [await configFileLayer(configFile.path, configFile.text), inputs] : [inputs])
    await rules.checkConfigured(resolved.config, head)
  } catch (error) {
    if (error instanceof ConfigError) await publishConfigError(octokit, run.repo, run.mode, checkName, target.headSha, error.message)
    throw error
  }

  const { config } = resolved
  const files = await changedFiles(octokit, run.repo, target, head, run.workspace)
  const changes = plansOf(files, config)
  core.info(`constitution-gate ${VERSION}: ${changes.length} plan${changes.length === 1 ? '' : 's'} to check (${target.event}, ${target.headSha.slice(0, 7)}).`)
  const reports = await scoreAll(head, changes.map((change) => change.path), config, (path) => rules.constitutionFor(path, config, head))
  if ((compare || config.onlyNewFindings) && target.scope !== 'all' && changes.some((change) => change.before)) {
    const base = target.scope === 'pull-request' ? await baseOf(rules.files, rules, config, inputs, '') : await baseOf(at(target.baseSha), new RulesAtCommit(at(target.baseSha), octokit, run.repo, core), null, inputs, core.getInput('config').trim())
    if (base) await compareWithBases(base, changes, reports, config.onlyNewFindings)
  }
  const report = summarize(reports)
  report.judgedBy = rules.judgedBy(configFile)
  const impact = await amendmentImpact(run, files, head, rules, config, amendment)
  if (impact) report.amendment = impact
  await writeOutcome(run, report, resolved, (content) => publish(octokit, run.repo, run.mode, content, report))
}

/** A true/false input; empty means the default. */
function switchInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase()
  if (value === '') return fallback
  if (value === 'true' || value === 'false') return value === 'true'
  throw new ConfigError(`input '${name}': expected true or false, got '${core.getInput(name).trim()}'.`)
}

function annotationMode(value: string): AnnotationMode {
  const mode = (value.trim() || 'auto') as AnnotationMode
  if (!ANNOTATION_MODES.includes(mode)) throw new ConfigError(`input 'annotations': must be one of ${ANNOTATION_MODES.join(', ')}, not '${value}'.`)
  return mode
}

/** Retry waits are GitHub's seconds; tests set CONSTITUTION_GATE_RETRY_UNIT_MS to shorten them. */
function retryUnit(): number {
  const unit = Number(process.env.CONSTITUTION_GATE_RETRY_UNIT_MS)
  return Number.isFinite(unit) && unit > 0 ? unit : 1000
}
