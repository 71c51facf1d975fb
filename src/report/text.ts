import type { PlanReport, Report } from '../model/report.js'
import type { Status } from '../model/status.js'
import { changedSettings, countsText, type Effective, findingNote, judgedByLines, percent, planConstitutionText, shownSeverity, statusText } from './labels.js'

/** Options of the text report. */
export interface TextOptions {
  /** The effective configuration and what set each changed key; printed when any key changed. */
  configuration?: Effective
  /** Only the failing plans, each with its findings (no gate tables), then the totals. */
  quiet?: boolean
}

/** Failing plans the totals line names before it says "and N more". */
const NAMED_FAILURES = 3

/**
 * The report for humans: per plan, failing plans first, a verdict line, a
 * table of its gates (line, gate, article, status) and its findings, each
 * line starting with `path:line:column` so that terminals, editors and the
 * problem matcher can jump to it; then the totals, naming the failing plans.
 */
export function formatText(report: Report, options: TextOptions = {}): string {
  const out: string[] = []
  const failing = report.plans.filter((plan) => plan.verdict === 'fail')
  const shown = options.quiet ? failing : [...failing, ...report.plans.filter((plan) => plan.verdict !== 'fail')]
  for (const plan of shown) out.push(...planText(plan, report, options.quiet === true), '')
  const passed = report.plans.length - report.failed
  const named = failing.slice(0, NAMED_FAILURES).map((plan) => plan.path)
  const more = failing.length - named.length
  const which = named.length > 0 ? ` (${named.join(', ')}${more > 0 ? ` and ${more} more` : ''})` : ''
  out.push(`${report.plans.length} plan${report.plans.length === 1 ? '' : 's'}: ${passed} passed, ${report.failed} failed${which} · mean score ${percent(report.score)}`)
  const changed = options.configuration ? changedSettings(options.configuration) : []
  if (changed.length > 0) {
    out.push('', 'Configuration (differs from the defaults):')
    for (const { key, value, source } of changed) out.push(`  ${key} = ${value} (${source})`)
  }
  if (report.amendment) {
    const { constitutions, checked, plans } = report.amendment
    out.push('', `Constitution amendment (${constitutions.join(', ')}): ${checked} plan${checked === 1 ? '' : 's'} scored before and after, ${plans.length} verdict${plans.length === 1 ? '' : 's'} changed`)
    for (const plan of plans) out.push(`  this amendment makes ${plan.path} ${plan.after}${plan.reasons.length > 0 ? `: ${plan.reasons.join('; ')}` : ''}`)
  }
  if (report.judgedBy) out.push('', ...judgedByLines(report.judgedBy))
  return `${out.join('\n')}\n`
}

function planText(plan: PlanReport, report: Report, quiet: boolean): string[] {
  const counts = countsText(plan.counts)
  // Several constitutions judged the run (a monorepo): each plan names its own.
  const judged = (report.judgedBy?.constitutions.length ?? 0) > 1 ? ` · judged by ${planConstitutionText(plan.constitution.path, report.judgedBy)}` : ''
  const out = [
    `${plan.path} — ${plan.verdict.toUpperCase()} · score ${percent(plan.score)} · ${plan.gates.length} gate${plan.gates.length === 1 ? '' : 's'}${counts ? ` (${counts})` : ''}${judged}`
  ]
  if (plan.gates.length > 0 && !quiet) {
    const rows = plan.gates.map((gate) => [
      String(gate.range.line),
      gate.label.length > 60 ? `${gate.label.slice(0, 59)}…` : gate.label,
      gate.articles.join(', ') || '—',
      statusText[gate.status] + (gate.nonNegotiable ? ' (non-negotiable)' : '')
    ])
    out.push('', ...table(['Line', 'Gate', 'Article', 'Status'], rows))
  }
  if (plan.base) out.push('', ...baseText(plan))
  if (plan.findings.length > 0) {
    out.push('')
    for (const finding of plan.findings) {
      out.push(`${finding.path}:${finding.range.line}:${finding.range.column}  ${shownSeverity(finding).padEnd(7)} ${finding.ruleId} ${finding.slug}: ${finding.message}${findingNote(finding)}`)
    }
  }
  return out
}

/** What the change did to a plan that existed at its base. */
function baseText(plan: PlanReport): string[] {
  const base = plan.base as NonNullable<PlanReport['base']>
  const status = (value: Status | null) => (value ? statusText[value] : '(none)')
  const out = [
    `  Since ${base.path}@${base.sha.slice(0, 7)}: score ${percent(base.score)} → ${percent(plan.score)}, ${base.verdict.toUpperCase()} → ${plan.verdict.toUpperCase()}, ${base.added.length} finding${base.added.length === 1 ? '' : 's'} added, ${base.resolved.length} resolved`
  ]
  for (const gate of base.gates) out.push(`    ${gate.label}: ${status(gate.before)} → ${status(gate.after)}`)
  return out
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? ''))))
  const pad = (cell: string, column: number) => ' '.repeat(Math.max(0, (widths[column] ?? 0) - displayWidth(cell)))
  const line = (cells: string[]) => `  ${cells.map((cell, column) => (column === 0 ? pad(cell, column) + cell : cell + pad(cell, column))).join('  ')}`.trimEnd()
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)]
}

/** Wide characters (CJK, Hangul, full-width forms, emoji) take two columns of a terminal; joiners and variation selectors none. */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u
const ZERO_WIDTH = /[\u0300-\u036F\u200B-\u200F\uFE00-\uFE0F]/u

function displayWidth(text: string): number {
  let width = 0
  for (const char of text) width += ZERO_WIDTH.test(char) ? 0 : WIDE.test(char) ? 2 : 1
  return width
}
