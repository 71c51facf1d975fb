import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PlanReport } from '../../src/model/report.js'
import { decodePlan } from '../../src/read/plan-file.js'
import { defaultConfig } from '../../src/config/defaults.js'
import { scorePlan, scoring, unreadablePlan } from '../../src/score/scoring.js'
import { corpus, fixtures } from '../helpers/fixtures.js'

const run = scoring(defaultConfig())

/** Scores bytes as the CLI and the Action do: decoded, or refused as unreadable. */
function scoreBytes(bytes: Uint8Array): { report: PlanReport; lines: number } {
  const read = decodePlan(bytes)
  if (!('text' in read)) return { report: unreadablePlan('plan.md', read.unreadable, run), lines: 1 }
  const text = read.text.startsWith('\uFEFF') ? read.text.slice(1) : read.text
  return { report: scorePlan(read.text, 'plan.md', run), lines: text.split('\n').length }
}

/** What every report must be, whatever the input. */
function expectSound(bytes: Uint8Array): void {
  const { report, lines } = scoreBytes(bytes)
  for (const finding of report.findings) {
    if (finding.path !== 'plan.md') continue
    expect(finding.range.line).toBeGreaterThanOrEqual(1)
    expect(finding.range.endLine).toBeGreaterThanOrEqual(finding.range.line)
    expect(finding.range.endLine).toBeLessThanOrEqual(lines)
    expect(finding.range.column).toBeGreaterThanOrEqual(1)
  }
  if (report.verdict === 'pass') expect(report.findings.some((f) => f.severity === 'error')).toBe(false)
  expect(JSON.stringify(scoreBytes(bytes).report)).toBe(JSON.stringify(report))
}

const sources = [
  ...(existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.md')).map((f) => join(corpus, f)) : []),
  ...readdirSync(join(fixtures, 'plans')).map((f) => join(fixtures, 'plans', f))
].map((path) => readFileSync(path, 'utf8'))

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('table' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('crlf' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('bom' as const) }),
  fc.record({ kind: fc.constant('nul' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('junk' as const), at: fc.nat(), text: fc.string({ unit: 'grapheme', maxLength: 40 }) })
)

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never

function mutate(text: string, mutations: Mutation[]): Uint8Array {
  let lines = text.split('\n')
  let prefix = ''
  let nulAt = -1
  for (const m of mutations) {
    const at = 'at' in m ? m.at % Math.max(1, lines.length) : 0
    if (m.kind === 'delete') lines.splice(at, m.count)
    else if (m.kind === 'swap') lines[at] = (lines[at] ?? '').replace('[x]', '[ ]').replace('✅', '❌').replace('PASS', 'FAIL').replace('[ ]', '[x]')
    else if (m.kind === 'table') lines.splice(at, 0, '| Principle | Status |', '|---|---|', '| VII. Simplicity | ⚠️ |')
    else if (m.kind === 'crlf') lines = lines.map((line, i) => (i % (at + 2) === 0 ? `${line}\r` : line))
    else if (m.kind === 'bom') prefix = '\uFEFF'
    else if (m.kind === 'nul') nulAt = at
    else lines.splice(at, 0, m.text)
  }
  const bytes = Buffer.from(prefix + lines.join('\n'), 'utf8')
  if (nulAt >= 0 && bytes.length > 0) bytes[nulAt % bytes.length] = 0
  return bytes
}

describe('the scorer on any input', () => {
  it('should never throw, keep every finding inside the file, and say the same twice, for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => expectSound(Buffer.from(`## Constitution Check\n${text}`, 'utf8'))),
      { numRuns: 300, seed: 1 }
    )
  })

  it('should do the same for mutated corpus plans (deleted lines, swapped marks, injected tables, CRLF mixes, BOM, NUL)', () => {
    fc.assert(
      fc.property(fc.nat({ max: sources.length - 1 }), fc.array(mutation, { maxLength: 6 }), (index, mutations) => expectSound(mutate(sources[index] ?? '', mutations))),
      { numRuns: 200, seed: 2 }
    )
  })

  it('should do the same for invalid UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const head = Buffer.from('## Constitution Check\n- [x] ')
        expectSound(Buffer.concat([head, Buffer.from(bytes.filter((b) => b !== 0))]))
      }),
      { numRuns: 200, seed: 3 }
    )
  })

  it('should fail a plan it cannot read, never pass it silently', () => {
    const { report } = scoreBytes(Buffer.from('## Constitution Check\n- [x] ok\n\u0000binary'))
    expect(report.verdict).toBe('fail')
    expect(report.findings.map((f) => f.ruleId)).toEqual(['CG017'])
  })
})

describe('the scorer on inputs built to hurt', () => {
  it('should read 10,000 nested list levels without overflowing the stack', () => {
    const nested = `## Constitution Check\n\n${'- '.repeat(10_000)}[x] deep\n`
    expect(() => scorePlan(nested, 'plan.md', run)).not.toThrow()
    const indented = `## Constitution Check\n\n${Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- [x] level ${i}`).join('\n')}\n`
    const report = scorePlan(indented, 'plan.md', run)
    expect(report.gates.length).toBeGreaterThan(0)
  })

  it('should read a 100,000-row table', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `| P${i} | ✅ PASS |`).join('\n')
    const report = scorePlan(`## Constitution Check\n\n| Principle | Status |\n|---|---|\n${rows}\n`, 'plan.md', run)
    expect(report.gates).toHaveLength(100_000)
    expect(report.verdict).toBe('pass')
  })
})
