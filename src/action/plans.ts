import type { Config } from '../config/config.js'
import type { Constitution } from '../model/plan.js'
import type { PlanReport } from '../model/report.js'
import type { Octokit } from '../publish/octokit.js'
import type { Target } from '../read/event.js'
import { type Change, comparedFiles, pullRequestFiles, type Repo, treeFiles } from '../read/github-files.js'
import type { RepositoryFiles } from '../read/repository.js'
import { pathMatcher, walk } from '../read/walk.js'

/**
 * The plans the event changed (or every plan), as repository paths, each
 * with its path at the base when it had one there (for the comparison).
 */
export async function changedPlans(octokit: Octokit, repo: Repo, target: Target, config: Config, head: RepositoryFiles, workspace: string): Promise<Change[]> {
  const isPlan = pathMatcher(config.plans, config.exclude)
  let files: Change[]
  if (target.scope === 'pull-request') files = await pullRequestFiles(octokit, repo, target.number)
  else if (target.scope === 'compare') files = await comparedFiles(octokit, repo, target.baseSha, target.headSha)
  else if (head.local) files = walk(workspace).map((path) => ({ path, before: null }))
  else files = (await treeFiles(octokit, repo, target.headSha)).map((entry) => ({ path: entry.path, before: null }))
  const plans = new Map<string, Change>()
  for (const file of files) if (isPlan(file.path) && !plans.has(file.path)) plans.set(file.path, file)
  return [...plans.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** How many plans are read through the API at once. */
const CONCURRENT_READS = 8

/**
 * Reads the plans (a few at a time through the API) and scores each by its
 * own constitution, in order, one tree at a time. The scorer is loaded only
 * when there is a plan; a run is prepared once per constitution.
 */
export async function scoreAll(
  head: RepositoryFiles,
  paths: readonly string[],
  config: Config,
  constitutionFor: (path: string) => Promise<Constitution>
): Promise<PlanReport[]> {
  if (paths.length === 0) return []
  const { scorePlan, scoring, unreadablePlan } = await import('../score/scoring.js')
  const runs = new Map<Constitution, ReturnType<typeof scoring>>()
  const runFor = (constitution: Constitution) => {
    let run = runs.get(constitution)
    if (!run) runs.set(constitution, (run = scoring(config, constitution)))
    return run
  }
  const reports: PlanReport[] = []
  for (let start = 0; start < paths.length; start += CONCURRENT_READS) {
    const batch = paths.slice(start, start + CONCURRENT_READS)
    const texts = await Promise.all(batch.map((path) => head.read(path, config.maxFileSize)))
    for (const [i, path] of batch.entries()) {
      const run = runFor(await constitutionFor(path))
      const read = texts[i] ?? { unreadable: 'it could not be read' }
      reports.push('text' in read ? scorePlan(read.text, path, run) : unreadablePlan(path, read.unreadable, run))
    }
  }
  return reports
}
