import * as core from '@actions/core'
import type { Config } from '../config/config.js'
import { ConfigError } from '../config/errors.js'
import { configFileLayer } from '../config/file.js'
import type { ConfigLayer } from '../config/layer.js'
import { resolveConfig } from '../config/resolve.js'
import type { PlanReport } from '../model/report.js'
import type { Change } from '../read/github-files.js'
import type { RepositoryFiles } from '../read/repository.js'
import { compareWithBase } from '../score/compare.js'
import { RulesAtCommit } from './rules.js'
import type { Run } from './run.js'
import type { Settings } from './settings.js'

/** The base of a change and the rules it is scored by there. */
export interface Base {
  files: RepositoryFiles
  rules: RulesAtCommit
  config: Config
}

/**
 * The rules at the base of a change: a pull request is already judged by its
 * base's, so they are reused; a merge group or a push reads the base's own
 * configuration file (under the same inputs). A base whose configuration is
 * wrong is not compared, and the log says so.
 */
export async function baseOf(files: RepositoryFiles, rules: RulesAtCommit, config: Config | null, inputs: ConfigLayer, named: string): Promise<Base | null> {
  if (config) return { files, rules, config }
  try {
    const file = await rules.configFile(named)
    const resolved = await resolveConfig(file ? [await configFileLayer(file.path, file.text), inputs] : [inputs])
    return { files, rules, config: resolved.config }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    core.info(`The configuration at the base (${files.sha.slice(0, 7)}) is not valid, so the plans are not compared with it: ${error.message}`)
    return null
  }
}

/**
 * The comparison step of a run: for pull requests, merge groups and pushes
 * whose changed plans existed at the base, unless `compare-base: false` (and
 * always with `only-new-findings`, which needs it).
 */
export async function compareStep(run: Run, settings: Settings, rules: RulesAtCommit, at: (sha: string) => RepositoryFiles, changes: readonly Change[], reports: readonly PlanReport[]): Promise<void> {
  const { target } = run
  const { config } = settings
  if (!(settings.compareBase || config.onlyNewFindings) || target.scope === 'all' || !changes.some((change) => change.before)) return
  // A pull request's rules are already its base's; a merge group or a push reads the base's own.
  const base =
    target.scope === 'pull-request'
      ? await baseOf(rules.files, rules, config, settings.inputs, '')
      : await baseOf(at(target.baseSha), new RulesAtCommit(at(target.baseSha), run.octokit, run.repo, core), null, settings.inputs, core.getInput('config').trim())
  if (base) await compareWithBases(base, changes, reports, config.onlyNewFindings)
}

/**
 * Scores the base version of each changed plan that existed there (one read
 * each, with the base's constitution and configuration) and compares it with
 * the changed plan: score before → after, gates whose status moved, findings
 * added and resolved. With `only-new-findings`, findings the base had are
 * marked existing and weigh on no verdict.
 */
export async function compareWithBases(base: Base, changes: readonly Change[], reports: readonly PlanReport[], onlyNew: boolean): Promise<void> {
  const { scorePlan, scoringsFor } = await import('../score/scoring.js')
  const runFor = scoringsFor(base.config)
  for (const [index, change] of changes.entries()) {
    const report = reports[index]
    if (!change.before || !report || report.path !== change.path) continue
    const read = await base.files.read(change.before, base.config.maxFileSize)
    if (!('text' in read)) continue
    const constitution = await base.rules.constitutionFor(change.before, base.config, base.files, false)
    compareWithBase(report, { report: scorePlan(read.text, change.before, runFor(constitution)), path: change.before, sha: base.files.sha }, onlyNew)
  }
}
