import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, posix } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Nodes } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTable } from 'micromark-extension-gfm-table'
import manifest from '../../package.json' with { type: 'json' }
import { type Io, main } from '../../src/cli.js'
import { configFileLayer } from '../../src/config/file.js'
import { resolveConfig } from '../../src/config/resolve.js'
import { REPOSITORY_URL } from '../../src/meta.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
/** `owner/name`, from package.json's repository as src/meta.ts reads it. */
const REPOSITORY = REPOSITORY_URL.replace(/^https:\/\/github\.com\//u, '')
const MAJOR = manifest.version.split('.')[0]

/** The markdown files whose links must resolve: the README, docs/ and the rule pages. */
const PAGES = [
  'README.md',
  ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`),
  ...readdirSync(join(root, 'docs/rules')).filter((name) => name.endsWith('.md')).map((name) => `docs/rules/${name}`)
]

function parse(text: string) {
  return fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] })
}

/** A node's text as GitHub shows it: inline code keeps its content, link targets are dropped. */
function plainText(node: Nodes): string {
  if ('value' in node && node.type !== 'html') return node.value
  return 'children' in node ? node.children.map((child) => plainText(child as Nodes)).join('') : ''
}

/**
 * GitHub's anchor for a heading: lowercase, every character that is not a
 * letter, digit, '-', '_' or space dropped, each space a '-'.
 */
export function slug(heading: string): string {
  return heading.toLowerCase().replace(/[^\p{L}\p{M}\p{N}_\- ]/gu, '').replace(/ /gu, '-')
}

/** Every anchor a page's headings make; a repeated heading gets -1, -2… as on GitHub. */
export function anchors(text: string): Set<string> {
  const seen = new Map<string, number>()
  const found = new Set<string>()
  const visit = (node: Nodes): void => {
    if (node.type === 'heading') {
      const base = slug(plainText(node))
      const count = seen.get(base) ?? 0
      seen.set(base, count + 1)
      found.add(count === 0 ? base : `${base}-${count}`)
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(parse(text))
  return found
}

/** The targets of a page's links, images and link definitions, with their lines. */
function links(text: string): Array<{ url: string; line: number }> {
  const found: Array<{ url: string; line: number }> = []
  const visit = (node: Nodes): void => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') found.push({ url: node.url, line: node.position?.start.line ?? 0 })
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(parse(text))
  return found
}

/** How the link checker sees the repository. */
interface Repository {
  /** Whether a path (relative to the root) is a file or folder of the repository. */
  exists(path: string): boolean
  /** The text of a file (relative to the root), or null when it is no file. */
  read(path: string): string | null
}

/**
 * What is wrong with the relative links of one page: a target that is not a
 * file or folder of the repository, or an anchor that is no heading of the
 * page it points into.
 *
 * @param page
 *   The page's path, relative to the repository root.
 */
export function brokenLinks(page: string, text: string, repository: Repository): string[] {
  const problems: string[] = []
  for (const { url, line } of links(text)) {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//iu.test(url)) continue // absolute: another site's business
    const [path = '', anchor] = url.split('#')
    const target = path === '' ? page : posix.normalize(posix.join(posix.dirname(page), decodeURIComponent(path.split('?')[0] ?? ''))).replace(/\/$/u, '')
    const where = `${page}:${line}: ${url}`
    if (target.startsWith('../') || target.startsWith('/') || (path !== '' && !repository.exists(target))) {
      problems.push(`${where}: no such file in the repository`)
      continue
    }
    if (anchor === undefined || anchor === '') continue
    const content = target === page ? text : repository.read(target)
    if (content === null || !target.endsWith('.md')) problems.push(`${where}: #${anchor} points into a file that has no headings`)
    else if (!anchors(content).has(anchor)) problems.push(`${where}: no heading of ${target} makes #${anchor}`)
  }
  return problems
}

/** This working tree. */
const here: Repository = {
  exists: (path) => existsSync(join(root, path)),
  read: (path) => {
    const full = join(root, path)
    return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : null
  }
}

describe('the link checker', () => {
  it("should make GitHub's anchors: lowercase, punctuation dropped except - and _, spaces to -, repeats numbered", () => {
    expect(slug('Pull requests from forks')).toBe('pull-requests-from-forks')
    expect(slug('pre-commit, GitLab and spec-kit')).toBe('pre-commit-gitlab-and-spec-kit')
    expect(slug('What is this?')).toBe('what-is-this')
    expect(slug('`npm run docs` and only_new')).toBe('npm-run-docs-and-only_new')
    expect(slug('❌ Events → check runs')).toBe('-events--check-runs')
    expect([...anchors('# A `b`\n\n## Use\n\n### Use\n\n| x |\n|---|\n| y |\n')]).toEqual(['a-b', 'use', 'use-1'])
  })

  it('should name a missing file, a missing heading, a link out of the repository, and pass the rest', () => {
    const pages: Record<string, string> = { 'docs/a.md': '# Alpha\n\n## Two words\n' }
    const text = [
      '# Page',
      '[ok](docs/a.md#two-words) [self](#page) [dir](docs) [web](https://example.com/x.md#nope) [mail](mailto:a@b.c)',
      '[gone](docs/missing.md) [bad anchor](docs/a.md#three-words) [up](../outside.md) [self bad](#nowhere)',
      '`[in code](nowhere.md)`',
      '',
      '[ref]: docs/also-missing.md'
    ].join('\n')
    const repository: Repository = { exists: (path) => path === 'docs' || path in pages, read: (path) => pages[path] ?? null }
    const problems = brokenLinks('README.md', text, repository)
    expect(problems).toEqual([
      'README.md:3: docs/missing.md: no such file in the repository',
      'README.md:3: docs/a.md#three-words: no heading of docs/a.md makes #three-words',
      'README.md:3: ../outside.md: no such file in the repository',
      'README.md:3: #nowhere: no heading of README.md makes #nowhere',
      'README.md:6: docs/also-missing.md: no such file in the repository'
    ])
  })
})

