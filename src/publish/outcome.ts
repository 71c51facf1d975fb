import type { Config } from '../config/config.js'
import type { Report } from '../model/report.js'
import { weighs } from '../model/finding.js'
import { atLeast } from '../model/severity.js'

export type Conclusion = 'success' | 'failure' | 'neutral'

/**
 * A run's conclusion: neutral when no plan was checked; with `fail-on: error`
 * (the default) failure when a finding is an error, with `warning` when one
 * is a warning or an error; with `never`, neutral instead of failure, so the
 * check informs without blocking.
 */
export function conclusionOf(report: Report, failOn: Config['failOn']): Conclusion {
  if (report.plans.length === 0) return 'neutral'
  const threshold = failOn === 'warning' ? 'warning' : 'error'
  const failing = report.plans.some((plan) => plan.findings.some((finding) => weighs(finding) && atLeast(finding.severity, threshold)))
  if (!failing) return 'success'
  return failOn === 'never' ? 'neutral' : 'failure'
}
