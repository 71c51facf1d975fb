import type { Finding } from '../model/finding.js'
import type { Report } from '../model/report.js'
import { findingNote, shownSeverity } from './labels.js'

/** A check-run annotation, as the Checks API takes it. */
export interface Annotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title: string
  raw_details?: string
}

const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' } as const
/** GitHub's limits: a title of 255 characters, a message of 64 KB. */
const TITLE_LIMIT = 255
const MESSAGE_LIMIT = 64 * 1024

function clip(text: string, limit: number): string {
  if (Buffer.byteLength(text) <= limit) return text
  let cut = text.slice(0, limit)
  while (Buffer.byteLength(cut) > limit - 3) cut = cut.slice(0, -1)
  return `${cut}…`
}

/** One annotation for a finding; columns only on a single line, as GitHub requires. */
export function annotationOf(finding: Finding): Annotation {
  const { line, endLine, column, endColumn } = finding.range
  return {
    path: finding.path,
    start_line: line,
    end_line: endLine,
    ...(line === endLine ? { start_column: column, end_column: Math.max(column, endColumn - 1) } : {}),
    // A waived finding, or one the base already had, informs without failing.
    annotation_level: LEVEL[shownSeverity(finding)],
    message: clip(`${finding.message}${findingNote(finding)}`, MESSAGE_LIMIT),
    title: clip(`${finding.ruleId} ${finding.slug}`, TITLE_LIMIT),
    raw_details: finding.docs
  }
}

/** Every finding of a run as an annotation, plan by plan, line by line. */
export function annotationsOf(report: Report): Annotation[] {
  return report.plans.flatMap((plan) => plan.findings.map(annotationOf))
}
