import type { BaseComparison, GateChange, PlanReport } from '../model/report.js'
import { verdictOf } from './evaluate.js'
import { findingKeys, gateKey } from './identity.js'

/**
 * Compares a plan with its version at the base of a change: the score and
 * verdict before, each gate whose status moved, and the findings the change
 * added and resolved, a finding being the same when its path, rule and
 * subject are (moving lines changes nothing). With `onlyNew`, the findings
 * the base already had are marked existing and the verdict is weighed again
 * without them.
 *
 * @param base
 *   The plan scored at the base with the base's rules, its path there and the base commit.
 */
export function compareWithBase(head: PlanReport, base: { report: PlanReport; path: string; sha: string }, onlyNew: boolean): BaseComparison {
  const before = base.report
  // A renamed plan is the same plan: its findings are keyed under the new path.
  const beforeKeys = findingKeys(before).map((key) => (key.startsWith(`${before.path}\0`) ? head.path + key.slice(before.path.length) : key))
  const baseKeys = new Set(beforeKeys)
  const headKeys = findingKeys(head)
  const headKeySet = new Set(headKeys)
  const added = head.findings.filter((_, index) => !baseKeys.has(headKeys[index] ?? ''))
  const resolved = before.findings.filter((_, index) => !headKeySet.has(beforeKeys[index] ?? ''))
  if (onlyNew) {
    head.findings.forEach((finding, index) => {
      if (baseKeys.has(headKeys[index] ?? '')) finding.existing = true
    })
    head.verdict = verdictOf(head.findings)
  }
  const comparison: BaseComparison = { path: base.path, sha: base.sha, score: before.score, verdict: before.verdict, gates: gateChanges(before, head), added, resolved }
  head.base = comparison
  return comparison
}

/** Gates whose status differs between the two versions, matched by their context and label. */
function gateChanges(before: PlanReport, after: PlanReport): GateChange[] {
  const old = new Map<string, PlanReport['gates'][number]>()
  for (const gate of before.gates) if (!old.has(gateKey(gate))) old.set(gateKey(gate), gate)
  const changes: GateChange[] = []
  const seen = new Set<string>()
  for (const gate of after.gates) {
    const key = gateKey(gate)
    if (seen.has(key)) continue
    seen.add(key)
    const was = old.get(key)
    if (was?.status !== gate.status) changes.push({ label: gate.label, line: gate.range.line, before: was?.status ?? null, after: gate.status })
  }
  for (const [key, gate] of old) if (!seen.has(key)) changes.push({ label: gate.label, line: null, before: gate.status, after: null })
  return changes
}
