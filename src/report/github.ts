import type { Report } from '../model/report.js'
import { findingNote, shownSeverity } from './labels.js'

const COMMAND: Record<'error' | 'warning' | 'notice', string> = { error: 'error', warning: 'warning', notice: 'notice' }

function escapeData(text: string): string {
  return text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C')
}

/**
 * Workflow-command annotations (`::error file=…,line=…::message`), one per
 * finding: what a GitHub runner turns into annotations without any token.
 */
export function formatGithub(report: Report): string {
  const lines: string[] = []
  for (const plan of report.plans) {
    for (const finding of plan.findings) {
      const { line, endLine, column, endColumn } = finding.range
      const properties = [
        `file=${escapeProperty(finding.path)}`,
        `line=${line}`,
        `endLine=${endLine}`,
        ...(line === endLine ? [`col=${column}`, `endColumn=${endColumn}`] : []),
        `title=${escapeProperty(`${finding.ruleId} ${finding.slug}`)}`
      ]
      // A waived finding, or one the base already had, informs without failing: a notice, as in check-run annotations.
      lines.push(`::${COMMAND[shownSeverity(finding)]} ${properties.join(',')}::${escapeData(finding.message + findingNote(finding))}`)
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}
