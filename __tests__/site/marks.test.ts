import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { judge } from '../../src/site/judge.js'
import { lineMarks, toneOfStatus } from '../../src/site/marks.js'

const failing = readFileSync(new URL('../../examples/failing-plan.md', import.meta.url), 'utf8')

describe('lineMarks', () => {
  it('should mark each gate by its status and each finding by its severity, the worse tone winning', async () => {
    const { report } = await judge({ plan: failing, constitution: '', settings: '' })
    const marks = lineMarks(report!)
    const at = (line: number) => {
      const mark = marks.get(line)
      return mark && [mark.tone, mark.tags.join(' ')]
    }
    expect(at(15)).toEqual(['good', 'PASS'])
    expect(at(17)).toEqual(['bad', 'PARTIAL CG005'])
    expect(at(18)).toEqual(['bad', 'FAIL CG003'])
    expect(at(19)).toEqual(['info', 'JUSTIFIED'])
    expect(at(20)).toEqual(['bad', 'NOT EVALUATED CG004'])
    expect(at(22)).toEqual(['bad', 'CG012'])
    expect(at(28)).toEqual(['info', 'JUSTIFIES 19'])
    expect(at(29)).toEqual(['warn', 'CG007'])
    expect(marks.has(1)).toBe(false)
    expect(marks.get(28)?.notes).toEqual(["Complexity Tracking row justifying 'VIII. Anti-Abstraction' (line 19)"])
  })

  it('should leave findings about the constitution off the plan', async () => {
    const { report } = await judge({ plan: failing, constitution: '# Constitution\n\n### [PRINCIPLE_1_NAME]\n\n[PROJECT_NAME]\n', settings: '' })
    const elsewhere = report!.findings.filter((finding) => finding.path !== report!.path)
    expect(elsewhere.length).toBeGreaterThan(0)
    for (const finding of elsewhere) expect(lineMarks(report!).get(finding.range.line)?.tags ?? []).not.toContain(finding.ruleId)
  })

  it('should give every status a tone', () => {
    expect(['pass', 'fail', 'partial', 'justified', 'n/a', 'unevaluated'].map((status) => toneOfStatus(status as never))).toEqual(['good', 'bad', 'warn', 'info', 'muted', 'warn'])
  })
})
