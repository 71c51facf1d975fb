import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { CONFIG_PATHS, type Config } from './config/config.js'
import { ConfigError } from './config/errors.js'
import { configFileLayer } from './config/file.js'
import type { ConfigLayer } from './config/layer.js'
import { type ResolvedConfig, resolveConfig } from './config/resolve.js'
import { didYouMean } from './config/suggest.js'
import { parseSetting, settingKeys } from './config/values.js'
import { weighs } from './model/finding.js'
import type { PlanReport } from './model/report.js'
import { atLeast } from './model/severity.js'
import { FORMATS, type Format, HELP_HINT, readArgs, usage, UsageError } from './cli/args.js'
import { compareWithRef } from './cli/base.js'
import { LocalConstitutions } from './cli/constitutions.js'
import { findRoot } from './read/root.js'
import { readPlanFile } from './read/plan-file.js'
import { isGlob, pathMatcher, walk } from './read/walk.js'
import { formatGithub } from './report/github.js'
import { formatGitlab } from './report/gitlab.js'
import { formatJson } from './report/json.js'
import { formatSarif } from './report/sarif.js'
import { formatText } from './report/text.js'
import { summarize } from './score/summarize.js'
import { scorePlan, scoringsFor, unreadablePlan } from './score/scoring.js'
import { VERSION } from './version.js'

/** Where the CLI writes and what it runs in; tests pass their own. */
export interface Io {
  cwd: string
  stdout(text: string): void
  stderr(text: string): void
  /** Whether stderr is a terminal (progress is redrawn in place). */
  interactive: boolean
}

/** Plans past which a progress line is shown. */
const PROGRESS_THRESHOLD = 36

/**
 * Runs the CLI.
 *
 * @returns
 *   The exit status: 0 when every plan passes, 1 when any fails, 2 for a
 *   usage or configuration error.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await check(argv, io)
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError || error instanceof NothingToJudge) {
      io.stderr(`constitution-gate: ${error.message}\n`)
      return 2
    }
    io.stderr(`constitution-gate: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    return 2
  }
}

/** Nothing to judge: exit 2 with one line, since nothing judged is not a pass. */
class NothingToJudge extends Error {}

async function check(argv: readonly string[], io: Io): Promise<number> {
  const args = readArgs(argv)
  const { values, positionals } = args
  if (args.help) {
    io.stdout(usage())
    return 0
  }
  if (args.version) {
    io.stdout(`${VERSION}\n`)
    return 0
  }
  const [command, ...paths] = positionals
  if (command !== 'check') throw new UsageError(command ? `unknown command '${command}'.${didYouMean(command, ['check']) || ` ${HELP_HINT}`}` : `missing command: check. ${HELP_HINT}`)
  const format = (args.format?.toLowerCase() ?? 'text') as Format
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${args.format}'.${didYouMean(args.format ?? '', FORMATS)}`)

  if (values['only-new-findings'] === true && args.base === undefined) {
    throw new UsageError('--only-new-findings needs --base <git-ref>: the findings of the plans at that ref are the existing ones.')
  }
  // Plans, configuration and constitution are found from the repository root, wherever the CLI runs.
  const root = findRoot(io.cwd)
  const resolved = await configuration(values, args.config, io.cwd, root)
  const { config } = resolved
  // A --constitution path is the user's, relative to where they are; the file's key is relative to the root.
  if (args.constitution !== undefined) config.constitution = fromRoot(root, resolve(io.cwd, args.constitution))
  const constitutions = new LocalConstitutions(root, config.constitution, args.constitution !== undefined ? '--constitution' : (resolved.sources.constitution ?? 'constitution'))
  if (config.onlyNewFindings && args.base === undefined) {
    io.stderr(`constitution-gate: only-new-findings is set (${resolved.sources['only-new-findings'] ?? 'configuration'}) but there is no --base <git-ref> to compare with: every finding counts.\n`)
  }
  const files = planPaths(paths, config, io.cwd, root)
  const runOf = scoringsFor(config)
  const runFor = (file: string) => runOf(constitutions.constitutionFor(file.startsWith('../') || isAbsolute(file) ? null : file))

  const reports: PlanReport[] = []
  const progress = files.length > PROGRESS_THRESHOLD
  if (progress) io.stderr(`constitution-gate: scoring ${files.length} plans…${io.interactive ? '' : '\n'}`)
  for (const [index, file] of files.entries()) {
    const run = runFor(file)
    const read = readPlanFile(root, file, config.maxFileSize, false)
    reports.push('text' in read ? scorePlan(read.text, file, run) : unreadablePlan(file, read.unreadable, run))
    if (progress && io.interactive && (index + 1) % 25 === 0) io.stderr(`\rconstitution-gate: scored ${index + 1}/${files.length} plans…`)
  }
  if (progress && io.interactive) io.stderr(`\rconstitution-gate: scored ${files.length}/${files.length} plans.  \n`)

  if (args.base !== undefined) await compareWithRef(root, args.base, reports, resolved.file, resolved.flags, config.onlyNewFindings)
  const report = summarize(reports)
  report.judgedBy = constitutions.judgedBy(resolved.file)
  io.stdout(render(format, report, resolved, args.quiet))
  const failing = config.failOn !== 'never' && reports.some((plan) => plan.findings.some((finding) => weighs(finding) && atLeast(finding.severity, config.failOn as 'error' | 'warning')))
  const why = exitReason(config.failOn, reports, failing)
  if (why) io.stderr(`constitution-gate: ${why}\n`)
  return failing ? 1 : 0
}

