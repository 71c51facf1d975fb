import { describe, expect, it } from '@jest/globals'
import type { PlanReport } from '../../src/model/report.js'
import { readConstitution } from '../../src/parse/constitution.js'
import { parsePlan } from '../../src/parse/plan.js'
import { score } from '../helpers/fixtures.js'

/**
 * HTML comments are ignored everywhere (VERDICT-RULES): a comment line between
 * the rows of a table must not end it, or the rows after it become a paragraph
 * nobody reads and the plan passes on the rows above (a false pass).
 */

const lines = (...rows: string[]) => rows.join('\n')
const found = (report: PlanReport) => report.findings.map((finding) => `${finding.range.line} ${finding.ruleId}${finding.waiver ? ` waived@${finding.waiver.line}` : ''}`)
const gates = (report: PlanReport) => report.gates.map((gate) => `${gate.range.line} ${gate.label}: ${gate.status}`)

/** The plan from the report: the comment on line 8 sits between two rows. */
function plan(comment = '<!-- reviewed by bob -->'): string {
  return lines('# Plan', '', '## Constitution Check', '', '| Principle | Status |', '|---|---|', '| I. Library-First | ✅ PASS |', comment, '| III. Test-First | ❌ FAIL |', '| VII. Simplicity | ❌ FAIL |', '')
}

// Test-First is non-negotiable under the default articles; here it is not, so a CG003 can be waived on it.
const negotiable = readConstitution(lines('# Constitution', '', '### I. Library-First', '', '### III. Test-First', '', '### VII. Simplicity', ''), '.specify/memory/constitution.md')

