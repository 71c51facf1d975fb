import { quote, type Rule } from './rule.js'

/** A row with an empty or template cell justifies nothing. */
export const complexityRowIncomplete: Rule = {
  id: 'CG008',
  slug: 'complexity-row-incomplete',
  description: 'A Complexity Tracking row has an empty or template cell, so it justifies nothing.',
  example: '`| Repository pattern | several databases |  |` (a cell left empty).',
  defaultSeverity: 'warning',
  tags: ['complexity'],
  check({ plan, report }) {
    const header = (index: number) => plan.complexityTables.find((t) => t.justifies)?.header[index] ?? `column ${index + 1}`
    for (const row of plan.rows) {
      if (row.kind !== 'incomplete') continue
      const cells = row.emptyCells.map((index) => quote(header(index))).join(', ')
      report(row.range, `Complexity Tracking row ${quote(row.violation || '(empty)')} leaves ${cells} empty or unfinished (template text, TBD), so it justifies nothing: fill every cell.`)
    }
  }
}
