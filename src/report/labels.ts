import { configKey } from '../config/defaults.js'
import { type Finding, weighs } from '../model/finding.js'
import type { JudgedBy, RulesFile } from '../model/report.js'
import { type Status, statusText } from '../model/status.js'

export { statusText }


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

/** A rules file as reports name it: `path@sha7`, or the path alone when read from the working tree. */
export function rulesFileText(file: RulesFile): string {
  return file.sha ? `${file.path}@${file.sha.slice(0, 7)}` : file.path
}

/**
 * The closing lines every report ends with: the constitution(s) and the
 * configuration file that judged the plans. `code` wraps a path for the
 * format (backticks in markdown).
 */
export function judgedByLines(judgedBy: JudgedBy, code: (text: string) => string = (text) => text): string[] {
  const name = (file: RulesFile | null) => (file ? code(rulesFileText(file)) : 'the nine default articles')
  const used = judgedBy.constitutions
  const constitution =
    used.length === 0
      ? 'Constitution: none needed (no plan)'
      : used.length === 1
        ? `Constitution: ${name(used[0]?.file ?? null)}`
        : `Constitutions: ${used.map(({ file, plans }) => `${name(file)} (${plans} plan${plans === 1 ? '' : 's'})`).join(', ')}`
  return [constitution, `Configuration file: ${judgedBy.config ? code(rulesFileText(judgedBy.config)) : 'none'}`]
}

/** The constitution a plan was judged by, as a report names it beside the plan. */
export function planConstitutionText(path: string | null, judgedBy: JudgedBy | undefined, code: (text: string) => string = (text) => text): string {
  const used = judgedBy?.constitutions.find(({ file }) => (file?.path ?? null) === path)
  return used?.file ? code(rulesFileText(used.file)) : path ? code(path) : 'the nine default articles'
}

/**
 * The severity a finding is shown at: its own, or `notice` for one that
 * weighs on no verdict (waived, or existing at the base), so that no
 * annotation, problem matcher or Code Quality widget shows it as blocking.
 */
export function shownSeverity(finding: Finding): Finding['severity'] {
  return weighs(finding) ? finding.severity : 'notice'
}

/** Why a finding informs without failing, said after its message; nothing for one that weighs. */
export function findingNote(finding: Finding): string {
  if (finding.waiver) return ` (waived at line ${finding.waiver.line}: ${finding.waiver.reason})`
  if (finding.existing) return ' (existing: the base had it too; only new findings count)'
  return ''
}
