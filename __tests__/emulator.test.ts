import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { REPOSITORY_ID, startEmulator, type Emulator, type EmulatorState, type RepoFile } from '../__fixtures__/github/emulator.js'
import { describeErrors, schemaSource, validator, type SchemaGroup } from '../__fixtures__/github/schemas.js'
import { mergeGroupEvent, pullRequestEvent, pushEvent, scheduleEvent, workflowDispatchEvent, writeEvent } from '../__fixtures__/github/webhooks.js'

const TOKEN = 'ghs_emulatorTestToken0123456789'
const OWNER = 'octo-org'
const REPO = 'plans'
const sha = (seed: string): string => createHash('sha1').update(seed).digest('hex')
const BASE = sha('base')
const HEAD = sha('head')
const BIG = sha('big')
const SUBMODULE_COMMIT = sha('submodule')
/** What `git hash-object` says, computed independently of the emulator. */
const gitBlobSha = (content: string): string => createHash('sha1').update(`blob ${Buffer.byteLength(content)}\0${content}`).digest('hex')

const baseFiles: RepoFile[] = [
  { path: 'README.md', content: '# Plans\n' },
  { path: 'specs/001/plan.md', content: 'one\ntwo\nthree\n' },
  { path: 'specs/old.md', content: 'to be removed\n' },
  { path: 'docs/name.md', content: 'renamed without change\n' },
  { path: 'swap.md', content: 'README.md' }
]
const PLAN = 'one\n2\nthree\nfour\n'
const headFiles: RepoFile[] = [
  { path: 'README.md', content: '# Plans\n' },
  { path: 'specs/001/plan.md', content: PLAN },
  { path: 'docs/renamed.md', content: 'renamed without change\n' },
  { path: 'specs/002/plan with space é.md', content: 'x'.repeat(100) },
  { path: 'link-to-plan.md', type: 'symlink', target: 'specs/001/plan.md' },
  { path: 'specs/up.md', type: 'symlink', target: '../../outside.md' },
  { path: 'vendor/lib', type: 'submodule', target: 'https://github.com/octo-org/lib.git', content: SUBMODULE_COMMIT },
  { path: 'image.png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) },
  { path: 'swap.md', type: 'symlink', target: 'README.md' }
]
const bigFiles: RepoFile[] = Array.from({ length: 350 }, (_, i) => ({ path: `many/f${String(i).padStart(3, '0')}.md`, content: `${i}\n` }))
const names = (count: number): Array<{ filename: string; status: 'added' }> =>
  Array.from({ length: count }, (_, i) => ({ filename: `specs/${String(i).padStart(4, '0')}/plan.md`, status: 'added' }))

function state(): EmulatorState {
  return {
    owner: OWNER,
    repo: REPO,
    commits: { [BASE]: baseFiles, [HEAD]: headFiles, [BIG]: bigFiles },
    pulls: [
      { number: 1, baseSha: BASE, headSha: HEAD, files: names(250) },
      { number: 2, baseSha: BASE, headSha: HEAD, files: names(3500) },
      {
        number: 3,
        baseSha: BASE,
        headSha: HEAD,
        files: [
          { filename: 'docs/renamed.md', status: 'renamed', previous_filename: 'docs/name.md' },
          { filename: 'specs/001/plan.md', status: 'modified' },
          { filename: 'specs/old.md', status: 'removed' }
        ]
      }
    ]
  }
}

let emulator: Emulator
const auth = { authorization: `token ${TOKEN}`, accept: 'application/vnd.github+json' }

/** A request to the emulator, authenticated unless headers say otherwise. */
function call(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
  const url = path.startsWith('http') ? path : `${emulator.url}${path}`
  return fetch(url, {
    method: init.method ?? 'GET',
    headers: { ...auth, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body)
  })
}

async function json<T = any>(response: Response): Promise<T> {
  return (await response.json()) as T
}

function expectValid(group: SchemaGroup, operation: string, body: unknown): void {
  const validate = validator(group, operation)
  const valid = validate(body)
  expect(valid ? [] : describeErrors(validate.errors)).toEqual([])
}

const repoPath = `/repos/${OWNER}/${REPO}`
const linkBase = (): string => `${emulator.url}/repositories/${REPOSITORY_ID}`

beforeAll(async () => {
  emulator = await startEmulator(state())
})
afterAll(async () => {
  await emulator.close()
})

describe('the schemas', () => {
  it('should say which @octokit/openapi file they come from', () => {
    expect(schemaSource).toMatch(/^@octokit\/openapi@\d+\.\d+\.\d+ generated\/api\.github\.com\.deref\.json$/u)
  })

  it('should hold GitHub\'s own limits (50 annotations, 65535 characters)', () => {
    const create = validator('requests', 'checks/create')
    const output = { title: 't', summary: 's', annotations: [] }
    expect(create({ name: 'n', head_sha: BASE, output })).toBe(true)
    expect(create({ name: 'n', head_sha: BASE, output: { ...output, summary: 'x'.repeat(65_536) } })).toBe(false)
  })
})

describe('GET pulls/{n}/files', () => {
  it('should page 250 files over 3 pages with GitHub\'s Link headers', async () => {
    const first = await call(`${repoPath}/pulls/1/files?per_page=100`)
    const page = (n: number): string => `<${linkBase()}/pulls/1/files?per_page=100&page=${n}>`
    expect(first.headers.get('link')).toBe(`${page(2)}; rel="next", ${page(3)}; rel="last"`)
    expect(await json<unknown[]>(first)).toHaveLength(100)

    const second = await call(`${repoPath}/pulls/1/files?per_page=100&page=2`)
    expect(second.headers.get('link')).toBe(`${page(1)}; rel="prev", ${page(3)}; rel="next", ${page(3)}; rel="last", ${page(1)}; rel="first"`)

    const third = await call(`${repoPath}/pulls/1/files?per_page=100&page=3`)
    expect(third.headers.get('link')).toBe(`${page(2)}; rel="prev", ${page(1)}; rel="first"`)
    expect(await json<unknown[]>(third)).toHaveLength(50)
  })

  it('should list every file once when the Link rel="next" URLs are followed', async () => {
    const seen: string[] = []
    let next: string | undefined = `${repoPath}/pulls/1/files?per_page=100`
    while (next) {
      const response = await call(next)
      seen.push(...(await json<Array<{ filename: string }>>(response)).map((file) => file.filename))
      next = /<([^>]+)>; rel="next"/u.exec(response.headers.get('link') ?? '')?.[1]
    }
    expect(seen).toEqual(names(250).map((file) => file.filename))
  })

  it('should default to 30 per page and cap per_page at 100', async () => {
    const byDefault = await call(`${repoPath}/pulls/1/files`)
    expect(await json<unknown[]>(byDefault)).toHaveLength(30)
    expect(byDefault.headers.get('link')).toContain(`<${linkBase()}/pulls/1/files?page=9>; rel="last"`)
    expect(await json<unknown[]>(await call(`${repoPath}/pulls/1/files?per_page=1000`))).toHaveLength(100)
  })

  it('should list at most 3,000 files, as GitHub does', async () => {
    const last = await call(`${repoPath}/pulls/2/files?per_page=100&page=30`)
    expect(await json<unknown[]>(last)).toHaveLength(100)
    expect(last.headers.get('link')).not.toContain('rel="next"')
    const first = await call(`${repoPath}/pulls/2/files?per_page=100`)
    expect(first.headers.get('link')).toContain('page=30>; rel="last"')
    expect(await json<unknown[]>(await call(`${repoPath}/pulls/2/files?per_page=100&page=31`))).toEqual([])
  })

  it('should shape entries like GitHub, with counts and shas from the commits\' trees', async () => {
    const response = await call(`${repoPath}/pulls/3/files`)
    const files = await json<any[]>(response)
    expectValid('responses', 'pulls/list-files', files)
    expect(files).toEqual([
      expect.objectContaining({ filename: 'docs/renamed.md', status: 'renamed', previous_filename: 'docs/name.md', additions: 0, deletions: 0, changes: 0 }),
      expect.objectContaining({ filename: 'specs/001/plan.md', status: 'modified', additions: 2, deletions: 1, changes: 3, sha: gitBlobSha(PLAN) }),
      expect.objectContaining({ filename: 'specs/old.md', status: 'removed', additions: 0, deletions: 1, sha: gitBlobSha('to be removed\n') })
    ])
    expect(files[1]).toMatchObject({
      blob_url: `https://github.com/${OWNER}/${REPO}/blob/${HEAD}/specs/001/plan.md`,
      raw_url: `https://github.com/${OWNER}/${REPO}/raw/${HEAD}/specs/001/plan.md`,
      contents_url: `${emulator.url}${repoPath}/contents/specs/001/plan.md?ref=${HEAD}`
    })
    expect(files[1]).not.toHaveProperty('previous_filename')
  })

  it('should answer 404 for an unknown pull request', async () => {
    const response = await call(`${repoPath}/pulls/99/files`)
    expect(response.status).toBe(404)
    expectValid('errors', 'basic-error', await json(response))
  })

  it('should serve the same pages to octokit\'s paginate (which follows the Link URLs)', async () => {
    const { getOctokit } = await import('@actions/github')
    const octokit = getOctokit(TOKEN, { baseUrl: emulator.url })
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: OWNER, repo: REPO, pull_number: 1, per_page: 100 })
    expect(files.map((file) => file.filename)).toEqual(names(250).map((file) => file.filename))
  })
})

