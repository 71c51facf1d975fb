import { describe, it } from '@jest/globals'
import { expectMarkedLines } from '../helpers/rules.js'

describe('CG009 complexity-row-unused', () => {
  it('should warn on a filled row that refers to no failed or partial gate', () => {
    expectMarkedLines('cg009')
  })
})
