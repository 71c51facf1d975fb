import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { changelogEntry, latestVersionTag } from '../../scripts/release-notes.js'

/**
 * `npm run release` in temporary git repositories: one whose release is in
 * order, and one for each reason to refuse. Each has a tiny `build` script
 * (src/message.txt → dist/index.js) standing in for ncc.
 */
const root = fileURLToPath(new URL('../..', import.meta.url))
const env = { ...process.env, NODE_OPTIONS: '', GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' }

const BUILD = `import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
rmSync('dist', { recursive: true, force: true })
mkdirSync('dist/cli', { recursive: true })
const message = readFileSync('src/message.txt', 'utf8')
writeFileSync('dist/index.js', 'export default ' + JSON.stringify(message) + '\\n')
writeFileSync('dist/cli/index.js', 'console.log(' + JSON.stringify(message) + ')\\n')
`

function sh(cwd: string, command: string, ...args: string[]) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() }
}

function write(dir: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
}

function changelog(...versions: string[]) {
  return `# Changelog\n\n## [Unreleased]\n\n${versions.map((v) => `## [${v}] - 2026-12-0${versions.indexOf(v) + 1}\n\n### Added\n\n- Things in ${v}.\n`).join('\n')}`
}

function project(version: string, message: string) {
  return {
    'package.json': JSON.stringify({ name: 'fixture', version, private: true, type: 'module', scripts: { build: 'node build.mjs' } }),
    // No dependencies: the clean clone's `npm ci` installs nothing and needs no registry.
    'package-lock.json': JSON.stringify({ name: 'fixture', version, lockfileVersion: 3, requires: true, packages: { '': { name: 'fixture', version } } }),
    'build.mjs': BUILD,
    'src/message.txt': message,
    'dist/index.js': `export default ${JSON.stringify(message)}\n`,
    'dist/cli/index.js': `console.log(${JSON.stringify(message)})\n`,
    'spec-kit/extension.yml': `schema_version: "1.0"\nextension:\n  id: fixture\n  version: "${version}"\n`
  }
}

/** A repository released at 1.0.0 (tags v1.0.0 and v1), with a second commit for `version`. */
function repository(version: string, changes: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cg-release-test-'))
  sh(dir, 'git', 'init', '--quiet', '--initial-branch=main')
  write(dir, { ...project('1.0.0', 'one'), 'CHANGELOG.md': changelog('1.0.0') })
  sh(dir, 'git', 'add', '.')
  sh(dir, 'git', 'commit', '--quiet', '-m', 'v1.0.0')
  sh(dir, 'git', 'tag', '-a', 'v1.0.0', '-m', 'v1.0.0')
  sh(dir, 'git', 'tag', '-a', 'v1', '-m', 'v1')
  write(dir, { ...project(version, 'two'), 'CHANGELOG.md': changelog(version, '1.0.0'), ...changes })
  sh(dir, 'git', 'add', '.')
  sh(dir, 'git', 'commit', '--quiet', '-m', `v${version}`)
  return dir
}

