import { describe, expect, it } from '@jest/globals'
import { targetOf } from '../../src/read/event.js'

const pr = { number: 7, pull_request: { number: 7, head: { sha: 'h'.repeat(40), repo: { full_name: 'fork/repo' } }, base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'o/r' } } } }

describe('targetOf', () => {
  it('should judge a pull request at its head sha, against its base', () => {
    expect(targetOf('pull_request', pr, 'm'.repeat(40))).toEqual({ scope: 'pull-request', event: 'pull_request', headSha: 'h'.repeat(40), baseSha: 'b'.repeat(40), number: 7, fork: true })
    expect(targetOf('pull_request_target', pr, 'x')).toMatchObject({ scope: 'pull-request', event: 'pull_request_target', headSha: 'h'.repeat(40) })
  })

  it('should compare a merge group from its base to its head', () => {
    expect(targetOf('merge_group', { merge_group: { head_sha: 'h1', base_sha: 'b1' } }, 'x')).toEqual({ scope: 'compare', event: 'merge_group', headSha: 'h1', baseSha: 'b1' })
  })

  it('should compare a push from before to after, and score everything on a new branch', () => {
    expect(targetOf('push', { before: 'b2', after: 'h2' }, 'x')).toEqual({ scope: 'compare', event: 'push', headSha: 'h2', baseSha: 'b2' })
    expect(targetOf('push', { before: '0'.repeat(40), after: 'h3', created: true }, 'x')).toEqual({ scope: 'all', event: 'push', headSha: 'h3' })
  })

  it('should score every plan on workflow_dispatch and schedule, at GITHUB_SHA', () => {
    expect(targetOf('workflow_dispatch', {}, 's1')).toEqual({ scope: 'all', event: 'workflow_dispatch', headSha: 's1' })
    expect(targetOf('schedule', { schedule: '0 3 * * *' }, 's2')).toEqual({ scope: 'all', event: 'schedule', headSha: 's2' })
  })

  it('should refuse any other event, naming the supported ones', () => {
    expect(() => targetOf('issues', {}, 's')).toThrow(
      "constitution-gate does not run on 'issues' events. Supported: pull_request, pull_request_target, merge_group, push, workflow_dispatch, schedule."
    )
  })

  it('should refuse a payload without the shas it needs', () => {
    expect(() => targetOf('pull_request', { pull_request: {} }, 's')).toThrow('the pull_request event payload has no pull_request.head.sha')
  })
})
