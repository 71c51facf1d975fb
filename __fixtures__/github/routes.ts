/**
 * The emulator's repository routes (everything below /repos/{owner}/{repo}/): the pull
 * request's files, compare, contents and trees here; check runs in checks.ts.
 */
import type { IncomingHttpHeaders } from 'node:http'
import { posix } from 'node:path'
import type { CheckRunStore } from './checks.js'
import type { CommentStore } from './comments.js'
import { blobSha, buildTree, diffTrees, findTree, lineChanges, walk, type Entry, type Tree } from './git.js'
import { DOCS, encodePath, error, notFound, pageParams, paginate, simpleUser, timestamp } from './http.js'
import { REPOSITORY_ID, WEB, type EmulatorState, type PullRequest, type Reply } from './model.js'

export interface RouteRequest {
  state: EmulatorState
  checks: CheckRunStore
  comments: CommentStore
  /** The emulator's base URL, for the API links in answers. */
  base: string
  method: string
  /** The path below /repos/{owner}/{repo}/, still percent-encoded. */
  sub: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: unknown
}

type Handler = (request: RouteRequest, match: RegExpExecArray) => Reply

const ROUTES: Array<[string, RegExp, Handler]> = [
  ['GET', /^pulls\/(\d+)\/files$/u, (r, m) => listPullFiles(r, Number(m[1]))],
  ['GET', /^compare\/(.+)$/u, (r, m) => compare(r, m[1]!)],
  ['GET', /^contents(?:\/(.*))?$/u, (r, m) => getContent(r, m[1] ?? '')],
  ['GET', /^git\/trees\/([^/]+)$/u, (r, m) => getTree(r, m[1]!)],
  ['POST', /^check-runs$/u, (r) => r.checks.create(r.body)],
  ['PATCH', /^check-runs\/(\d+)$/u, (r, m) => r.checks.update(Number(m[1]), r.body)],
  ['GET', /^check-runs\/(\d+)$/u, (r, m) => r.checks.get(Number(m[1]))],
  ['GET', /^check-runs\/(\d+)\/annotations$/u, (r, m) => r.checks.annotations(Number(m[1]), r.query)],
  ['GET', /^issues\/(\d+)\/comments$/u, (r, m) => r.comments.list(Number(m[1]), r.query, r.sub)],
  ['POST', /^issues\/(\d+)\/comments$/u, (r, m) => r.comments.create(Number(m[1]), r.body)],
  ['PATCH', /^issues\/comments\/(\d+)$/u, (r, m) => r.comments.update(Number(m[1]), r.body)]
]

/** Answers one request below /repos/{owner}/{repo}/; GitHub's 404 for anything it does not emulate. */
export function route(request: RouteRequest): Reply {
  for (const [method, pattern, handler] of ROUTES) {
    const match = method === request.method ? pattern.exec(request.sub) : null
    if (match) return handler(request, match)
  }
  return notFound()
}

/** GitHub lists at most this many files of a pull request, however many pages are asked for. */
export const MAX_PULL_FILES = 3000
/** Compare lists at most this many files, on its first page only. */
export const MAX_COMPARE_FILES = 300
/** Compare without `per_page`/`page` lists the last 250 commits. */
const MAX_UNPAGED_COMMITS = 250
/** The contents API serves files up to 1 MB as JSON; bigger ones need the raw media type. */
const MAX_CONTENT_BYTES = 1024 * 1024
const MAX_DIRECTORY_ENTRIES = 1000
/** Refs other than a sha that mean "the default branch", i.e. the last commit. */
const DEFAULT_BRANCH = new Set(['main', 'HEAD', 'refs/heads/main'])

const api = (r: RouteRequest): string => `${r.base}/repos/${r.state.owner}/${r.state.repo}`
const web = (r: RouteRequest): string => `${WEB}/${r.state.owner}/${r.state.repo}`

/** A commit sha, or a default-branch name meaning the last commit in `commits` order. */
function resolveRef(state: EmulatorState, ref: string): string | undefined {
  if (Object.hasOwn(state.commits, ref)) return ref
  return DEFAULT_BRANCH.has(ref) ? Object.keys(state.commits).at(-1) : undefined
}

function treeAt(state: EmulatorState, sha: string | undefined): Tree | undefined {
  const files = sha === undefined ? undefined : state.commits[sha]
  if (!files) return undefined
  // Hashing every blob per request made large repositories slow to serve: build each tree once.
  let tree = trees.get(files)
  if (!tree) {
    tree = buildTree(files)
    trees.set(files, tree)
  }
  return tree
}

