import { described } from './cg003-gate-unjustified.js'
import { quote, type Rule } from './rule.js'

/** A non-negotiable principle admits no exception, whatever Complexity Tracking says. */
export const nonNegotiableViolated: Rule = {
  id: 'CG005',
  slug: 'non-negotiable-violated',
  description: 'A gate of a NON-NEGOTIABLE principle (Test-First by default) fails, is partial, or claims a justification: no row can justify it.',
  example: '`| III. Test-First | ⚠️ PARTIAL |`, even with a Complexity Tracking row.',
  defaultSeverity: 'error',
  tags: ['gates', 'constitution'],
  check({ plan, report }) {
    for (const gate of plan.gates) {
      if (!gate.nonNegotiable) continue
      if (gate.claimed !== 'fail' && gate.claimed !== 'partial' && gate.claimed !== 'justified') continue
      const principle = gate.principle?.name ? ` (${gate.principle.name})` : ''
      report(
        gate.range,
        `Gate ${quote(gate.label)}${principle} ${described(gate)}, but its principle is NON-NEGOTIABLE: no Complexity Tracking row can justify it. Change the plan until the gate passes.`
      )
    }
  }
}
