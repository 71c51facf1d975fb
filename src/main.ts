import * as core from '@actions/core'
import { context } from '@actions/github'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CONFIG_PATHS, CONSTITUTION_PATHS, type Config } from './config/config.js'
import { ConfigError } from './config/errors.js'
import { configFileLayer } from './config/file.js'
import { inputLayer } from './config/inputs.js'
import { type ResolvedConfig, resolveConfig } from './config/resolve.js'
import { validateLayer } from './config/validate.js'
import type { Constitution } from './model/plan.js'
import type { PlanReport, Report } from './model/report.js'
import { defaultConstitution, readConstitution } from './parse/constitution.js'
import { CheckRunError, describe, publishCheckRun } from './publish/check-run.js'
import { client, type Octokit } from './publish/octokit.js'
import { type Conclusion, conclusionOf } from './publish/outcome.js'
import { annotateWithCommands } from './publish/workflow-commands.js'
import { type Target, targetOf } from './read/event.js'
import { comparedFiles, pullRequestFiles, type Repo, treeFiles } from './read/github-files.js'
import { RepositoryFiles } from './read/repository.js'
import { pathMatcher, walk } from './read/walk.js'
import { checkedOutSha } from './read/workspace.js'
import { annotationsOf } from './report/annotations.js'
import { formatJson } from './report/json.js'
import { checkTitle, formatMarkdown, trimToBytes } from './report/markdown.js'
import { formatText } from './report/text.js'
import { summarize } from './score/summarize.js'
import { VERSION } from './version.js'

const ANNOTATION_MODES = ['auto', 'check-run', 'workflow-commands'] as const
type AnnotationMode = (typeof ANNOTATION_MODES)[number]

/** Check-run summaries hold 65,535 characters; job summaries 1 MiB. */
const CHECK_SUMMARY_BYTES = 65_535
const JOB_SUMMARY_BYTES = 1024 * 1024 - 1024

/**
 * The Action: finds the plans the event changed, scores them, publishes a
 * check run (or workflow-command annotations when the token cannot), writes
 * the job summary and the outputs, and fails the step when the plans fail.
 * Any error ends as one `core.setFailed` line.
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
  const checkName = core.getInput('check-name') || 'Constitution gate'
  const mode = annotationMode(core.getInput('annotations'))
  const inputs = inputLayer((name) => core.getInput(name))
  // Bad inputs fail the step before any API call.
  await validateLayer(inputs)
  const target = targetOf(context.eventName, context.payload as Record<string, unknown>, context.sha)
  if (!token) throw new ConfigError("input 'token': no token; the default is ${{ github.token }}.")
  const repo = context.repo
  const octokit = client(token, { log: (m) => core.info(m), retryUnitMs: retryUnit() })
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
  const checkedOut = checkedOutSha(workspace)
  const head = new RepositoryFiles(octokit, repo, target.headSha, checkedOut === target.headSha ? workspace : null)
  // A pull request is judged by its base's rules: it must not be able to weaken them.
  const rules =
    target.scope === 'pull-request' ? new RepositoryFiles(octokit, repo, target.baseSha, checkedOut === target.baseSha ? workspace : null) : head
  const hint = checkedOut !== null ? workspace : null

  const resolved = await configuration(rules, hint, inputs)
  const { config } = resolved
  const constitution = await constitutionOf(rules, hint, config)
  const paths = await changedPlans(octokit, repo, target, config, head)
  core.info(`constitution-gate ${VERSION}: ${paths.length} plan${paths.length === 1 ? '' : 's'} to check (${target.event}, ${target.headSha.slice(0, 7)}).`)

  const report = summarize(await scoreAll(head, paths, config, constitution))
  const conclusion = conclusionOf(report, config.failOn)
  const effective = { settings: config as unknown as Record<string, unknown>, sources: resolved.sources }
  core.info(formatText(report, { configuration: effective }))

  const blobUrl = (path: string, line: number) =>
    `${context.serverUrl}/${repo.owner}/${repo.repo}/blob/${target.headSha}/${path.split('/').map(encodeURIComponent).join('/')}#L${line}`
  const markdown = formatMarkdown(report, { blobUrl, configuration: effective })
  const title = checkTitle(report)
  const checkRunId = await publish(octokit, repo, mode, {
    name: checkName,
    headSha: target.headSha,
    conclusion,
    title,
    summary: trimToBytes(markdown, CHECK_SUMMARY_BYTES, 'the full report is in the job summary and in the JSON report'),
    annotations: annotationsOf(report)
  }, report)

  const icon = conclusion === 'failure' ? '❌' : conclusion === 'success' ? '✅' : '➖'
  await core.summary.addHeading(`${icon} ${checkName}: ${title}`, 2).addRaw(trimToBytes(markdown, JOB_SUMMARY_BYTES, 'the full report is in the JSON report')).write()
  setOutputs(report, conclusion, checkRunId, writeReport(formatJson(report, VERSION)))
  if (conclusion === 'failure') core.setFailed(`${title}.`)
}

/** The Action's outputs, as action.yml describes them. */
function setOutputs(report: Report, conclusion: Conclusion, checkRunId: number | null, reportPath: string): void {
  core.setOutput('conclusion', conclusion)
  core.setOutput('score', report.score === null ? '' : report.score.toFixed(4))
  core.setOutput('plans-checked', String(report.plans.length))
  core.setOutput('plans-failed', String(report.failed))
  core.setOutput('report', reportPath)
  core.setOutput('check-run-id', checkRunId === null ? '' : String(checkRunId))
}