describe('GET compare/{base}...{head}', () => {
  it('should diff the two trees: modified, renamed, removed, added, changed (file to symlink)', async () => {
    const response = await call(`${repoPath}/compare/${BASE}...${HEAD}`)
    const body = await json<any>(response)
    expectValid('responses', 'repos/compare-commits', body)
    expect(body.files.map((file: any) => [file.filename, file.status, file.previous_filename])).toEqual([
      ['docs/renamed.md', 'renamed', 'docs/name.md'],
      ['image.png', 'added', undefined],
      ['link-to-plan.md', 'added', undefined],
      ['specs/001/plan.md', 'modified', undefined],
      ['specs/002/plan with space é.md', 'added', undefined],
      ['specs/old.md', 'removed', undefined],
      ['specs/up.md', 'added', undefined],
      ['swap.md', 'changed', undefined],
      ['vendor/lib', 'added', undefined]
    ])
    expect(body.files.find((file: any) => file.filename === 'image.png')).toMatchObject({ additions: 0, deletions: 0 }) // binary
    expect(body).toMatchObject({ status: 'ahead', ahead_by: 1, behind_by: 0, total_commits: 1 })
    expect(body.base_commit.sha).toBe(BASE)
    expect(body.merge_base_commit.sha).toBe(BASE)
    expect(body.commits.map((commit: any) => commit.sha)).toEqual([HEAD])
  })

  it('should report identical and behind comparisons', async () => {
    expect(await json(await call(`${repoPath}/compare/${HEAD}...${HEAD}`))).toMatchObject({ status: 'identical', files: [], ahead_by: 0 })
    expect(await json(await call(`${repoPath}/compare/${HEAD}...${BASE}`))).toMatchObject({ status: 'behind', behind_by: 1, ahead_by: 0 })
  })

  it('should list at most 300 files, and only on the first page when paginated', async () => {
    const whole = await json<any>(await call(`${repoPath}/compare/${BASE}...${BIG}`))
    expect(whole.files).toHaveLength(300)
    expect(whole.total_commits).toBe(2)
    expect((await json<any>(await call(`${repoPath}/compare/${BASE}...${BIG}?per_page=1&page=1`))).files).toHaveLength(300)
    const second = await call(`${repoPath}/compare/${BASE}...${BIG}?per_page=1&page=2`)
    const body = await json<any>(second)
    expect(body).not.toHaveProperty('files')
    expect(body.commits.map((commit: any) => commit.sha)).toEqual([BIG])
    expect(second.headers.get('link')).toContain('rel="prev"')
  })

  it('should answer 404 for an unknown commit', async () => {
    expect((await call(`${repoPath}/compare/${BASE}...${sha('nope')}`)).status).toBe(404)
  })
})

