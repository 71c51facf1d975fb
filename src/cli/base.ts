import { CONFIG_PATHS, type Config } from '../config/config.js'
import { configFileLayer } from '../config/file.js'
import type { ConfigLayer } from '../config/layer.js'
import { resolveConfig } from '../config/resolve.js'
import type { Constitution } from '../model/plan.js'
import type { PlanReport } from '../model/report.js'
import { defaultConstitution, readConstitution } from '../parse/constitution.js'
import { decodePlan } from '../read/plan-file.js'
import { GitCommit } from '../read/git.js'
import { constitutionCandidates } from '../read/rules-paths.js'
import { compareWithBase } from '../score/compare.js'
import { scorePlan, scoringsFor } from '../score/scoring.js'

/**
 * `check --base <ref>`: scores each plan as it was at the ref, by the rules
 * there (the configuration file at the ref under the same flags, and the
 * nearest constitution at the ref), and compares it with the plan in the
 * working tree. With `onlyNew`, the findings the ref already had are marked
 * existing and weigh on no verdict.
 *
 * @param config
 *   The configuration file the working tree used, relative to the root (the ref's is read at the same path), or null.
 * @param flags
 *   The flags' layer, applied over the ref's file as over the working tree's.
 */
export async function compareWithRef(root: string, ref: string, reports: readonly PlanReport[], config: string | null, flags: ConfigLayer | null, onlyNew: boolean): Promise<void> {
  const commit = GitCommit.open(root, ref)
  const file = config ?? CONFIG_PATHS.find((path) => commit.has(path)) ?? null
  const text = file ? commit.read(file) : null
  const layers = [...(file && text !== null ? [await configFileLayer(`${file}@${commit.sha.slice(0, 7)}`, text)] : []), ...(flags ? [flags] : [])]
  const { config: settings } = await resolveConfig(layers)
  const runOf = scoringsFor(settings)
  const constitutions = new Map<string, Constitution>()
  for (const report of reports) {
    const source = commit.read(report.path)
    if (source === null) continue
    const decoded = decodePlan(Buffer.from(source))
    if (!('text' in decoded)) continue
    const run = runOf(constitutionAt(commit, report.path, settings, constitutions))
    compareWithBase(report, { report: scorePlan(decoded.text, report.path, run), path: report.path, sha: commit.sha }, onlyNew)
  }
}

/** The constitution that judges a plan at the commit (each file read once): the configured one, else the nearest, else the defaults. */
function constitutionAt(commit: GitCommit, plan: string, settings: Config, read: Map<string, Constitution>): Constitution {
  const candidates = settings.constitution ? [settings.constitution] : constitutionCandidates(plan)
  const path = candidates.find((candidate) => commit.has(candidate)) ?? ''
  let constitution = read.get(path)
  if (!constitution) {
    const text = path ? commit.read(path) : null
    constitution = text !== null ? readConstitution(text, path) : defaultConstitution()
    read.set(path, constitution)
  }
  return constitution
}