/** How many plans are read through the API at once. */
const CONCURRENT_READS = 8

/**
 * Reads the plans (a few at a time through the API) and scores them in
 * order, one tree at a time. The scorer is loaded only when there is a plan.
 */
async function scoreAll(head: RepositoryFiles, paths: readonly string[], config: Config, constitution: Constitution): Promise<PlanReport[]> {
  if (paths.length === 0) return []
  const { scorePlan, scoring, unreadablePlan } = await import('./score/scoring.js')
  const run = scoring(config, constitution)
  const reports: PlanReport[] = []
  for (let start = 0; start < paths.length; start += CONCURRENT_READS) {
    const batch = paths.slice(start, start + CONCURRENT_READS)
    const texts = await Promise.all(batch.map((path) => head.read(path, config.maxFileSize)))
    batch.forEach((path, i) => {
      const read = texts[i] ?? { unreadable: 'it could not be read' }
      reports.push('text' in read ? scorePlan(read.text, path, run) : unreadablePlan(path, read.unreadable, run))
    })
  }
  return reports
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

/**
 * Defaults < the YAML file < inputs. The file is the `config` input, or the
 * first default path present; without a checkout to look in, only a named
 * file is read.
 */
async function configuration(rules: RepositoryFiles, hint: string | null, inputs: ReturnType<typeof inputLayer>): Promise<ResolvedConfig> {
  const named = core.getInput('config').trim()
  const candidates = named ? [named] : hint ? CONFIG_PATHS.filter((path) => exists(hint, path)) : []
  const found = await rules.first(candidates, 1024 * 1024)
  if (named && !found) throw new ConfigError(`input 'config': the file '${named}' does not exist at ${rules.sha.slice(0, 7)}.`)
  return resolveConfig(found ? [await configFileLayer(found.path, found.text), inputs] : [inputs])
}

/**
 * The constitution at the rules' commit (the base of a pull request), or the
 * default articles. A checkout shows which default path holds it; without
 * one, only a configured path is read, so that no API call goes to guessing.
 */
async function constitutionOf(rules: RepositoryFiles, hint: string | null, config: Config): Promise<Constitution> {
  if (!config.constitution && hint === null && !rules.local) {
    core.info("No checkout to find the constitution in: the default articles apply unless the 'constitution' input names the file.")
  }
  const candidates = config.constitution ? [config.constitution] : CONSTITUTION_PATHS.filter((path) => hint !== null && exists(hint, path))
  const found = await rules.first(candidates, 1024 * 1024)
  if (found) return readConstitution(found.text, found.path)
  if (config.constitution) {
    if (hint && exists(hint, config.constitution)) {
      core.warning(`The constitution '${config.constitution}' is new in this change: the plans are judged by the default articles until it is merged.`)
      return defaultConstitution()
    }
    throw new ConfigError(`constitution: the file '${config.constitution}' does not exist at ${rules.sha.slice(0, 7)}.`)
  }
  return defaultConstitution()
}

function exists(root: string, path: string): boolean {
  return existsSync(join(root, path))
}

/** The plans the event changed (or every plan), as repository paths. */
async function changedPlans(octokit: Octokit, repo: Repo, target: Target, config: Config, head: RepositoryFiles): Promise<string[]> {
  const isPlan = pathMatcher(config.plans, config.exclude)
  let files: string[]
  if (target.scope === 'pull-request') files = await pullRequestFiles(octokit, repo, target.number)
  else if (target.scope === 'compare') files = await comparedFiles(octokit, repo, target.baseSha, target.headSha)
  else if (head.local) files = walk(process.env.GITHUB_WORKSPACE ?? process.cwd())
  else files = (await treeFiles(octokit, repo, target.headSha)).map((entry) => entry.path)
  return [...new Set(files.filter(isPlan))].sort()
}

/**
 * Publishes the findings: a check run, or workflow commands when asked, or
 * (in auto mode) when the token may not create check runs, as for pull
 * requests from forks.
 *
 * @returns
 *   The check run's id, or null when none was created.
 */
async function publish(
  octokit: Octokit,
  repo: Repo,
  mode: AnnotationMode,
  content: Parameters<typeof publishCheckRun>[2],
  report: Report
): Promise<number | null> {
  if (mode !== 'workflow-commands') {
    try {
      return await publishCheckRun(octokit, repo, content)
    } catch (error) {
      const forbidden = error instanceof CheckRunError && error.checkRunId === null && error.status === 403
      if (!forbidden || mode === 'check-run') {
        throw new Error(`${error instanceof Error ? error.message : describe(error)}${forbidden ? " (annotations: check-run makes this an error; 'auto' falls back to workflow commands)" : ''}`)
      }
      core.info('The token cannot create check runs (HTTP 403, as for pull requests from forks): the findings are annotated with workflow commands and listed in the job summary instead.')
    }
  }
  annotateWithCommands(report)
  return null
}

/** Writes the JSON report where later steps can read it. */
function writeReport(json: string): string {
  const directory = join(process.env.RUNNER_TEMP ?? tmpdir(), 'constitution-gate')
  mkdirSync(directory, { recursive: true })
  const path = join(directory, 'report.json')
  writeFileSync(path, json)
  return path
}