describe('README.md', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const lines = readme.split('\n')

  it('should be under 250 lines: a front door, with the depth in docs/', () => {
    expect(lines.length).toBeLessThan(250)
  })

  it('should show, in its first 60 lines, a workflow step using the Action at a major tag and a constitution-gate check command', () => {
    const first = lines.slice(0, 60)
    const uses = new RegExp(`^\\s*(?:- )?uses: ${REPOSITORY.replace(/[.]/gu, '\\.')}@v\\d+\\s*(?:#.*)?$`, 'u')
    expect(first.filter((line) => uses.test(line))).toHaveLength(1)
    expect(first.some((line) => /^(?:\$ )?(?:npx (?:--yes )?)?constitution-gate(?:@\S+)? check\b/u.test(line))).toBe(true)
  })

  it('should link the playground on its first screen', () => {
    const playground = `https://${REPOSITORY.split('/')[0]}.github.io/${REPOSITORY.split('/')[1]}/`
    expect(lines.slice(0, 12).join('\n')).toContain(`(${playground})`)
  })

  it("should show the failing check run's real findings: each sample line is what the CLI reports for examples/failing-plan.md", async () => {
    let stdout = ''
    const io: Io = { cwd: root, stdout: (text) => (stdout += text), stderr: () => undefined, interactive: false }
    expect(await main(['check', 'examples/failing-plan.md', '--format', 'json'], io)).toBe(1)
    const findings = (JSON.parse(stdout) as { plans: Array<{ findings: Array<{ ruleId: string; slug: string; line: number; message: string }> }> }).plans[0]?.findings ?? []
    const sample = lines.flatMap((line) => {
      const match = /^> - (?:❌|⚠️) L(\d+) \*\*(CG\d{3})\*\* \[([a-z-]+)\]\(docs\/rules\/(cg\d{3})\.md\): (.+)$/u.exec(line)
      return match ? [{ line: Number(match[1]), ruleId: match[2], slug: match[3], page: match[4], message: match[5] }] : []
    })
    expect(sample.length).toBeGreaterThanOrEqual(3)
    for (const shown of sample) {
      expect(shown.page).toBe(shown.ruleId?.toLowerCase())
      expect(findings).toContainEqual(expect.objectContaining({ line: shown.line, ruleId: shown.ruleId, slug: shown.slug, message: shown.message }))
    }
  })
})

describe('the links of README.md and docs/', () => {
  for (const page of PAGES) {
    it(`should resolve every relative link and #anchor in ${page}`, () => {
      expect(brokenLinks(page, readFileSync(join(root, page), 'utf8'), here)).toEqual([])
    })
  }
})

describe('the configuration example', () => {
  it(`should point $schema at a raw URL of this repository that serves the JSON schema, at the major tag`, () => {
    const pages = ['README.md', ...PAGES.filter((page) => page.startsWith('docs/'))].map((page) => readFileSync(join(root, page), 'utf8'))
    const urls = pages.flatMap((text) => [...text.matchAll(/\$schema=(\S+)/gu)].map((match) => match[1]))
    expect(urls.length).toBeGreaterThan(0)
    for (const url of urls) {
      expect(url).toBe(`https://raw.githubusercontent.com/${REPOSITORY}/v${MAJOR}/schema/constitution-gate.schema.json`)
    }
    expect(existsSync(join(root, 'schema/constitution-gate.schema.json'))).toBe(true)
  })

  it('should hold only configuration files that the CLI accepts, in the README and docs/', async () => {
    const examples = ['README.md', ...PAGES.filter((page) => page.startsWith('docs/'))].flatMap((page) =>
      [...readFileSync(join(root, page), 'utf8').matchAll(/^```yaml\n(# \.github\/constitution-gate\.yml\n[\s\S]*?)^```$/gmu)].map((match) => ({ page, text: match[1] ?? '' }))
    )
    expect(examples.map((example) => example.page)).toEqual(expect.arrayContaining(['README.md', 'docs/configuration.md']))
    for (const { page, text } of examples) {
      await expect(configFileLayer(page, text).then((layer) => resolveConfig([layer]))).resolves.toBeDefined()
    }
  })
})
