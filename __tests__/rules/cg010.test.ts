import { describe, expect, it } from '@jest/globals'
import { linesOf, loadFixture, score } from '../helpers/fixtures.js'
import { expectMarkedLines } from '../helpers/rules.js'

const row = `
### Complexity Tracking

| Constitutional Violation | Why Needed | Simpler Alternative Rejected Because |
|---|---|---|
| 5 projects (Article VII) | two workers deploy on their own | modules cannot scale separately |
`

describe('CG010 project-count-over-limit', () => {
  it('should fire on a project count over 3 with no row', () => {
    expectMarkedLines('cg010')
  })

  it('should not fire when a filled row justifies the extra projects', () => {
    expect(linesOf(score(loadFixture('rules/cg010.md').text + row), 'CG010')).toEqual([])
  })

  it('should follow max-projects', () => {
    expect(linesOf(score(loadFixture('rules/cg010.md').text, { maxProjects: 5 }), 'CG010')).toEqual([])
  })
})
