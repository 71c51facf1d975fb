import type { Range } from './range.js'
import type { Severity } from './severity.js'

/** One problem found in one file, as every output format shows it. */
export interface Finding {
  ruleId: string
  slug: string
  severity: Exclude<Severity, 'off'>
  message: string
  /** The file the range is in (the plan, or the constitution it was judged by). */
  path: string
  range: Range
  /** URL of the rule's documentation page. */
  docs: string
  /** The waiver in the plan that covers it: shown everywhere, but it does not fail the plan. */
  waiver?: Waiver
  /** The plan already had it at the base, and only new findings count (`only-new-findings`). */
  existing?: boolean
}

/** A waiver written in the plan that covers a finding (`<!-- constitution-gate-disable-next-line … -- reason -->`). */
export interface Waiver {
  /** Line of the directive. */
  line: number
  reason: string
}

/**
 * Whether a finding weighs on the verdict: a waived one does not (it is
 * shown, never hidden), nor one the plan already had at the base when only
 * new findings count.
 */
export function weighs(finding: Finding): boolean {
  return !finding.waiver && !finding.existing
}
