import { quote, type Rule } from './rule.js'

/** The author's own verdict is FAIL: the plan fails even when every violation is justified. */
export const summaryFail: Rule = {
  id: 'CG013',
  slug: 'summary-fail',
  description: 'A verdict or checked Progress Tracking line says the gates FAIL.',
  example: '`- [x] Initial Constitution Check: FAIL (7 violations documented)`.',
  defaultSeverity: 'error',
  tags: ['summary'],
  check({ plan, report }) {
    for (const summary of plan.summaries) {
      if (summary.status !== 'fail') continue
      report(
        summary.range,
        `${quote(summary.text)} says the gates fail: fix the plan, or once every violation is justified write "PASS with justified exceptions".`
      )
    }
  }
}
