// Releases the way JavaScript actions do: checks that package.json's version is
// newer than the latest vX.Y.Z tag, that CHANGELOG.md has its entry, that the
// spec-kit extension carries the same version, and that the committed dist/
// equals a fresh build of HEAD (`npm ci` and `npm run build` in a temporary
// clone, never here); then tags vX.Y.Z and moves the major tag vX to it.
// Pushing the vX.Y.Z tag starts .github/workflows/release.yml.
//
// Usage: npm run release               check, then tag (prints the push commands)
//        npm run release -- --push     check, tag, and push both tags to origin
//        npm run release -- --check    the checks alone
//        npm run release -- notes [X.Y.Z]   print the CHANGELOG entry (the release notes)
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { parse } from 'yaml'
import { changelogEntry, compareVersions, latestVersionTag, parseVersion } from './release-notes.js'

class Refusal extends Error {}

function run(command: string, args: readonly string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return { code: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? String(result.error ?? '') }
}

function git(args: readonly string[], cwd: string): string {
  const result = run('git', args, cwd)
  if (result.code !== 0) throw new Refusal(`git ${args[0]} failed: ${result.stderr.trim().split('\n')[0]}`)
  return result.stdout.trim()
}

/** Every file under `dir`, relative, sorted. */
function files(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

/** The files that differ between two dist/ folders: missing on one side, or other bytes. */
function differences(committed: string, built: string): string[] {
  const names = [...new Set([...files(committed), ...files(built)])].sort()
  return names.filter((name) => {
    const [a, b] = [join(committed, name), join(built, name)]
    return !existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b))
  })
}

/**
 * Builds HEAD in a temporary clone and compares its dist/ with ours. The clone
 * installs its own node_modules from the lockfile, as CI does: with a
 * symlinked node_modules ncc resolves modules outside the project and names
 * the chunks differently (measured: 387/531/95.index.js instead of 463/639/815).
 */
function checkDist(root: string): void {
  const scratch = mkdtempSync(join(tmpdir(), 'cg-release-'))
  try {
    const clone = join(scratch, 'repo')
    git(['clone', '--quiet', '--no-checkout', root, clone], scratch)
    git(['checkout', '--quiet', '--detach', git(['rev-parse', 'HEAD'], root)], clone)
    if (existsSync(join(clone, 'package-lock.json'))) {
      const install = run('npm', ['ci', '--no-audit', '--no-fund'], clone)
      if (install.code !== 0) throw new Refusal(`npm ci failed in a clean clone: ${install.stderr.trim().split('\n').slice(-1)[0] ?? ''}`)
    }
    const build = run('npm', ['run', '--silent', 'build'], clone)
    if (build.code !== 0) throw new Refusal(`npm run build failed in a clean clone: ${`${build.stderr}${build.stdout}`.trim().split('\n').slice(-1)[0] ?? ''}`)
    const changed = differences(join(root, 'dist'), join(clone, 'dist'))
    if (changed.length > 0) {
      const shown = changed.slice(0, 5).map((name) => `dist/${name}`).join(', ')
      throw new Refusal(`dist/ differs from a fresh build (${shown}${changed.length > 5 ? ', …' : ''}): run 'npm run build' and commit dist/.`)
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** Every check a release must pass, in the order a person would fix them; returns the version. */
function check(root: string): { version: string; major: string } {
  if (git(['status', '--porcelain'], root) !== '') throw new Refusal('the working tree has uncommitted changes: commit or remove them first.')
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  const version = manifest.version
  const parsed = parseVersion(version)
  if (!parsed || version.startsWith('v')) throw new Refusal(`package.json's version '${version}' is not X.Y.Z.`)
  const tags = git(['tag', '--list'], root).split('\n').filter(Boolean)
  if (tags.includes(`v${version}`)) throw new Refusal(`v${version} is already tagged: raise the version in package.json.`)
  const latest = latestVersionTag(tags)
  if (latest && compareVersions(parsed, parseVersion(latest)!) <= 0) {
    throw new Refusal(`version ${version} is not newer than the latest release, ${latest}: raise the version in package.json.`)
  }
  const changelog = existsSync(join(root, 'CHANGELOG.md')) ? readFileSync(join(root, 'CHANGELOG.md'), 'utf8') : ''
  if (changelogEntry(changelog, version) === null) {
    throw new Refusal(`CHANGELOG.md has no entry for ${version}: add '## [${version}] - YYYY-MM-DD' with what changed.`)
  }
  const extension = join(root, 'spec-kit', 'extension.yml')
  if (existsSync(extension)) {
    const declared = (parse(readFileSync(extension, 'utf8')) as { extension?: { version?: string } }).extension?.version
    if (declared !== version) throw new Refusal(`spec-kit/extension.yml says version ${declared}, package.json ${version}: make them equal.`)
  }
  checkDist(root)
  return { version, major: `v${parsed[0]}` }
}

function main(argv: readonly string[]): number {
  const root = git(['rev-parse', '--show-toplevel'], process.cwd())
  if (argv[0] === 'notes') {
    const version = argv[1] ?? (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version
    const entry = changelogEntry(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version.replace(/^v/u, ''))
    if (entry === null) throw new Refusal(`CHANGELOG.md has no entry for ${version}.`)
    process.stdout.write(`${entry}\n`)
    return 0
  }
  const { version, major } = check(root)
  if (argv.includes('--check')) {
    process.stdout.write(`release: v${version} is ready to tag.\n`)
    return 0
  }
  git(['tag', '--annotate', `v${version}`, '--message', `v${version}`], root)
  git(['tag', '--force', '--annotate', major, '--message', `${major}: v${version}`], root)
  process.stdout.write(`release: tagged v${version} and moved ${major} to ${git(['rev-parse', '--short', 'HEAD'], root)}.\n`)
  if (argv.includes('--push')) {
    git(['push', 'origin', `v${version}`], root)
    git(['push', '--force', 'origin', major], root)
    process.stdout.write(`release: pushed v${version} and ${major}; the release workflow takes it from here.\n`)
  } else {
    process.stdout.write(`release: push with: git push origin v${version} && git push --force origin ${major}\n`)
  }
  return 0
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  if (!(error instanceof Refusal)) throw error
  process.stderr.write(`release: ${error.message}\n`)
  process.exitCode = 1
}