/** Why the exit status is not what the verdicts alone say, when `fail-on` decides it. */
function exitReason(failOn: string, reports: readonly PlanReport[], failing: boolean): string | null {
  const failed = reports.filter((plan) => plan.verdict === 'fail').length
  const plans = (count: number) => `${count} ${count === 1 ? 'plan' : 'plans'}`
  if (failing && failed === 0) {
    const warned = reports.filter((plan) => plan.findings.some((finding) => finding.severity === 'warning')).length
    return `exit 1: every plan passes, but fail-on is '${failOn}' and ${plans(warned)} ${warned === 1 ? 'has' : 'have'} warnings.`
  }
  if (!failing && failed > 0) return `exit 0: ${plans(failed)} ${failed === 1 ? 'fails' : 'fail'}, but fail-on is '${failOn}'.`
  return null
}

function render(format: Format, report: ReturnType<typeof summarize>, resolved: ResolvedConfig, quiet: boolean): string {
  switch (format) {
    case 'json':
      return formatJson(report, VERSION)
    case 'sarif':
      return formatSarif(report, VERSION)
    case 'github':
      return formatGithub(report)
    case 'gitlab':
      return formatGitlab(report)
    default:
      return formatText(report, { quiet, configuration: { settings: resolved.config as unknown as Record<string, unknown>, sources: resolved.sources } })
  }
}

/**
 * Defaults < the YAML file < flags. The file is `--config` (relative to
 * where the user is) or the first default path under the root.
 *
 * @returns
 *   The configuration, and the file read (relative to the root), if any.
 */
async function configuration(values: Record<string, unknown>, named: string | undefined, cwd: string, root: string): Promise<ResolvedConfig & { file: string | null; flags: ConfigLayer | null }> {
  const layers: ConfigLayer[] = []
  let file: string | null = null
  if (named !== undefined) {
    const full = resolve(cwd, named)
    if (!existsSync(full)) throw new ConfigError(`--config: the file '${named}' does not exist.`)
    layers.push(await configFileLayer(named, readFileSync(full, 'utf8')))
    file = fromRoot(root, full)
  } else {
    file = CONFIG_PATHS.find((path) => existsSync(resolve(root, path))) ?? null
    if (file) layers.push(await configFileLayer(file, readFileSync(resolve(root, file), 'utf8')))
  }
  const flags: Record<string, unknown> = {}
  for (const key of settingKeys) {
    const given = values[key]
    if (given === undefined) continue
    if (typeof given === 'boolean') {
      flags[key] = given
      continue
    }
    const texts = Array.isArray(given) ? (given as string[]) : [String(given)]
    const value = parseSetting(key, texts.join('\n'), `--${key}`, (index) => `(value ${index + 1})`)
    if (value !== undefined) flags[key] = value
  }
  const layer: ConfigLayer | null =
    Object.keys(flags).length > 0
      ? { origin: 'flags', values: flags, locate: ([key, entry]) => (typeof entry === 'number' ? `--${key} (value ${entry + 1})` : entry !== undefined ? `--${key} (${entry})` : `--${key}`) }
      : null
  if (layer) layers.push(layer)
  return { ...(await resolveConfig(layers)), file, flags: layer }
}

/** A path as reports show it: relative to the root, with forward slashes. */
function fromRoot(root: string, full: string): string {
  return relative(root, full).split(sep).join('/')
}

/**
 * The plans to score, relative to the root: the arguments (files,
 * directories, globs; relative to where the user is), or the configured
 * globs under the root.
 *
 * @throws NothingToJudge
 *   When nothing matches: nothing judged is not a pass.
 */
function planPaths(args: readonly string[], config: Config, cwd: string, root: string): string[] {
  const matches = pathMatcher(config.plans, config.exclude)
  if (args.length === 0) {
    const plans = walk(root).filter(matches)
    if (plans.length === 0) throw new NothingToJudge(`no plan matches the plans globs (${config.plans.join(', ')}) under ${root}.`)
    return plans
  }
  const excluded = pathMatcher(['**'], config.exclude)
  const files = new Set<string>()
  let all: string[] | null = null
  for (const arg of args) {
    const path = arg.replace(/\\/gu, '/').replace(/^\.\//u, '').replace(/\/$/u, '')
    const full = resolve(cwd, path)
    let found: string[]
    if (isGlob(path)) {
      all ??= walk(cwd)
      const glob = pathMatcher([path], [])
      found = all.filter((file) => glob(file)).map((file) => fromRoot(root, resolve(cwd, file))).filter(excluded)
    } else if (existsSync(full) && statSync(full).isDirectory()) {
      found = walk(root, full).filter((file) => file.endsWith('.md') && excluded(file))
    } else if (existsSync(full) || isSymlink(full)) {
      found = [fromRoot(root, full)]
    } else {
      throw new UsageError(`no such file or directory: '${arg}'.`)
    }
    if (found.length === 0) throw new NothingToJudge(`no plan matches '${arg}' (searched ${resolve(cwd, path)}).`)
    found.forEach((file) => files.add(file))
  }
  return [...files]
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}
