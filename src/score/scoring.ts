import type { Config } from '../config/config.js'
import type { Constitution } from '../model/plan.js'
import type { PlanReport } from '../model/report.js'
import { defaultConstitution } from '../parse/constitution.js'
import { parsePlan } from '../parse/plan.js'
import { Vocabulary } from '../parse/vocabulary.js'
import { evaluate } from './evaluate.js'

/** Everything that stays the same from one plan to the next in a run. */
export interface Scoring {
  config: Config
  constitution: Constitution
  vocabulary: Vocabulary
}

/** Prepares a run: the vocabulary is compiled once for every plan. */
export function scoring(config: Config, constitution: Constitution = defaultConstitution()): Scoring {
  return { config, constitution, vocabulary: new Vocabulary(config.statuses) }
}

/**
 * Prepared runs for one configuration, one per constitution, each made on
 * first use: a run over plans judged by several constitutions (a monorepo,
 * a base and a head) compiles the vocabulary once and shares it.
 */
export function scoringsFor(config: Config): (constitution: Constitution) => Scoring {
  const vocabulary = new Vocabulary(config.statuses)
  const runs = new Map<Constitution, Scoring>()
  return (constitution) => {
    let run = runs.get(constitution)
    if (!run) runs.set(constitution, (run = { config, constitution, vocabulary }))
    return run
  }
}

/**
 * Scores one plan. The parsed tree is dropped as soon as the report is made,
 * so a run over many plans holds one tree at a time.
 */
export function scorePlan(source: string, path: string, run: Scoring): PlanReport {
  const plan = parsePlan(source, path, {
    vocabulary: run.vocabulary,
    constitution: run.constitution,
    headings: { gates: run.config.gateHeadings, complexity: run.config.complexityHeadings },
    nonNegotiable: run.config.nonNegotiable
  })
  return evaluate(plan, run.config)
}

/** The report of a plan that could not be read: a failure, never a silent pass. */
export function unreadablePlan(path: string, reason: string, run: Scoring): PlanReport {
  const plan = parsePlan('', path, { constitution: run.constitution })
  plan.unreadable = reason
  return evaluate(plan, run.config)
}
