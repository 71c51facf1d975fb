import type { Finding } from './finding.js'
import type { Gate, Plan } from './plan.js'
import type { Status } from './status.js'

export type Verdict = 'pass' | 'fail'

/** Gates counted by final status. */
export type StatusCounts = Record<Status, number>

/** The verdict on one plan. */
export interface PlanReport {
  path: string
  verdict: Verdict
  /** (pass + justified) / (gates − n/a), or null when the plan has no gate to score. */
  score: number | null
  counts: StatusCounts
  gates: Gate[]
  /** The Complexity Tracking rows `Gate.rows` points into. */
  rows: Plan['rows']
  findings: Finding[]
  constitution: Plan['constitution']
  /** How the plan compares with its version at the base of the change, when it had one. */
  base?: BaseComparison
}

/** A gate whose status the change moved (null: no such gate on that side). */
export interface GateChange {
  label: string
  /** Its line in the changed plan, or null for a gate the change removed. */
  line: number | null
  before: Status | null
  after: Status | null
}

/** The plan at the base of a change, against the plan the change leaves. */
export interface BaseComparison {
  /** The plan's path at the base (a rename changes it). */
  path: string
  /** The base commit. */
  sha: string
  score: number | null
  verdict: Verdict
  /** Gates whose status changed, in the changed plan's order, then removed ones. */
  gates: GateChange[]
  /** Findings the change added. */
  added: Finding[]
  /** Findings of the base that the change resolved. */
  resolved: Finding[]
}

/** The verdict on a run over several plans. */
export interface Report {
  plans: PlanReport[]
  /** Plans that fail. */
  failed: number
  /** Mean score of the plans that have one, or null. */
  score: number | null
  /** The constitutions and the configuration file the plans were judged by. */
  judgedBy?: JudgedBy
  /** When the change amends a constitution in use: what that does to every plan it judges. */
  amendment?: Amendment
}

/**
 * The impact of a constitution amendment: every plan the amended
 * constitutions judge, scored against the base's and the head's, and those
 * whose verdict the amendment changes.
 */
export interface Amendment {
  /** The constitution files the change amends (or adds). */
  constitutions: string[]
  /** How many plans were scored against both. */
  checked: number
  /** Plans whose verdict the amendment changes. */
  plans: Array<{ path: string; before: Verdict; after: Verdict; reasons: string[] }>
  /** report: the conclusion is unchanged; fail: plans the amendment makes fail fail the run. */
  mode: 'report' | 'fail'
}

/** A rules file as it was read: its path, and the commit it was read at (null: the working tree). */
export interface RulesFile {
  path: string
  sha: string | null
}

/**
 * What judged a run's plans, so that every report can say it: each
 * constitution used (null: the nine default articles) with how many plans it
 * judged, and the configuration file (null: none).
 */
export interface JudgedBy {
  constitutions: Array<{ file: RulesFile | null; plans: number }>
  config: RulesFile | null
}