describe('GET contents/{path}', () => {
  it('should return a file as GitHub does: base64 in 60-character lines, git\'s blob sha', async () => {
    const response = await call(`${repoPath}/contents/specs/002/plan%20with%20space%20%C3%A9.md?ref=${HEAD}`)
    const body = await json<any>(response)
    expectValid('responses', 'repos/get-content', body)
    expect(body).toMatchObject({ type: 'file', encoding: 'base64', name: 'plan with space é.md', path: 'specs/002/plan with space é.md', size: 100, sha: gitBlobSha('x'.repeat(100)) })
    expect(body.content.split('\n').map((line: string) => line.length)).toEqual([60, 60, 16, 0])
    expect(Buffer.from(body.content, 'base64').toString()).toBe('x'.repeat(100))
    expect(body._links.self).toBe(body.url)
  })

  it('should read the last commit without ref, and 404 an unknown ref', async () => {
    expect((await call(`${repoPath}/contents/README.md`)).status).toBe(404) // BIG, the last commit, has no README
    const unknown = await call(`${repoPath}/contents/README.md?ref=${sha('nope')}`)
    expect(unknown.status).toBe(404)
    expect((await json<any>(unknown)).message).toBe(`No commit found for the ref ${sha('nope')}`)
    expect((await call(`${repoPath}/contents/many/f000.md`)).status).toBe(200)
  })

  it('should follow a symlink to a file of the repository, and describe one that leaves it', async () => {
    const followed = await json<any>(await call(`${repoPath}/contents/link-to-plan.md?ref=${HEAD}`))
    expect(followed).toMatchObject({ type: 'file', path: 'specs/001/plan.md' })
    const link = await json<any>(await call(`${repoPath}/contents/specs/up.md?ref=${HEAD}`))
    expectValid('responses', 'repos/get-content', link)
    expect(link).toMatchObject({ type: 'symlink', target: '../../outside.md', path: 'specs/up.md' })
  })

  it('should describe a submodule', async () => {
    const body = await json<any>(await call(`${repoPath}/contents/vendor/lib?ref=${HEAD}`))
    expectValid('responses', 'repos/get-content', body)
    expect(body).toMatchObject({ type: 'submodule', submodule_git_url: 'https://github.com/octo-org/lib.git', sha: SUBMODULE_COMMIT, download_url: null })
  })

  it('should list a directory, a submodule showing as "file" as GitHub does', async () => {
    const root = await json<any[]>(await call(`${repoPath}/contents?ref=${HEAD}`))
    expectValid('responses', 'repos/get-content', root)
    expect(root.map((entry) => [entry.name, entry.type])).toEqual([
      ['README.md', 'file'],
      ['docs', 'dir'],
      ['image.png', 'file'],
      ['link-to-plan.md', 'symlink'],
      ['specs', 'dir'],
      ['swap.md', 'symlink'],
      ['vendor', 'dir']
    ])
    const vendor = await json<any[]>(await call(`${repoPath}/contents/vendor/?ref=${HEAD}`))
    expect(vendor.map((entry) => [entry.name, entry.type])).toEqual([['lib', 'file']])
  })

  it('should answer GitHub\'s 404 for a missing path', async () => {
    const response = await call(`${repoPath}/contents/nope.md?ref=${HEAD}`)
    expect(response.status).toBe(404)
    const body = await json(response)
    expect(body).toEqual({ message: 'Not Found', documentation_url: expect.stringContaining('docs.github.com'), status: '404' })
    expectValid('errors', 'basic-error', body)
  })

  it('should send the raw bytes for the raw media type', async () => {
    const response = await call(`${repoPath}/contents/specs/001/plan.md?ref=${HEAD}`, { headers: { accept: 'application/vnd.github.raw' } })
    expect(response.headers.get('content-type')).toBe('application/vnd.github.raw')
    expect(await response.text()).toBe(PLAN)
  })
})

