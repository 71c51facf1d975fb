/**
 * Check runs: create, update, get, list annotations. Bodies are checked against the
 * OpenAPI request schema and against the limits GitHub enforces beyond it.
 */
import type { ErrorObject } from 'ajv'
import { DOCS, error, notFound, paginate, simpleUser, timestamp } from './http.js'
import { WEB, type EmulatorState, type Reply, type StoredCheckRun } from './model.js'
import { validator } from './schemas.js'

interface Annotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: string
  message: string
  title?: string
  raw_details?: string
}

interface CheckRunBody {
  name?: string
  head_sha?: string
  details_url?: string
  external_id?: string
  status?: string
  conclusion?: string
  started_at?: string
  completed_at?: string
  output?: { title?: string; summary?: string; text?: string; annotations?: Annotation[] }
}

/** What the emulator keeps beyond the public StoredCheckRun fields. */
interface CheckRunRecord extends StoredCheckRun {
  started_at: string | null
  completed_at: string | null
  details_url: string | null
  external_id: string
}

/** Check run ids are above 2^32 on github.com today: a 32-bit assumption fails here too. */
const FIRST_ID = 28_000_000_001
const CHECK_SUITE_ID = 25_000_000_001
const ANNOTATION_TITLE_CHARS = 255
const ANNOTATION_TEXT_BYTES = 64 * 1024

/** The GitHub Actions app, which owns the check runs GITHUB_TOKEN creates. */
const ACTIONS_APP = {
  id: 15368,
  slug: 'github-actions',
  node_id: 'MDM6QXBwMTUzNjg=',
  owner: simpleUser('github', 9919, 'Organization'),
  name: 'GitHub Actions',
  description: 'Automate your workflow from idea to production',
  external_url: 'https://help.github.com/en/actions',
  html_url: 'https://github.com/apps/github-actions',
  created_at: '2018-07-30T09:30:17Z',
  updated_at: '2019-12-10T19:04:12Z',
  permissions: { actions: 'write', checks: 'write', contents: 'write', metadata: 'read', pull_requests: 'write', statuses: 'write' },
  events: ['check_run', 'check_suite', 'pull_request', 'push', 'workflow_dispatch']
}

/**
 * GitHub's wording for schema failures ("Invalid request.\n\nNo more than 50 items are allowed;
 * 51 were supplied."), reproduced from real answers for the keywords the Action can trip.
 */
