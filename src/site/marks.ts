import type { Finding } from '../model/finding.js'
import type { PlanReport } from '../model/report.js'
import type { Status } from '../model/status.js'
import { quote } from '../rules/rule.js'
import { statusText } from '../report/labels.js'

/** How a line is coloured; each tone also has its own icon, so colour is never the only signal. */
export type Tone = 'bad' | 'warn' | 'info' | 'good' | 'muted'

/** Worst first: when a line carries several marks, the first of these stands. */
const ORDER: readonly Tone[] = ['bad', 'warn', 'info', 'good', 'muted']

/** The icon shown with each tone, in the plan view, the gate table and the findings. */
export const ICON: Record<Tone, string> = { bad: '✗', warn: '!', info: 'i', good: '✓', muted: '–' }

/** What a line of the plan view shows. */
export interface LineMark {
  tone: Tone
  /** Short visible labels: statuses, rule ids, `JUSTIFIES 19`. */
  tags: string[]
  /** One sentence each, for the tooltip and screen readers. */
  notes: string[]
}

/** A gate's tone: green, amber, red — blue for a justified one, grey for n/a. */
export function toneOfStatus(status: Status): Tone {
  switch (status) {
    case 'pass':
      return 'good'
    case 'fail':
      return 'bad'
    case 'justified':
      return 'info'
    case 'n/a':
      return 'muted'
    default:
      return 'warn'
  }
}

/** A finding's tone, by its severity. */
export function toneOfSeverity(severity: Finding['severity']): Tone {
  return severity === 'error' ? 'bad' : severity === 'warning' ? 'warn' : 'info'
}

/**
 * The marks of the plan's lines: each gate's line by its status, each
 * Complexity Tracking row that justifies a gate, and each finding's line by
 * its severity. Findings in another file (the constitution) are left out.
 *
 * @param report
 *   The plan's report.
 */
export function lineMarks(report: PlanReport): Map<number, LineMark> {
  const marks = new Map<number, LineMark>()
  const add = (line: number, tone: Tone, tag: string, note: string) => {
    const mark = marks.get(line)
    if (!mark) {
      marks.set(line, { tone, tags: [tag], notes: [note] })
      return
    }
    if (ORDER.indexOf(tone) < ORDER.indexOf(mark.tone)) mark.tone = tone
    mark.tags.push(tag)
    mark.notes.push(note)
  }
  for (const gate of report.gates) {
    const status = statusText[gate.status]
    add(gate.range.line, toneOfStatus(gate.status), status, `Gate ${quote(gate.label)}: ${status}${gate.nonNegotiable ? ' (non-negotiable)' : ''}`)
    if (gate.status !== 'justified') continue
    for (const index of gate.rows) {
      const row = report.rows[index]
      if (row) add(row.range.line, 'info', `JUSTIFIES ${gate.range.line}`, `Complexity Tracking row justifying ${quote(gate.label)} (line ${gate.range.line})`)
    }
  }
  for (const finding of report.findings) {
    if (finding.path !== report.path) continue
    add(finding.range.line, toneOfSeverity(finding.severity), finding.ruleId, `${finding.ruleId} ${finding.severity}: ${finding.message}`)
  }
  return marks
}
