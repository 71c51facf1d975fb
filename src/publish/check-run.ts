import type { Repo } from '../read/github-files.js'
import type { Annotation } from '../report/annotations.js'
import type { Octokit } from './octokit.js'

/** What a check run shows. */
export interface CheckRunContent {
  name: string
  headSha: string
  conclusion: 'success' | 'failure' | 'neutral'
  title: string
  summary: string
  annotations: readonly Annotation[]
}

/** The Checks API takes at most 50 annotations a request. */
export const ANNOTATIONS_PER_REQUEST = 50

/** A failure after the check run exists: it was completed as a failure before this was thrown. */
export class CheckRunError extends Error {
  constructor(
    message: string,
    readonly checkRunId: number | null,
    readonly status: number | undefined
  ) {
    super(message)
  }
}

/**
 * Publishes a check run on the head commit: created with the first 50
 * annotations, updated with 50 more per request, in order, one request at a
 * time, and completed with its conclusion only by the last request. When a
 * request fails after the run was created, the run is completed as a failure
 * (saying why) so that it never stays in progress and blocks a merge.
 *
 * @returns
 *   The check run's id.
 */
export async function publishCheckRun(octokit: Octokit, repo: Repo, content: CheckRunContent): Promise<number> {
  const batches: Annotation[][] = []
  for (let i = 0; i < content.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(content.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  }
  if (batches.length === 0) batches.push([])
  const output = (annotations: Annotation[]) => ({ title: content.title, summary: content.summary, ...(annotations.length > 0 ? { annotations } : {}) })
  const ending = (last: boolean) => (last ? { status: 'completed' as const, conclusion: content.conclusion, completed_at: new Date().toISOString() } : { status: 'in_progress' as const })

  let id: number
  try {
    const { data } = await octokit.rest.checks.create({
      ...repo,
      name: content.name,
      head_sha: content.headSha,
      ...ending(batches.length === 1),
      output: output(batches[0] ?? [])
    })
    id = data.id
  } catch (error) {
    throw new CheckRunError(`could not create the check run: ${describe(error)}`, null, (error as { status?: number }).status)
  }
  for (const [index, batch] of batches.entries()) {
    if (index === 0) continue
    try {
      await octokit.rest.checks.update({ ...repo, check_run_id: id, ...ending(index === batches.length - 1), output: output(batch) })
    } catch (error) {
      const reason = `could not send annotations ${index * ANNOTATIONS_PER_REQUEST + 1}–${index * ANNOTATIONS_PER_REQUEST + batch.length}: ${describe(error)}`
      await completeAsFailure(octokit, repo, id, reason, content.name, content.headSha)
      throw new CheckRunError(reason, id, (error as { status?: number }).status)
    }
  }
  return id
}

/**
 * Last resort: mark the run failed with the reason, so that it does not stay
 * in progress and block a merge. When the run cannot be updated at all, a new
 * run of the same name is created completed as a failure: the newest run of a
 * name is the one branch protection reads.
 */
export async function completeAsFailure(octokit: Octokit, repo: Repo, id: number, reason: string, name?: string, headSha?: string): Promise<void> {
  const failed = {
    status: 'completed' as const,
    conclusion: 'failure' as const,
    completed_at: new Date().toISOString(),
    output: { title: 'constitution-gate could not finish', summary: `The check could not be completed: ${reason}. Re-run the job.` }
  }
  try {
    await octokit.rest.checks.update({ ...repo, check_run_id: id, ...failed })
    return
  } catch {
    if (!name || !headSha) return
  }
  try {
    await octokit.rest.checks.create({ ...repo, name, head_sha: headSha, ...failed })
  } catch {
    // Nothing more can be done through the API; the step fails with the reason.
  }
}

/** An API error as one line, without request headers (they hold the token). */
export function describe(error: unknown): string {
  const status = (error as { status?: number }).status
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
  return status ? `HTTP ${status}: ${message}` : (message ?? 'unknown error')
}
