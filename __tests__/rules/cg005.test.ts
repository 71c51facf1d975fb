import { describe, expect, it } from '@jest/globals'
import { readConstitution } from '../../src/parse/constitution.js'
import { linesOf, score } from '../helpers/fixtures.js'
import { expectMarkedLines, scoreFixture } from '../helpers/rules.js'

describe('CG005 non-negotiable-violated', () => {
  it('should fire on a failed, partial or claimed-justified gate of a non-negotiable principle, whatever the rows say', () => {
    expectMarkedLines('cg005')
  })

  it('should not also report those gates as unjustified (CG003)', () => {
    expect(linesOf(scoreFixture('cg005'), 'CG003')).toEqual([])
  })

  it('should take non-negotiable principles from the constitution, matched by name first', () => {
    const constitution = readConstitution(
      '# Constitution\n\n## Core Principles\n\n### I. Idempotency\n\nThis principle is NON-NEGOTIABLE.\n\n### III. Port collisions\n\nAvoid them.\n',
      '.specify/memory/constitution.md'
    )
    const text = '## Constitution Check\n\n| Principle | Status |\n|---|---|\n| I — Idempotency | ⚠️ PARTIAL |\n| III — Test-First | ❌ FAIL |\n'
    const report = score(text, {}, constitution)
    expect(linesOf(report, 'CG005')).toEqual([5])
    expect(linesOf(report, 'CG003')).toEqual([6])
  })

  it("should not take the repository's non-negotiable II for a gate named otherwise (the seed's numbering)", () => {
    const constitution = readConstitution(
      '# Constitution\n\n### I. Library-First\nLibraries.\n\n### II. Security by Default (NON-NEGOTIABLE)\nNo secrets in code.\n',
      '.specify/memory/constitution.md'
    )
    const text =
      '## Constitution Check\n\n- ✅ **I. Library-First**: one library\n- ⚠️ **II. CLI Interface**: the CLI reads JSON only\n\n' +
      '## Complexity Tracking\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n' +
      '| Article II: JSON-only CLI | callers send JSON | a text mode doubles the parser |\n'
    const report = score(text, {}, constitution)
    expect(linesOf(report, 'CG005')).toEqual([])
    expect(linesOf(report, 'CG003')).toEqual([])
    expect(report.gates.map((gate) => gate.status)).toEqual(['pass', 'justified'])
    expect(report.verdict).toBe('pass')
    // Its own numeral alone still names the repository's II.
    expect(linesOf(score(text.replace('**II. CLI Interface**', '**Principle II**'), {}, constitution), 'CG005')).toEqual([4])
  })

  it('should make a principle non-negotiable from the configuration', () => {
    const text = '## Constitution Check\n\n- ⚠️ **VIII. Anti-Abstraction**: one wrapper\n'
    expect(linesOf(score(text), 'CG005')).toEqual([])
    expect(linesOf(score(text, { nonNegotiable: ['Anti-Abstraction'] }), 'CG005')).toEqual([3])
    expect(linesOf(score(text, { nonNegotiable: ['VIII'] }), 'CG005')).toEqual([3])
  })
})
