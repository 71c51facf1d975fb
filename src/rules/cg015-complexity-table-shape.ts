import { quote, type Rule } from './rule.js'

/** A table under Complexity Tracking that is not a Violation / Why Needed / Simpler Alternative table. */
export const complexityTableShape: Rule = {
  id: 'CG015',
  slug: 'complexity-table-shape',
  description: 'A table under Complexity Tracking lacks the Violation / Why Needed / Simpler Alternative Rejected Because columns, so its rows justify nothing.',
  example: '`| Aspect | Approach | Rationale |` under `## Complexity Tracking`.',
  defaultSeverity: 'warning',
  tags: ['complexity'],
  check({ plan, report }) {
    for (const table of plan.complexityTables) {
      if (table.justifies) continue
      report(
        table.range,
        `The table ${quote(table.header.join(' | '))} under Complexity Tracking is not a justification table: its rows justify no gate. Use the columns | Violation | Why Needed | Simpler Alternative Rejected Because |.`
      )
    }
  }
}
