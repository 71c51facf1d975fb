import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { buildSite, type Site } from '../../scripts/site.js'
import { REPOSITORY_URL } from '../../src/meta.js'

const dirs: string[] = []
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

async function built(): Promise<Site & { dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cg-site-build-'))
  dirs.push(dir)
  return { dir, ...(await buildSite(dir)) }
}

describe('npm run site', () => {
  it('should write the page, its stylesheet and one script, the same bytes every time', async () => {
    const [a, b] = [await built(), await built()]
    expect(readdirSync(a.dir).sort()).toEqual(['app.js', 'index.html', 'style.css'])
    for (const file of readdirSync(a.dir)) expect(readFileSync(join(a.dir, file)).equals(readFileSync(join(b.dir, file)))).toBe(true)
    expect(a.files).toEqual(b.files)
  })

  it('should bundle the scorer and its libraries, but no Node.js module and no layer that reads files or calls GitHub', async () => {
    const { modules, files } = await built()
    expect(modules).toEqual(expect.arrayContaining(['src/site/main.ts', 'src/score/scoring.ts', 'src/config/validate.ts', 'schema/constitution-gate.schema.json']))
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))
    expect(modules.filter((path) => builtins.has(path) || path.startsWith('node:'))).toEqual([])
    expect(modules.filter((path) => /^src\/(?:read|publish)\/(?!outcome\.ts$)|^node_modules\/(?:@actions|@octokit|undici)\//u.test(path))).toEqual([])
    expect(files['app.js']?.gzip).toBeLessThan(200 * 1024)
  })

  it("should link the page to the repository package.json names", async () => {
    const { dir } = await built()
    const page = readFileSync(join(dir, 'index.html'), 'utf8')
    const links = [...page.matchAll(/href="(https:[^"]+)"/gu)].map(([, url]) => url ?? '')
    expect(links.length).toBeGreaterThanOrEqual(3)
    for (const url of links) expect(url.startsWith(`${REPOSITORY_URL}/`) || url === REPOSITORY_URL).toBe(true)
    expect(page).not.toMatch(/%[A-Z_]+%/u)
  })

  it('should name no address but its links and schema ids, which it never loads', async () => {
    const { dir } = await built()
    const script = readFileSync(join(dir, 'app.js'), 'utf8')
    const hosts = new Set([...script.matchAll(/https?:\/\/[^\s"'`)]+/gu)].map(([url]) => new URL(url).host))
    // github.com: rule pages (links); json-schema.org and raw.githubusercontent.com: ajv's and the schema's $id values.
    expect([...hosts].filter((host) => !['github.com', 'json-schema.org', 'raw.githubusercontent.com'].includes(host))).toEqual([])
  })
})
