import type { ComplexityLevel } from '../model/plan.js'
import type { Rule } from './rule.js'

const order: readonly ComplexityLevel[] = ['Low', 'Medium', 'High', 'Critical']

/** The seed's Current Complexity Score above the configured ceiling. */
export const complexityScoreOverLimit: Rule = {
  id: 'CG011',
  slug: 'complexity-score-over-limit',
  description: 'The Current Complexity Score (seed format) is above max-complexity-score (High by default).',
  example: '`**Current Complexity Score**: Critical` (limit High).',
  defaultSeverity: 'error',
  tags: ['complexity'],
  check({ plan, config, report }) {
    for (const score of plan.complexityScores) {
      if (!score.level || order.indexOf(score.level) <= order.indexOf(config.maxComplexityScore)) continue
      report(
        score.range,
        `The Current Complexity Score is ${score.level}, above the limit of ${config.maxComplexityScore}: simplify the plan until the score is ${config.maxComplexityScore} or lower.`
      )
    }
  }
}
