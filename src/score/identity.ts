import type { Finding } from '../model/finding.js'
import type { Gate } from '../model/plan.js'
import type { PlanReport } from '../model/report.js'

/**
 * Who a gate is across versions of a plan: the labels above it and its own,
 * never its line, so moving lines changes nothing.
 */
export function gateKey(gate: Pick<Gate, 'context' | 'label'>): string {
  return ['gate', ...gate.context, gate.label].join('\0')
}

/**
 * What a finding is about, in words that do not change when lines move: the
 * gate's context and name, or the Complexity Tracking row's cells, or else
 * the message with its line references taken out.
 */
export function subjectOf(plan: PlanReport, finding: Finding): string {
  if (finding.path === plan.path) {
    const gate = plan.gates.find((candidate) => candidate.range.line === finding.range.line)
    if (gate) return gateKey(gate)
    const row = plan.rows.find((candidate) => candidate.range.line === finding.range.line)
    if (row) return ['row', ...row.cells].join('\0')
  }
  return `message\0${finding.message.replace(/\blines? \d+(?:\s*[–-]\s*\d+)?/gu, 'line')}`
}

/**
 * One key per finding of a plan, the same across versions of the plan when
 * the finding is the same: its path, its rule and its subject, plus its
 * order among findings that would otherwise share a key (a gate repeated in
 * a re-check section).
 */
export function findingKeys(plan: PlanReport): string[] {
  const seen = new Map<string, number>()
  return plan.findings.map((finding) => {
    const key = [finding.path.replace(/\\/gu, '/').replace(/^(?:\.\/)+/u, ''), finding.ruleId, subjectOf(plan, finding)].join('\0')
    const occurrence = seen.get(key) ?? 0
    seen.set(key, occurrence + 1)
    return `${key}\0${occurrence}`
  })
}
