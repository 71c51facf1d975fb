/**
 * What a workflow run asks to judge, from its event: the changed files of a
 * pull request, the files changed between two commits (merge queue, push),
 * or every plan (manual and scheduled runs).
 */
export type Target =
  | { scope: 'pull-request'; event: 'pull_request' | 'pull_request_target'; number: number; headSha: string; baseSha: string; fork: boolean }
  | { scope: 'compare'; event: 'merge_group' | 'push'; headSha: string; baseSha: string }
  | { scope: 'all'; event: 'push' | 'workflow_dispatch' | 'schedule'; headSha: string }

export const SUPPORTED_EVENTS = ['pull_request', 'pull_request_target', 'merge_group', 'push', 'workflow_dispatch', 'schedule'] as const

/** A run the Action cannot judge: an unsupported event or a payload without what it needs. */
export class EventError extends Error {
  override readonly name = 'EventError'
}

const NO_COMMIT = /^0+$/u

/**
 * The target of a run.
 *
 * @param eventName
 *   `GITHUB_EVENT_NAME`.
 * @param payload
 *   The webhook payload (`GITHUB_EVENT_PATH`).
 * @param sha
 *   `GITHUB_SHA`, the commit of manual and scheduled runs.
 * @throws EventError
 *   For an unsupported event or an incomplete payload.
 */
export function targetOf(eventName: string, payload: Record<string, unknown>, sha: string): Target {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pull = (payload.pull_request ?? {}) as Record<string, Record<string, unknown> | number | undefined>
      const head = pull.head as { sha?: string; repo?: { full_name?: string } } | undefined
      const base = pull.base as { sha?: string; repo?: { full_name?: string } } | undefined
      return {
        scope: 'pull-request',
        event: eventName,
        headSha: head?.sha ?? need(eventName, 'pull_request.head.sha'),
        baseSha: base?.sha ?? need(eventName, 'pull_request.base.sha'),
        number: Number(pull.number ?? payload.number ?? need(eventName, 'pull_request.number')),
        fork: head?.repo?.full_name !== undefined && head.repo.full_name !== base?.repo?.full_name
      }
    }
    case 'merge_group': {
      const group = (payload.merge_group ?? {}) as { head_sha?: string; base_sha?: string }
      return { scope: 'compare', event: 'merge_group', headSha: group.head_sha ?? need(eventName, 'merge_group.head_sha'), baseSha: group.base_sha ?? need(eventName, 'merge_group.base_sha') }
    }
    case 'push': {
      const after = (payload.after as string | undefined) ?? need(eventName, 'after')
      const before = payload.before as string | undefined
      // A new branch has no "before": every plan on it is judged.
      if (!before || NO_COMMIT.test(before)) return { scope: 'all', event: 'push', headSha: after }
      return { scope: 'compare', event: 'push', headSha: after, baseSha: before }
    }
    case 'workflow_dispatch':
    case 'schedule':
      return { scope: 'all', event: eventName, headSha: sha }
    default:
      throw new EventError(`constitution-gate does not run on '${eventName}' events. Supported: ${SUPPORTED_EVENTS.join(', ')}.`)
  }
}

function need(eventName: string, field: string): never {
  throw new EventError(`the ${eventName} event payload has no ${field}.`)
}