function explain(error: ErrorObject): string | undefined {
  const data = error.data
  const field = error.instancePath.replace(/^\//u, '').replaceAll('/', '.') || 'body'
  switch (error.keyword) {
    case 'required':
      return `"${String(error.params['missingProperty'])}" wasn't supplied.`
    case 'maxItems':
      return `No more than ${String(error.params['limit'])} items are allowed; ${Array.isArray(data) ? data.length : '?'} were supplied.`
    case 'maxLength':
      return `Only ${String(error.params['limit'])} characters are allowed; ${typeof data === 'string' ? [...data].length : '?'} were supplied.`
    case 'enum':
      return `${JSON.stringify(data)} is not a member of ${JSON.stringify(error.params['allowedValues'])} (${field}).`
    case 'anyOf':
      return undefined // its branches' own errors say what is wrong
    default:
      return `For '${field}', ${JSON.stringify(data)} ${error.message ?? 'is invalid'}.`
  }
}

function invalidRequest(details: string[], documentationUrl: string): Reply {
  const lines = [...new Set(details)]
  return {
    status: 422,
    body: {
      message: ['Invalid request.', '', ...lines].join('\n'),
      errors: lines.map((message) => ({ resource: 'CheckRun', code: 'invalid', message })),
      documentation_url: documentationUrl,
      status: '422'
    }
  }
}

function validationFailed(field: string, message: string, documentationUrl: string): Reply {
  return error(422, 'Validation Failed', documentationUrl, { errors: [{ resource: 'CheckRun', code: 'invalid', field, message }] })
}

/** Limits GitHub enforces that the OpenAPI schema does not state. */
function beyondSchema(body: CheckRunBody, creating: boolean, documentationUrl: string): Reply | undefined {
  const completing = body.status === 'completed' || body.completed_at !== undefined
  if (completing && body.conclusion === undefined) return invalidRequest([`"conclusion" wasn't supplied.`], documentationUrl)
  if (body.conclusion === 'stale') return validationFailed('conclusion', 'You cannot change a check run conclusion to stale, only GitHub can set this', documentationUrl)
  // On update the docs mark output.title "Required" although the schema does not.
  if (body.output && body.output.title === undefined && (!creating || body.output.annotations)) return invalidRequest([`"title" wasn't supplied.`], documentationUrl)
  for (const annotation of body.output?.annotations ?? []) {
    const problem = annotationProblem(annotation)
    if (problem) return validationFailed('annotations', problem, documentationUrl)
  }
  return undefined
}

function annotationProblem(annotation: Annotation): string | undefined {
  if (annotation.title !== undefined && [...annotation.title].length > ANNOTATION_TITLE_CHARS) return `title is longer than ${ANNOTATION_TITLE_CHARS} characters`
  for (const key of ['message', 'raw_details'] as const) {
    const text = annotation[key]
    if (text !== undefined && Buffer.byteLength(text) > ANNOTATION_TEXT_BYTES) return `${key} is larger than 64 KB`
  }
  const columns = annotation.start_column !== undefined || annotation.end_column !== undefined
  if (columns && annotation.start_line !== annotation.end_line) return 'start_column and end_column are only allowed when start_line equals end_line'
  if (annotation.end_line < annotation.start_line) return 'end_line is before start_line'
  return undefined
}

/** GitHub answers timestamps in UTC to the second, whatever offset they were sent with. */
function normalizeTime(value: string | undefined, fallback: string | null): string | null {
  return value === undefined ? fallback : timestamp(new Date(value))
}

/** The check runs of the emulated repository. `runs` is the array the Emulator exposes as `checkRuns`. */
export class CheckRunStore {
  readonly runs: CheckRunRecord[] = []
  private nextId = FIRST_ID

  constructor(
    private readonly state: EmulatorState,
    private readonly base: string,
    private readonly validate: boolean
  ) {}

  /** POST /repos/{owner}/{repo}/check-runs */
  create(raw: unknown): Reply {
    const problem = this.check('checks/create', raw, true, DOCS.createRun)
    if (problem) return problem
    const body = raw as CheckRunBody
    if (this.validate && !Object.hasOwn(this.state.commits, String(body.head_sha))) return error(422, `No commit found for SHA: ${String(body.head_sha)}`, DOCS.createRun)
    const now = timestamp()
    const run: CheckRunRecord = {
      id: this.nextId++,
      head_sha: String(body.head_sha),
      name: String(body.name),
      status: body.conclusion !== undefined ? 'completed' : (body.status ?? 'queued'),
      conclusion: body.conclusion ?? null,
      output: { annotations: [] },
      requests: 0,
      started_at: normalizeTime(body.started_at, now),
      completed_at: null,
      details_url: body.details_url ?? null,
      external_id: body.external_id ?? ''
    }
    this.runs.push(run)
    return { status: 201, body: this.apply(run, body) }
  }

  /** PATCH /repos/{owner}/{repo}/check-runs/{id} */
  update(id: number, raw: unknown): Reply {
    const run = this.runs.find((candidate) => candidate.id === id)
    if (!run) return notFound(DOCS.updateRun)
    const problem = this.check('checks/update', raw, false, DOCS.updateRun)
    if (problem) return problem
    const body = raw as CheckRunBody
    if (body.name !== undefined) run.name = body.name
    if (body.status !== undefined) run.status = body.status
    if (body.conclusion !== undefined) Object.assign(run, { status: 'completed', conclusion: body.conclusion })
    if (body.started_at !== undefined) run.started_at = normalizeTime(body.started_at, run.started_at)
    if (body.details_url !== undefined) run.details_url = body.details_url
    if (body.external_id !== undefined) run.external_id = body.external_id
    return { status: 200, body: this.apply(run, body) }
  }

  /** GET /repos/{owner}/{repo}/check-runs/{id} */
  get(id: number): Reply {
    const run = this.runs.find((candidate) => candidate.id === id)
    return run ? { status: 200, body: this.present(run) } : notFound(DOCS.getRun)
  }

  /** GET /repos/{owner}/{repo}/check-runs/{id}/annotations (paginated like every list). */
  annotations(id: number, query: URLSearchParams): Reply {
    const run = this.runs.find((candidate) => candidate.id === id)
    if (!run) return notFound(DOCS.annotations)
    const all = (run.output.annotations as Annotation[]).map((annotation) => ({
      path: annotation.path,
      blob_href: `${WEB}/${this.state.owner}/${this.state.repo}/blob/${run.head_sha}/${annotation.path}`,
      start_line: annotation.start_line,
      start_column: annotation.start_column ?? null,
      end_line: annotation.end_line,
      end_column: annotation.end_column ?? null,
      annotation_level: annotation.annotation_level,
      title: annotation.title ?? null,
      message: annotation.message,
      raw_details: annotation.raw_details ?? null
    }))
    const page = paginate(all, this.base, `check-runs/${id}/annotations`, query)
    return { status: 200, body: page.items, headers: page.headers }
  }

  private check(operation: 'checks/create' | 'checks/update', raw: unknown, creating: boolean, documentationUrl: string): Reply | undefined {
    if (!this.validate) return undefined
    const validate = validator('requests', operation)
    if (!validate(raw)) return invalidRequest((validate.errors ?? []).flatMap((e) => explain(e) ?? []), documentationUrl)
    return beyondSchema(raw as CheckRunBody, creating, documentationUrl)
  }

  /** Output fields replace the stored ones; annotations append, as GitHub documents. */
  private apply(run: CheckRunRecord, body: CheckRunBody): Record<string, unknown> {
    const { annotations = [], ...output } = body.output ?? {}
    run.output = { ...run.output, ...output, annotations: [...run.output.annotations, ...structuredClone(annotations)] }
    if (run.status === 'completed') run.completed_at = normalizeTime(body.completed_at, run.completed_at ?? timestamp())
    run.requests += 1
    return this.present(run)
  }

  /** The check run as GitHub answers it. */
  private present(run: CheckRunRecord): Record<string, unknown> {
    const url = `${this.base}/repos/${this.state.owner}/${this.state.repo}/check-runs/${run.id}`
    const htmlUrl = `${WEB}/${this.state.owner}/${this.state.repo}/runs/${run.id}`
    return {
      id: run.id,
      name: run.name,
      node_id: `CR_kwDO${Buffer.from(String(run.id)).toString('base64url')}`,
      head_sha: run.head_sha,
      external_id: run.external_id,
      url,
      html_url: htmlUrl,
      details_url: run.details_url ?? htmlUrl,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.started_at,
      completed_at: run.completed_at,
      output: {
        title: run.output.title ?? null,
        summary: run.output.summary ?? null,
        text: run.output.text ?? null,
        annotations_count: run.output.annotations.length,
        annotations_url: `${url}/annotations`
      },
      check_suite: { id: CHECK_SUITE_ID },
      app: ACTIONS_APP,
      pull_requests: []
    }
  }
}
