import * as core from '@actions/core'
import { ConfigError } from '../config/errors.js'
import { commentMarker, COMMENT_BYTES, upsertComment } from '../publish/comment.js'
import type { Conclusion } from '../publish/outcome.js'
import { ApiError } from '../read/api-error.js'
import type { Run } from './run.js'

export const COMMENT_MODES = ['off', 'on-failure', 'always'] as const
export type CommentMode = (typeof COMMENT_MODES)[number]

/** The `comment` input. */
export function commentMode(value: string): CommentMode {
  const mode = (value.trim().toLowerCase() || 'off') as CommentMode
  if (!COMMENT_MODES.includes(mode)) throw new ConfigError(`input 'comment': must be one of ${COMMENT_MODES.join(', ')}, not '${value.trim()}'.`)
  return mode
}

/**
 * The pull-request comment: `always` keeps one comment per check name up to
 * date; `on-failure` writes it while the change fails and, once it is fixed,
 * updates it to say so (and writes none for a change that never failed). A
 * token that may not comment (forks) gets one notice, never a failed run.
 *
 * @param summary
 *   The summary cut to fit in `limit` bytes.
 */
export async function comment(run: Run, mode: CommentMode, conclusion: Conclusion, title: string, summary: (limit: number) => string): Promise<void> {
  if (mode === 'off' || run.target.scope !== 'pull-request') return
  const failing = conclusion === 'failure'
  const marker = commentMarker(run.checkName)
  const icon = failing ? '❌' : conclusion === 'success' ? '✅' : '➖'
  const fixed = !failing && mode === 'on-failure' ? '\n\nThe plans no longer fail: this change was fixed.' : ''
  const head = `${marker}\n## ${icon} ${run.checkName}: ${title}${fixed}\n\n`
  const body = head + summary(COMMENT_BYTES - Buffer.byteLength(head))
  try {
    const done = await upsertComment(run.octokit, run.repo, run.target.number, marker, body, mode === 'always' || failing)
    if (done !== 'none') core.info(`Pull request comment ${done}.`)
  } catch (error) {
    if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
      core.notice(`No pull-request comment: ${error.message} (pull requests from forks get a read-only token).`)
      return
    }
    core.warning(`No pull-request comment: ${error instanceof Error ? error.message : String(error)}`)
  }
}
