import { describe } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultConfig } from '../../src/config/defaults.js'
import type { Config } from '../../src/config/config.js'
import type { Constitution } from '../../src/model/plan.js'
import type { PlanReport } from '../../src/model/report.js'
import { scorePlan, scoring } from '../../src/score/scoring.js'

export const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')
export const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus')

/**
 * `describe` for suites that read `../shared` (the corpus beside the
 * repository). CI always has it and sets CG_REQUIRE_CORPUS, so there a
 * missing corpus fails; on a user's clone with nothing beside it the suite is
 * skipped, saying so in one line.
 */
export function describeShared(name: string, suite: () => void): void {
  if (existsSync(corpus) || process.env.CG_REQUIRE_CORPUS) {
    describe(name, suite)
    return
  }
  process.stderr.write(`skipped '${name}': it reads ../shared/corpus, which is not beside this clone.\n`)
  describe.skip(name, suite)
}

const MARKER = /[ \t]*<!--\s*expect:\s*([A-Z0-9, ]+?)\s*-->/gu

/**
 * A fixture plan whose `<!-- expect: CG004 -->` comments name the rules that
 * must fire on their line. The markers are cut out before the plan is scored,
 * so the scorer never sees them.
 */
export function loadFixture(relative: string): { text: string; expected: Map<string, number[]> } {
  const raw = readFileSync(join(fixtures, relative), 'utf8')
  const expected = new Map<string, number[]>()
  const lines = raw.split('\n').map((line, index) =>
    line.replace(MARKER, (_, ids: string) => {
      for (const id of ids.split(/[,\s]+/u).filter(Boolean)) expected.set(id, [...(expected.get(id) ?? []), index + 1])
      return ''
    })
  )
  return { text: lines.join('\n'), expected }
}

/** Scores a text with the default configuration (or changes to it). */
export function score(text: string, changes: Partial<Config> = {}, constitution?: Constitution, path = 'plan.md'): PlanReport {
  return scorePlan(text, path, scoring({ ...defaultConfig(), ...changes }, constitution))
}

/** The lines where `ruleId` fired, sorted. */
export function linesOf(report: PlanReport, ruleId: string): number[] {
  return report.findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.range.line).sort((a, b) => a - b)
}

/** A plan whose gates section holds `body`, scored with the defaults. */
export function gatesSection(body: string): PlanReport {
  return score(`# Plan\n\n## Constitution Check\n${body}\n`)
}

/** The gates of a gates section: line, status, label. */
export function gatesOf(body: string): Array<[number, string, string]> {
  return gatesSection(body).gates.map((gate) => [gate.range.line, gate.status, gate.label])
}

/** The error findings of a report as `CG003@7`. */
export function errorsOf(report: PlanReport): string[] {
  return report.findings.filter((finding) => finding.severity === 'error').map((finding) => `${finding.ruleId}@${finding.range.line}`)
}
