/**
 * The status of one gate. `justified` is a failed or partial gate that a
 * filled Complexity Tracking row justifies (or one its author claimed as
 * justified, until the row is checked).
 */
export type Status = 'pass' | 'fail' | 'partial' | 'justified' | 'n/a' | 'unevaluated'

export const statuses: readonly Status[] = ['pass', 'fail', 'partial', 'justified', 'n/a', 'unevaluated']

/**
 * When one gate carries several statuses that disagree, the worse one stands.
 * Higher is worse.
 */
const badness: Record<Status, number> = {
  'n/a': 0,
  pass: 1,
  justified: 2,
  partial: 3,
  fail: 4,
  unevaluated: 5
}

/**
 * The worse of two statuses (unevaluated > fail > partial > justified > pass > n/a).
 */
export function worse(a: Status, b: Status): Status {
  return badness[a] >= badness[b] ? a : b
}

/**
 * Whether a status is a violation that needs a Complexity Tracking row.
 */
export function needsJustification(status: Status): boolean {
  return status === 'fail' || status === 'partial' || status === 'justified'
}

export function isStatus(value: string): value is Status {
  return (statuses as readonly string[]).includes(value)
}

/** How a status is written in human-facing reports. */
export const statusText: Record<Status, string> = {
  pass: 'PASS',
  fail: 'FAIL',
  partial: 'PARTIAL',
  justified: 'JUSTIFIED',
  'n/a': 'N/A',
  unevaluated: 'NOT EVALUATED'
}
