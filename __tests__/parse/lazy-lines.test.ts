import { describe, expect, it } from '@jest/globals'
import { errorsOf, gatesOf as gates, gatesSection as plan } from '../helpers/fixtures.js'

const errors = (body: string) => errorsOf(plan(body))

describe('a line that opens with a status and continues a list item lazily', () => {
  it('should be a gate of its own, not the text of the item above it', () => {
    const body = '- ✅ I. Library-First: `src/lib/widgets`\n❌ Security by Default: tokens are logged at debug level'
    expect(gates(body)).toEqual([
      [4, 'pass', 'I. Library-First'],
      [5, 'fail', 'Security by Default']
    ])
    expect(errors(body)).toEqual(['CG003@5'])
  })

  it('should be one whatever the item carries: a box, no status, or the same mark', () => {
    expect(gates('- [x] I. Library-First\n⚠️ **VII. Simplicity**: four projects')).toEqual([
      [4, 'pass', 'I. Library-First'],
      [5, 'partial', 'VII. Simplicity']
    ])
    expect(gates('- I. Library-First: `src/lib/widgets`\n❌ Security by Default: tokens are logged')).toEqual([[5, 'fail', 'Security by Default']])
    expect(gates('- ✅ I. Library-First\n✅ III. Test-First: contract tests first')).toEqual([
      [4, 'pass', 'I. Library-First'],
      [5, 'pass', 'III. Test-First']
    ])
  })

  it('should be one under a nested item, or an ordered one, when written left of its text', () => {
    expect(gates('- ✅ I. Library-First\n  - ✅ the parser is a package\n  ❌ the CLI is not')).toEqual([
      [4, 'pass', 'I. Library-First'],
      [5, 'pass', 'the parser is a package'],
      [6, 'fail', 'the CLI is not']
    ])
    expect(errors('1. ✅ I. Library-First\nTODO: Security by Default')).toEqual(['CG004@5'])
  })

  it('should keep prose lines, before it as the item\'s text and after it as its own', () => {
    const report = plan('- ✅ I. Library-First: `src/lib/widgets`\nthe package is published\n❌ VII. Simplicity: four projects\nsee C1 for the worker')
    expect(report.gates.map((gate) => [gate.range.line, gate.range.endLine, gate.status])).toEqual([
      [4, 5, 'pass'],
      [6, 6, 'fail']
    ])
    expect(report.gates[0]?.text).toContain('published')
    expect(report.gates[1]?.text).toContain('C1')
  })

  it('should leave a marked line indented under an item that has a status no better than it to that item, as evidence', () => {
    expect(gates('- ✅ I. Library-First: `src/lib/widgets`\n  ✅ covered by contract tests\n- [x] III. Test-First\n  ✓ contract tests fail first\n- ✅ IX. Integration-First\n\t✅ no mocks, a real database')).toEqual([
      [4, 'pass', 'I. Library-First'],
      [6, 'pass', 'III. Test-First'],
      [8, 'pass', 'IX. Integration-First']
    ])
    expect(plan('- ✅ I. Library-First\n  ✅ covered by contract tests').gates[0]?.text).toContain('covered by contract tests')
  })

  it('should leave lazy prose, and a status word inside a sentence, to the item', () => {
    expect(gates('- ✅ I. Library-First: `src/lib/widgets`\nno breaking changes; it must never fail\nNo breaking changes either')).toEqual([[4, 'pass', 'I. Library-First']])
  })
})
