import { describe, expect, it } from '@jest/globals'
import type { Plan } from '../../src/model/plan.js'
import { parsePlan } from '../../src/parse/plan.js'
import { readWaivers } from '../../src/parse/waivers.js'

const lines = (...rows: string[]) => rows.join('\n')

/** What the rules read of a plan's gates: the waiver comments must change none of it. */
const gatesOf = (plan: Plan) => plan.gates.map((gate) => ({ label: gate.label, line: gate.range.line, status: gate.status, readings: gate.readings, context: gate.context }))

describe('readWaivers', () => {
  it('should read every directive form: its kind, rules by id or slug, reason and place', () => {
    const text = lines(
      '# Plan',
      '<!-- constitution-gate-disable-file CG010 -- one deploy unit per region -->',
      '<!-- constitution-gate-disable-next-line CG004, gate-unjustified -- contracts land next sprint -->',
      '- [ ] Contracts defined?',
      '| III. Test-First | ❔ <!-- constitution-gate-disable-line CG004 -- spike first --> |',
      '<!--constitution-gate-disable CG007 gate-unjustified -- legacy table-->',
      '<!-- constitution-gate-enable CG007 gate-unjustified -->'
    )
    expect(readWaivers(text)).toEqual([
      { kind: 'disable-file', written: 'constitution-gate-disable-file', rules: ['CG010'], reason: 'one deploy unit per region', closed: true, range: { line: 2, column: 1, endLine: 2, endColumn: 76 } },
      { kind: 'disable-next-line', written: 'constitution-gate-disable-next-line', rules: ['CG004', 'gate-unjustified'], reason: 'contracts land next sprint', closed: true, range: expect.objectContaining({ line: 3, endLine: 3 }) },
      { kind: 'disable-line', written: 'constitution-gate-disable-line', rules: ['CG004'], reason: 'spike first', closed: true, range: { line: 5, column: 23, endLine: 5, endColumn: 83 } },
      { kind: 'disable', written: 'constitution-gate-disable', rules: ['CG007', 'gate-unjustified'], reason: 'legacy table', closed: true, range: expect.objectContaining({ line: 6 }) },
      { kind: 'enable', written: 'constitution-gate-enable', rules: ['CG007', 'gate-unjustified'], reason: null, closed: true, range: expect.objectContaining({ line: 7 }) }
    ])
  })

  it('should read a directive that spans lines, its reason joined into one line', () => {
    const text = lines('# Plan', '<!--', '  constitution-gate-disable-next-line CG004', '  -- the contracts', '  land next sprint', '-->', '- [ ] Contracts defined?')
    expect(readWaivers(text)).toEqual([
      { kind: 'disable-next-line', written: 'constitution-gate-disable-next-line', rules: ['CG004'], reason: 'the contracts land next sprint', closed: true, range: { line: 2, column: 1, endLine: 6, endColumn: 4 } }
    ])
  })

  it('should keep what is missing or misspelt for the rules to judge: no rules, no reason, an unknown directive, a comment never closed', () => {
    const text = lines(
      '<!-- constitution-gate-disable-next-line -- no rule named -->',
      '<!-- constitution-gate-disable-next-line CG004 -->',
      '<!-- constitution-gate-disable-next-line CG004 -- -->',
      '<!-- constitution-gate-disable-next-line CG004: no separator -->',
      '<!-- Constitution-Gate-Disable-Nextline CG004 -- typo -->',
      '<!-- constitution-gate-disable-file CG010 -- never closed'
    )
    expect(readWaivers(text).map(({ kind, written, rules, reason, closed, range }) => ({ kind, written, rules, reason, closed, line: range.line }))).toEqual([
      { kind: 'disable-next-line', written: 'constitution-gate-disable-next-line', rules: [], reason: 'no rule named', closed: true, line: 1 },
      { kind: 'disable-next-line', written: 'constitution-gate-disable-next-line', rules: ['CG004'], reason: null, closed: true, line: 2 },
      { kind: 'disable-next-line', written: 'constitution-gate-disable-next-line', rules: ['CG004'], reason: null, closed: true, line: 3 },
      { kind: 'disable-next-line', written: 'constitution-gate-disable-next-line', rules: ['CG004:', 'no', 'separator'], reason: null, closed: true, line: 4 },
      { kind: null, written: 'constitution-gate-disable-nextline', rules: ['CG004'], reason: 'typo', closed: true, line: 5 },
      { kind: 'disable-file', written: 'constitution-gate-disable-file', rules: ['CG010'], reason: 'never closed', closed: false, line: 6 }
    ])
  })

  it('should ignore directives in code: fenced, indented, nested in a list, and inline code spans', () => {
    const directive = '<!-- constitution-gate-disable-file CG004 -- documented, not meant -->'
    const text = lines(
      '# How to waive',
      '',
      '```markdown',
      directive,
      '```',
      '',
      '~~~~',
      directive,
      '~~~~',
      '',
      `    ${directive}`,
      '',
      '- an item',
      '',
      '  ```',
      `  ${directive}`,
      '  ```',
      '',
      `Write \`${directive}\` above the gate.`,
      '',
      `Or \`\`a \` tick ${directive}\`\`.`
    )
    expect(readWaivers(text)).toEqual([])
  })

  it('should read a directive that only looks like code (an inline span closed before it) and ignore comments that are not directives', () => {
    const text = lines('Text `code` then <!-- constitution-gate-disable-line CG004 -- real -->', '<!-- see constitution-gate-disable-file in the docs -->', '<!-- TODO: fill the gates -->')
    expect(readWaivers(text).map((waiver) => [waiver.range.line, waiver.range.column, waiver.reason])).toEqual([[1, 18, 'real']])
  })

  it('should read nothing, quickly, from a plan that never says constitution-gate-', () => {
    const text = '- [x] gate <!-- comment -->\n'.repeat(50_000)
    const start = performance.now()
    expect(readWaivers(text)).toEqual([])
    expect(performance.now() - start).toBeLessThan(200)
  })
})

