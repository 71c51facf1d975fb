import { describe, expect, it } from '@jest/globals'
import { linesOf, score } from '../helpers/fixtures.js'
import { expectMarkedLines } from '../helpers/rules.js'

describe('CG012 summary-contradiction', () => {
  it('should fire on PASS verdict and progress lines over a gate that is not evaluated, not on unchecked progress', () => {
    expectMarkedLines('cg012')
  })

  it('should not fire when every gate passes or is justified', () => {
    const text = '## Constitution Check\n\n- ✅ Library-First\n\n**Gate result: PASS.**\n'
    expect(linesOf(score(text), 'CG012')).toEqual([])
  })

  it('should fire on a qualified PASS over a failed gate', () => {
    const text = '## Constitution Check\n\n- ❌ Library-First\n\n**Result**: PASS with two documented exceptions\n'
    expect(linesOf(score(text), 'CG012')).toEqual([5])
  })
})
