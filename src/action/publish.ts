import * as core from '@actions/core'
import type { Report } from '../model/report.js'
import { CheckRunError, type CheckRunContent, describe, publishCheckRun } from '../publish/check-run.js'
import type { Octokit } from '../publish/octokit.js'
import { annotateWithCommands } from '../publish/workflow-commands.js'
import type { Repo } from '../read/github-files.js'

export const ANNOTATION_MODES = ['auto', 'check-run', 'workflow-commands'] as const
export type AnnotationMode = (typeof ANNOTATION_MODES)[number]

/**
 * Publishes the findings: a check run, or workflow commands when asked, or
 * (in auto mode) when the token may not create check runs, as for pull
 * requests from forks.
 *
 * @returns
 *   The check run's id, or null when none was created.
 */
export async function publish(octokit: Octokit, repo: Repo, mode: AnnotationMode, content: CheckRunContent, report: Report): Promise<number | null> {
  if (mode !== 'workflow-commands') {
    try {
      return await publishCheckRun(octokit, repo, content)
    } catch (error) {
      const forbidden = isForbidden(error)
      if (!forbidden || mode === 'check-run') {
        throw new Error(`${error instanceof Error ? error.message : describe(error)}${forbidden ? " (annotations: check-run makes this an error; 'auto' falls back to workflow commands)" : ''}`)
      }
      core.info('The token cannot create check runs (HTTP 403, as for pull requests from forks): the findings are annotated with workflow commands and listed in the job summary instead.')
    }
  }
  annotateWithCommands(report)
  return null
}

/**
 * Posts a configuration error as a completed, failing check run on the
 * judged commit, so that a required check shows "failed" with the reason
 * instead of waiting forever. When no check run can be created (workflow
 * commands asked for, or a token that may not), nothing is posted and the
 * step's one error line says it all.
 *
 * @returns
 *   The check run's id, or null when none was created.
 */
export async function publishConfigError(octokit: Octokit, repo: Repo, mode: AnnotationMode, name: string, headSha: string, message: string): Promise<number | null> {
  if (mode === 'workflow-commands') return null
  const summary = [
    'constitution-gate judged no plan: its configuration is wrong.',
    '',
    '```text',
    message,
    '```',
    '',
    'Fix the workflow input or the configuration file named above (a pull request is judged by the configuration at its base), then re-run the job.'
  ].join('\n')
  try {
    return await publishCheckRun(octokit, repo, { name, headSha, conclusion: 'failure', title: 'Configuration error', summary, annotations: [] })
  } catch (error) {
    core.info(`The configuration error could not be posted as a check run (${error instanceof Error ? error.message : describe(error)}).`)
    return null
  }
}

function isForbidden(error: unknown): boolean {
  return error instanceof CheckRunError && error.checkRunId === null && error.status === 403
}
