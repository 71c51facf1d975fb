import { describe, expect, it } from '@jest/globals'
import { ConfigError } from '../../src/config/errors.js'
import { configFileLayer } from '../../src/config/file.js'
import { resolveConfig } from '../../src/config/resolve.js'

const file = '.github/constitution-gate.yml'

async function problems(yaml: string): Promise<string> {
  try {
    await resolveConfig([await configFileLayer(file, yaml)])
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as Error).message
  }
  throw new Error('expected a ConfigError')
}

describe('the YAML configuration file', () => {
  it('should apply every key it sets, and say where each came from', async () => {
    const { config, sources } = await resolveConfig([
      await configFileLayer(file, 'max-projects: 4\nrules:\n  gate-not-evaluated: warning\nstatuses:\n  NOTED: pass\ngate-headings: [Revisión]\n')
    ])
    expect(config).toMatchObject({ maxProjects: 4, rules: { CG004: 'warning' }, statuses: { NOTED: 'pass' }, gateHeadings: ['Revisión'] })
    expect(sources).toEqual({
      'max-projects': `${file}:1:1`,
      'rules.CG004': `${file}:3:3`,
      'statuses.NOTED': `${file}:5:3`,
      'gate-headings': `${file}:6:1`
    })
  })

  it('should name file, line and key of an unknown key, with a hint', async () => {
    expect(await problems('plans: [a]\nmax-project: 4\n')).toBe(`${file}:2:1: unknown key 'max-project'. Did you mean 'max-projects'?`)
  })

  it('should name the line of a wrong type and of a bad enum value', async () => {
    const message = await problems('max-projects: three\nfail-on: sometimes\n')
    expect(message).toContain(`${file}:1:1: 'max-projects' must be an integer.`)
    expect(message).toContain(`${file}:2:1: 'fail-on' must be one of "error", "warning", "never".`)
  })

  it('should name an unknown rule and a bad severity', async () => {
    const message = await problems('rules:\n  CG099: off\n  CG004: loud\n')
    expect(message).toContain(`${file}:2:3: unknown rule 'CG099'. Did you mean 'CG009'?`)
    expect(message).toContain(`${file}:3:3: 'rules.CG004' must be one of "error", "warning", "notice", "off".`)
  })

  it('should report invalid YAML with its position', async () => {
    expect(await problems('rules: [\n')).toMatch(/^\.github\/constitution-gate\.yml:\d+:\d+: invalid YAML: /u)
  })

  it('should refuse a document that is not a mapping', async () => {
    expect(await problems('- a\n- b\n')).toContain('must be a mapping')
  })

  it('should accept an empty file as "nothing set"', async () => {
    expect((await resolveConfig([await configFileLayer(file, '# nothing yet\n')])).sources).toEqual({})
  })

  it('should apply nothing when any layer is invalid', async () => {
    const good = await configFileLayer(file, 'max-projects: 5\n')
    const bad = { origin: 'flags', values: { 'max-projects': 'x' }, locate: () => '--max-projects' }
    await expect(resolveConfig([good, bad])).rejects.toThrow("--max-projects: 'max-projects' must be an integer.")
  })
})

describe('globs', () => {
  it.each([
    ['/etc/**', "it is absolute; globs are relative to the repository root"],
    ['../other/**/plan.md', "it climbs out of the repository with '..'"],
    ['specs/{a,b/plan.md', "it has an unclosed '{'"],
    ['specs/[0-9/plan.md', "it has an unclosed '['"],
    ['specs/a]/plan.md', "it has an unmatched ']'"]
  ])('should refuse %s with file and line', async (glob, problem) => {
    await expect(resolveConfig([await configFileLayer(file, `plans:\n  - specs/**/plan.md\n  - '${glob}'\n`)])).rejects.toThrow(
      `${file}:3:5: 'plans' glob '${glob}' is not usable: ${problem}.`
    )
  })

  it('should accept the default globs and ordinary ones', async () => {
    await expect(resolveConfig([await configFileLayer(file, 'plans: ["**/specs/**/plan.md", "docs/{plans,specs}/*.md", "specs/[0-9]*/plan.md"]\n')])).resolves.toBeDefined()
  })
})
