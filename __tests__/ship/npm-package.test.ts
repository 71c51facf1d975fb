import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The package as a user gets it: `npm pack`, then an install of the tarball
 * into an empty folder with an empty cache and `--offline`, so the install
 * fails if the package needs anything from the registry.
 */
const root = fileURLToPath(new URL('../..', import.meta.url))
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const work = mkdtempSync(join(tmpdir(), 'cg-npm-'))
const app = join(work, 'app')
const project = join(work, 'project')
/** Jest's NODE_OPTIONS (vm modules) is no part of a user's environment. */
const env = { ...process.env, NODE_OPTIONS: '', npm_config_cache: join(work, 'empty-cache'), npm_config_update_notifier: 'false' }

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 120_000 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

let packed: { filename: string; files: Array<{ path: string }> }

beforeAll(() => {
  const pack = run('npm', ['pack', '--json', '--pack-destination', work], root)
  expect(pack.stderr).not.toMatch(/ERR!/u)
  packed = JSON.parse(pack.stdout)[0]
  mkdirSync(app)
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n')
  const install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, packed.filename)], app)
  expect({ code: install.code, stderr: install.stderr }).toEqual({ code: 0, stderr: expect.any(String) })
  mkdirSync(join(project, 'specs', '001-fails'), { recursive: true })
  mkdirSync(join(project, 'specs', '002-passes'), { recursive: true })
  copyFileSync(join(root, 'examples', 'failing-plan.md'), join(project, 'specs', '001-fails', 'plan.md'))
  copyFileSync(join(root, 'examples', 'passing-plan.md'), join(project, 'specs', '002-passes', 'plan.md'))
}, 180_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('the npm package', () => {
  const bin = () => join(app, 'node_modules', '.bin', 'constitution-gate')

  it('should hold only what a user needs', () => {
    const top = new Set(packed.files.map((file) => file.path.split('/')[0]))
    expect([...top].sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist', 'docs', 'package.json', 'schema'])
    expect(packed.files.filter((file) => file.path.startsWith('docs/') && !file.path.startsWith('docs/rules/'))).toEqual([])
    expect(packed.files.map((file) => file.path)).toEqual(expect.arrayContaining([manifest.bin['constitution-gate'], 'dist/index.js']))
  })

  it('should have no runtime dependencies, so nothing else is installed', () => {
    expect(manifest.dependencies).toBeUndefined()
    expect(manifest.private).toBeUndefined()
    expect(readdirSync(join(app, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['constitution-gate'])
  })

  it('should print its version with --version', () => {
    expect(run(bin(), ['--version'], project)).toMatchObject({ code: 0, stdout: `${manifest.version}\n` })
  })

  it('should fail a failing plan and pass a passing one', () => {
    const failing = run(bin(), ['check', 'specs/001-fails/plan.md'], project)
    expect(failing.code).toBe(1)
    expect(failing.stdout).toContain('specs/001-fails/plan.md — FAIL')
    const passing = run(bin(), ['check', 'specs/002-passes/plan.md'], project)
    expect(passing).toMatchObject({ code: 0, stderr: '' })
    expect(passing.stdout).toContain('specs/002-passes/plan.md — PASS')
    expect(run(bin(), ['check'], project).code).toBe(1)
  })

  it('should run through npx from the installed package, without the registry', () => {
    expect(run('npm', ['exec', '--offline', '--no', '--', 'constitution-gate', '--version'], app)).toMatchObject({ code: 0, stdout: `${manifest.version}\n` })
  })
})