describe('GET git/trees/{sha}', () => {
  it('should list the whole tree with recursive=1, with git\'s modes and types', async () => {
    const body = await json<any>(await call(`${repoPath}/git/trees/${HEAD}?recursive=1`))
    expectValid('responses', 'git/get-tree', body)
    expect(body.truncated).toBe(false)
    const rows = body.tree.map((entry: any) => [entry.path, entry.mode, entry.type])
    expect(rows).toEqual([
      ['README.md', '100644', 'blob'],
      ['docs', '040000', 'tree'],
      ['docs/renamed.md', '100644', 'blob'],
      ['image.png', '100644', 'blob'],
      ['link-to-plan.md', '120000', 'blob'],
      ['specs', '040000', 'tree'],
      ['specs/001', '040000', 'tree'],
      ['specs/001/plan.md', '100644', 'blob'],
      ['specs/002', '040000', 'tree'],
      ['specs/002/plan with space é.md', '100644', 'blob'],
      ['specs/up.md', '120000', 'blob'],
      ['swap.md', '120000', 'blob'],
      ['vendor', '040000', 'tree'],
      ['vendor/lib', '160000', 'commit']
    ])
    expect(body.tree.find((entry: any) => entry.path === 'vendor/lib')).toEqual({ path: 'vendor/lib', mode: '160000', type: 'commit', sha: SUBMODULE_COMMIT })
    expect(body.tree.find((entry: any) => entry.path === 'README.md')).toMatchObject({ size: 8, sha: gitBlobSha('# Plans\n') })
  })

  it('should list one level without recursive, and serve a subtree by its sha', async () => {
    const top = await json<any>(await call(`${repoPath}/git/trees/${HEAD}`))
    expect(top.tree.map((entry: any) => entry.path)).toEqual(['README.md', 'docs', 'image.png', 'link-to-plan.md', 'specs', 'swap.md', 'vendor'])
    const specs = top.tree.find((entry: any) => entry.path === 'specs')
    const sub = await json<any>(await call(`${repoPath}/git/trees/${specs.sha}`))
    expect(sub.tree.map((entry: any) => entry.path)).toEqual(['001', '002', 'up.md'])
  })

  it('should compute the sha git computes for the same files', async () => {
    // `git ls-tree` of a repository with exactly these files (git 2.x): see git.ts for the object format.
    const files: RepoFile[] = [
      { path: 'a.txt', content: 'hello\n' },
      { path: 'docs/sub/b.md', content: 'x\ny\n' },
      { path: 'docs/empty', content: '' },
      { path: 'docs/link', type: 'symlink', target: '../a.txt' },
      { path: 'docs/a b é.md', content: 'z' }
    ]
    const gitRepo = await startEmulator({ owner: OWNER, repo: REPO, commits: { [BASE]: files }, pulls: [] })
    try {
      const body = await json<any>(await fetch(`${gitRepo.url}${repoPath}/git/trees/${BASE}`, { headers: auth }))
      expect(body.sha).toBe('72fbd2c3e7186c513bb5adc649f194eb7ca4730b')
      expect(body.tree.find((entry: any) => entry.path === 'docs').sha).toBe('15383e44b83818f3a80af5ad06a681c9a2bd504c')
    } finally {
      await gitRepo.close()
    }
  })

  it('should answer 404 for an unknown sha', async () => {
    expect((await call(`${repoPath}/git/trees/${sha('nope')}`)).status).toBe(404)
  })
})

