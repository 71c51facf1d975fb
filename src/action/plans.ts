import type { Config } from '../config/config.js'
import type { Constitution } from '../model/plan.js'
import type { PlanReport } from '../model/report.js'
import type { Octokit } from '../publish/octokit.js'
import type { Target } from '../read/event.js'
import { type Change, comparedFiles, pullRequestFiles, type Repo, treeFiles } from '../read/github-files.js'
import type { RepositoryFiles } from '../read/repository.js'
import { pathMatcher, walk } from '../read/walk.js'

/**
 * The files the event changed (every file, for manual and scheduled runs),
 * each with its path at the base when it had one there.
 */
export async function changedFiles(octokit: Octokit, repo: Repo, target: Target, head: RepositoryFiles, workspace: string): Promise<Change[]> {
  if (target.scope === 'pull-request') return pullRequestFiles(octokit, repo, target.number)
  if (target.scope === 'compare') return comparedFiles(octokit, repo, target.baseSha, target.headSha)
  return filesAt(octokit, repo, target.headSha, head, workspace, () => true)
}

/** The plans among changed files, sorted, each once. */
export function plansOf(files: readonly Change[], config: Config): Change[] {
  const isPlan = pathMatcher(config.plans, config.exclude)
  const plans = new Map<string, Change>()
  for (const file of files) if (isPlan(file.path) && !plans.has(file.path)) plans.set(file.path, file)
  return [...plans.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** The files of a commit that `keep` keeps: from the workspace when it holds the commit, else one (shared) tree listing. */
export async function filesAt(octokit: Octokit, repo: Repo, sha: string, files: RepositoryFiles, workspace: string, keep: (path: string) => boolean): Promise<Change[]> {
  const paths = files.local ? walk(workspace) : (await treeFiles(octokit, repo, sha)).map((entry) => entry.path)
  return paths.filter(keep).map((path) => ({ path, before: null }))
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
  const { scorePlan, scoringsFor, unreadablePlan } = await import('../score/scoring.js')
  const runFor = scoringsFor(config)
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
