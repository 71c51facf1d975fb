import { needsJustification } from '../model/status.js'
import { quote, type Rule } from './rule.js'

/** A filled row that no failing gate or over-limit count needs is either stale or mislinked. */
export const complexityRowUnused: Rule = {
  id: 'CG009',
  slug: 'complexity-row-unused',
  description: 'A filled Complexity Tracking row refers to no failed or partial gate and to no project count over the limit.',
  example: '`| Redis cache | latency | … |` while no gate fails.',
  defaultSeverity: 'warning',
  tags: ['complexity'],
  check({ plan, config, report }) {
    const used = new Set<number>()
    for (const gate of plan.gates) if (needsJustification(gate.claimed)) gate.rows.forEach((row) => used.add(row))
    for (const count of plan.projectCounts) if (count.value > config.maxProjects) count.rows.forEach((row) => used.add(row))
    plan.rows.forEach((row, index) => {
      if (row.kind !== 'filled' || used.has(index)) return
      report(
        row.range,
        `Complexity Tracking row ${quote(row.violation)} justifies no failed or partial gate: name the gate it is for (its article, principle or id such as C1), or delete the row.`
      )
    })
  }
}
