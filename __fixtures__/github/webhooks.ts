/**
 * Real webhook payloads (from @octokit/webhooks-examples, the payloads GitHub documents),
 * edited only where a test needs it: repository, numbers, shas, refs. Write one with
 * `writeEvent` and point GITHUB_EVENT_PATH at it.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { WebhookDefinition } from '@octokit/webhooks-examples'
import { REPOSITORY_ID } from './model.js'

export type PullRequestPayload = WebhookDefinition<'pull_request'>['examples'][number]
export type MergeGroupPayload = WebhookDefinition<'merge_group'>['examples'][number]
export type PushPayload = WebhookDefinition<'push'>['examples'][number]
export type WorkflowDispatchPayload = WebhookDefinition<'workflow_dispatch'>['examples'][number]
/** The package has no `schedule` example; GitHub's payload carries the cron line and the workflow file. */
export interface SchedulePayload {
  schedule: string
  workflow: string
}

export interface PullRequestEventOptions {
  owner: string
  repo: string
  number: number
  baseSha: string
  headSha: string
  /** `owner/name` of the head repository: another one than owner/repo makes the pull request come from a fork. */
  headRepoFullName?: string
  /** opened (default), synchronize, reopened, ... : an example with that action is used when the package has one. */
  action?: string
  /** For `synchronize`: the previous head (default: baseSha). */
  before?: string
  baseRef?: string
  headRef?: string
  mergeCommitSha?: string | null
}

let definitions: WebhookDefinition[] | undefined

/** The package's examples of one event (4 MB of JSON: loaded once, on first use). */
function examples(name: string): Array<Record<string, unknown>> {
  definitions ??= createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[]
  const found = definitions.find((definition) => definition.name === name)
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${name} example`)
  return found.examples as unknown as Array<Record<string, unknown>>
}

/** Payloads are edited field by field; their exact types come back in the return types. */
type Json = Record<string, any>

/** A deep copy of `example` with every occurrence of `from` replaced by `to` in its JSON text (URLs, full names, shas). */
function rewrite(example: unknown, replacements: Array<[string | RegExp, string]>): Json {
  let text = JSON.stringify(example)
  for (const [from, to] of replacements) if (from !== to) text = text.replaceAll(from, to)
  return JSON.parse(text) as Json
}

/** Makes a user object (the repository's owner, ...) someone else's, URLs included. */
function renameUser(user: Json, login: string): Json {
  return { ...rewrite(user, [[`/${String(user['login'])}`, `/${login}`]]), login }
}

/** Points a repository object at `fullName`; the base repository gets the emulator's REPOSITORY_ID. */
function retargetRepository(repository: Json, fullName: string, id: number): Json {
  const [owner = '', name = ''] = fullName.split('/')
  const moved = rewrite(repository, [[String(repository['full_name']), fullName]])
  return { ...moved, id, name, full_name: fullName, owner: renameUser(moved['owner'] as Json, owner) }
}

function exampleOf(event: string, action: string | undefined, fallback: string): Json {
  const all = examples(event)
  return (all.find((example) => example['action'] === action) ?? all.find((example) => example['action'] === fallback) ?? all[0]) as Json
}

/**
 * A `pull_request` payload for pull request `number` of owner/repo, base → head.
 * With `headRepoFullName` naming another repository, the head is a fork (`head.repo.fork: true`).
 */
export function pullRequestEvent(options: PullRequestEventOptions): PullRequestPayload {
  const action = options.action ?? 'opened'
  const example = exampleOf('pull_request', action, 'opened')
  const source = example['pull_request'] as Json
  const fullName = `${options.owner}/${options.repo}`
  const payload = rewrite(example, [
    [String(source['head']['sha']), options.headSha],
    [String(source['base']['sha']), options.baseSha],
    [String((example['repository'] as Json)['full_name']), fullName],
    // the pull request's own URLs: .../pulls/2, .../pull/2, .../issues/2/comments
    [new RegExp(`/(pulls|pull|issues)/${String(example['number'])}(?=[/"])`, 'gu'), `/$1/${options.number}`]
  ])
  const pull = payload['pull_request'] as Json
  const repository = retargetRepository(payload['repository'] as Json, fullName, REPOSITORY_ID)
  const baseRef = options.baseRef ?? 'main'
  repository['default_branch'] = baseRef
  const headFullName = options.headRepoFullName ?? fullName
  const fork = headFullName.toLowerCase() !== fullName.toLowerCase()
  const headRepository = fork ? { ...retargetRepository(repository, headFullName, REPOSITORY_ID + 1), fork: true } : repository
  const headOwner = headFullName.split('/')[0] ?? options.owner
  const headRef = options.headRef ?? 'feature'
  Object.assign(pull, {
    number: options.number,
    merge_commit_sha: options.mergeCommitSha ?? null,
    base: { ...pull['base'], label: `${options.owner}:${baseRef}`, ref: baseRef, sha: options.baseSha, user: renameUser(pull['base']['user'] as Json, options.owner), repo: repository },
    head: { ...pull['head'], label: `${headOwner}:${headRef}`, ref: headRef, sha: options.headSha, user: renameUser(pull['head']['user'] as Json, headOwner), repo: headRepository }
  })
  Object.assign(payload, { action, number: options.number, repository })
  if (action === 'synchronize') Object.assign(payload, { before: options.before ?? options.baseSha, after: options.headSha })
  return payload as PullRequestPayload
}

