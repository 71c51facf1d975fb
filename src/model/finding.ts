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
}
