import { describe, expect, it } from '@jest/globals'
import { expectMarkedLines, scoreFixture } from '../helpers/rules.js'

describe('CG008 complexity-row-incomplete', () => {
  it('should warn on rows with an empty or template cell, and skip rows that say there is nothing', () => {
    expectMarkedLines('cg008')
  })

  it('should name the empty column', () => {
    const finding = scoreFixture('cg008').findings.find((f) => f.ruleId === 'CG008')
    expect(finding?.message).toContain("'Simpler Alternative Rejected Because'")
  })
})
