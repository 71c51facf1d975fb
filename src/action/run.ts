import type { Octokit } from '../publish/octokit.js'
import type { Target } from '../read/event.js'
import type { Repo } from '../read/github-files.js'
import type { CommentMode } from './comment.js'
import type { AnnotationMode } from './publish.js'

/** What every step of an Action run needs. */
export interface Run {
  octokit: Octokit
  repo: Repo
  target: Target
  checkName: string
  mode: AnnotationMode
  /** Whether and when to comment on a pull request. */
  comment: CommentMode
  /** `GITHUB_WORKSPACE`: where a checkout would be. */
  workspace: string
}
