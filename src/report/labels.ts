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

/** The effective-configuration lines: each key that differs from the default and what set it. */
export function configurationLines(settings: Record<string, unknown>, sources: Record<string, string>): string[] {
  return Object.entries(sources)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, source]) => `${key} = ${JSON.stringify(lookup(settings, key))} (${source})`)
}

function lookup(settings: Record<string, unknown>, key: string): unknown {
  const [head, ...rest] = key.split('.')
  const value = settings[configKey(head ?? '')]
  if (rest.length === 0) return value
  return (value as Record<string, unknown> | undefined)?.[rest.join('.')]
}
