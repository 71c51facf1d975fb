import { describe, expect, it } from '@jest/globals'
import { readTableShape } from '../../src/parse/table.js'
import { Vocabulary } from '../../src/parse/vocabulary.js'
import { loadFixture, score } from '../helpers/fixtures.js'

const vocab = new Vocabulary()
const columns = (header: string[], rows: string[][]) => readTableShape(vocab, header, rows).statusColumns

/** The gates of a one-table gates section: label, status. */
function gates(table: string): Array<[string, string]> {
  return score(`# Plan\n\n## Constitution Check\n\n${table}\n`).gates.map((gate) => [gate.label, gate.status])
}

describe('readTableShape', () => {
  it('should take a status-named column of prose beside a status column as notes', () => {
    const rows = [
      ['I. Library-First', 'The parser ships as its own package', '✅ PASS'],
      ['VII. Simplicity', 'Two projects: api and cli', 'PASS']
    ]
    expect(columns(['Principle', 'Compliance', 'Status'], rows)).toEqual([2])
    expect(columns(['Principle', 'Assessment', 'Result'], rows)).toEqual([2])
  })

  it('should fall back to the columns of marks when the only status-named column is prose', () => {
    expect(columns(['Gate', 'Compliance', 'Check'], [['I. Library-First', 'an own package for it', '✅'], ['II. CLI', 'reads stdin and stdout', '❌']])).toEqual([2])
  })

  it('should keep a status-named column that holds statuses, words to map, or nothing', () => {
    expect(columns(['Principle', 'Compliance', 'Status'], [['I', '✅ own package', 'PASS']])).toEqual([1, 2])
    expect(columns(['Principle', 'Compliance', 'Status'], [['I', 'NOTED', 'PASS']])).toEqual([1, 2])
    expect(columns(['Principle', 'Compliance', 'Status'], [['I', '', 'PASS']])).toEqual([1, 2])
    expect(columns(['Principle', 'Compliance', 'Status'], [['I', '🔴 not yet', 'PASS']])).toEqual([1, 2])
    expect(columns(['Principle', 'Compliance', 'Status'], [['I', '✅', 'Done']])).toEqual([1, 2])
    expect(columns(['Principle', 'Compliance', 'Status'], [['I', '✅', 'In progress']])).toEqual([1, 2])
  })

  it('should keep a lone status-named column of prose: with no other, it is the status', () => {
    expect(columns(['Principle', 'Compliance'], [['I. Library-First', 'The parser ships as its own package']])).toEqual([1])
  })
})

describe('status tables in a gates section', () => {
  it('should make one gate of a principle row, read from its status column, not its prose', () => {
    const table =
      '| Principle | Compliance | Status |\n|---|---|---|\n| I. Library-First | The parser ships as its own package | ✅ PASS |\n' +
      '| VII. Simplicity | Four projects, see below | ❌ FAIL |\n| IX. Integration-First | Contract tests against the real API |  |'
    expect(gates(table)).toEqual([
      ['I. Library-First', 'pass'],
      ['VII. Simplicity', 'fail'],
      ['IX. Integration-First', 'unevaluated']
    ])
  })

  it('should still read every phase column of a row', () => {
    const table = '| Principle | Assessment | Pre-design | Post-design |\n|---|---|---|---|\n| I. Library-First | a package of its own | ✅ | ⚠️ |'
    expect(gates(table)).toEqual([
      ['I. Library-First (Pre-design)', 'pass'],
      ['I. Library-First (Post-design)', 'partial']
    ])
  })

  it('should score a plan whose Compliance column explains and whose Status column judges', () => {
    const report = score(loadFixture('plans/compliance-notes-table.md').text)
    expect(report.gates.map((gate) => [gate.range.line, gate.status])).toEqual([
      [15, 'pass'],
      [16, 'pass'],
      [17, 'pass'],
      [18, 'justified'],
      [19, 'unevaluated']
    ])
    expect(report.findings.filter((finding) => finding.severity === 'error').map((finding) => [finding.ruleId, finding.range.line])).toEqual([['CG004', 19]])
  })

  it('should find a column of bare status words in a table of principles by its cells, whatever its header', () => {
    expect(columns(['Principle', 'Review'], [['I. Library-First', 'PASS'], ['VII. Simplicity', 'FAIL']])).toEqual([1])
    expect(columns(['Principle', 'Review'], [['I. Library-First', 'Yes'], ['VII. Simplicity', 'N/A']])).toEqual([1])
  })

  it('should take the translations of Assessment and Evaluation as a status header', () => {
    for (const header of ['評価', '评估', '評估', '평가', 'Evaluación', 'Avaliação', 'Bewertung', 'Évaluation']) {
      expect([header, columns(['Principle', header], [['I. Library-First', 'PASS'], ['VII. Simplicity', 'FAIL']])]).toEqual([header, [1]])
      expect([header, gates(`| Principle | ${header} |\n|---|---|\n| I. Library-First | PASS |\n| VII. Simplicity | FAIL |`)]).toEqual([
        header,
        [
          ['I. Library-First', 'pass'],
          ['VII. Simplicity', 'fail']
        ]
      ])
    }
  })
})
