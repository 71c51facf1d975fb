/**
 * The emulator's public types. `emulator.ts` re-exports all of them; the other
 * modules import them from here so that no module imports the server.
 */

/**
 * One entry of a commit's tree.
 * - file (default): `content` is the blob (a string is UTF-8).
 * - symlink: `target` is the link's target path, relative to the link's directory (git stores it as the blob).
 * - submodule: `target` is the submodule's clone URL; `content`, if given, is the pinned commit sha
 *   (otherwise one is derived from the path).
 */
export interface RepoFile {
  path: string
  content?: string | Buffer
  type?: 'file' | 'symlink' | 'submodule'
  target?: string
}

export interface PullRequest {
  number: number
  baseSha: string
  headSha: string
  files: Array<{
    filename: string
    status: 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged'
    previous_filename?: string
  }>
}

export interface EmulatorState {
  owner: string
  repo: string
  /** The repository's tree at each commit sha. Insertion order is the (linear) history: oldest first. */
  commits: Record<string, RepoFile[]>
  pulls: PullRequest[]
  /**
   * Most entries a recursive tree listing returns before GitHub cuts it and
   * says `truncated: true` (GitHub's own limit is 100,000 entries or 7 MB).
   */
  treeLimit?: number
  /** Comments already on the pull requests' conversations. */
  comments?: StoredComment[]
}

/** An issue comment on a pull request's conversation. */
export interface StoredComment {
  id: number
  /** The pull request's number. */
  issue: number
  body: string
  /** The author's login. */
  user: string
  created_at: string
  updated_at: string
  /** How many accepted updates it had. */
  updates: number
}

export interface RecordedRequest {
  method: string
  /** The URL's pathname as sent (still percent-encoded). */
  path: string
  query: Record<string, string>
  headers: Record<string, string | string[] | undefined>
  /** Parsed JSON, the raw text if it was not JSON, or undefined when there was no body. */
  body: unknown
  /** The status answered; 0 when the socket was closed without an answer (`hangUp`). */
  status: number
}

export interface Fault {
  status: number
  headers?: Record<string, string>
  body?: unknown
  /** Wait this long before answering. A 2xx/3xx fault without a body delays the normal answer. */
  delayMs?: number
  /** close the socket without answering */
  hangUp?: boolean
}

export interface StoredCheckRun {
  id: number
  head_sha: string
  name: string
  status: string
  conclusion: string | null
  /** `annotations` are the annotation objects as sent, accumulated over the create and every update. */
  output: { title?: string; summary?: string; text?: string; annotations: unknown[] }
  /** How many accepted create/update requests touched this run. */
  requests: number
}

export interface Emulator {
  /** e.g. http://127.0.0.1:43121 (use as GITHUB_API_URL) */
  url: string
  /** Every issue comment, as stored: those of the state, then those created. */
  comments: StoredComment[]
  /** every request in order */
  requests: RecordedRequest[]
  /** annotations accumulated across create + updates, as GitHub does */
  checkRuns: StoredCheckRun[]
  /**
   * The next responses to requests matching method + path regexp: each matching request consumes one fault, in order.
   * `method` is case-insensitive, '*' for any; `path` is tested against the pathname (no query string).
   * Injected faults win over broken routes.
   */
  inject(method: string, path: RegExp, faults: Fault[]): void
  /** Make every request to matching routes fail from now on (e.g. the update endpoint dies mid-run). */
  breakRoute(method: string, path: RegExp, fault: Fault): void
  close(): Promise<void>
}

export interface EmulatorOptions {
  /** Check request bodies against GitHub's OpenAPI schema and limits (422 when they fail). Default true. */
  validate?: boolean
}

/**
 * The emulated repository's numeric id. GitHub's `Link` headers address a repository as
 * `/repositories/{id}/...`, and webhook payloads carry it as `repository.id`.
 */
export const REPOSITORY_ID = 17273051

/** What a route answers; the server adds GitHub's common headers. */
export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

/** Where GitHub's own web links point (html_url & co.); API links use the emulator's base URL. */
export const WEB = 'https://github.com'
