import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { REPOSITORY_URL, VERSION } from '../../src/meta.js'

/**
 * The spec-kit extension's manifest, held to the rules spec-kit 1.0 documents
 * (extensions/EXTENSION-API-REFERENCE.md, EXTENSION-PUBLISHING-GUIDE.md) and
 * enforces (ExtensionManifest._validate and
 * ExtensionManager._collect_manifest_command_names in
 * src/specify_cli/extensions/__init__.py).
 */
const root = fileURLToPath(new URL('../..', import.meta.url))
const folder = join(root, 'spec-kit')
const text = readFileSync(join(folder, 'extension.yml'), 'utf8')
const manifest = parse(text)

const COMMAND_NAME = /^speckit\.([a-z0-9-]+)\.([a-z0-9-]+)$/u
const ID = /^[a-z0-9-]+$/u
/** Core command namespaces an extension may not take. */
const CORE = ['analyze', 'checklist', 'clarify', 'constitution', 'converge', 'implement', 'plan', 'specify', 'tasks', 'taskstoissues']
/** The hook events spec-kit's core commands fire (the API reference's "Hook Events"). */
const EVENTS = ['specify', 'plan', 'tasks', 'implement', 'analyze', 'checklist', 'clarify', 'constitution', 'taskstoissues'].flatMap((name) => [`before_${name}`, `after_${name}`])

/** Whether a version satisfies a specifier such as `>=1.0.0,<2.0.0` (the comparisons spec-kit's packaging accepts). */
function satisfies(version: string, specifier: string): boolean {
  const parts = (v: string) => v.split('.').map(Number)
  const compare = (a: string, b: string) => {
    const [x, y] = [parts(a), parts(b)]
    for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0)
    return 0
  }
  return specifier.split(',').every((clause) => {
    const [, op, v] = /^(>=|<=|==|!=|>|<)(\d+\.\d+\.\d+)$/u.exec(clause)!
    const c = compare(version, v!)
    return { '>=': c >= 0, '<=': c <= 0, '==': c === 0, '!=': c !== 0, '>': c > 0, '<': c < 0 }[op!]!
  })
}

/** A path the extension may name: relative, inside the folder (spec-kit's relative_extension_path_violation). */
function insideFolder(path: string): boolean {
  return typeof path === 'string' && path !== '' && !isAbsolute(path) && !path.includes('\\') && !normalize(path).startsWith('..')
}

describe('the spec-kit extension manifest', () => {
  it('should have schema version "1.0" (a string) and every required section', () => {
    expect(text).toMatch(/^schema_version: "1\.0"$/mu)
    expect(manifest.schema_version).toBe('1.0')
    for (const key of ['schema_version', 'extension', 'requires', 'provides']) expect(manifest).toHaveProperty(key)
  })

  it('should describe the extension with the required fields, id constitution-gate', () => {
    const extension = manifest.extension
    for (const key of ['id', 'name', 'version', 'description', 'author', 'repository', 'license']) expect(typeof extension[key]).toBe('string')
    expect(extension.id).toBe('constitution-gate')
    expect(extension.id).toMatch(ID)
    expect(CORE).not.toContain(extension.id)
    expect(extension.description.length).toBeLessThan(100)
    expect(extension.license).toBe('MIT')
    expect(extension.repository).toBe(REPOSITORY_URL)
    expect(extension.homepage.startsWith(REPOSITORY_URL)).toBe(true)
  })

  it('should carry the npm package version, X.Y.Z', () => {
    expect(manifest.extension.version).toMatch(/^\d+\.\d+\.\d+$/u)
    expect(manifest.extension.version).toBe(VERSION)
  })

  it('should require a spec-kit 1.0 or later, as a specifier without spaces', () => {
    const required = manifest.requires.speckit_version
    expect(required).toMatch(/^(?:>=|<=|==|!=|>|<)\d+\.\d+\.\d+(?:,(?:>=|<=|==|!=|>|<)\d+\.\d+\.\d+)*$/u)
    expect(satisfies('1.0.0', required)).toBe(true)
    expect(satisfies('0.9.9', required)).toBe(false)
  })

  it('should provide namespaced commands whose files exist and have a description', () => {
    const commands = manifest.provides.commands as Array<{ name: string; file: string; description: string }>
    expect(commands.map((command) => command.name)).toContain('speckit.constitution-gate.check')
    expect(new Set(commands.map((command) => command.name)).size).toBe(commands.length)
    for (const command of commands) {
      const [, namespace] = COMMAND_NAME.exec(command.name) ?? []
      expect({ name: command.name, namespace }).toEqual({ name: command.name, namespace: manifest.extension.id })
      expect(typeof command.description).toBe('string')
      expect(insideFolder(command.file)).toBe(true)
      const body = readFileSync(join(folder, command.file), 'utf8')
      const front = /^---\n([\s\S]*?)\n---\n/u.exec(body)
      expect(typeof parse(front?.[1] ?? '')?.description).toBe('string')
    }
  })

  it('should hook a mandatory check after every plan, on documented events, naming its own commands', () => {
    const names = new Set((manifest.provides.commands as Array<{ name: string }>).map((command) => command.name))
    for (const [event, value] of Object.entries(manifest.hooks as Record<string, unknown>)) {
      expect(EVENTS).toContain(event)
      for (const hook of [value].flat() as Array<Record<string, unknown>>) {
        expect(names.has(String(hook.command))).toBe(true)
        if ('priority' in hook) expect(Number.isInteger(hook.priority) && (hook.priority as number) >= 1).toBe(true)
        if ('optional' in hook) expect(typeof hook.optional).toBe('boolean')
      }
    }
    expect(manifest.hooks.after_plan).toMatchObject({ command: 'speckit.constitution-gate.check', optional: false })
  })

  it('should have the agent run this version of the CLI on the plan and fix every error', () => {
    const body = readFileSync(join(folder, 'commands', 'speckit.constitution-gate.check.md'), 'utf8')
    expect(body).toContain(`npx --yes constitution-gate@${VERSION} check <path to plan.md>`)
    expect(body).toContain('$ARGUMENTS')
    expect(body).toMatch(/Fix every error/u)
    expect(readFileSync(join(folder, 'README.md'), 'utf8')).toContain(`constitution-gate@${VERSION}`)
  })

  it('should use lowercase tags, 2 to 10 of them', () => {
    expect(manifest.tags.length).toBeGreaterThanOrEqual(2)
    expect(manifest.tags.length).toBeLessThanOrEqual(10)
    for (const tag of manifest.tags) expect(tag).toMatch(/^[a-z0-9-]+$/u)
  })

  it('should ship a README that says how to install it, and the project licence', () => {
    const readme = readFileSync(join(folder, 'README.md'), 'utf8')
    expect(readme).toContain('specify extension add --dev ')
    expect(readme).toMatch(/specify extension add constitution-gate --from \S+\.zip/u)
    expect(existsSync(join(folder, 'LICENSE'))).toBe(true)
    expect(readFileSync(join(folder, 'LICENSE'), 'utf8')).toBe(readFileSync(join(root, 'LICENSE'), 'utf8'))
  })
})
