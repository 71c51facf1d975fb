import { createHash } from 'node:crypto'
import type { Finding } from '../model/finding.js'
import type { PlanReport, Report } from '../model/report.js'

/** GitLab's scale is info, minor, major, critical, blocker: errors rank above warnings, notices inform. */
const SEVERITY = { error: 'major', warning: 'minor', notice: 'info' } as const

/** One entry of a GitLab Code Quality report (the subset of Code Climate's format GitLab reads). */
interface Issue {
  description: string
  check_name: string
  fingerprint: string
  severity: (typeof SEVERITY)[keyof typeof SEVERITY]
  location: { path: string; lines: { begin: number; end?: number } }
}

/**
 * A GitLab Code Quality report (`artifacts: reports: codequality:`): a JSON
 * array with one issue per finding.
 *
 * GitLab compares the fingerprints of a merge request's report with its
 * base's to tell new findings from fixed ones, so a fingerprint must not move
 * when lines are added above the finding: it hashes the path, the rule and
 * what the finding is about — the gate's context and name, or the Complexity
 * Tracking row's cells, or else the message with its line references taken
 * out — never a line number. Findings that would still share a fingerprint (a
 * gate repeated in a re-check section) are told apart by their order.
 */
export function formatGitlab(report: Report): string {
  const seen = new Map<string, number>()
  const issues: Issue[] = []
  for (const plan of report.plans) {
    for (const finding of plan.findings) {
      const path = relativePath(finding.path)
      const key = [path, finding.ruleId, subject(plan, finding)].join('\0')
      const occurrence = seen.get(key) ?? 0
      seen.set(key, occurrence + 1)
      const { line, endLine } = finding.range
      issues.push({
        description: finding.message,
        check_name: finding.ruleId,
        fingerprint: createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32),
        severity: SEVERITY[finding.severity],
        location: { path, lines: endLine > line ? { begin: line, end: endLine } : { begin: line } }
      })
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`
}

/** What a finding is about, in words that do not change when lines move. */
function subject(plan: PlanReport, finding: Finding): string {
  if (finding.path === plan.path) {
    const gate = plan.gates.find((candidate) => candidate.range.line === finding.range.line)
    if (gate) return ['gate', ...gate.context, gate.label].join('\0')
    const row = plan.rows.find((candidate) => candidate.range.line === finding.range.line)
    if (row) return ['row', ...row.cells].join('\0')
  }
  return `message\0${finding.message.replace(/\blines? \d+(?:\s*[–-]\s*\d+)?/gu, 'line')}`
}

/** GitLab matches `location.path` against the repository's files: forward slashes, no leading `./`. */
function relativePath(path: string): string {
  return path.replace(/\\/gu, '/').replace(/^(?:\.\/)+/u, '')
}
