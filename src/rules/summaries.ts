import type { Gate, Plan, Summary } from '../model/plan.js'

/** The gates a verdict line speaks for: its section's, or the whole plan's. */
export function gatesOf(plan: Plan, summary: Summary): Gate[] {
  return summary.section === null ? plan.gates : plan.gates.filter((gate) => gate.section === summary.section)
}
