import { describe, expect, it } from '@jest/globals'
import { expectMarkedLines, scoreFixture } from '../helpers/rules.js'

describe('CG015 complexity-table-shape', () => {
  it('should warn on a table under Complexity Tracking that is not a justification table', () => {
    expectMarkedLines('cg015')
  })

  it('should not read its rows as justifications', () => {
    expect(scoreFixture('cg015').rows).toEqual([])
  })
})
