import { apiError } from '../read/api-error.js'
import type { Repo } from '../read/github-files.js'
import type { Octokit } from './octokit.js'

/** GitHub refuses a comment body over 65,536 characters; bytes are the stricter count. */
export const COMMENT_BYTES = 65_536

/** The hidden line that finds a check's comment again, run after run. */
export function commentMarker(checkName: string): string {
  return `<!-- constitution-gate: ${checkName.replace(/-->/gu, '—>')} -->`
}

/**
 * Writes the one comment of a check on a pull request: found again by its
 * marker and updated in place, never a second one. When there is none yet it
 * is created only if `create` says so.
 *
 * @returns
 *   What was done.
 * @throws ApiError
 *   Saying what was being done and which permission to check.
 */
export async function upsertComment(octokit: Octokit, repo: Repo, pull: number, marker: string, body: string, create: boolean): Promise<'created' | 'updated' | 'none'> {
  let comments
  try {
    comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: pull, per_page: 100 })
  } catch (error) {
    throw apiError(`listing the comments of pull request #${pull}`, 'pull-requests: write', error)
  }
  const mine = comments.find((comment) => comment.body?.includes(marker))
  try {
    if (mine) {
      await octokit.rest.issues.updateComment({ ...repo, comment_id: mine.id, body })
      return 'updated'
    }
    if (!create) return 'none'
    await octokit.rest.issues.createComment({ ...repo, issue_number: pull, body })
    return 'created'
  } catch (error) {
    throw apiError(`${mine ? 'updating' : 'writing'} the comment on pull request #${pull}`, 'pull-requests: write', error)
  }
}
