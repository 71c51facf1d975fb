import { configKey } from '../config/defaults.js'
import type { Status } from '../model/status.js'

/** How a status is written in human-facing reports. */
export const statusText: Record<Status, string> = {
  pass: 'PASS',
  fail: 'FAIL',
  partial: 'PARTIAL',
  justified: 'JUSTIFIED',
  'n/a': 'N/A',
  unevaluated: 'NOT EVALUATED'
}

/** A score as a percentage, or "n/a" for a plan with no gate to score. */
export function percent(score: number | null): string {
  return score === null ? 'n/a' : `${Math.round(score * 100)}%`
}

/** "3 pass, 1 fail" — the non-zero counts of a plan's gates. */
export function countsText(counts: Record<Status, number>): string {
  return (Object.keys(statusText) as Status[])
    .filter((status) => counts[status] > 0)
    .map((status) => `${counts[status]} ${statusText[status].toLowerCase()}`)
    .join(', ')
}

/** The effective configuration and what set each key that differs from the default. */
export interface Effective {
  settings: Record<string, unknown>
  /** Schema key (`max-projects`, `rules.CG004`) → where it was set. */
  sources: Record<string, string>
}

/** Each key that differs from the default, its value and what set it, sorted by key. */
export function changedSettings({ settings, sources }: Effective): Array<{ key: string; value: string; source: string }> {
  return Object.entries(sources)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, source]) => ({ key, value: JSON.stringify(lookup(settings, key)), source }))
}

function lookup(settings: Record<string, unknown>, key: string): unknown {
  const [head, ...rest] = key.split('.')
  const value = settings[configKey(head ?? '')]
  if (rest.length === 0) return value
  return (value as Record<string, unknown> | undefined)?.[rest.join('.')]
}
