import { describe, expect, it } from '@jest/globals'
import type { PlanReport } from '../../src/model/report.js'
import { readConstitution } from '../../src/parse/constitution.js'
import { score } from '../helpers/fixtures.js'

const lines = (...rows: string[]) => rows.join('\n')
const PATH = '.specify/memory/constitution.md'

/** Five principles, on lines 5, 8, 11, 14 and 20 (the last one a bold non-negotiable item). */
const constitution = readConstitution(
  lines(
    '# Widgets Constitution',
    '',
    '## Core Principles',
    '',
    '### I. Library-First',
    'Every feature starts as a library.',
    '',
    '### II. Observability',
    'Structured logs for every request.',
    '',
    '### III. Test-First (NON-NEGOTIABLE)',
    'Tests are written first.',
    '',
    '### IV. Simplicity',
    'At most three projects.',
    '',
    '## Security',
    'What every change keeps to:',
    '',
    '- **Secrets stay out of the repository (NON-NEGOTIABLE)**: use the vault.',
    '',
    '**Version**: 1.0.0 | **Ratified**: 2025-01-01'
  ),
  PATH
)
const unchecked = (report: PlanReport) => report.findings.filter((finding) => finding.ruleId === 'CG020').map((finding) => `${finding.range.line} ${finding.severity}: ${finding.message}`)

describe('CG020 principle-not-checked', () => {
  it('should warn on the gates heading for each principle no gate addresses, naming it and its line in the constitution', () => {
    const plan = lines('# Plan: Widgets', '', '## Constitution Check', '', '- [x] I. Library-First: PASS', '- [x] Test-First: tests in tests/contract', '- Simplicity: N/A — one project')
    expect(unchecked(score(plan, {}, constitution))).toEqual([
      `3 warning: No gate checks principle II. Observability (${PATH}:8): add a gate for it (N/A with why, if it does not apply).`,
      `3 warning: No gate checks principle Secrets stay out of the repository, which is non-negotiable (${PATH}:20): add a gate for it (N/A with why, if it does not apply).`
    ])
  })

  it('should count gates matched by numeral, by the heading above them, and in any gates section, and report on the first', () => {
    const plan = lines(
      '# Plan',
      '',
      '## Constitution Check',
      '',
      '| Principle | Status |',
      '|---|---|',
      '| I | ✅ PASS |',
      '',
      '### Observability',
      '- [x] Logs are structured',
      '',
      '## Constitution Check (Post-Design)',
      '',
      '- ✅ III. Test-First',
      '- ✅ IV. Simplicity',
      '- ✅ Secrets: none in the repository'
    )
    expect(unchecked(score(plan, {}, constitution))).toEqual([])
    const partial = plan.replace('- ✅ IV. Simplicity\n', '')
    expect(unchecked(score(partial, {}, constitution))).toEqual([expect.stringMatching(/^3 warning: No gate checks principle IV\. Simplicity \(/u)])
  })

  it('should not fire without a constitution file (the nine default articles), without a gates section, or with no gate at all', () => {
    expect(unchecked(score(lines('# Plan', '', '## Constitution Check', '', '- [x] I. Library-First: PASS')))).toEqual([])
    expect(unchecked(score(lines('# Plan', '', '## Summary', '', 'Nothing here.'), {}, constitution))).toEqual([])
    expect(unchecked(score(lines('# Plan', '', '## Constitution Check', '', '[Gates determined based on constitution file]'), {}, constitution))).toEqual([])
  })

  it('should not take a governance line that says which principles are non-negotiable for a principle of its own', () => {
    const governed = readConstitution(
      lines(
        '# Graph Constitution',
        '',
        '### I. Determinism First (NON-NEGOTIABLE)',
        '### II. One Typed Graph',
        '',
        '## Governance',
        '',
        '- **Amendments**: by pull request.',
        '- **Deviations**: Principles I and II are NON-NEGOTIABLE; the others may be justified in Complexity Tracking.',
        '- **逸脱の扱い**: 原則 I, II は NON-NEGOTIABLE。'
      ),
      PATH
    )
    expect(governed.principles.map((principle) => principle.name)).toEqual(['Determinism First', 'One Typed Graph'])
    const plan = lines('# Plan', '', '## Constitution Check', '', '- [x] I. Determinism First: PASS', '- [x] II. One Typed Graph: PASS')
    expect(unchecked(score(plan, {}, governed))).toEqual([])
  })

  it('should leave the verdict alone: it is a warning', () => {
    const report = score(lines('# Plan', '', '## Constitution Check', '', '- [x] I. Library-First: PASS'), {}, constitution)
    expect(unchecked(report)).toHaveLength(4)
    expect(report.verdict).toBe('pass')
  })
})
