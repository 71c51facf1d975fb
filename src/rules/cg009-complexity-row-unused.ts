import { needsJustification, statusText } from '../model/status.js'
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
    // Without a gates section no row can be used: CG001 says what is wrong, not every row.
    if (plan.sections.length === 0) return
    const used = new Set<number>()
    for (const gate of plan.gates) if (needsJustification(gate.claimed)) gate.rows.forEach((row) => used.add(row))
    for (const count of plan.projectCounts) if (count.value > config.maxProjects) count.rows.forEach((row) => used.add(row))
    plan.rows.forEach((row, index) => {
      if (row.kind !== 'filled' || used.has(index)) return
      // A row that names a gate whose status is not (yet) a failure points at that gate's status, not at the row.
      const named = plan.gates.find((gate) => gate.rows.includes(index))
      report(
        row.range,
        named
          ? `Complexity Tracking row ${quote(row.violation)} refers to gate ${quote(named.label)} (line ${named.range.line}), whose status is ${statusText[named.claimed]}: a row justifies only a failed or partial gate, so mark that gate ❌ FAIL or ⚠️ PARTIAL, or delete the row.`
          : `Complexity Tracking row ${quote(row.violation)} justifies no failed or partial gate: name the gate it is for (its article, principle or id such as C1), or delete the row.`
      )
    })
  }
}
