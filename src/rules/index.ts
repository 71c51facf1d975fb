import { noGatesSection } from './cg001-no-gates-section.js'
import { gatesUnfilled } from './cg002-gates-unfilled.js'
import { gateUnjustified } from './cg003-gate-unjustified.js'
import { gateNotEvaluated } from './cg004-gate-not-evaluated.js'
import { nonNegotiableViolated } from './cg005-non-negotiable-violated.js'
import { placeholderInGates } from './cg006-placeholder-in-gates.js'
import { placeholderInComplexity } from './cg007-placeholder-in-complexity.js'
import { complexityRowIncomplete } from './cg008-complexity-row-incomplete.js'
import { complexityRowUnused } from './cg009-complexity-row-unused.js'
import { projectCountOverLimit } from './cg010-project-count-over-limit.js'
import { complexityScoreOverLimit } from './cg011-complexity-score-over-limit.js'
import { summaryContradiction } from './cg012-summary-contradiction.js'
import { summaryFail } from './cg013-summary-fail.js'
import { summaryWithoutGates } from './cg014-summary-without-gates.js'
import { complexityTableShape } from './cg015-complexity-table-shape.js'
import { constitutionTemplate } from './cg016-constitution-template.js'
import { planUnreadable } from './cg017-plan-unreadable.js'
import { waiverInvalid } from './cg018-waiver-invalid.js'
import { waiverUnused } from './cg019-waiver-unused.js'
import { principleNotChecked } from './cg020-principle-not-checked.js'
import { constitutionVersionBehind } from './cg021-constitution-version-behind.js'
import type { Rule } from './rule.js'

/** Every rule, in id order. Ids and slugs are stable: configurations name them. */
export const rules: readonly Rule[] = [
  noGatesSection,
  gatesUnfilled,
  gateUnjustified,
  gateNotEvaluated,
  nonNegotiableViolated,
  placeholderInGates,
  placeholderInComplexity,
  complexityRowIncomplete,
  complexityRowUnused,
  projectCountOverLimit,
  complexityScoreOverLimit,
  summaryContradiction,
  summaryFail,
  summaryWithoutGates,
  complexityTableShape,
  constitutionTemplate,
  planUnreadable,
  waiverInvalid,
  waiverUnused,
  principleNotChecked,
  constitutionVersionBehind
]

/** The rule with this id or slug (any case), or undefined. */
export function findRule(idOrSlug: string): Rule | undefined {
  const key = idOrSlug.trim().toLowerCase()
  return rules.find((rule) => rule.id.toLowerCase() === key || rule.slug === key)
}

export type { Rule, RuleContext } from './rule.js'
export { docsUrl } from './rule.js'