describe('a comment line between table rows', () => {
  it('should keep the rows after it in the table, with their real lines', () => {
    const report = score(plan())
    expect(gates(report)).toEqual(['7 I. Library-First: pass', '9 III. Test-First: fail', '10 VII. Simplicity: fail'])
    // Test-First fails non-negotiably (CG005) under the default articles; Simplicity has no row (CG003).
    expect(found(report)).toEqual(['9 CG005', '10 CG003'])
    expect(report.verdict).toBe('fail')
    expect(gates(score(plan().replace(/\n/gu, '\r\n')))).toEqual(gates(report))
    const withConstitution = score(plan(), {}, negotiable)
    expect(found(withConstitution)).toEqual(['9 CG003', '10 CG003'])
  })

  it('should keep exact cell positions for the rows after the comment', () => {
    const parsed = parsePlan(plan(), 'plan.md')
    const gate = parsed.gates.find((candidate) => candidate.label.startsWith('VII'))
    // Cells are sliced from the plan by offset: a shifted offset would misread the label and status.
    expect([gate?.label, gate?.status]).toEqual(['VII. Simplicity', 'fail'])
    expect(gate?.range).toEqual({ line: 10, column: 1, endLine: 10, endColumn: '| VII. Simplicity | ❌ FAIL |'.length + 1 })
  })

  it('should waive only the line a disable-next-line directive above a row names, and find the directive used', () => {
    const report = score(plan('<!-- constitution-gate-disable-next-line CG003 -- Test-First lands with the spike -->'), {}, negotiable)
    expect(found(report)).toEqual(['9 CG003 waived@8', '10 CG003'])
    expect(report.verdict).toBe('fail')
  })

  it('should read on past several comments, a multi-line one, and one indented in the table', () => {
    const text = lines(
      '# Plan',
      '',
      '## Constitution Check',
      '',
      '| Principle | Status |',
      '|---|---|',
      '<!-- right after the delimiter row --> <!-- and another -->',
      '| I. Library-First | ✅ PASS |',
      '<!--',
      '   a note over',
      '   three lines -->',
      '| III. Test-First | ❌ FAIL |',
      '  <!-- indented -->',
      '| VII. Simplicity | ⚠️ PARTIAL |',
      ''
    )
    expect(gates(score(text))).toEqual(['8 I. Library-First: pass', '12 III. Test-First: fail', '14 VII. Simplicity: partial'])
  })

  it('should read a comment at the end of a row as nothing', () => {
    const text = lines('# Plan', '', '## Constitution Check', '', '| Principle | Status |', '|---|---|', '| I. Library-First | ✅ PASS |', '| III. Test-First | ❌ FAIL | <!-- note -->', '| VII. Simplicity | ❌ FAIL |', '')
    expect(gates(score(text))).toEqual(['7 I. Library-First: pass', '8 III. Test-First: fail', '9 VII. Simplicity: fail'])
  })

  it('should read a table in a list item on past a comment line too', () => {
    const text = lines('# Plan', '', '## Constitution Check', '', '- Gates:', '', '  | Principle | Status |', '  |---|---|', '  | I. Library-First | ✅ PASS |', '  <!-- x -->', '  | VII. Simplicity | ❌ FAIL |', '')
    expect(gates(score(text))).toEqual(['9 I. Library-First: pass', '11 VII. Simplicity: fail'])
  })

  it('should leave prose after a comment and a blank line as prose', () => {
    const text = lines('# Plan', '', '## Constitution Check', '', '| Principle | Status |', '|---|---|', '| I. Library-First | ✅ PASS |', '<!-- reviewed by bob -->', '', 'The | pipe here is prose: FAIL.', '')
    const report = score(text)
    expect(gates(report)).toEqual(['7 I. Library-First: pass'])
    expect(report.verdict).toBe('pass')
  })

  it('should end the table at a blank line that was blank in the source, after the comment', () => {
    const text = lines('# Plan', '', '## Constitution Check', '', '| Principle | Status |', '|---|---|', '| I. Library-First | ✅ PASS |', '<!-- x -->', '', '| VII. Simplicity | ❌ FAIL |', '')
    expect(gates(score(text))).toEqual(['7 I. Library-First: pass'])
  })

  it('should leave a new table after a comment its own header', () => {
    const text = lines('# Plan', '', '## Constitution Check', '', '| Principle | Status |', '|---|---|', '| I. Library-First | ✅ PASS |', '<!-- x -->', '| Gate | Result |', '|---|---|', '| VII. Simplicity | ❌ FAIL |', '')
    expect(gates(score(text))).toEqual(['7 I. Library-First: pass', '11 VII. Simplicity: fail'])
  })

  it('should keep the Complexity Tracking row after a comment justifying its gate', () => {
    const text = lines(
      '# Plan',
      '',
      '## Constitution Check',
      '',
      '- ❌ VII. Simplicity: four projects',
      '- ❌ IX. Integration-First: mocks for the queue',
      '',
      '## Complexity Tracking',
      '',
      '| Violation | Why Needed | Simpler Alternative Rejected Because |',
      '|---|---|---|',
      '| Integration-First: mocks | The queue has no local emulator | A shared queue is flaky in CI |',
      '<!-- constitution-gate-disable-next-line CG010 -- reviewed -->',
      '<!-- second reviewer: ok -->',
      '| Simplicity: four projects | The worker deploys on its own | One binary cannot scale the worker |',
      ''
    )
    const report = score(text)
    expect(report.gates.map((gate) => gate.status)).toEqual(['justified', 'justified'])
    expect(parsePlan(text, 'plan.md').rows.map((row) => row.range.line)).toEqual([12, 15])
  })

  it('should read a comment inside a cell as nothing: a status beside it stands, a cell of comments is empty', () => {
    const text = lines('# Plan', '', '## Constitution Check', '', '| Principle | Status |', '|---|---|', '| I. Library-First | PASS <!-- note --> |', '| VII. Simplicity | <!-- ✅ --> |', '')
    expect(gates(score(text))).toEqual(['7 I. Library-First: pass', '8 VII. Simplicity: unevaluated'])
  })

  it('should not let a Complexity Tracking row whose cells hold only comments justify anything', () => {
    const text = lines(
      '# Plan',
      '',
      '## Constitution Check',
      '',
      '- ❌ VII. Simplicity: four projects',
      '',
      '## Complexity Tracking',
      '',
      '| Violation | Why Needed | Simpler Alternative Rejected Because |',
      '|---|---|---|',
      '| Simplicity: four projects | <!-- why --> | <!-- alternative --> |',
      ''
    )
    const report = score(text)
    expect(report.gates.map((gate) => gate.status)).toEqual(['fail'])
    expect(report.verdict).toBe('fail')
  })
})