/**
 * A `pull_request_target` payload. The package has no example of it: GitHub sends the same
 * payload as for `pull_request` (only the workflow's context differs: it runs on the base).
 */
export function pullRequestTargetEvent(options: PullRequestEventOptions): PullRequestPayload {
  return pullRequestEvent(options)
}

/** A `merge_group` `checks_requested` payload: the queue's temporary branch at headSha on top of baseSha. */
export function mergeGroupEvent(options: { owner: string; repo: string; baseSha: string; headSha: string; baseRef?: string; pullNumber?: number }): MergeGroupPayload {
  const example = exampleOf('merge_group', 'checks_requested', 'checks_requested')
  const group = example['merge_group'] as Json
  const payload = rewrite(example, [
    [String(group['head_sha']), options.headSha],
    [String(group['base_sha']), options.baseSha]
  ])
  const baseRef = options.baseRef ?? 'main'
  Object.assign(payload['merge_group'] as Json, {
    head_sha: options.headSha,
    base_sha: options.baseSha,
    base_ref: `refs/heads/${baseRef}`,
    head_ref: `refs/heads/gh-readonly-queue/${baseRef}/pr-${options.pullNumber ?? 1}-${options.baseSha}`,
    head_commit: { ...(payload['merge_group'] as Json)['head_commit'], id: options.headSha }
  })
  payload['repository'] = retargetRepository(payload['repository'] as Json, `${options.owner}/${options.repo}`, REPOSITORY_ID)
  return payload as MergeGroupPayload
}

/** A `push` payload of one commit, before → after, on `ref` (default refs/heads/main). */
export function pushEvent(options: { owner: string; repo: string; before: string; after: string; ref?: string }): PushPayload {
  // The package's branch pushes are examples 4 and 5 (the others push tags).
  const example = examples('push').find((candidate) => String(candidate['ref']).startsWith('refs/heads/')) as Json
  const fullName = `${options.owner}/${options.repo}`
  const payload = rewrite(example, [[String(example['after']), options.after]])
  const created = /^0+$/u.test(options.before)
  Object.assign(payload, {
    ref: options.ref ?? 'refs/heads/main',
    before: options.before,
    after: options.after,
    created,
    compare: created ? `https://github.com/${fullName}/commit/${options.after}` : `https://github.com/${fullName}/compare/${options.before.slice(0, 12)}...${options.after.slice(0, 12)}`,
    repository: retargetRepository(payload['repository'] as Json, fullName, REPOSITORY_ID)
  })
  return rewrite(payload, [[String(example['repository']['full_name']), fullName]]) as PushPayload
}

/** A `workflow_dispatch` payload on `ref` (default refs/heads/main) with `inputs`. */
export function workflowDispatchEvent(options: { owner: string; repo: string; ref?: string; inputs?: Record<string, unknown>; workflow?: string }): WorkflowDispatchPayload {
  const payload = rewrite(examples('workflow_dispatch')[0], [])
  Object.assign(payload, {
    ref: options.ref ?? 'refs/heads/main',
    inputs: options.inputs ?? {},
    workflow: options.workflow ?? payload['workflow'],
    repository: retargetRepository(payload['repository'] as Json, `${options.owner}/${options.repo}`, REPOSITORY_ID)
  })
  return payload as WorkflowDispatchPayload
}

/**
 * A `schedule` payload. Synthetic (the package has none) and deliberately minimal: code that
 * needs more than the cron line and the workflow must read GITHUB_REPOSITORY, GITHUB_SHA, ...
 */
export function scheduleEvent(options: { cron: string; workflow?: string }): SchedulePayload {
  return { schedule: options.cron, workflow: options.workflow ?? '.github/workflows/constitution-gate.yml' }
}

/** Writes `payload` as JSON into `dir` (created if needed) and returns the file's path, for GITHUB_EVENT_PATH. */
export function writeEvent(dir: string, payload: unknown, name = 'event.json'): string {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, name)
  writeFileSync(path, `${JSON.stringify(payload, null, 2)}\n`)
  return path
}
