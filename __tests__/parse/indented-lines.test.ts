import { describe, expect, it } from '@jest/globals'
import { errorsOf, gatesOf as gates, gatesSection as plan } from '../helpers/fixtures.js'

const errors = (body: string) => errorsOf(plan(body))

describe('a line or paragraph inside a list item that opens with a status worse than the item\'s', () => {
  it('should be a gate of its own when indented to the item\'s text, in its paragraph', () => {
    const body = '- ✅ I. Library-First: `src/lib/widgets`\n  ❌ Security by Default: tokens are logged at debug level'
    expect(gates(body)).toEqual([
      [4, 'pass', 'I. Library-First'],
      [5, 'fail', 'Security by Default']
    ])
    expect(plan(body).verdict).toBe('fail')
    expect(errors(body)).toEqual(['CG003@5'])
    expect(gates('- ✅ IX. Integration-First\n\t❌ mocks stand in for the queue')).toEqual([
      [4, 'pass', 'IX. Integration-First'],
      [5, 'fail', 'mocks stand in for the queue']
    ])
  })

  it('should be one as a paragraph of the item, after a blank line', () => {
    const body = '- ✅ I. Library-First: `src/lib/widgets`\n\n  ❌ Security by Default: tokens are logged at debug level'
    expect(gates(body)).toEqual([
      [4, 'pass', 'I. Library-First'],
      [6, 'fail', 'Security by Default']
    ])
    expect(errors(body)).toEqual(['CG003@6'])
  })

  it('should take every status worse than the item\'s: partial or unevaluated under a pass, fail under a partial', () => {
    expect(gates('- [x] I. Library-First\n  ⚠️ **VII. Simplicity**: four projects')).toEqual([
      [4, 'pass', 'I. Library-First'],
      [5, 'partial', 'VII. Simplicity']
    ])
    expect(errors('- ✅ I. Library-First\n\n  TODO: Security by Default')).toEqual(['CG004@6'])
    expect(gates('- ⚠️ VII. Simplicity: four projects\n  ❌ III. Test-First: tests come after the spike')).toEqual([
      [4, 'partial', 'VII. Simplicity'],
      [5, 'fail', 'III. Test-First']
    ])
  })

  it('should keep a line with the same or a better status as the item\'s evidence', () => {
    expect(gates('- ✅ I. Library-First: `src/lib/widgets`\n  ✅ covered by contract tests\n\n  ✓ published as a package\n- ⚠️ VII. Simplicity: four projects\n  ✅ the worker deploys alone\n- ❌ IX. Integration-First\n\n  ⚠️ mocks stand in for the queue\n- [ ] X. Observability\n  ❌ no logs yet')).toEqual([
      [4, 'pass', 'I. Library-First'],
      [8, 'partial', 'VII. Simplicity'],
      [10, 'fail', 'IX. Integration-First'],
      [13, 'unevaluated', 'X. Observability']
    ])
    expect(plan('- ✅ I. Library-First\n  ➖ no CLI in this feature').gates[0]?.text).toContain('no CLI in this feature')
  })

  it('should read a `Status:` line of the item as the item\'s own status, not as a gate', () => {
    expect(gates('- I. Library-First\n\n  **Status**: PASS\n- ✅ III. Test-First\n  **Status**: FAIL — tests come after the spike\n- ✅ IX. Integration-First\n\n  Result: ❌ mocks stand in for the queue')).toEqual([
      [4, 'pass', 'I. Library-First'],
      [7, 'fail', 'III. Test-First'],
      [9, 'fail', 'IX. Integration-First']
    ])
    expect(gates('- ✅ I. Library-First\n  **Compliance Status**: ❌ tokens are logged')).toEqual([[4, 'fail', 'I. Library-First']])
  })

  it('should keep the prose before it as the item\'s text and the prose after it as its own', () => {
    const report = plan('- ✅ I. Library-First: `src/lib/widgets`\n  the package is published\n  ❌ VII. Simplicity: four projects\n  see C1 for the worker\n\n  More on the package.')
    expect(report.gates.map((gate) => [gate.range.line, gate.range.endLine, gate.status])).toEqual([
      [4, 5, 'pass'],
      [6, 6, 'fail']
    ])
    expect(report.gates[0]?.text).toContain('published')
    expect(report.gates[0]?.text).toContain('More on the package')
    expect(report.gates[1]?.text).toContain('C1')
  })

  it('should name a status that stands as its bold label by the item it is inside', () => {
    expect(gates('- ✅ **III. Test-First**\n\n  ❌ **VIOLATION**: tests come after the spike')).toEqual([
      [4, 'pass', 'III. Test-First'],
      [6, 'fail', 'III. Test-First']
    ])
  })

  it('should compare an item with no status with the gate its text is evidence for', () => {
    expect(gates('- ✅ I. Library-First\n  - the parser is a package\n    ❌ the CLI is not')).toEqual([
      [4, 'pass', 'I. Library-First'],
      [6, 'fail', 'the CLI is not']
    ])
    // The failing gate above already says so: the line is its evidence, not a second failure.
    expect(gates('❌ **VII. Simplicity**: four projects\n- the worker deploys alone\n  ❌ and the queue too')).toEqual([[4, 'fail', 'VII. Simplicity']])
    expect(gates('- Notes on the design\n  ❌ Security by Default: tokens are logged')).toEqual([[5, 'fail', 'Security by Default']])
  })

  it('should leave a status word inside a sentence, and prose, to the item', () => {
    expect(gates('- ✅ I. Library-First\n  No breaking changes; it must never fail\n\n  It fails safe: FAIL-closed by default.')).toEqual([[4, 'pass', 'I. Library-First']])
  })
})
