import type { Finding } from '../model/finding.js'
import type { JudgedWaiver, Plan } from '../model/plan.js'
import type { Range } from '../model/range.js'
import type { Severity } from '../model/severity.js'
import type { Config } from '../config/config.js'
import { RULE_DOCS_BASE } from '../meta.js'

/** What a rule sees: the plan, the limits it checks against, and one way to report. */
export interface RuleContext {
  plan: Plan
  config: Config
  /**
   * Reports a finding.
   *
   * @param range
   *   Where, in the plan (or in `path` when given).
   * @param message
   *   What is wrong and how to fix it, in one or two sentences.
   * @param path
   *   Another file the finding is in (the constitution).
   */
  report(range: Range, message: string, path?: string): void
  /**
   * For a rule that judges the plan's waivers (`judgesWaivers`): each
   * directive judged against the registry, and what every other rule found,
   * waivers applied.
   */
  waivers?: { judged: readonly JudgedWaiver[]; findings: readonly Finding[] }
}

/** A rule: data plus one small check. Findings carry its id, slug and docs link. */
export interface Rule {
  /** Stable id, `CG001`. */
  id: string
  /** Stable name, `no-gates-section`. */
  slug: string
  /** One sentence: what the rule checks. */
  description: string
  /** What makes it fire, in one line of markdown: the rule table of docs/configuration.md shows it. */
  example: string
  defaultSeverity: Exclude<Severity, 'off'>
  tags: readonly string[]
  /** It judges the plan's waivers: it runs after every other rule, once waivers are applied, and is never waived. */
  judgesWaivers?: boolean
  check(context: RuleContext): void
}

/** Where rule pages live (derived from package.json); every finding links to its rule's page. */
export const DOCS_BASE = RULE_DOCS_BASE

export function docsUrl(rule: Pick<Rule, 'id'>): string {
  return `${DOCS_BASE}/${rule.id.toLowerCase()}.md`
}

/** A gate's name as findings quote it. */
export function quote(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim()
  return `'${line.length > 80 ? `${line.slice(0, 79)}…` : line}'`
}
