/**
 * A small, faithful emulator of the GitHub REST API endpoints the Action uses, for
 * end-to-end tests: run the real bundle with GITHUB_API_URL=emulator.url.
 *
 * - node:http only, on 127.0.0.1 and a free port.
 * - Every request is recorded (method, path, query, headers, parsed body, status).
 * - Faults (`inject`, `breakRoute`) stand in for rate limits, outages, slow or dropped answers.
 * - Routes: routes.ts (files, compare, contents, trees) and checks.ts (check runs).
 */
import { randomBytes } from 'node:crypto'
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { CheckRunStore } from './checks.js'
import { CommentStore } from './comments.js'
import { buildTree } from './git.js'
import { DOCS, error, notFound } from './http.js'
import { REPOSITORY_ID, type Emulator, type EmulatorOptions, type EmulatorState, type Fault, type RecordedRequest, type Reply } from './model.js'
import { route } from './routes.js'

export type { Emulator, EmulatorOptions, EmulatorState, Fault, PullRequest, RecordedRequest, RepoFile, StoredCheckRun, StoredComment } from './model.js'
export { REPOSITORY_ID } from './model.js'

interface FaultRule {
  method: string
  path: RegExp
  faults: Fault[]
}

const RATE_LIMIT = 5000

/** Default bodies of faults that give only a status, worded as GitHub words them. */
const FAULT_MESSAGES: Record<number, string> = {
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  422: 'Validation Failed',
  429: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable'
}

function matches(rule: { method: string; path: RegExp }, method: string, path: string): boolean {
  rule.path.lastIndex = 0 // a /g or /y RegExp would otherwise remember where it stopped
  return (rule.method === '*' || rule.method.toUpperCase() === method) && rule.path.test(path)
}

/** A 2xx/3xx fault without a body only delays (or adds headers to) the normal answer. */
function passesThrough(fault: Fault): boolean {
  return fault.status < 400 && fault.body === undefined
}

function faultReply(fault: Fault): Reply {
  const body = fault.body ?? { message: FAULT_MESSAGES[fault.status] ?? STATUS_CODES[fault.status] ?? 'Error', documentation_url: DOCS.root, status: String(fault.status) }
  return { status: fault.status, body, headers: fault.headers ?? {} }
}

/** Parsed JSON; the raw text when it is not JSON; undefined without a body. */
function parseBody(text: string): { value: unknown; ok: boolean } {
  if (text === '') return { value: undefined, ok: true }
  try {
    return { value: JSON.parse(text) as unknown, ok: true }
  } catch {
    return { value: text, ok: false }
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', () => resolve(Buffer.concat(chunks).toString('utf8')))
  })
}

/** A bug in a route answers 500 with its message (and is recorded) instead of crashing the test run. */
function safely(answer: () => Reply): Reply {
  try {
    return answer()
  } catch (problem) {
    return error(500, `emulator error: ${problem instanceof Error ? problem.message : String(problem)}`)
  }
}

/** `token X` or `Bearer X`, as GitHub accepts them; undefined means the header is fine. */
function authProblem(header: string | undefined): Reply | undefined {
  if (header === undefined || header.trim() === '') return error(401, 'Requires authentication', DOCS.root)
  return /^(?:token|bearer)\s+\S+$/iu.test(header.trim()) ? undefined : error(401, 'Bad credentials', DOCS.root)
}

/** `/repos/{owner}/{repo}/...` or `/repositories/{id}/...` (the form of GitHub's Link URLs): the rest of the path, if it is our repository. */
function repositoryPath(state: EmulatorState, pathname: string): string | undefined {
  const byName = /^\/repos\/([^/]+)\/([^/]+)(?:\/(.*))?$/u.exec(pathname)
  if (byName) {
    const same = (a: string, b: string): boolean => {
      try {
        return decodeURIComponent(a).toLowerCase() === b.toLowerCase() // GitHub's names are case-insensitive
      } catch {
        return false
      }
    }
    return same(byName[1]!, state.owner) && same(byName[2]!, state.repo) ? (byName[3] ?? '') : undefined
  }
  const byId = /^\/repositories\/(\d+)(?:\/(.*))?$/u.exec(pathname)
  return byId && Number(byId[1]) === REPOSITORY_ID ? (byId[2] ?? '') : undefined
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
  })
}

