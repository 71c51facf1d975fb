import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { actionInputs, actionOutputs } from '../src/config/action-inputs.js'
import { schema } from '../src/config/defaults.js'
import { rules } from '../src/rules/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))

/** `npm run docs` on a copy of the generated files, in a scratch directory. */
function docs(dir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/docs.ts'), ...args], { cwd: dir, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cg-docs-'))
  for (const path of ['action.yml', 'docs']) cpSync(join(root, path), join(dir, path), { recursive: true })
  return dir
}

/** Where the generated tables are: the configuration reference, not the README. */
const TABLES = 'docs/configuration.md'

describe('npm run docs', () => {
  it('should leave the committed files as they are (idempotent, nothing stale)', () => {
    expect(docs(copy(), '--check')).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('should catch a hand edit of a generated table, and undo it', () => {
    const dir = copy()
    const tables = readFileSync(join(dir, TABLES), 'utf8')
    const edited = tables.replace('| `gate-not-evaluated` | error |', '| `gate-not-evaluated` | warning |').replace('| `max-projects` | integer | `3` |', '| `max-projects` | integer | `4` |')
    expect(edited).not.toBe(tables)
    writeFileSync(join(dir, TABLES), edited)
    writeFileSync(join(dir, 'docs/rules/cg004.md'), readFileSync(join(dir, 'docs/rules/cg004.md'), 'utf8').replace('Default severity: **error**', 'Default severity: **notice**'))
    expect(docs(dir, '--check')).toMatchObject({ code: 1, stdout: `stale: ${TABLES}, docs/rules/cg004.md\n` })
    expect(docs(dir).code).toBe(0)
    expect(readFileSync(join(dir, TABLES), 'utf8')).toBe(tables)
    expect(docs(dir, '--check').code).toBe(0)
  })

  it('should fail with one line naming a generated block whose markers are gone, rather than drop the table', () => {
    const dir = copy()
    writeFileSync(join(dir, TABLES), readFileSync(join(dir, TABLES), 'utf8').replace('<!-- /generated:outputs -->', ''))
    expect(docs(dir, '--check')).toEqual({ code: 2, stdout: '', stderr: 'npm run docs: missing <!-- generated:outputs (npm run docs) --> … <!-- /generated:outputs -->\n' })
  })

  it('should keep the hand-written prose of a rule page', () => {
    const dir = copy()
    const page = join(dir, 'docs/rules/cg001.md')
    writeFileSync(page, `${readFileSync(page, 'utf8')}\nA note added by hand.\n`)
    docs(dir)
    expect(readFileSync(page, 'utf8')).toContain('A note added by hand.')
  })
})

describe('the generated files', () => {
  it('should give action.yml one input per setting plus the Action\'s own, all documented', () => {
    const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'))
    // The Action's own inputs come first (the token and the like), then one per setting.
    expect(Object.keys(action.inputs)).toEqual([...actionInputs.map((input) => input.name), ...Object.keys(schema.properties)])
    expect(Object.keys(action.inputs).slice(0, 4)).toEqual(['token', 'config', 'check-name', 'annotations'])
    for (const input of Object.values(action.inputs) as Array<{ description: string }>) expect(input.description.length).toBeGreaterThan(20)
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(Object.keys(action.outputs)).toEqual(actionOutputs.map((output) => output.name))
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(['conclusion', 'score', 'plans-checked', 'plans-failed', 'report', 'check-run-id']))
  })

  it('should document every rule, setting, input and output in docs/configuration.md, and every rule on its own page with a failing and a passing example', () => {
    const tables = readFileSync(join(root, TABLES), 'utf8')
    for (const key of Object.keys(schema.properties)) expect(tables).toContain(`| \`${key}\` | `)
    for (const { name } of [...actionInputs, ...actionOutputs]) expect(tables).toContain(`| \`${name}\` | `)
    for (const rule of rules) {
      expect(tables).toContain(`| [${rule.id}](rules/${rule.id.toLowerCase()}.md) | \`${rule.slug}\` |`)
      const page = readFileSync(join(root, 'docs/rules', `${rule.id.toLowerCase()}.md`), 'utf8')
      expect(page).toMatch(/## Fails\n\n[\s\S]+## Passes\n\n\S/u)
    }
  })

  it('should give every setting a description, type, default and example in the schema', () => {
    for (const property of Object.values(schema.properties) as Array<Record<string, unknown>>) {
      expect(Object.keys(property)).toEqual(expect.arrayContaining(['description', 'type', 'default', 'examples']))
    }
  })
})
