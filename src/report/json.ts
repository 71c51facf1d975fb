import type { Finding } from '../model/finding.js'
import type { Gate } from '../model/plan.js'
import type { BaseComparison, PlanReport, Report } from '../model/report.js'

/** Version of the JSON report's shape; it changes only with a breaking change. */
export const REPORT_VERSION = 1

/** The JSON report (`--format json`, and the Action's `report` output), as documented in the README. */
export interface JsonReport {
  version: typeof REPORT_VERSION
  tool: { name: 'constitution-gate'; version: string }
  summary: {
    plans: number
    failed: number
    passed: number
    /** Mean score of the plans that have one (0–1), or null. */
    score: number | null
    errors: number
    warnings: number
    notices: number
  }
  plans: JsonPlan[]
  /** What amending a constitution does to the plans it judges (pull requests that amend one). */
  amendment?: Report['amendment']
  /** The constitutions (path null: the nine default articles) and the configuration file that judged the plans. */
  judgedBy?: {
    constitutions: Array<{ path: string | null; sha: string | null; plans: number }>
    config: { path: string; sha: string | null } | null
  }
}

export interface JsonPlan {
  path: string
  verdict: 'pass' | 'fail'
  score: number | null
  counts: PlanReport['counts']
  constitution: { path: string | null; source: 'file' | 'default' }
  gates: JsonGate[]
  findings: JsonFinding[]
  /** The plan at the base of the change, when it had one there. */
  base?: Omit<BaseComparison, 'added' | 'resolved'> & { added: JsonFinding[]; resolved: JsonFinding[] }
}

export interface JsonGate {
  label: string
  kind: Gate['kind']
  articles: string[]
  principle: string | null
  nonNegotiable: boolean
  status: Gate['status']
  claimed: Gate['claimed']
  /** Each status as written and where: `{ status: 'pass', position: 'checkbox', written: '[x]' }`. */
  readings: Gate['readings']
  line: number
  endLine: number
  /** Lines of the Complexity Tracking rows that refer to the gate. */
  justifiedBy: number[]
}

export type JsonFinding = Omit<Finding, 'range'> & Finding['range']

/** The report as plain data, in the documented shape. */
export function toJson(report: Report, version: string): JsonReport {
  const findings = report.plans.flatMap((plan) => plan.findings)
  const count = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length
  return {
    version: REPORT_VERSION,
    tool: { name: 'constitution-gate', version },
    summary: {
      plans: report.plans.length,
      failed: report.failed,
      passed: report.plans.length - report.failed,
      score: report.score,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice')
    },
    plans: report.plans.map(jsonPlan),
    ...(report.amendment ? { amendment: report.amendment } : {}),
    ...(report.judgedBy
      ? {
          judgedBy: {
            constitutions: report.judgedBy.constitutions.map(({ file, plans }) => ({ path: file?.path ?? null, sha: file?.sha ?? null, plans })),
            config: report.judgedBy.config
          }
        }
      : {})
  }
}

function jsonPlan(plan: PlanReport): JsonPlan {
  return {
    path: plan.path,
    verdict: plan.verdict,
    score: plan.score,
    counts: plan.counts,
    constitution: { path: plan.constitution.path, source: plan.constitution.source },
    gates: plan.gates.map((gate) => ({
      label: gate.label,
      kind: gate.kind,
      articles: gate.articles,
      principle: gate.principle?.name ?? null,
      nonNegotiable: gate.nonNegotiable,
      status: gate.status,
      claimed: gate.claimed,
      readings: gate.readings,
      line: gate.range.line,
      endLine: gate.range.endLine,
      justifiedBy: gate.status === 'justified' ? gate.rows.map((row) => plan.rows[row]?.range.line ?? 0) : []
    })),
    findings: plan.findings.map(jsonFinding),
    ...(plan.base ? { base: { ...plan.base, added: plan.base.added.map(jsonFinding), resolved: plan.base.resolved.map(jsonFinding) } } : {})
  }
}

function jsonFinding({ range, ...finding }: Finding): JsonFinding {
  return { ...finding, ...range }
}

/** The JSON report as text. */
export function formatJson(report: Report, version: string): string {
  return `${JSON.stringify(toJson(report, version), null, 2)}\n`
}
