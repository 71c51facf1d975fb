import * as core from '@actions/core'
import type { Report } from '../model/report.js'

/** The runner shows at most this many annotations of one level per step; it drops the rest silently. */
export const RUNNER_ANNOTATIONS_PER_LEVEL = 10

/**
 * Annotates findings with workflow commands (`::error file=…`), which need
 * no token: the fallback when the token cannot create check runs. The runner
 * keeps 10 per level and step, so the rest are counted in the log; every
 * finding is in the job summary and the log anyway.
 *
 * @returns
 *   How many findings were not shown as annotations.
 */
export function annotateWithCommands(report: Report): number {
  const shown = { error: 0, warning: 0, notice: 0 }
  let hidden = 0
  for (const plan of report.plans) {
    for (const finding of plan.findings) {
      // A waived finding, or one the base already had, informs without failing: a notice, as in check-run annotations.
      const level = finding.waiver || finding.existing ? 'notice' : finding.severity
      if (shown[level] >= RUNNER_ANNOTATIONS_PER_LEVEL) {
        hidden++
        continue
      }
      shown[level]++
      const { line, endLine, column, endColumn } = finding.range
      const properties: core.AnnotationProperties = {
        title: `${finding.ruleId} ${finding.slug}`,
        file: finding.path,
        startLine: line,
        endLine,
        ...(line === endLine ? { startColumn: column, endColumn: Math.max(column, endColumn - 1) } : {})
      }
      const annotate = level === 'error' ? core.error : level === 'warning' ? core.warning : core.notice
      annotate(finding.message, properties)
    }
  }
  if (hidden > 0) {
    core.info(`${hidden} more findings were not shown as annotations (the runner shows ${RUNNER_ANNOTATIONS_PER_LEVEL} per level and step): every finding is in the job summary and above in this log.`)
  }
  return hidden
}
