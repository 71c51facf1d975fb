import { expect } from '@jest/globals'
import type { Config } from '../../src/config/config.js'
import type { Constitution } from '../../src/model/plan.js'
import { linesOf, loadFixture, score } from './fixtures.js'

/**
 * Scores `fixtures/rules/<name>.md` and checks that every rule named in its
 * `<!-- expect: … -->` markers fires on exactly the marked lines.
 */
export function expectMarkedLines(name: string, changes: Partial<Config> = {}, constitution?: Constitution): void {
  const { text, expected } = loadFixture(`rules/${name}.md`)
  const report = score(text, changes, constitution)
  expect(expected.size).toBeGreaterThan(0)
  for (const [ruleId, lines] of expected) {
    expect({ ruleId, lines: linesOf(report, ruleId) }).toEqual({ ruleId, lines: lines.sort((a, b) => a - b) })
  }
}

/** Scores `fixtures/rules/<name>.md` (markers cut out) and returns the report. */
export function scoreFixture(name: string, changes: Partial<Config> = {}, constitution?: Constitution) {
  return score(loadFixture(`rules/${name}.md`).text, changes, constitution)
}
