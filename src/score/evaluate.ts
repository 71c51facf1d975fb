import type { Config } from '../config/config.js'
import { type Finding, weighs } from '../model/finding.js'
import type { Plan } from '../model/plan.js'
import type { PlanReport, StatusCounts } from '../model/report.js'
import { statuses } from '../model/status.js'
import { docsUrl, type Rule, type RuleContext, rules } from '../rules/index.js'
import { applyWaivers, judgeWaivers } from './waive.js'

/**
 * Runs every rule that is not turned off over one plan and weighs the result:
 * a plan fails when any finding is an error; its score is the share of
 * evaluated gates that pass or are justified (N/A left out), or null when it
 * has no gate to score.
 */
export function evaluate(plan: Plan, config: Config): PlanReport {
  const findings: Finding[] = []
  const run = (rule: Rule, waivers?: RuleContext['waivers']) => {
    const severity = config.rules[rule.id] ?? rule.defaultSeverity
    if (severity === 'off') return
    rule.check({
      plan,
      config,
      ...(waivers ? { waivers } : {}),
      report(range, message, path) {
        findings.push({ ruleId: rule.id, slug: rule.slug, severity, message, path: path ?? plan.path, range, docs: docsUrl(rule) })
      }
    })
  }
  for (const rule of rules) if (!rule.judgesWaivers) run(rule)
  // Waivers apply once every rule has run; the rules that judge them run last, so nothing waives their findings.
  const judged = judgeWaivers(plan, config)
  applyWaivers(findings, judged, plan.path)
  const waived = { judged, findings: [...findings] }
  for (const rule of rules) if (rule.judgesWaivers) run(rule, waived)
  findings.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column || a.ruleId.localeCompare(b.ruleId))

  const counts = Object.fromEntries(statuses.map((status) => [status, 0])) as StatusCounts
  for (const gate of plan.gates) counts[gate.status]++
  const scored = plan.gates.length - counts['n/a']
  return {
    path: plan.path,
    verdict: verdictOf(findings),
    score: scored > 0 ? (counts.pass + counts.justified) / scored : null,
    counts,
    gates: plan.gates,
    rows: plan.rows,
    findings,
    constitution: plan.constitution
  }
}

/** A plan fails when a finding that weighs (not waived, not already there at the base) is an error. */
export function verdictOf(findings: readonly Finding[]): 'pass' | 'fail' {
  return findings.some((finding) => finding.severity === 'error' && weighs(finding)) ? 'fail' : 'pass'
}
