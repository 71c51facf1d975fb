import { quote, type Rule } from './rule.js'

/** A section verdict over items that carry no status of their own cannot be checked. */
export const summaryWithoutGates: Rule = {
  id: 'CG014',
  slug: 'summary-without-gate-status',
  description: 'A gates section has a PASS verdict line but none of its items carries a status of its own.',
  example: 'Plain bullets with no marks, then `Result: PASS (no violations identified)`.',
  defaultSeverity: 'warning',
  tags: ['summary', 'gates'],
  check({ plan, report }) {
    for (const summary of plan.summaries) {
      if (!summary.inSection || summary.section === null || summary.status === 'fail') continue
      if (plan.gates.some((gate) => gate.section === summary.section)) continue
      report(
        summary.range,
        `${quote(summary.text)} is the only status in its section: give each gate its own status (✅ PASS, ❌ FAIL, N/A) so the verdict can be checked.`
      )
    }
  }
}
