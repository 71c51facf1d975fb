import { createHash } from 'node:crypto'
import type { Report } from '../model/report.js'
import { findingKeys } from '../score/identity.js'
import { findingNote, shownSeverity } from './labels.js'

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
  const issues: Issue[] = []
  for (const plan of report.plans) {
    const keys = findingKeys(plan)
    plan.findings.forEach((finding, index) => {
      const { line, endLine } = finding.range
      issues.push({
        description: finding.message + findingNote(finding),
        check_name: finding.ruleId,
        fingerprint: createHash('sha256').update(keys[index] ?? '').digest('hex').slice(0, 32),
        // A waived or existing finding stays listed (dropping it would read as fixed), as information.
        severity: SEVERITY[shownSeverity(finding)],
        location: { path: relativePath(finding.path), lines: endLine > line ? { begin: line, end: endLine } : { begin: line } }
      })
    })
  }
  return `${JSON.stringify(issues, null, 2)}\n`
}

/** GitLab matches `location.path` against the repository's files: forward slashes, no leading `./`. */
function relativePath(path: string): string {
  return path.replace(/\\/gu, '/').replace(/^(?:\.\/)+/u, '')
}
