import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parse } from 'yaml'
import { parseSetting } from '../../src/config/values.js'
import { REPOSITORY_URL, VERSION } from '../../src/meta.js'
import { ACTION, workflowStep } from '../../src/site/workflow.js'

/** The step's `with:` inputs, each read back as the Action reads an input. */
function readBack(snippet: string): Record<string, unknown> {
  const [step] = parse(snippet) as Array<{ uses: string; with?: Record<string, unknown> }>
  expect(step?.uses).toBe(ACTION)
  return Object.fromEntries(Object.entries(step?.with ?? {}).map(([key, text]) => [key, parseSetting(key, String(text), `input '${key}'`)]))
}

/** Every key the snippet says cannot be an input. */
function leftInFile(snippet: string): string[] {
  return [...snippet.matchAll(/^ *# '([a-z-]+)' cannot be an input/gmu)].map((match) => match[1] ?? '')
}

// Printable ASCII mostly, and any code point (controls, line separators, lone surrogates) now and then.
const word = fc.oneof({ arbitrary: fc.string({ minLength: 1, maxLength: 12 }), weight: 4 }, { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }), weight: 1 })
const settings = fc.record(
  {
    plans: fc.array(word, { maxLength: 3 }),
    exclude: fc.array(word, { maxLength: 3 }),
    constitution: fc.option(word),
    'max-projects': fc.integer({ min: 1, max: 99 }),
    'max-complexity-score': fc.constantFrom('Low', 'Medium', 'High', 'Critical'),
    'gate-headings': fc.array(word, { maxLength: 3 }),
    'non-negotiable': fc.array(word, { maxLength: 3 }),
    statuses: fc.dictionary(word, fc.constantFrom('pass', 'fail', 'partial', 'justified', 'n/a', 'unevaluated'), { maxKeys: 3 }),
    rules: fc.dictionary(fc.constantFrom('CG003', 'CG004', 'gate-not-evaluated'), fc.constantFrom('error', 'warning', 'notice', 'off'), { maxKeys: 3 }),
    'fail-on': fc.constantFrom('error', 'warning', 'never')
  },
  { requiredKeys: [] }
)

describe('workflowStep', () => {
  it('should name the Action as package.json does, pinned to its major version', () => {
    expect(ACTION).toBe(`${REPOSITORY_URL.replace('https://github.com/', '')}@v${VERSION.split('.')[0]}`)
    expect(ACTION).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/u)
  })

  it('should be the bare step when nothing is set', () => {
    expect(workflowStep({})).toBe(`- uses: ${ACTION}\n`)
  })

  it('should write lists and maps one entry a line, and scalars as they are', () => {
    expect(workflowStep({ 'fail-on': 'warning', rules: { CG004: 'warning', 'complexity-row-unused': 'off' }, 'gate-headings': ['Revisión constitucional'], 'max-projects': 4 })).toBe(
      [
        `- uses: ${ACTION}`,
        '  with:',
        '    max-projects: 4',
        '    gate-headings: |',
        '      Revisión constitucional',
        '    rules: |',
        '      CG004: warning',
        '      complexity-row-unused: off',
        '    fail-on: warning',
        ''
      ].join('\n')
    )
  })

  it('should quote a scalar that YAML would read otherwise', () => {
    expect(readBack(workflowStep({ constitution: 'docs/#1: rules.md' }))).toEqual({ constitution: 'docs/#1: rules.md' })
    expect(workflowStep({ constitution: 'yes' })).toContain('constitution: "yes"')
  })

  it('should say which settings an input cannot carry instead of writing them wrong', () => {
    const snippet = workflowStep({ exclude: [], plans: ['# not a comment'], statuses: { 'a:b': 'pass' }, 'gate-headings': [] })
    expect(leftInFile(snippet)).toEqual(['plans', 'exclude', 'statuses'])
    expect(readBack(snippet)).toEqual({})
  })

  it('should give the Action, for any settings, the same values or say it cannot', () => {
    fc.assert(
      fc.property(settings, (values) => {
        const snippet = workflowStep(values)
        const read = readBack(snippet)
        const skipped = leftInFile(snippet)
        for (const [key, value] of Object.entries(values)) {
          if (skipped.includes(key)) expect(read).not.toHaveProperty(key)
          else if (value === null || (typeof value === 'object' && Object.keys(value).length === 0)) expect(read[key]).toBeUndefined()
          else expect(read[key]).toEqual(value)
        }
      }),
      { numRuns: 300 }
    )
  })
})