/** GitHub's request ids look like `CF22:1F5E5C:1A4B2C:1B8D3E:6123ABCD`. */
function requestId(): string {
  const hex = randomBytes(14).toString('hex').toUpperCase()
  return [hex.slice(0, 4), hex.slice(4, 10), hex.slice(10, 16), hex.slice(16, 22), hex.slice(22, 28)].join(':')
}

/**
 * Starts the emulator on 127.0.0.1 (a free port) for `state`. Throws at once if two files of a
 * commit conflict (a path that is both a file and a directory).
 * `options.validate` (default true) checks request bodies against GitHub's schema and limits.
 */
export async function startEmulator(state: EmulatorState, options: EmulatorOptions = {}): Promise<Emulator> {
  for (const files of Object.values(state.commits)) buildTree(files)
  const requests: RecordedRequest[] = []
  const injected: FaultRule[] = []
  const broken: FaultRule[] = []
  const sleepers = new Set<() => void>()
  const resetAt = Math.floor(Date.now() / 1000) + 3600
  let closed = false

  const server = createServer((request, response) => void handle(request, response))
  const url = `http://127.0.0.1:${await listen(server)}`
  const checks = new CheckRunStore(state, url, options.validate ?? true)
  const comments = new CommentStore(state, url, options.validate ?? true)

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer)
        sleepers.delete(wake)
        resolve()
      }
      const timer = setTimeout(wake, ms)
      sleepers.add(wake)
    })
  }

  function takeFault(method: string, path: string): Fault | undefined {
    const rule = injected.find((candidate) => candidate.faults.length > 0 && matches(candidate, method, path))
    return rule ? rule.faults.shift() : broken.find((candidate) => matches(candidate, method, path))?.faults[0]
  }

  function answer(request: IncomingMessage, method: string, parsed: URL, body: { value: unknown; ok: boolean }): Reply {
    const unauthorized = authProblem(request.headers.authorization)
    if (unauthorized) return unauthorized
    if (!body.ok) return error(400, 'Problems parsing JSON', DOCS.root)
    const sub = repositoryPath(state, parsed.pathname)
    if (sub === undefined) return notFound()
    return route({ state, checks, comments, base: url, method, sub, query: parsed.searchParams, headers: request.headers, body: body.value })
  }

  function send(response: ServerResponse, reply: Reply, record: RecordedRequest): void {
    const used = requests.length
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-request-id': requestId(),
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - used)),
      'x-ratelimit-reset': String(resetAt),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': 'core'
    }
    // Fault headers are written in any case ('Retry-After'): lower-case them so they replace ours.
    const own = Object.fromEntries(Object.entries(reply.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]))
    const text = typeof reply.body === 'string' || Buffer.isBuffer(reply.body)
    // A string body is a page (GitHub's 502 "Unicorn!" is HTML), unless the reply says otherwise.
    if (text && own['content-type'] === undefined) own['content-type'] = 'text/html; charset=utf-8'
    Object.assign(headers, own)
    const payload = text ? (reply.body as string | Buffer) : reply.body === undefined ? '' : JSON.stringify(reply.body)
    record.status = reply.status
    response.writeHead(reply.status, headers).end(payload)
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const parsed = new URL(request.url ?? '/', url)
    const method = (request.method ?? 'GET').toUpperCase()
    const record: RecordedRequest = { method, path: parsed.pathname, query: Object.fromEntries(parsed.searchParams), headers: { ...request.headers }, body: undefined, status: 0 }
    requests.push(record)
    const body = parseBody(await readBody(request))
    record.body = body.value
    const fault = takeFault(method, parsed.pathname)
    if (fault?.delayMs) await sleep(fault.delayMs)
    if (closed || fault?.hangUp) {
      request.socket.destroy()
      return
    }
    const reply = fault && !passesThrough(fault) ? faultReply(fault) : safely(() => answer(request, method, parsed, body))
    send(response, fault && passesThrough(fault) ? { ...reply, headers: { ...reply.headers, ...fault.headers } } : reply, record)
  }

  return {
    url,
    requests,
    checkRuns: checks.runs,
    comments: comments.comments,
    inject(method, path, faults) {
      injected.push({ method, path, faults: [...faults] })
    },
    breakRoute(method, path, fault) {
      broken.push({ method, path, faults: [fault] })
    },
    close() {
      closed = true
      for (const wake of [...sleepers]) wake()
      return new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    }
  }
}