const trees = new WeakMap<EmulatorState['commits'][string], Tree>()

interface DiffFields {
  filename: string
  status: string
  previous_filename?: string | undefined
  sha: string
  additions: number
  deletions: number
}

/** A "diff entry" as pulls/list-files and compare show it (no `patch`: GitHub omits it too for big or binary diffs). */
function diffEntry(r: RouteRequest, change: DiffFields, ref: string): Record<string, unknown> {
  const path = encodePath(change.filename)
  return {
    sha: change.sha,
    filename: change.filename,
    status: change.status,
    additions: change.additions,
    deletions: change.deletions,
    changes: change.additions + change.deletions,
    blob_url: `${web(r)}/blob/${ref}/${path}`,
    raw_url: `${web(r)}/raw/${ref}/${path}`,
    contents_url: `${api(r)}/contents/${path}?ref=${ref}`,
    ...(change.previous_filename === undefined ? {} : { previous_filename: change.previous_filename })
  }
}

function listPullFiles(r: RouteRequest, number: number): Reply {
  const pull = r.state.pulls.find((candidate) => candidate.number === number)
  if (!pull) return notFound(DOCS.listFiles)
  const trees = { base: treeAt(r.state, pull.baseSha), head: treeAt(r.state, pull.headSha) }
  const page = paginate(pull.files.slice(0, MAX_PULL_FILES), r.base, `pulls/${number}/files`, r.query)
  return { status: 200, body: page.items.map((file) => pullFile(r, pull, file, trees)), headers: page.headers }
}

/** Counts and shas come from the commits' trees when the state has both; otherwise 0 and a stand-in sha. */
function pullFile(r: RouteRequest, pull: PullRequest, file: PullRequest['files'][number], trees: { base?: Tree | undefined; head?: Tree | undefined }): Record<string, unknown> {
  const removed = file.status === 'removed'
  const before = trees.base?.byPath.get(file.previous_filename ?? file.filename)
  const after = removed ? undefined : trees.head?.byPath.get(file.filename)
  const counts = trees.base && trees.head ? lineChanges(before?.data, after?.data) : { additions: 0, deletions: 0 }
  const sha = (removed ? before : after)?.sha ?? blobSha(Buffer.from(`${pull.headSha}:${file.filename}`))
  return diffEntry(r, { ...file, sha, ...counts }, removed ? pull.baseSha : pull.headSha)
}

/** `owner:sha` (a fork's ref) is accepted like GitHub does; only the sha part matters here. */
function compareSide(ref: string): string {
  return ref.includes(':') ? ref.slice(ref.indexOf(':') + 1) : ref
}

/**
 * Compare: history is the insertion order of `commits` (linear), so base before head is
 * "ahead", the reverse "behind". Files are the trees' diff, at most 300, on page 1 only.
 */
function compare(r: RouteRequest, basehead: string): Reply {
  const sides = (decodePath(basehead) ?? '').split('...')
  const [baseSha, headSha] = sides.map((side) => resolveRef(r.state, compareSide(side)))
  const base = treeAt(r.state, baseSha)
  const head = treeAt(r.state, headSha)
  if (sides.length !== 2 || !base || !head || !baseSha || !headSha) return notFound(DOCS.compare)
  const history = Object.keys(r.state.commits)
  const from = history.indexOf(baseSha)
  const to = history.indexOf(headSha)
  const commits = from < to ? history.slice(from + 1, to + 1) : []
  const paged = r.query.has('per_page') || r.query.has('page')
  const page = paged ? paginate(commits, r.base, `compare/${basehead}`, r.query) : { items: commits.slice(-MAX_UNPAGED_COMMITS), headers: {} }
  const files = diffTrees(base, head).slice(0, MAX_COMPARE_FILES)
  const compareUrl = `${web(r)}/compare/${basehead}`
  const body = {
    url: `${api(r)}/compare/${basehead}`,
    html_url: compareUrl,
    permalink_url: `${web(r)}/compare/${r.state.owner}:${baseSha.slice(0, 7)}...${r.state.owner}:${headSha.slice(0, 7)}`,
    diff_url: `${compareUrl}.diff`,
    patch_url: `${compareUrl}.patch`,
    base_commit: commitObject(r, baseSha),
    merge_base_commit: commitObject(r, from <= to ? baseSha : headSha),
    status: from === to ? 'identical' : from < to ? 'ahead' : 'behind',
    ahead_by: Math.max(0, to - from),
    behind_by: Math.max(0, from - to),
    total_commits: commits.length,
    commits: page.items.map((sha) => commitObject(r, sha)),
    ...(pageParams(r.query).page === 1
      ? { files: files.map((change) => diffEntry(r, { ...change, sha: change.entry.sha }, change.status === 'removed' ? baseSha : headSha)) }
      : {})
  }
  return { status: 200, body, headers: page.headers }
}

