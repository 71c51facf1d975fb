import { describe, expect, it } from '@jest/globals'
import { linesOf, loadFixture, score } from '../helpers/fixtures.js'
import { expectMarkedLines } from '../helpers/rules.js'

describe('CG001 no-gates-section', () => {
  it('should fire on line 1 of a plan whose only gates are inside a code fence', () => {
    expectMarkedLines('cg001')
  })

  it('should not fire when the plan has a Constitution Check', () => {
    expect(linesOf(score('# Plan\n\n## Constitution Check\n\n- [x] Library-First\n'), 'CG001')).toEqual([])
  })

  it.each(['## 憲法チェック', '## 宪法检查', '## Constitutional Gates', '### Phase -1: Pre-Implementation Gates', '## Verificación de la Constitución', '## Verfassungsprüfung'])(
    'should find the gates section under %s',
    (heading) => {
      expect(linesOf(score(`# Plan\n\n${heading}\n\n- [x] Library-First\n`), 'CG001')).toEqual([])
    }
  )

  it('should find a heading the configuration adds', () => {
    const text = '# Plan\n\n## Revisión de principios\n\n- [x] Library-First\n'
    expect(linesOf(score(text), 'CG001')).toEqual([1])
    expect(linesOf(score(text, { gateHeadings: ['revisión de principios'] }), 'CG001')).toEqual([])
  })

  it('should name the heading that comes close to a gates heading, on its line', () => {
    const report = score('# Plan\n\n## Summary\n\nWidgets.\n\n## Constitution Chek\n\n- [x] Library-First\n\n## Constraints\n\nNone.\n')
    const finding = report.findings.find((f) => f.ruleId === 'CG001')
    expect(finding?.range.line).toBe(7)
    expect(finding?.message).toContain("line 7 '## Constitution Chek' looks like 'Constitution Check': fix it, or add it to gate-headings")
  })

  it('should name no heading when none comes close', () => {
    const report = score('# Plan\n\n## Summary\n\n## Constraints\n\n## Project Structure\n\n## Technical Context\n')
    const finding = report.findings.find((f) => f.ruleId === 'CG001')
    expect(finding?.range.line).toBe(1)
    expect(finding?.message).not.toContain('looks like')
  })

  it('should point at a misspelt gates heading and say nothing of the rows it would have used', () => {
    const report = score(loadFixture('plans/gates-heading-typo.md').text)
    expect(report.findings.map((f) => [f.ruleId, f.range.line])).toEqual([['CG001', 9]])
    expect(report.findings[0]?.message).toBe(
      "The plan has no gates section: line 9 '## Constitution Chek' looks like 'Constitution Check': fix it, or add it to gate-headings."
    )
    expect(linesOf(score(loadFixture('plans/gates-heading-typo.md').text, { gateHeadings: ['constitution chek'] }), 'CG001')).toEqual([])
  })
})