const annotation = (i: number): Record<string, unknown> => ({ path: 'specs/001/plan.md', start_line: i + 1, end_line: i + 1, annotation_level: 'warning', message: `finding ${i}` })
const output = (annotations: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> => ({ title: 'Constitution gate', summary: 'Summary', annotations, ...extra })

describe('check runs', () => {
  it('should create a run with 50 annotations and answer a GitHub-shaped check run', async () => {
    const response = await call(`${repoPath}/check-runs`, { method: 'POST', body: { name: 'gate', head_sha: HEAD, status: 'in_progress', output: output(Array.from({ length: 50 }, (_, i) => annotation(i))) } })
    expect(response.status).toBe(201)
    const body = await json<any>(response)
    expectValid('responses', 'checks/create', body)
    expect(body).toMatchObject({ name: 'gate', head_sha: HEAD, status: 'in_progress', conclusion: null, output: { title: 'Constitution gate', annotations_count: 50 } })
    expect(body.id).toBeGreaterThan(2 ** 32)
    expect(emulator.checkRuns.find((run) => run.id === body.id)?.output.annotations).toHaveLength(50)
  })

  it('should refuse 51 annotations with GitHub\'s 422', async () => {
    const response = await call(`${repoPath}/check-runs`, { method: 'POST', body: { name: 'gate', head_sha: HEAD, output: output(Array.from({ length: 51 }, (_, i) => annotation(i))) } })
    expect(response.status).toBe(422)
    const body = await json<any>(response)
    expect(body.message).toBe('Invalid request.\n\nNo more than 50 items are allowed; 51 were supplied.')
    expectValid('errors', 'validation-error', body)
    expect(emulator.requests.at(-1)?.status).toBe(422)
  })

  it('should refuse a conclusion the schema does not know', async () => {
    const response = await call(`${repoPath}/check-runs`, { method: 'POST', body: { name: 'gate', head_sha: HEAD, conclusion: 'passed' } })
    expect(response.status).toBe(422)
    expect((await json<any>(response)).message).toMatch(/^Invalid request\.\n\n"passed" is not a member of/u)
  })

  it('should refuse a summary of 65,536 characters', async () => {
    const response = await call(`${repoPath}/check-runs`, { method: 'POST', body: { name: 'gate', head_sha: HEAD, output: output([], { summary: 's'.repeat(65_536) }) } })
    expect(response.status).toBe(422)
    expect((await json<any>(response)).message).toBe('Invalid request.\n\nOnly 65535 characters are allowed; 65536 were supplied.')
  })

  it.each([
    ['completed without a conclusion', { status: 'completed' }, '"conclusion" wasn\'t supplied.'],
    ['annotations without output.title', { output: { summary: 's', annotations: [annotation(0)] } }, '"title" wasn\'t supplied.'],
    ['an annotation title over 255 characters', { output: output([{ ...annotation(0), title: 't'.repeat(256) }]) }, 'title is longer than 255 characters'],
    ['an annotation message over 64 KB', { output: output([{ ...annotation(0), message: 'm'.repeat(65_537) }]) }, 'message is larger than 64 KB'],
    ['columns on a multi-line annotation', { output: output([{ ...annotation(0), end_line: 3, start_column: 1, end_column: 2 }]) }, 'start_column and end_column'],
    ['an unknown head_sha', { head_sha: sha('nope') }, `No commit found for SHA: ${sha('nope')}`]
  ])('should refuse %s', async (_, change, reason) => {
    const response = await call(`${repoPath}/check-runs`, { method: 'POST', body: { name: 'gate', head_sha: HEAD, ...change } })
    expect(response.status).toBe(422)
    expect(JSON.stringify(await json(response))).toContain(JSON.stringify(reason).slice(1, -1))
  })

  it('should accept a title exactly 255 characters long and a message of exactly 64 KB', async () => {
    const limits = { ...annotation(0), title: 't'.repeat(255), message: 'm'.repeat(65_536) }
    expect((await call(`${repoPath}/check-runs`, { method: 'POST', body: { name: 'gate', head_sha: HEAD, output: output([limits], { summary: 's'.repeat(65_535) }) } })).status).toBe(201)
  })

  it('should accumulate annotations over create and updates, and complete the run', async () => {
    const created = await json<any>(await call(`${repoPath}/check-runs`, { method: 'POST', body: { name: 'accumulate', head_sha: HEAD, output: output(Array.from({ length: 50 }, (_, i) => annotation(i))) } }))
    const path = `${repoPath}/check-runs/${created.id}`
    const second = await call(path, { method: 'PATCH', body: { output: output(Array.from({ length: 50 }, (_, i) => annotation(50 + i))) } })
    expect(second.status).toBe(200)
    expectValid('responses', 'checks/update', await json(second))
    const last = await json<any>(await call(path, { method: 'PATCH', body: { conclusion: 'failure', output: output([annotation(100)], { summary: 'Done' }) } }))
    expect(last).toMatchObject({ status: 'completed', conclusion: 'failure', output: { summary: 'Done', annotations_count: 101 } })
    expect(last.completed_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/u)

    const stored = emulator.checkRuns.find((run) => run.id === created.id)
    expect(stored).toMatchObject({ name: 'accumulate', status: 'completed', conclusion: 'failure', requests: 3 })
    expect(stored?.output.annotations.map((a: any) => a.message)).toEqual(Array.from({ length: 101 }, (_, i) => `finding ${i}`))

    const fetched = await json<any>(await call(path))
    expectValid('responses', 'checks/get', fetched)
    expect(fetched.output.annotations_count).toBe(101)
    const page = await call(`${path}/annotations?per_page=100&page=2`)
    const annotations = await json<any[]>(page)
    expectValid('responses', 'checks/list-annotations', annotations)
    expect(annotations).toEqual([expect.objectContaining({ message: 'finding 100', start_line: 101, blob_href: `https://github.com/${OWNER}/${REPO}/blob/${HEAD}/specs/001/plan.md` })])
  })

  it('should refuse an update whose conclusion the schema does not know, and 404 an unknown run', async () => {
    const created = await json<any>(await call(`${repoPath}/check-runs`, { method: 'POST', body: { name: 'gate', head_sha: HEAD } }))
    expect((await call(`${repoPath}/check-runs/${created.id}`, { method: 'PATCH', body: { status: 'completed' } })).status).toBe(422)
    expect((await call(`${repoPath}/check-runs/${created.id}`, { method: 'PATCH', body: { conclusion: 'passed' } })).status).toBe(422)
    expect((await call(`${repoPath}/check-runs/1`, { method: 'PATCH', body: { conclusion: 'success' } })).status).toBe(404)
    expect((await call(`${repoPath}/check-runs/1`)).status).toBe(404)
  })

  it('should accept anything with validate: false', async () => {
    const lax = await startEmulator(state(), { validate: false })
    try {
      const response = await fetch(`${lax.url}${repoPath}/check-runs`, { method: 'POST', headers: auth, body: JSON.stringify({ name: 'gate', head_sha: 'x', conclusion: 'passed' }) })
      expect(response.status).toBe(201)
    } finally {
      await lax.close()
    }
  })
})

describe('faults', () => {
  let faulty: Emulator
  const url = (path: string): string => `${faulty.url}${repoPath}${path}`
  beforeAll(async () => {
    faulty = await startEmulator(state())
  })
  afterAll(async () => {
    await faulty.close()
  })
  afterEach(() => {
    faulty.requests.length = 0
  })

  it('should answer an injected 429, then succeed', async () => {
    faulty.inject('GET', /\/contents\//u, [
      { status: 429, headers: { 'Retry-After': '1', 'x-ratelimit-remaining': '0' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } }
    ])
    const limited = await fetch(url(`/contents/README.md?ref=${BASE}`), { headers: auth })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('1')
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0')
    expect((await json<any>(limited)).message).toMatch(/secondary rate limit/u)
    expect((await fetch(url(`/contents/README.md?ref=${BASE}`), { headers: auth })).status).toBe(200)
    expect(faulty.requests.map((request) => request.status)).toEqual([429, 200])
  })

  it('should consume injected faults in order, with GitHub\'s default bodies', async () => {
    faulty.inject('post', /check-runs$/u, [{ status: 403 }, { status: 502 }])
    const post = (): Promise<Response> => fetch(url('/check-runs'), { method: 'POST', headers: auth, body: JSON.stringify({ name: 'gate', head_sha: HEAD }) })
    const forbidden = await post()
    expect(forbidden.status).toBe(403)
    expect(await json(forbidden)).toEqual({ message: 'Resource not accessible by integration', documentation_url: expect.any(String), status: '403' })
    expect((await post()).status).toBe(502)
    expect((await post()).status).toBe(201)
  })

  it('should break a route for good, leaving the others working', async () => {
    const run = await json<any>(await fetch(url('/check-runs'), { method: 'POST', headers: auth, body: JSON.stringify({ name: 'gate', head_sha: HEAD }) }))
    faulty.breakRoute('PATCH', /\/check-runs\/\d+$/u, { status: 500 })
    for (let i = 0; i < 3; i++) expect((await fetch(url(`/check-runs/${run.id}`), { method: 'PATCH', headers: auth, body: '{}' })).status).toBe(500)
    expect((await fetch(url(`/check-runs/${run.id}`), { headers: auth })).status).toBe(200)
  })

  it('should hang up without answering, and record it with status 0', async () => {
    faulty.inject('GET', /\/git\/trees\//u, [{ status: 200, hangUp: true }])
    await expect(fetch(url(`/git/trees/${HEAD}`), { headers: auth })).rejects.toThrow()
    expect(faulty.requests.at(-1)?.status).toBe(0)
  })

  it('should delay an answer, faulted or normal', async () => {
    faulty.inject('GET', /\/git\/trees\//u, [{ status: 200, delayMs: 120 }])
    const started = Date.now()
    const response = await fetch(url(`/git/trees/${HEAD}`), { headers: auth })
    expect(Date.now() - started).toBeGreaterThanOrEqual(100)
    expect(response.status).toBe(200)
    expect((await json<any>(response)).tree.length).toBeGreaterThan(0)
  })
})

describe('the HTTP surface', () => {
  it('should require an Authorization header', async () => {
    const missing = await fetch(`${emulator.url}${repoPath}/contents/README.md?ref=${BASE}`)
    expect(missing.status).toBe(401)
    expect(await json(missing)).toMatchObject({ message: 'Requires authentication' })
    const basic = await call(`${repoPath}/contents/README.md?ref=${BASE}`, { headers: { authorization: 'Basic abc' } })
    expect(basic.status).toBe(401)
    expect((await call(`${repoPath}/contents/README.md?ref=${BASE}`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200)
  })

  it('should send GitHub\'s headers', async () => {
    const response = await call(`${repoPath}/contents/README.md?ref=${BASE}`)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(response.headers.get('x-github-request-id')).toMatch(/^[0-9A-F]{4}(?::[0-9A-F]{6}){3}:[0-9A-F]{6}$/u)
    expect(response.headers.get('x-ratelimit-limit')).toBe('5000')
    expect(Number(response.headers.get('x-ratelimit-remaining'))).toBeLessThan(5000)
    expect(Number(response.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000)
    expect(response.headers.get('x-ratelimit-resource')).toBe('core')
  })

  it('should 404 unknown routes and other repositories, and accept the /repositories/{id} form', async () => {
    expect((await call(`${repoPath}/issues`)).status).toBe(404)
    expect((await call('/user')).status).toBe(404)
    expect((await call(`/repos/${OWNER}/other/contents/README.md?ref=${BASE}`)).status).toBe(404)
    expect((await call(`/repositories/${REPOSITORY_ID}/contents/README.md?ref=${BASE}`)).status).toBe(200)
    expect((await call(`/repos/${OWNER.toUpperCase()}/${REPO}/contents/README.md?ref=${BASE}`)).status).toBe(200)
  })

  it('should answer 400 to a body that is not JSON', async () => {
    const response = await call(`${repoPath}/check-runs`, { method: 'POST', body: '{not json' })
    expect(response.status).toBe(400)
    expect((await json<any>(response)).message).toBe('Problems parsing JSON')
  })

  it('should record every request, the token only in its Authorization header', async () => {
    await call(`${repoPath}/check-runs`, { method: 'POST', body: { name: 'recorded', head_sha: HEAD, output: output([]) } })
    const recorded = emulator.requests.at(-1)
    expect(recorded).toMatchObject({ method: 'POST', path: `${repoPath}/check-runs`, status: 201, body: { name: 'recorded' } })
    const withoutAuth = emulator.requests.map(({ headers: { authorization: _, ...headers }, ...rest }) => ({ ...rest, headers }))
    expect(JSON.stringify(withoutAuth)).not.toContain(TOKEN)
  })
})

describe('webhook payloads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-events-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('should retarget a real pull_request payload and be read by @actions/github', async () => {
    const payload = pullRequestEvent({ owner: OWNER, repo: REPO, number: 7, baseSha: BASE, headSha: HEAD })
    const path = writeEvent(dir, payload)
    const previous = { ...process.env }
    Object.assign(process.env, { GITHUB_EVENT_PATH: path, GITHUB_EVENT_NAME: 'pull_request' })
    delete process.env['GITHUB_REPOSITORY']
    try {
      const { context } = await import('@actions/github')
      const fresh = new (context.constructor as new () => typeof context)()
      expect(fresh.repo).toEqual({ owner: OWNER, repo: REPO })
      expect(fresh.issue.number).toBe(7)
      expect(fresh.payload.pull_request?.['head'].sha).toBe(HEAD)
    } finally {
      process.env = previous
    }
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(payload)
    expect(payload.pull_request.base).toMatchObject({ sha: BASE, ref: 'main', repo: { full_name: `${OWNER}/${REPO}`, id: REPOSITORY_ID } })
    expect(payload.pull_request.url).toBe(`https://api.github.com/repos/${OWNER}/${REPO}/pulls/7`)
    expect(JSON.stringify(payload)).not.toContain('Hello-World')
  })

  it('should make a fork\'s pull request and a synchronize', () => {
    const fork = pullRequestEvent({ owner: OWNER, repo: REPO, number: 8, baseSha: BASE, headSha: HEAD, headRepoFullName: 'someone/plans', action: 'synchronize' })
    expect(fork).toMatchObject({ action: 'synchronize', before: BASE, after: HEAD })
    expect(fork.pull_request.head.repo).toMatchObject({ full_name: 'someone/plans', fork: true, owner: { login: 'someone' } })
    expect(fork.pull_request.base.repo?.fork).toBe(false)
  })

  it('should make merge_group, push, workflow_dispatch and schedule payloads', () => {
    const group = mergeGroupEvent({ owner: OWNER, repo: REPO, baseSha: BASE, headSha: HEAD })
    expect(group).toMatchObject({ action: 'checks_requested', merge_group: { base_sha: BASE, head_sha: HEAD, base_ref: 'refs/heads/main' }, repository: { full_name: `${OWNER}/${REPO}` } })
    const push = pushEvent({ owner: OWNER, repo: REPO, before: BASE, after: HEAD })
    expect(push).toMatchObject({ ref: 'refs/heads/main', before: BASE, after: HEAD, created: false, head_commit: { id: HEAD } })
    expect(JSON.stringify(push)).not.toContain('Hello-World')
    expect(workflowDispatchEvent({ owner: OWNER, repo: REPO, inputs: { path: 'specs' } })).toMatchObject({ inputs: { path: 'specs' }, repository: { name: REPO } })
    expect(scheduleEvent({ cron: '0 3 * * 1' })).toEqual({ schedule: '0 3 * * 1', workflow: '.github/workflows/constitution-gate.yml' })
  })
})
