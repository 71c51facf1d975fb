import { describe, expect, it } from '@jest/globals'
import type { PlanReport } from '../../src/model/report.js'
import { readConstitution } from '../../src/parse/constitution.js'
import { namedVersions } from '../../src/parse/versions.js'
import { score } from '../helpers/fixtures.js'

const lines = (...rows: string[]) => rows.join('\n')
const PATH = '.specify/memory/constitution.md'
const STOCK = "v2.1.1 is the version spec-kit's plan template wrote into every plan until October 2025, whatever the constitution said: most likely the line was never filled in."

/** A constitution at `version`, its version line on line 8. */
const constitutionAt = (version: string) =>
  readConstitution(lines('# Widgets Constitution', '', '## Core Principles', '', '### I. Library-First', 'Every feature starts as a library.', '', `**Version**: ${version} | **Ratified**: 2025-06-13 | **Last Amended**: 2025-07-16`), PATH)
const plan = (...extra: string[]) => lines('# Plan: Widgets', '', '## Constitution Check', '', '- [x] I. Library-First: PASS', '', ...extra)
const behind = (report: PlanReport) => report.findings.filter((finding) => finding.ruleId === 'CG021').map((finding) => `${finding.range.line} ${finding.severity}: ${finding.message}`)

describe('the constitution version', () => {
  it("should read the constitution's **Version** line, not the template's, an example in a comment or a Sync Impact Report", () => {
    expect(constitutionAt('2.3.0').version).toEqual({ major: 2, minor: 3, patch: 0, written: '2.3.0', line: 8 })
    expect(constitutionAt('[CONSTITUTION_VERSION]').version).toBeUndefined()
    const commented = lines('<!-- Sync Impact Report', 'Version change: 1.0.0 → 1.1.0', '-->', '# C', '### I. Speed', '<!-- Example: Version: 2.1.1 | Ratified: 2025-06-13 -->', 'Version: v1.1 | Ratified: 2025-06-13')
    expect(readConstitution(commented, PATH).version).toEqual({ major: 1, minor: 1, patch: null, written: 'v1.1', line: 7 })
    expect(readConstitution('# C\n### I. Speed\n\n- **版本**: 1.4.0\n', PATH).version).toMatchObject({ major: 1, minor: 4, line: 4 })
    expect(readConstitution('# C\n### I. Speed\n\n```\n**Version**: 9.0.0\n```\n', PATH).version).toBeUndefined()
  })

  it('should find where a plan names the version it was checked against, in every usual shape and the translations of the stock line', () => {
    const text = lines(
      '*Based on Constitution v2.1.1 - See `/memory/constitution.md`*',
      '**Constitution**: v1.2.0 — [.specify/memory/constitution.md](../../.specify/memory/constitution.md)',
      'Constitution Version: 1.7',
      'Constitution version: **1.3.1**. Each principle evaluated against the spec:',
      'Based on `/specify/memory/constitution.md` (v2.2.0):',
      '## Constitution Check (v1.5.0)',
      '_Basado en la Constitución v2.0.0_',
      '*基于宪法 v2.1.1 - 参见 `/memory/constitution.md`*',
      '*憲法 v2.1.1に基づく - `/memory/constitution.md`を参照*',
      '*헌법 v2.1.1 기반 - `/memory/constitution.md` 참조*',
      '*基於憲法 v2.1.1 - 參見 `/memory/constitution.md`*'
    )
    expect(namedVersions(text).map(({ version, range }) => `${range.line}:${range.column} ${version.written}`)).toEqual([
      '1:11 v2.1.1',
      '2:3 v1.2.0',
      '3:1 1.7',
      '4:1 1.3.1',
      '5:27 v2.2.0',
      '6:4 v1.5.0',
      '7:15 v2.0.0',
      '8:4 v2.1.1',
      '9:2 v2.1.1',
      '10:2 v2.1.1',
      '11:4 v2.1.1'
    ])
  })

  it('should not read a section number, another version nearby, or code as a constitution version', () => {
    const text = lines(
      'Per Constitution 4.2 (Testing), every module has tests.',
      '**Constitution Check**: passes with Python 3.11',
      '**Language/Version**: Python 3.11',
      '```',
      '*Based on Constitution v2.1.1*',
      '```',
      '<!-- Based on Constitution v2.1.1 -->'
    )
    expect(namedVersions(text)).toEqual([])
  })
})

describe('CG021 constitution-version-behind', () => {
  it('should warn on the line naming a version the constitution has moved past by its major or minor number', () => {
    const report = score(plan('*Based on Constitution v2.2.0 - See `/memory/constitution.md`*'), {}, constitutionAt('2.3.0'))
    expect(behind(report)).toEqual([
      `7 warning: The plan says it was checked against constitution v2.2.0, but the constitution (${PATH}:8) is at 2.3.0: check the gates against the principles as amended since, then name 2.3.0 here.`
    ])
    expect(report.findings.find((finding) => finding.ruleId === 'CG021')?.range).toMatchObject({ line: 7, column: 11 })
    expect(report.verdict).toBe('pass')
  })

  it('should stay quiet when only the patch number differs, or the versions agree', () => {
    expect(behind(score(plan('**Constitution**: v2.3.1'), {}, constitutionAt('2.3.0')))).toEqual([])
    expect(behind(score(plan('**Constitution**: v2.3.0'), {}, constitutionAt('2.3.4')))).toEqual([])
    expect(behind(score(plan('Constitution Version: 2.3'), {}, constitutionAt('v2.3.0')))).toEqual([])
  })

  it('should warn on a version the constitution never reached', () => {
    expect(behind(score(plan('**Constitution**: v3.0.0'), {}, constitutionAt('2.3.0')))).toEqual([
      `7 warning: The plan says it was checked against constitution v3.0.0, a version the constitution (${PATH}:8) never reached: it is at 2.3.0. Name the version the gates were checked against.`
    ])
  })

  it("should say when the version named is spec-kit's stock v2.1.1, behind or ahead", () => {
    const stock = plan('---', '*Based on Constitution v2.1.1 - See `/memory/constitution.md`*')
    expect(behind(score(stock, {}, constitutionAt('1.0.0')))).toEqual([
      `8 warning: The plan says it was checked against constitution v2.1.1, a version the constitution (${PATH}:8) never reached: it is at 1.0.0. Name the version the gates were checked against. ${STOCK}`
    ])
    expect(behind(score(stock, {}, constitutionAt('2.4.0')))[0]).toMatch(new RegExp(`is at 2\\.4\\.0: .+ ${STOCK.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'u'))
    expect(behind(score(stock, {}, constitutionAt('2.1.1')))).toEqual([])
  })

  it('should warn once per version named, on its first line', () => {
    const report = score(plan('**Constitution**: v1.0.0', '', '*Based on Constitution v1.0.0*', '', 'Constitution v2.0.0 — amended'), {}, constitutionAt('2.0.0'))
    expect(behind(report).map((text) => text.slice(0, 2))).toEqual(['7 '])
  })

  it('should not fire without a constitution file, or one that states no version', () => {
    expect(behind(score(plan('*Based on Constitution v1.0.0*')))).toEqual([])
    expect(behind(score(plan('*Based on Constitution v1.0.0*'), {}, readConstitution('# C\n\n### I. Library-First\n', PATH)))).toEqual([])
  })
})
