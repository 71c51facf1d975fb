import type { PlanReport, Report } from '../model/report.js'

/** The run's totals over its plans. */
export function summarize(plans: PlanReport[]): Report {
  const scores = plans.map((plan) => plan.score).filter((score): score is number => score !== null)
  return {
    plans,
    failed: plans.filter((plan) => plan.verdict === 'fail').length,
    score: scores.length > 0 ? scores.reduce((sum, score) => sum + score, 0) / scores.length : null
  }
}