function release(dir: string, ...args: string[]) {
  return sh(dir, process.execPath, join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/release.ts'), ...args)
}

const tags = (dir: string) => sh(dir, 'git', 'tag', '--list').stdout.split('\n').sort()
const commitOf = (dir: string, ref: string) => sh(dir, 'git', 'rev-parse', `${ref}^{commit}`).stdout

describe('npm run release', () => {
  it('should tag vX.Y.Z and move vX to it when everything is in order', () => {
    const dir = repository('1.1.0')
    const result = release(dir)
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toContain('tagged v1.1.0 and moved v1')
    expect(tags(dir)).toEqual(['v1', 'v1.0.0', 'v1.1.0'])
    expect(commitOf(dir, 'v1.1.0')).toBe(commitOf(dir, 'HEAD'))
    expect(commitOf(dir, 'v1')).toBe(commitOf(dir, 'HEAD'))
    expect(commitOf(dir, 'v1.0.0')).toBe(commitOf(dir, 'HEAD~1'))
  }, 60_000)

  it.each([
    ['the same version', '1.0.0', 'v1.0.0 is already tagged'],
    ['an older version', '0.9.0', 'version 0.9.0 is not newer than the latest release, v1.0.0'],
    ['a version that is not X.Y.Z', '1.1', "package.json's version '1.1' is not X.Y.Z"]
  ])('should refuse %s', (_, version, message) => {
    const dir = repository(version)
    expect(release(dir)).toMatchObject({ code: 1, stdout: '', stderr: `release: ${message}${message.endsWith('X.Y.Z') ? '.' : ': raise the version in package.json.'}` })
    expect(tags(dir)).toEqual(['v1', 'v1.0.0'])
  }, 60_000)

  it('should compare versions as numbers, not as text', () => {
    const dir = repository('1.9.0')
    sh(dir, 'git', 'tag', 'v1.10.0', 'HEAD~1')
    expect(release(dir)).toMatchObject({ code: 1, stderr: 'release: version 1.9.0 is not newer than the latest release, v1.10.0: raise the version in package.json.' })
  }, 60_000)

  it('should refuse a CHANGELOG without an entry for the version', () => {
    const dir = repository('1.1.0', { 'CHANGELOG.md': changelog('1.0.0').replace('## [Unreleased]', '## [Unreleased]\n\n- Things in 1.1.0.') })
    expect(release(dir)).toMatchObject({ code: 1, stderr: "release: CHANGELOG.md has no entry for 1.1.0: add '## [1.1.0] - YYYY-MM-DD' with what changed." })
    expect(tags(dir)).toEqual(['v1', 'v1.0.0'])
  }, 60_000)

  it('should refuse a dist/ that differs from a fresh build', () => {
    const dir = repository('1.1.0', { 'src/message.txt': 'changed after the build' })
    expect(release(dir)).toMatchObject({ code: 1, stderr: "release: dist/ differs from a fresh build (dist/cli/index.js, dist/index.js): run 'npm run build' and commit dist/." })
    expect(tags(dir)).toEqual(['v1', 'v1.0.0'])
  }, 60_000)

  it('should refuse a dist/ holding a file the build does not make', () => {
    const dir = repository('1.1.0', { 'dist/stale-chunk.js': 'old\n' })
    expect(release(dir).stderr).toBe("release: dist/ differs from a fresh build (dist/stale-chunk.js): run 'npm run build' and commit dist/.")
  }, 60_000)

  it('should refuse a spec-kit extension of another version', () => {
    const dir = repository('1.1.0', { 'spec-kit/extension.yml': 'schema_version: "1.0"\nextension:\n  version: "1.0.0"\n' })
    expect(release(dir)).toMatchObject({ code: 1, stderr: 'release: spec-kit/extension.yml says version 1.0.0, package.json 1.1.0: make them equal.' })
  }, 60_000)

  it('should refuse uncommitted changes, which the tag would not hold', () => {
    const dir = repository('1.1.0')
    writeFileSync(join(dir, 'src/message.txt'), 'edited')
    expect(release(dir)).toMatchObject({ code: 1, stderr: 'release: the working tree has uncommitted changes: commit or remove them first.' })
  }, 60_000)

  it('should check without tagging with --check, and print the notes of a version', () => {
    const dir = repository('1.1.0')
    expect(release(dir, '--check')).toMatchObject({ code: 0, stdout: 'release: v1.1.0 is ready to tag.' })
    expect(tags(dir)).toEqual(['v1', 'v1.0.0'])
    expect(release(dir, 'notes', 'v1.1.0')).toMatchObject({ code: 0, stdout: '### Added\n\n- Things in 1.1.0.' })
  }, 60_000)
})

describe('the release notes', () => {
  it('should take the newest vX.Y.Z tag, ignoring moving and other tags', () => {
    expect(latestVersionTag(['v1', 'v1.2.0', 'v1.10.0', 'v1.9.9', 'nightly', 'v2.0.0-rc.1'])).toBe('v1.10.0')
    expect(latestVersionTag(['v1'])).toBeNull()
  })

  it("should read this repository's own entry for its version", () => {
    const read = (path: string) => readFileSync(join(root, path), 'utf8')
    const version = JSON.parse(read('package.json')).version
    expect(changelogEntry(read('CHANGELOG.md'), version)).toContain('\n### Added\n')
    expect(changelogEntry('## [1.0.0] - 2026-12-03\n\n## [0.9.0] - 2026-11-01\n- x\n', '1.0.0')).toBeNull()
    expect(changelogEntry('## [1.0.0]\n- undated\n', '1.0.0')).toBeNull()
  })
})

describe('the release workflow', () => {
  const workflow = parse(readFileSync(join(root, '.github/workflows/release.yml'), 'utf8'))
  const steps = workflow.jobs.release.steps as Array<{ name?: string; run?: string; env?: Record<string, string> }>
  const script = steps.map((step) => step.run ?? '').join('\n')

  it('should run on vX.Y.Z tags only, not on the moving major tag', () => {
    const [pattern] = workflow.on.push.tags as string[]
    // GitHub's filter syntax: [0-9]+ is one or more digits, the dots are literal.
    const glob = new RegExp(`^${pattern!.replace(/\./gu, '\\.')}$`, 'u')
    expect(['v1.0.0', 'v12.3.45'].every((tag) => glob.test(tag))).toBe(true)
    expect(['v1', '1.0.0', 'v1.0'].some((tag) => glob.test(tag))).toBe(false)
  })

  it('should test first, then publish to npm with provenance and attach the spec-kit archive', () => {
    expect(workflow.jobs.release.needs).toBe('test')
    expect(workflow.jobs.test.steps.map((step: { run?: string }) => step.run)).toContain('npm test')
    expect(workflow.jobs.release.permissions).toEqual({ contents: 'write', 'id-token': 'write' })
    expect(script).toContain('npm publish --provenance')
    expect(steps.find((step) => step.run?.includes('npm publish'))?.env?.NODE_AUTH_TOKEN).toBe('${{ secrets.NPM_TOKEN }}')
    expect(script).toContain('tsx scripts/release.ts notes "$GITHUB_REF_NAME"')
    expect(script).toContain('--notes-file "$RUNNER_TEMP/notes.md"')
    // The name the spec-kit extension's README tells users to download.
    expect(readFileSync(join(root, 'spec-kit/README.md'), 'utf8')).toContain('/releases/download/v1.0.0/constitution-gate-spec-kit-1.0.0.zip')
    expect(script).toContain('zip -q -r -X "$RUNNER_TEMP/constitution-gate-spec-kit-${{ steps.version.outputs.version }}.zip" .')
  })
})
