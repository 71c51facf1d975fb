import { describe, expect, it } from '@jest/globals'
import { expectMarkedLines, scoreFixture } from '../helpers/rules.js'

describe('CG014 summary-without-gate-status', () => {
  it('should warn when a PASS verdict is the only status in its section', () => {
    expectMarkedLines('cg014')
  })

  it('should let such a plan pass (the verdict line evaluates the section)', () => {
    expect(scoreFixture('cg014').verdict).toBe('pass')
  })
})
