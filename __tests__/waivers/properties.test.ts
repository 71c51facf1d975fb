import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { weighs } from '../../src/model/finding.js'
import { rules } from '../../src/rules/index.js'
import { corpus, fixtures, score } from '../helpers/fixtures.js'

const sources = [
  ...(existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.md')).map((f) => join(corpus, f)) : []),
  ...readdirSync(join(fixtures, 'plans')).map((f) => join(fixtures, 'plans', f))
].map((path) => readFileSync(path, 'utf8'))

const directive = fc.record({
  at: fc.nat(),
  inline: fc.boolean(),
  kind: fc.constantFrom('disable-next-line', 'disable-line', 'disable', 'enable', 'disable-file', 'disable-nextline'),
  rules: fc.array(fc.constantFrom(...rules.map((rule) => rule.id), ...rules.map((rule) => rule.slug), 'CG999'), { maxLength: 3 }),
  reason: fc.option(fc.constantFrom('the contract lands next sprint', 'legacy', '…'), { nil: null })
})

/** A plan with directives put between its lines or at their ends. */
function withDirectives(text: string, directives: Array<typeof directive extends fc.Arbitrary<infer T> ? T : never>): string {
  const lines = text.split('\n')
  for (const d of directives) {
    const at = d.at % Math.max(1, lines.length)
    const comment = `<!-- constitution-gate-${d.kind} ${d.rules.join(' ')}${d.reason ? ` -- ${d.reason}` : ''} -->`
    if (d.inline) lines[at] = `${lines[at] ?? ''} ${comment}`
    else lines.splice(at, 0, comment)
  }
  return lines.join('\n')
}

describe('waivers on any plan', () => {
  it('should never throw, keep findings inside the file, say the same twice, and fail a plan exactly when an error weighs', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.array(directive, { maxLength: 8 }), (source, directives) => {
        const text = withDirectives(source, directives)
        const lines = text.split('\n').length
        const report = score(text)
        for (const finding of report.findings) {
          if (finding.path !== 'plan.md') continue
          expect(finding.range.line).toBeGreaterThanOrEqual(1)
          expect(finding.range.endLine).toBeLessThanOrEqual(lines)
          // Findings about waivers are never waived; a waiver points at a directive line.
          if (finding.waiver) {
            expect(['CG018', 'CG019']).not.toContain(finding.ruleId)
            expect(text.split('\n')[finding.waiver.line - 1]).toContain('constitution-gate-')
          }
        }
        expect(report.verdict).toBe(report.findings.some((finding) => finding.severity === 'error' && weighs(finding)) ? 'fail' : 'pass')
        expect(JSON.stringify(score(text))).toBe(JSON.stringify(report))
      }),
      { numRuns: 150, seed: 15 }
    )
  })

  it('should take time in proportion to the plan, with thousands of directives of every kind', () => {
    const gates = (directive: (i: number) => string) => `# Plan\n\n## Constitution Check\n\n${Array.from({ length: 4000 }, (_, i) => directive(i)).join('\n')}\n`
    const plans = [
      gates((i) => `- [ ] Gate ${i}? <!-- constitution-gate-disable-line CG004 -- later -->`),
      gates((i) => `<!-- constitution-gate-disable CG004 -- range ${i} -->\n- [ ] Gate ${i}?`),
      gates((i) => `<!-- constitution-gate-disable-file CG004 -- file ${i} -->\n- [ ] Gate ${i}?`)
    ]
    for (const plan of plans) {
      const start = performance.now()
      const report = score(plan)
      expect(report.findings.filter((finding) => finding.waiver)).toHaveLength(4000)
      // 4,000 directives against 4,000 findings, one by one, take seconds; indexed, well under one.
      expect(performance.now() - start).toBeLessThan(2500)
    }
  })
})
