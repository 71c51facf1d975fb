import type { PlanReport, Report } from '../model/report.js'
import { changedSettings, countsText, type Effective, percent, statusText } from './labels.js'

/** Options of the text report. */
export interface TextOptions {
  /** The effective configuration and what set each changed key; printed when any key changed. */
  configuration?: Effective
}

/**
 * The report for humans: per plan a verdict line, a table of its gates
 * (line, gate, article, status) and its findings; then the totals.
 */
export function formatText(report: Report, options: TextOptions = {}): string {
  const out: string[] = []
  for (const plan of report.plans) out.push(...planText(plan), '')
  const passed = report.plans.length - report.failed
  out.push(`${report.plans.length} plan${report.plans.length === 1 ? '' : 's'}: ${passed} passed, ${report.failed} failed · mean score ${percent(report.score)}`)
  const changed = options.configuration ? changedSettings(options.configuration) : []
  if (changed.length > 0) {
    out.push('', 'Configuration (differs from the defaults):')
    for (const { key, value, source } of changed) out.push(`  ${key} = ${value} (${source})`)
  }
  return `${out.join('\n')}\n`
}

function planText(plan: PlanReport): string[] {
  const counts = countsText(plan.counts)
  const out = [
    `${plan.path} — ${plan.verdict.toUpperCase()} · score ${percent(plan.score)} · ${plan.gates.length} gate${plan.gates.length === 1 ? '' : 's'}${counts ? ` (${counts})` : ''}`
  ]
  if (plan.gates.length > 0) {
    const rows = plan.gates.map((gate) => [
      String(gate.range.line),
      gate.label.length > 60 ? `${gate.label.slice(0, 59)}…` : gate.label,
      gate.articles.join(', ') || '—',
      statusText[gate.status] + (gate.nonNegotiable ? ' (non-negotiable)' : '')
    ])
    out.push('', ...table(['Line', 'Gate', 'Article', 'Status'], rows))
  }
  if (plan.findings.length > 0) {
    out.push('')
    for (const finding of plan.findings) {
      const where = `${finding.path === plan.path ? '' : `${finding.path}:`}${finding.range.line}:${finding.range.column}`
      out.push(`  ${where.padEnd(8)} ${finding.severity.padEnd(7)} ${finding.ruleId} ${finding.slug}: ${finding.message}`)
    }
  }
  return out
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)))
  const line = (cells: string[]) =>
    `  ${cells.map((cell, column) => (column === 0 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ')}`.trimEnd()
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)]
}