/** A synthetic but schema-complete commit: its tree sha is real, its author and times are made up. */
function commitObject(r: RouteRequest, sha: string): Record<string, unknown> {
  const history = Object.keys(r.state.commits)
  const index = history.indexOf(sha)
  const parent = history[index - 1]
  const person = { name: 'Monalisa Octocat', email: 'octocat@github.com', date: timestamp(new Date(Date.UTC(2024, 0, 1) + index * 60_000)) }
  const tree = treeAt(r.state, sha)?.root.sha ?? ''
  return {
    sha,
    node_id: Buffer.from(`06:Commit${REPOSITORY_ID}:${sha}`).toString('base64'),
    commit: {
      author: person,
      committer: person,
      message: `Commit ${sha.slice(0, 7)}`,
      tree: { sha: tree, url: `${api(r)}/git/trees/${tree}` },
      url: `${api(r)}/git/commits/${sha}`,
      comment_count: 0,
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null }
    },
    url: `${api(r)}/commits/${sha}`,
    html_url: `${web(r)}/commit/${sha}`,
    comments_url: `${api(r)}/commits/${sha}/comments`,
    author: simpleUser('octocat', 583231),
    committer: simpleUser('web-flow', 19864447),
    parents: parent ? [{ sha: parent, url: `${api(r)}/commits/${parent}`, html_url: `${web(r)}/commit/${parent}` }] : []
  }
}

/** A percent-encoded path, decoded segment by segment; undefined when it is malformed (GitHub: 404). */
function decodePath(raw: string): string | undefined {
  try {
    return raw.split('/').map(decodeURIComponent).join('/').replace(/^\/+|\/+$/gu, '')
  } catch {
    return undefined
  }
}

/** The media type asked for with `Accept: application/vnd.github.raw` (or `.v3.raw`, `raw+json`), if any. */
function rawMediaType(headers: IncomingHttpHeaders): string | undefined {
  return headers.accept
    ?.split(',')
    .map((type) => type.split(';')[0]!.trim())
    .find((type) => /^application\/vnd\.github\.(?:v3\.)?raw(?:\+json)?$/u.test(type))
}

/**
 * Contents: a file (base64), a directory (an array), a symlink (followed when its target is a
 * file of the repository, as GitHub does), a submodule. Without `ref`, the last commit.
 */
function getContent(r: RouteRequest, rawPath: string): Reply {
  const ref = r.query.get('ref') ?? 'main'
  const sha = resolveRef(r.state, ref)
  const tree = treeAt(r.state, sha)
  if (!tree) return error(404, `No commit found for the ref ${ref}`, DOCS.contents)
  const path = decodePath(rawPath)
  const entry = path === '' ? tree.root : path === undefined ? undefined : tree.byPath.get(path)
  if (!entry) return notFound(DOCS.contents)
  if (entry.kind === 'tree') return { status: 200, body: (entry.children ?? []).slice(0, MAX_DIRECTORY_ENTRIES).map((child) => contentItem(r, ref, child, true)) }
  const shown = entry.symlink === undefined ? entry : followSymlink(tree, entry)
  const raw = rawMediaType(r.headers)
  if (raw && shown.data) return { status: 200, body: shown.data, headers: { 'content-type': raw.endsWith('+json') ? `${raw}; charset=utf-8` : raw } }
  if ((shown.data?.length ?? 0) > MAX_CONTENT_BYTES) {
    return error(403, 'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.', DOCS.contents, {
      errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }]
    })
  }
  return { status: 200, body: contentItem(r, ref, shown, false) }
}

