import { describe, expect, it } from '@jest/globals'
import { linesOf, score } from '../helpers/fixtures.js'
import { expectMarkedLines } from '../helpers/rules.js'

describe('CG009 complexity-row-unused', () => {
  it('should warn on a filled row that refers to no failed or partial gate', () => {
    expectMarkedLines('cg009')
  })

  it('should not warn about rows when the plan has no gates section (CG001 says what is wrong)', () => {
    const text =
      '# Plan\n\n## Constitution Chek\n\n- ❌ VII. Simplicity: four projects\n\n## Complexity Tracking\n\n' +
      '| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n| 4th project (Article VII) | the worker scales apart | one process misses the budget |\n'
    const report = score(text)
    expect(linesOf(report, 'CG001')).toEqual([3])
    expect(linesOf(report, 'CG009')).toEqual([])
  })
})
