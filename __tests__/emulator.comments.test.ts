import { afterEach, describe, expect, it } from '@jest/globals'
import { startEmulator, type Emulator } from '../__fixtures__/github/emulator.js'
import { describeErrors, validator } from '../__fixtures__/github/schemas.js'

/** The emulator's issue comments answer as GitHub does: the shapes of its OpenAPI description, its limits. */
let emulator: Emulator
afterEach(async () => emulator?.close())

const TOKEN = 'ghs_test'
async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${emulator.url}/repos/o/r/${path}`, {
    method,
    headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  return { status: response.status, body: (await response.json()) as unknown, link: response.headers.get('link') }
}

function valid(operation: string, body: unknown): string[] {
  const validate = validator('responses', operation)
  return validate(body) ? [] : describeErrors(validate.errors)
}

describe('issue comments', () => {
  it('should create, list and update comments in the shapes GitHub documents', async () => {
    emulator = await startEmulator({ owner: 'o', repo: 'r', commits: {}, pulls: [{ number: 7, baseSha: 'b', headSha: 'c', files: [] }] })
    const created = await call('POST', 'issues/7/comments', { body: 'first' })
    expect(created.status).toBe(201)
    expect(valid('issues/create-comment', created.body)).toEqual([])
    const id = (created.body as { id: number }).id
    const listed = await call('GET', 'issues/7/comments?per_page=100')
    expect(valid('issues/list-comments', listed.body)).toEqual([])
    expect((listed.body as Array<{ body: string }>).map((c) => c.body)).toEqual(['first'])
    const updated = await call('PATCH', `issues/comments/${id}`, { body: 'second' })
    expect(updated.status).toBe(200)
    expect(valid('issues/update-comment', updated.body)).toEqual([])
    expect(emulator.comments).toEqual([expect.objectContaining({ id, issue: 7, body: 'second', updates: 1 })])
  })

  it('should page through comments, refuse a body over 65,536 characters or without a body, and 404 an unknown pull request', async () => {
    const comments = Array.from({ length: 35 }, (_, i) => ({ id: 100 + i, issue: 7, body: `c${i}`, user: 'someone', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', updates: 0 }))
    emulator = await startEmulator({ owner: 'o', repo: 'r', commits: {}, pulls: [{ number: 7, baseSha: 'b', headSha: 'c', files: [] }], comments })
    const first = await call('GET', 'issues/7/comments')
    expect((first.body as unknown[]).length).toBe(30)
    expect(first.link).toContain('rel="next"')
    expect((await call('POST', 'issues/7/comments', { body: 'x'.repeat(65_537) })).status).toBe(422)
    expect((await call('POST', 'issues/7/comments', {})).status).toBe(422)
    expect((await call('GET', 'issues/8/comments')).status).toBe(404)
  })
})
