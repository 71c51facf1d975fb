import type { Octokit } from './octokit.js'
import { request } from './api-error.js'

/** The repository a run is in. */
export interface Repo {
  owner: string
  repo: string
}

/** GitHub lists at most this many files of one pull request. */
export const PULL_FILES_LIMIT = 3000

type ChangedFile = { filename: string; status: string; previous_filename?: string }

/** A file a change leaves in place, and where it was at the base (null: the change adds it). */
export interface Change {
  path: string
  before: string | null
}

/** The files a change leaves in place: removed files are gone, renamed ones count under their new name. */
function kept(files: readonly ChangedFile[]): Change[] {
  return files
    .filter((file) => file.status !== 'removed')
    .map((file) => ({ path: file.filename, before: file.status === 'added' ? null : (file.previous_filename ?? file.filename) }))
}

/**
 * The files a pull request changes, 100 a page (one request a page, up to
 * GitHub's 3,000-file limit).
 */
export async function pullRequestFiles(octokit: Octokit, repo: Repo, number: number): Promise<Change[]> {
  const files = await request(`listing the files of pull request #${number}`, 'pull-requests: read', () =>
    octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: 100 })
  )
  return kept(files)
}

/** The compare API lists at most this many files; past it, the two trees are compared instead. */
export const COMPARE_FILES_LIMIT = 300

/**
 * The files changed between two commits (a merge group's base and head, a
 * push's before and after): one request, or three when the compare API's
 * 300-file list may be cut short.
 */
export async function comparedFiles(octokit: Octokit, repo: Repo, base: string, head: string): Promise<Change[]> {
  const { data } = await request(`comparing ${base.slice(0, 7)}...${head.slice(0, 7)}`, 'contents: read', () =>
    octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}`, per_page: 100 })
  )
  const files = data.files ?? []
  if (files.length < COMPARE_FILES_LIMIT) return kept(files)
  const [before, after] = await Promise.all([treeFiles(octokit, repo, base), treeFiles(octokit, repo, head)])
  const old = new Map(before.map((entry) => [entry.path, entry.sha]))
  return after.filter((entry) => old.get(entry.path) !== entry.sha).map((entry) => ({ path: entry.path, before: old.has(entry.path) ? entry.path : null }))
}

/** Every file of a commit's tree (for runs without a checkout), with its git mode and blob sha. */
export async function treeFiles(octokit: Octokit, repo: Repo, sha: string): Promise<Array<{ path: string; mode: string; sha: string }>> {
  return (await listTree(octokit, repo, sha)).files
}

type Tree = { files: Array<{ path: string; mode: string; sha: string }>; truncated: boolean }

/** Listings already made by a client: the rules and the plans of one commit share one request. */
const listed = new WeakMap<Octokit, Map<string, Promise<Tree>>>()

/** A commit's files in one request, and whether GitHub cut the listing short (it does past 100,000 entries or 7 MB). */
export function listTree(octokit: Octokit, repo: Repo, sha: string): Promise<Tree> {
  let trees = listed.get(octokit)
  if (!trees) listed.set(octokit, (trees = new Map()))
  const key = `${repo.owner}/${repo.repo}@${sha}`
  let tree = trees.get(key)
  if (!tree) {
    tree = fetchTree(octokit, repo, sha)
    trees.set(key, tree)
  }
  return tree
}

async function fetchTree(octokit: Octokit, repo: Repo, sha: string): Promise<Tree> {
  const { data } = await request(`listing the files of ${sha.slice(0, 7)}`, 'contents: read', () => octokit.rest.git.getTree({ ...repo, tree_sha: sha, recursive: 'true' }))
  const files = data.tree
    .filter((entry) => entry.type !== 'tree' && entry.path)
    .map((entry) => ({ path: entry.path as string, mode: entry.mode ?? '', sha: entry.sha ?? '' }))
  return { files, truncated: data.truncated }
}
