import type { ComplexityLevel } from '../model/plan.js'
import type { Severity } from '../model/severity.js'
import type { Status } from '../model/status.js'

/**
 * Every setting, as the scorer, the CLI and the Action use it. It is filled
 * from the defaults, then the YAML file, then CLI flags or workflow inputs,
 * all validated against one JSON Schema (`schema/constitution-gate.schema.json`,
 * whose kebab-case keys these camel-case names mirror).
 */
export interface Config {
  /** Globs of plan files. */
  plans: string[]
  /** Globs left out even when `plans` matches them. */
  exclude: string[]
  /** Path of the constitution, or null to look in the usual places. */
  constitution: string | null
  maxProjects: number
  maxComplexityScore: ComplexityLevel
  /** Heading texts that open a gates section, added to the built-in ones. */
  gateHeadings: string[]
  /** Heading texts that open a Complexity Tracking section, added to the built-in ones. */
  complexityHeadings: string[]
  /** Principle names or numerals that are non-negotiable besides those the constitution marks. */
  nonNegotiable: string[]
  /** Status words (or marks) added to the built-in vocabulary. */
  statuses: Record<string, Status>
  /** Severity per rule id. */
  rules: Record<string, Severity>
  /** Plans larger than this many bytes are not read. */
  maxFileSize: number
  /** Which findings make the run fail. */
  failOn: 'error' | 'warning' | 'never'
  /** Findings the plan already had at the base do not fail the run (`only-new-findings`). */
  onlyNewFindings: boolean
  /** Whether directives in a plan may waive findings (`forbid`: each is a waiver-invalid error). */
  waivers: 'allow' | 'forbid'
}

/** Where the constitution is looked for when `constitution` is not set. */
export const CONSTITUTION_PATHS = ['.specify/memory/constitution.md', 'memory/constitution.md'] as const

/** Where the YAML file is looked for when none is given. */
export const CONFIG_PATHS = ['.github/constitution-gate.yml', '.github/constitution-gate.yaml'] as const
