import type { Status } from '../model/status.js'
import { worse } from '../model/status.js'
import type { ItemText } from './read-item.js'
import { statusLike } from './read-status.js'

/**
 * Verdict lines and Progress Tracking lines: what an author says of the
 * gates as a whole.
 */

const SUMMARY_LABEL = new RegExp(
  '^(?:(?:overall|final|initial|post[-\\s]?design|pre[-\\s]?design|post[-\\s]?phase[-\\s]?\\d*|pre[-\\s]?phase[-\\s]?\\d*|phase[-\\s]?-?\\d+|' +
    're-?\\s?check|constitution(?:al)?|compliance|gates?)\\s+)*' +
    '(?:result|results|status|verdict|outcome|evaluation|assessment|gate|gates|check|re-?\\s?check|conclusion|summary|overall|decision|compliance\\s+summary|overall\\s+compliance)$',
  'iu'
)

/**
 * Whether a label heads a verdict line: `Gate result`, `Result`,
 * `Overall Status`, `Initial gate`, `Initial evaluation`,
 * `Post-Design Constitution Check`. A bare `Status` belongs to the item above
 * it and is read elsewhere.
 */
export function isSummaryLabel(label: string): boolean {
  return SUMMARY_LABEL.test(label.trim().replace(/\s+/gu, ' '))
}

/**
 * Labels that give one item (or a sub-heading with no gates under it yet)
 * its status, rather than summing up a section: `Result: PASS` under
 * `### I. Library-First`.
 */
export const OWN_RESULT_LABEL = /^(?:result|verdict|outcome)$/iu

/** Headings under which a `Result:` line sums up, rather than judging one principle. */
export const SUMMARY_HEADING = /summary|overall|conclusion|results?\b|verdict|assessment|outcome|decision/iu

const PROGRESS = /constitution(?:al)?\s+(?:check|gates?|compliance|re-?\s?check)|\ball\s+(?:constitutional\s+)?gates\b|憲法チェック|宪法检查|憲法檢查|헌법\s*(?:준수|검사)/iu

/**
 * Whether a checked item states the constitution gates passed or failed
 * (`[x] Initial Constitution Check: PASS`, `[x] All Constitutional Gates passed`).
 */
export function isProgressItem(text: string): boolean {
  return PROGRESS.test(text)
}

/**
 * The verdict of a checked Progress Tracking item, or null for an unchecked
 * one (progress, not a verdict). A value in words the vocabulary does not
 * know (`BLOCKED`, `Failing`) is not evaluated, never a pass by its box.
 */
export function progressVerdict(item: ItemText): Status | null {
  const box = item.readings.find((reading) => reading.position === 'checkbox')
  if (!box || box.status === 'unevaluated') return null
  const said = item.readings.filter((reading) => reading.position !== 'checkbox')
  if (said.length === 0 && statusLike(item.value)) return 'unevaluated'
  return item.readings.reduce<Status>((worst, reading) => worse(worst, reading.status), box.status)
}
