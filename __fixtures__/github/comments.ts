/**
 * Issue comments (a pull request's conversation): list, create, update. Bodies
 * are checked against the OpenAPI request schema and GitHub's 65,536-character
 * limit on a comment's body.
 */
import { DOCS, error, notFound, paginate, simpleUser, timestamp } from './http.js'
import { WEB, type EmulatorState, type Reply, type StoredComment } from './model.js'
import { describeErrors, validator } from './schemas.js'

/** GitHub refuses a comment body longer than this many characters. */
export const MAX_COMMENT_BODY = 65_536
const FIRST_ID = 1_900_000_001

export class CommentStore {
  readonly comments: StoredComment[]
  private nextId = FIRST_ID

  constructor(
    private readonly state: EmulatorState,
    private readonly base: string,
    private readonly validate: boolean
  ) {
    this.comments = (state.comments ?? []).map((comment) => ({ ...comment }))
    this.nextId = Math.max(FIRST_ID, ...this.comments.map((comment) => comment.id + 1))
  }

  /** GET /repos/{owner}/{repo}/issues/{number}/comments */
  list(issue: number, query: URLSearchParams, subPath: string): Reply {
    if (!this.state.pulls.some((pull) => pull.number === issue)) return notFound(DOCS.comments)
    const page = paginate(
      this.comments.filter((comment) => comment.issue === issue),
      this.base,
      subPath,
      query
    )
    return { status: 200, body: page.items.map((comment) => this.present(comment)), headers: page.headers }
  }

  /** POST /repos/{owner}/{repo}/issues/{number}/comments */
  create(issue: number, raw: unknown): Reply {
    if (!this.state.pulls.some((pull) => pull.number === issue)) return notFound(DOCS.comments)
    const problem = this.check('issues/create-comment', raw)
    if (problem) return problem
    const now = timestamp()
    const comment: StoredComment = { id: this.nextId++, issue, body: String((raw as { body: string }).body), user: 'github-actions[bot]', created_at: now, updated_at: now, updates: 0 }
    this.comments.push(comment)
    return { status: 201, body: this.present(comment) }
  }

  /** PATCH /repos/{owner}/{repo}/issues/comments/{id} */
  update(id: number, raw: unknown): Reply {
    const comment = this.comments.find((candidate) => candidate.id === id)
    if (!comment) return notFound(DOCS.comments)
    const problem = this.check('issues/update-comment', raw)
    if (problem) return problem
    comment.body = String((raw as { body: string }).body)
    comment.updated_at = timestamp()
    comment.updates++
    return { status: 200, body: this.present(comment) }
  }

  private check(operation: string, raw: unknown): Reply | undefined {
    if (!this.validate) return undefined
    const validate = validator('requests', operation)
    if (!validate(raw)) return error(422, `Invalid request.\n\n${describeErrors(validate.errors).join('\n')}`, DOCS.comments)
    const body = (raw as { body: string }).body
    if (body.length > MAX_COMMENT_BODY) return error(422, `Validation Failed: body is too long (maximum is ${MAX_COMMENT_BODY} characters)`, DOCS.comments)
    return undefined
  }

  private present(comment: StoredComment): Record<string, unknown> {
    const api = `${this.base}/repos/${this.state.owner}/${this.state.repo}`
    const login = comment.user
    return {
      id: comment.id,
      node_id: Buffer.from(`012:IssueComment${comment.id}`).toString('base64'),
      url: `${api}/issues/comments/${comment.id}`,
      html_url: `${WEB}/${this.state.owner}/${this.state.repo}/pull/${comment.issue}#issuecomment-${comment.id}`,
      body: comment.body,
      user: simpleUser(login, login.endsWith('[bot]') ? 41898282 : 1, login.endsWith('[bot]') ? 'Bot' : 'User'),
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      issue_url: `${api}/issues/${comment.issue}`,
      author_association: login.endsWith('[bot]') ? 'NONE' : 'MEMBER'
    }
  }
}