/** The file a symlink points to, when that is a regular file inside the repository; else the link itself. */
function followSymlink(tree: Tree, link: Entry): Entry {
  const target = posix.normalize(posix.join(posix.dirname(link.path), link.symlink ?? ''))
  const found = target.startsWith('../') || target.startsWith('/') ? undefined : tree.byPath.get(target)
  return found?.kind === 'blob' && found.symlink === undefined ? found : link
}

/** Where GitHub's links for a submodule point: only computable when it lives on github.com. */
function submoduleLinks(entry: Entry): { git: string | null; html: string | null } {
  const match = /^(?:https:\/\/|git@)github\.com[/:]([^/]+)\/(.+?)(?:\.git)?$/u.exec(entry.submoduleUrl ?? '')
  if (!match) return { git: null, html: null }
  return { git: `https://api.github.com/repos/${match[1]}/${match[2]}/git/trees/${entry.sha}`, html: `${WEB}/${match[1]}/${match[2]}/tree/${entry.sha}` }
}

/** One contents object; `listing` gives the directory-entry form (no content; a submodule shows as "file"). */
function contentItem(r: RouteRequest, ref: string, entry: Entry, listing: boolean): Record<string, unknown> {
  const path = encodePath(entry.path)
  const url = `${api(r)}/contents/${path}?ref=${encodeURIComponent(ref)}`
  const kind = entry.kind === 'tree' ? 'dir' : entry.kind === 'commit' ? 'submodule' : entry.symlink !== undefined ? 'symlink' : 'file'
  const links =
    kind === 'submodule'
      ? submoduleLinks(entry)
      : kind === 'dir'
        ? { git: `${api(r)}/git/trees/${entry.sha}`, html: `${web(r)}/tree/${ref}/${path}` }
        : { git: `${api(r)}/git/blobs/${entry.sha}`, html: `${web(r)}/blob/${ref}/${path}` }
  const item: Record<string, unknown> = {
    name: entry.name,
    path: entry.path,
    sha: entry.sha,
    size: entry.data?.length ?? 0,
    url,
    html_url: links.html,
    git_url: links.git,
    download_url: kind === 'file' || kind === 'symlink' ? `https://raw.githubusercontent.com/${r.state.owner}/${r.state.repo}/${ref}/${path}` : null,
    type: listing && kind === 'submodule' ? 'file' : kind
  }
  if (!listing && kind === 'file') Object.assign(item, { content: base64Lines(entry.data ?? Buffer.alloc(0)), encoding: 'base64' })
  if (!listing && kind === 'symlink') item['target'] = entry.symlink
  if (!listing && kind === 'submodule') item['submodule_git_url'] = entry.submoduleUrl
  item['_links'] = { self: url, git: links.git, html: links.html }
  return item
}

/** Base64 the way GitHub (Ruby's Base64.encode64) writes it: a newline after every 60 characters. */
export function base64Lines(data: Buffer): string {
  return (data.toString('base64').match(/.{1,60}/gu) ?? []).map((line) => `${line}\n`).join('')
}

/** A commit sha or default-branch name gives that commit's root tree; a tree sha (root or subdirectory) gives that tree. */
function lookUpTree(state: EmulatorState, ref: string): Entry | undefined {
  const commit = treeAt(state, resolveRef(state, ref))
  if (commit) return commit.root
  for (const files of Object.values(state.commits)) {
    const found = findTree(buildTree(files), ref)
    if (found) return found
  }
  return undefined
}

/** Trees: `recursive` with any value (even 0 or "false", as GitHub documents) lists the whole subtree. */
function getTree(r: RouteRequest, rawSha: string): Reply {
  const tree = lookUpTree(r.state, decodePath(rawSha) ?? '')
  if (!tree) return notFound(DOCS.tree)
  const prefix = tree.path === '' ? '' : `${tree.path}/`
  const items = walk(tree, r.query.has('recursive')).map((entry) => ({
    path: entry.path.slice(prefix.length),
    mode: entry.mode,
    type: entry.kind,
    sha: entry.sha,
    ...(entry.kind === 'blob' ? { size: entry.data?.length ?? 0, url: `${api(r)}/git/blobs/${entry.sha}` } : {}),
    ...(entry.kind === 'tree' ? { url: `${api(r)}/git/trees/${entry.sha}` } : {})
  }))
  const limit = r.state.treeLimit ?? Number.POSITIVE_INFINITY
  return { status: 200, body: { sha: tree.sha, url: `${api(r)}/git/trees/${tree.sha}`, tree: items.slice(0, limit), truncated: items.length > limit } }
}