describe('parsePlan with waivers', () => {
  it('should list the plan waivers and read its gates as if the directives were not there', () => {
    const plain = lines(
      '# Plan',
      '',
      '## Constitution Check',
      '',
      '- Simplicity',
      '  - VII. Simplicity: PASS',
      '  - [ ] Contracts defined?',
      '',
      '| Principle | Status |',
      '|---|---|',
      '| III. Test-First | FAIL |',
      '| I. Library-First | PASS |'
    )
    const waived = lines(
      '# Plan',
      '<!-- constitution-gate-disable-file CG010 -- one deploy unit -->',
      '## Constitution Check',
      '',
      '- Simplicity',
      '  - VII. Simplicity: PASS <!-- constitution-gate-disable-line CG004 -- a trailing directive -->',
      '  - [ ] Contracts defined? <!-- constitution-gate-disable-line CG004 -- spike -->',
      '',
      '| Principle | Status |',
      '|---|---|',
      '| III. Test-First | FAIL <!-- constitution-gate-disable-line CG005 -- not allowed --> |',
      '| I. Library-First | PASS |'
    )
    const plan = parsePlan(waived, 'plan.md')
    expect(plan.waivers.map((waiver) => waiver.range.line)).toEqual([2, 6, 7, 11])
    expect(gatesOf(plan)).toEqual(gatesOf(parsePlan(plain, 'plan.md')))
    expect(plan.gates.map((gate) => gate.status)).toEqual(['pass', 'unevaluated', 'fail', 'pass'])
  })

  it('should keep the gates under a directive nested in their item, wherever the directive starts', () => {
    const plan = (middle: string) => parsePlan(lines('## Constitution Check', '', '### Simplicity Gate', '- [x] VII. Simplicity:', middle, '  - [ ] Using at most 3 projects?', '  - [x] No future-proofing?'), 'plan.md')
    const note = gatesOf(plan('  <!-- a note -->'))
    expect(note.map((gate) => gate.context)).toEqual([['Simplicity Gate'], ['Simplicity Gate', 'VII. Simplicity'], ['Simplicity Gate', 'VII. Simplicity']])
    expect(gatesOf(plan('  <!-- constitution-gate-disable-next-line CG004 -- spike -->'))).toEqual(note)
    expect(gatesOf(plan('<!-- constitution-gate-disable-next-line CG004 -- spike -->'))).toEqual(note)
  })
})
