import { describe, expect, it } from '@jest/globals'
import { linesOf, score } from '../helpers/fixtures.js'
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
})
