import { describe, expect, it } from '@jest/globals'
import { readConstitution } from '../../src/parse/constitution.js'
import { score } from '../helpers/fixtures.js'

/** Hand-written plans in the shapes real teams use, each gate's final status by line. */
function statuses(body: string, complexity = ''): Record<number, string> {
  const report = score(`# Plan\n\n## Constitution Check\n\n${body}\n${complexity ? `\n## Complexity Tracking\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n${complexity}\n` : ''}`)
  return Object.fromEntries(report.gates.map((gate) => [gate.range.line, gate.status]))
}

describe('gate shapes', () => {
  it('should read a table with a column per check phase', () => {
    expect(statuses('| Principle | Pre-design | Post-design |\n|---|---|---|\n| I. Library-First | ✅ | ⚠️ |\n| II. CLI | PASS |  |')).toEqual({ 7: 'partial', 8: 'unevaluated' })
  })

  it('should read plain and bold labels followed by a status', () => {
    expect(statuses('- Library-First: ✅\n- **CLI Interface**: PASS\n- Simplicity — FAIL\n- **Observability** ✅')).toEqual({ 5: 'pass', 6: 'pass', 7: 'fail', 8: 'pass' })
  })

  it('should read headings that carry a status, and a Result line under a heading with no gates', () => {
    expect(statuses('### Article I: Library-First — ✅ PASS\n\n### II. CLI Interface\n\n**Result**: FAIL\n\n### III. Test-First\n\nVerdict: PASS')).toEqual({ 5: 'pass', 7: 'fail', 11: 'pass' })
  })

  it('should read a bold paragraph with a trailing mark as a gate', () => {
    expect(statuses('**Simplicity** ✅\n\n**Anti-Abstraction** ❌')).toEqual({ 5: 'pass', 7: 'fail' })
  })

  it('should tie a "4th project" row to a gate whose label counts projects', () => {
    expect(statuses('- ⚠️ Using ≤3 projects? No, four', '| 4th project | the worker scales alone | one process misses the budget |')).toEqual({ 5: 'justified' })
  })

  it('should take a nested Status line as its parent item\'s status', () => {
    expect(statuses('- [x] Contracts defined\n  - Status: FAIL, no schema yet')).toEqual({ 5: 'fail' })
  })

  it('should read Yes/No status cells and an uppercase [X]', () => {
    expect(statuses('| Gate | Compliant? |\n|---|---|\n| Library-First | Yes |\n| CLI | No - the UI only |\n\n- [X] Test-First')).toEqual({ 7: 'pass', 8: 'fail', 10: 'pass' })
  })

  it('should not make gates of prose, notes tables or fields', () => {
    expect(statuses('The plan follows every principle; see research.md.\n\n| Principle | How |\n|---|---|\n| I | a library |\n\n- Projects: 2\n- Libraries listed: core, api')).toEqual({})
  })
})

describe('more gate shapes', () => {
  it('should read each line of a paragraph of marked lines as a gate of its own', () => {
    expect(statuses('✅ Library-First: a library  \n✅ **CLI Interface**: PASS  \n❌ Simplicity: four projects')).toEqual({ 5: 'pass', 6: 'pass', 7: 'fail' })
  })

  it('should read a Pass/Fail column and a check-mark column header', () => {
    expect(statuses('| Gate | Pass/Fail |\n|---|---|\n| Library-First | Pass |\n\n| Gate | ✓ |\n|---|---|\n| CLI | yes |')).toEqual({ 7: 'pass', 11: 'pass' })
  })
})

describe('shapes found by review', () => {
  const plan = (body: string, complexity = '') => score(`# Plan\n\n## Constitution Check\n\n${body}\n${complexity ? `\n## Complexity Tracking\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n${complexity}\n` : ''}`)

  it('should make an item a gate when a nested Status line gives it a status', () => {
    expect(statuses('- IX. Integration-First\n  - Status: TBD\n- **I. Library-First**\n  - **Status**: ✅ PASS')).toEqual({ 5: 'unevaluated', 7: 'pass' })
  })

  it('should not let a Status line whose value is no status override a status the item has', () => {
    expect(statuses('### I. Library-First ✅\n\n**Status**: Complete\n\n- [x] II. CLI Interface\n  - Status: Done')).toEqual({ 5: 'pass', 9: 'pass' })
  })

  it('should read a FAIL verdict on any line of a paragraph, after a bullet, or under a summary heading', () => {
    const reviewed = plan('- ✅ I. Library-First\n\nReviewed by @alice.\n**Result**: FAIL — awaiting sign-off.')
    expect(reviewed.findings.map((f) => [f.ruleId, f.range.line])).toContainEqual(['CG013', 8])
    const joined = plan('- ⚠️ VII. Simplicity — see Complexity Tracking\n**Gate result**: FAIL — see Complexity Tracking', '| 4th project (Art VII) | worker | one process is too slow |')
    expect(joined.findings.map((f) => [f.ruleId, f.range.line])).toContainEqual(['CG013', 6])
    for (const label of ['Overall', 'Summary', 'Gate Decision', 'Overall Compliance']) {
      const report = plan(`- ✅ I. Library-First\n\n**${label}**: ❌ FAIL (see Complexity Tracking)`)
      expect(report.findings.map((f) => f.ruleId)).toContain('CG013')
      expect(report.gates).toHaveLength(1)
    }
    const headed = plan('- ✅ I. Library-First\n\n### Gate Summary\n\n**Result**: ❌ FAIL — one violation')
    expect(headed.findings.map((f) => f.ruleId)).toContain('CG013')
    const afterHeadings = plan('### I. Library-First ✅\n\n### VII. Simplicity ✅\n\n**Verdict**: FAIL')
    expect(afterHeadings.findings.map((f) => f.ruleId)).toContain('CG013')
  })

  it('should read an upper-case or bold status word at the end of a line', () => {
    expect(statuses('- VII. Simplicity FAIL\n- VIII. Anti-Abstraction **FAIL**\n- [x] CI must never fail')).toEqual({ 5: 'fail', 6: 'fail', 7: 'pass' })
  })

  it('should read a question after a numbered label or an abbreviation', () => {
    expect(statuses('- VII. Using ≤3 projects? No, four\n- Framework used directly (Art. VIII)? No — a wrapper')).toEqual({ 5: 'fail', 6: 'fail' })
  })

  it("should tie a row by a word of the gate's label, not of its explanation", () => {
    const report = plan('- ❌ VII. Simplicity: adds a fourth service for search indexing\n- ❌ II. CLI Interface: the indexing service has no CLI yet', '| Art II: indexing service ships without a CLI | a UI only | a CLI first delays the release |')
    expect(report.gates.map((g) => g.status)).toEqual(['fail', 'justified'])
  })

  it('should read a check-phase column beside a Status column, but not a notes column named for a phase', () => {
    expect(statuses('| Principle | Status | Post-design |\n|---|---|---|\n| VIII. Anti-Abstraction | PASS | FAIL — storage adapter |')).toEqual({ 7: 'fail' })
    expect(statuses('| Principle | Status | Phase 1 Validation |\n|---|---|---|\n| I. Library-First | ✅ PASS | lib in place |')).toEqual({ 7: 'pass' })
  })

  it('should read a project count written as a paragraph', () => {
    expect(plan('### VII. Simplicity ✅\n\n**Current Count**: 5 (api, web, worker, cli, admin)').findings.map((f) => f.ruleId)).toContain('CG010')
  })

  it('should call an empty section, or one with only code, not evaluated rather than unfilled', () => {
    for (const body of ['', '```\n- [x] Library-First\n```']) {
      const report = plan(body)
      expect(report.findings.map((f) => f.ruleId)).toEqual(['CG004'])
    }
  })

  it('should leave the conditional Justification prompt of a compliant seed article alone', () => {
    const compliant = plan('#### Article I: Library-First Principle\n- [x] **Compliance**: Is this feature starting as a library? Yes\n- [ ] **Justification**: [If no, explain why]')
    expect(compliant.findings).toEqual([])
    const failing = plan('#### Article I: Library-First Principle\n- [ ] **Compliance**: Is this feature starting as a library? No\n- [ ] **Justification**: [If no, explain why]')
    expect(failing.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['CG006']))
  })

  it('should not count rows that say there is nothing, nor rows left TBD', () => {
    const nothing = plan('- ✅ I. Library-First', '| No violations | — | — |\n| None identified | - | - |\n| N/A — no violations | N/A | N/A |')
    expect(nothing.findings).toEqual([])
    const tbd = plan('- ❌ VIII. Anti-Abstraction', '| Art VIII: cache adapter | TBD | TBD |')
    expect(tbd.gates[0]?.status).toBe('fail')
    expect(tbd.findings.map((f) => f.ruleId)).toEqual(['CG003', 'CG008'])
  })

  it('should name a gate by its label, without its status', () => {
    expect(plan('### II. CLI Interface — PASS\n\n### I. Library-First (PASS)').gates.map((g) => g.label)).toEqual(['II. CLI Interface', 'I. Library-First'])
    expect(plan('**Simplicity (Article VII)**\n\n❌ **VIOLATION**: four projects').gates.map((g) => g.label)).toEqual(['Simplicity (Article VII)'])
  })
})

describe('shapes found by the second review', () => {
  const complexity = (rows: string, header = '| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|') => `\n## Complexity Tracking\n\n${header}\n${rows}\n`
  const plan = (body: string, rows = '', header?: string) => score(`# Plan\n\n## Constitution Check\n\n${body}\n${rows ? complexity(rows, header) : ''}`)

  it('should justify a gate that cites a row id only by that row', () => {
    const report = plan('- [⚠] CLI for every library? → PARTIAL, see Complexity Tracking C1', '| **C2** — a stubbed model (Art IX) | flaky | a live model is too slow |')
    expect(report.gates[0]?.status).toBe('partial')
  })

  it('should read an unknown status-like mark as not evaluated, naming it', () => {
    const report = plan('- 🔴 **VII. Simplicity** — an export worker\n\n### 🟡 VIII. Anti-Abstraction')
    expect(report.gates.map((g) => g.status)).toEqual(['unevaluated', 'unevaluated'])
    expect(report.findings[0]?.message).toContain("'🔴'")
  })

  it('should find a status column by its cells, N/A and words included, or by more header names', () => {
    expect(statuses('| Principle | Assessment | Evidence |\n|---|---|---|\n| I | ✅ PASS | x |\n| II | N/A | y |\n| VII | ❌ FAIL | z |')).toEqual({ 7: 'pass', 8: 'n/a', 9: 'fail' })
    expect(statuses('| Principle | Rationale | Conformance |\n|---|---|---|\n| I | a | Yes |\n| II | b | No |')).toEqual({ 7: 'pass', 8: 'fail' })
  })

  it('should read NON-NEGOTIABLE spelt with other hyphens', () => {
    expect(plan('- ⚠️ V. Security (NON\u2011NEGOTIABLE)', '| Art V: one shared key | legacy | rotation later |').findings.map((f) => f.ruleId)).toContain('CG005')
  })

  it('should not let a row about a project justify a gate about something else', () => {
    const report = plan('**Simplicity**:\n- Using framework directly? ❌ No — a repository layer wraps Prisma', '| 4th project (scanner-app) | scanner runs alone | merging delays the release |')
    expect(report.gates[0]?.status).toBe('fail')
  })

  it('should not pass over a verdict in words it does not know, and read the verdict of a section heading', () => {
    expect(plan('- ✅ I. Library-First\n\n**Gate result**: NOT PASSED').verdict).toBe('fail')
    expect(score('# Plan\n\n## Constitution Check\n\n- ✅ I. Library-First\n\n## Progress Tracking\n\n- [x] Post-Design Constitution Check: BLOCKED — waiting\n').verdict).toBe('fail')
    expect(score('# Plan\n\n## Design\n\n### Post-Design Constitution Re-check: ❌ FAIL\n\nThe worker breaks Simplicity.\n').findings.map((f) => f.ruleId)).toEqual(['CG013'])
    expect(plan('- ✅ I. Library-First\n\n**Conclusion**: Design is constitution-compliant.').verdict).toBe('pass')
  })

  it('should read "except" after a pass as partial, and ignore struck-through statuses', () => {
    expect(statuses('- **I. Library-First**: Compliant — except the reviewer inbox\n- **VII. Simplicity**: ~~PASS~~ **FAIL** — a digest worker')).toEqual({ 5: 'partial', 6: 'fail' })
  })

  it('should tie rows to gates by a Principle column, a bare numeral, or a translated keyword', () => {
    const byColumn = plan('- ❌ VIII. Anti-Abstraction', '| VIII | a repository layer | several stores | one ORM cannot reach them |', '| Principle | Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|---|')
    expect(byColumn.gates[0]?.status).toBe('justified')
    for (const name of ['(VIII) a repository layer', 'VIII: a repository layer', '原則VIII リポジトリ層', '원칙 VIII 저장소 계층', 'Artikel VIII: Repository']) {
      expect(plan('- ❌ VIII. Anti-Abstraction', `| ${name} | several stores | one ORM cannot reach them |`).gates[0]?.status).toBe('justified')
    }
  })

  it('should read non-negotiable principles written as bold list items or lines in the constitution, and numerals in parentheses', () => {
    const constitution = readConstitution('# Constitution\n\n- **Test-First (NON-NEGOTIABLE)**: tests before code.\n\n**4. Testing Standards — NON-NEGOTIABLE**\n', 'c.md')
    const report = score('## Constitution Check\n\n- ⚠️ **Test-First**: later\n- ⚠️ **Testing (IV)**: some\n', {}, constitution)
    expect(report.findings.filter((f) => f.ruleId === 'CG005')).toHaveLength(2)
  })

  it('should not call a status in brackets a template prompt', () => {
    expect(plan('- [N/A] CLI Interface\n- [x] Library-First').findings).toEqual([])
  })

  it('should count a "See Complexity Tracking" bullet under a heading gate as its evidence', () => {
    expect(plan('### VII. Simplicity ⚠️\n\n- See Complexity Tracking', '| a fourth service | it scales alone | one process is too slow |').gates[0]?.status).toBe('justified')
  })

  it('should hold an Initial verdict to the first section and a Post-Design one to the re-check', () => {
    const report = score('# Plan\n\n## Constitution Check\n\n- ✅ I. Library-First\n\n## Constitution Check (Post-Design)\n\n- ❌ VII. Simplicity\n\n## Progress Tracking\n\n- [x] Initial Constitution Check: PASS\n- [x] Post-Design Constitution Check: PASS\n')
    expect(report.findings.filter((f) => f.ruleId === 'CG012').map((f) => f.range.line)).toEqual([14])
  })
})

describe('continuation lines of an item', () => {
  it("should give a Status line that continues an item's paragraph to that item", () => {
    expect(statuses('- [x] Library-First\n  Status: FAIL\n- [x] CLI Interface')).toEqual({ 5: 'fail', 7: 'pass' })
  })
})

describe('shapes found on fresh real plans', () => {
  const withRows = (rows: string) => `\n## Complexity Tracking\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n${rows}\n`
  const plan = (body: string, rows = '') => score(`# Plan\n\n## Constitution Check\n\n${body}\n${rows ? withRows(rows) : ''}`)

  it('should read a column headed by a translated compliance word, and a translated Result line as the verdict', () => {
    // Sí is built in (VERDICT-RULES); a word in no row is one to map.
    const report = plan('| Regla | Cumple | Evidencia |\n|---|---|---|\n| I. Idioma | Sí | en español |\n| XII. Frontend | Parcial | refuerza |\n| XIII. Datos | Vale | en la base |\n\n**Resultado**: PASA.')
    expect(Object.fromEntries(report.gates.map((g) => [g.range.line, g.status]))).toEqual({ 7: 'pass', 8: 'partial', 9: 'unevaluated' })
    expect(report.verdict).toBe('fail')
    expect(report.findings.map((f) => f.ruleId)).toContain('CG012')
    expect(report.findings.find((f) => f.ruleId === 'CG004')?.message).toContain('"VALE"')
  })

  it('should read translated verdict labels, with a parenthetical, as verdicts and not as gates', () => {
    for (const line of ['*ゲート結果 (Phase 0 / Phase 1 後): PASS。違反なし*', '**门控结论：✅ 通过。**', '*Gate result (Phase 0 / after Phase 1): PASS.*', '**Resultado final**: PASA', '게이트 결과: 통과']) {
      const report = plan(`- ライブラリとして実装する\n- CLI を提供する\n\n${line}`)
      expect({ line, gates: report.gates.length, verdict: report.verdict, rules: report.findings.map((f) => f.ruleId) }).toEqual({ line, gates: 0, verdict: 'pass', rules: ['CG014'] })
    }
  })

  it('should read a question ending in a full-width question mark, and its answer', () => {
    const report = plan('- フレームワークを直接使用？ ✅ 直接利用\n- テストを先に書く？ ❌ テストは後回し')
    expect(report.gates.map((g) => [g.label, g.status])).toEqual([['フレームワークを直接使用？', 'pass'], ['テストを先に書く？', 'fail']])
  })

  it('should not read a status word that starts a hyphenated word or a command', () => {
    expect(statuses('- ライブラリごとの CLI:\n  - `yes-man-audio --help`\n  - No-op adapter for the cache\n  - Pass-through proxy')).toEqual({})
  })

  it('should keep emphasis characters inside code in a label', () => {
    expect(plan('- ❌ `*-types.ts` files hold the DTOs').gates[0]?.label).toBe('*-types.ts files hold the DTOs')
  })

  it('should read Japanese and other translations of NON-NEGOTIABLE, and a principle name followed by a tagline', () => {
    const constitution = readConstitution('# 憲法\n\n### 1. 正確性（Accuracy） — 最優先（NON-NEGOTIABLE）\n\n正確に。\n\n### VIII. 指示遵守原則（非妥協的）\n\n従う。\n\n### 3. 速度\n\n速く。\n', 'c.md')
    expect(constitution.principles.map((p) => [p.name, p.nonNegotiable])).toEqual([['正確性', true], ['指示遵守原則', true], ['速度', false]])
    const report = score('# Plan\n\n## 憲法チェック\n\n- 正確性: PARTIAL (see Complexity Tracking)\n- 指示遵守原則: ⚠️\n- 速度: ❌\n\n## Complexity Tracking\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n| 速度の目標を緩和 | 端末が遅い | 目標を守ると機能が減る |\n', {}, constitution)
    expect(report.findings.filter((f) => f.ruleId === 'CG005').map((f) => f.range.line)).toEqual([5, 6])
    expect(report.gates[2]?.status).toBe('justified')
  })

  it('should name the symbol, or the words, a finding asks to map', () => {
    expect(plan('| Principle | Status |\n|---|---|\n| IV. Event-Driven | ⬜ 검색 기능은 이벤트 발행 없음 |').findings[0]?.message).toContain('"⬜"')
    expect(plan('- ✅ I. Library-First\n\n**Gate Result**: ALL PASS - Phase 0 進行可').findings.find((f) => f.ruleId === 'CG004')?.message).toContain('"ALL PASS"')
  })

  it('should read JUSTIFIED DEVIATION as a claimed justification', () => {
    expect(statuses('- **II. Security**: JUSTIFIED DEVIATION', '| Principle II: plain tokens in dev | local only | a vault slows setup |')).toEqual({ 5: 'justified' })
  })

  it('should say which gate a row refers to when that gate does not need it', () => {
    const report = plan('- [ ] Multi-Framework Support — VIOLATION', '| Multi-Framework Support limited to React | time | all four take months |')
    expect(report.findings.find((f) => f.ruleId === 'CG009')?.message).toContain("'Multi-Framework Support'")
  })

  it('should tie a row to a gate named in Chinese, Japanese or Korean wherever the row writes the name', () => {
    expect(statuses('- 初回ロード: ⚠️', '| 画像の初回ロード最適化を後回し | 時間がない | 後で測る |')).toEqual({ 5: 'justified' })
    expect(plan('- テスト実装はPhase 2以降: ⚠️').findings.find((f) => f.ruleId === 'CG003')?.message).toContain("'テスト実装はPhase 2以降' in the Violation cell")
  })
})

describe('shapes found on fresh real plans, second round', () => {
  const plan = (body: string) => score(`# Plan\n\n## Constitution Check\n\n${body}\n`)

  it('should not read a column that explains how the plan complies as a status column', () => {
    expect(statuses('| Principle | Status | How this plan complies |\n|---|---|---|\n| I. Library-First | ✅ PASS | The parser lives in its own library |')).toEqual({ 7: 'pass' })
    expect(statuses('| Rule | Compliance plan |\n|---|---|\n| Avoid Nesting | New device classes are factored into helpers |')).toEqual({})
    expect(statuses('| Principle | Compliance Status | Compliance Notes |\n|---|---|---|\n| I. Library-First | ✅ | in its own package |')).toEqual({ 7: 'pass' })
    expect(statuses('| Principle | Status (Post-Design) |\n|---|---|\n| I. Library-First | ❌ |')).toEqual({ 7: 'fail' })
  })

  it('should not read a question mark inside code as a question', () => {
    const report = plan('**V. Accessibility**: ✅ **PASS**\n- Keyboard shortcuts for help trigger (`?`), close (`Escape`)')
    expect(report.gates.map((g) => [g.label, g.status])).toEqual([['V. Accessibility', 'pass']])
    expect(plan('- ✅ **V. Accessibility**: help opens with the `?` key').gates[0]?.label).toBe('V. Accessibility')
    expect(plan('- ✅ `:root` tokens drive the theme').gates[0]?.label).toBe(':root tokens drive the theme')
  })

  it('should read a status line that continues a bold-only label line as a gate under that label', () => {
    const report = plan('- ✅ I. Library-First\n\n**III. Test-First (NON-NEGOTIABLE)**  \n❌ **VIOLATION**: tests are written after the code')
    expect(report.gates.map((g) => [g.label, g.status, g.range.line])).toEqual([
      ['I. Library-First', 'pass', 5],
      ['III. Test-First (NON-NEGOTIABLE)', 'fail', 8]
    ])
    expect(report.findings.map((f) => [f.ruleId, f.range.line])).toEqual([['CG005', 8]])
  })

  it('should read an unknown word in capitals after a label as a status to map, and a word after a symbol', () => {
    expect(statuses('- I. Library-First — PASS\n- IX. Contracts reviewed — NOTED\n- **III. Tests** — NOT STARTED\n- **IV. Docs**: IN REVIEW')).toEqual({ 5: 'pass', 6: 'unevaluated', 7: 'unevaluated', 8: 'unevaluated' })
    // Beside another status, capitals are a name: `✅ Article I: LIBRARY-FIRST`.
    expect(statuses('- ✅ Article I: LIBRARY-FIRST\n- [x] II. CLI: ENFORCED')).toEqual({ 5: 'pass', 6: 'pass' })
    expect(plan('- IX. Contracts reviewed — NOTED').findings[0]?.message).toContain('statuses: { "NOTED": fail }')
    // Acronyms and prose after a label are wording: `TDD`, `REST`, `SQLite`.
    expect(statuses('- ✅ I. Library-First\n- **Testing**: TDD\n- Protocol: REST API\n- **Storage**: SQLite\n- **Design**: SOLID')).toEqual({ 5: 'pass' })
    expect(statuses('### § VII — YAGNI\n\n- ✅ no speculative layers')).toEqual({ 7: 'pass' })
    expect(statuses('| Principle | Status |\n|---|---|\n| IV. Documentation | ⏳ PENDING |\n| V. Speed | 🚀 PASS |')).toEqual({ 7: 'unevaluated', 8: 'pass' })
    expect(plan('| Principle | Status |\n|---|---|\n| IV. Documentation | ⏳ PENDING |').findings[0]?.message).toContain('marked PENDING')
  })

  it('should end a principle\'s subsection at a thematic break or a re-check label', () => {
    const subsection = '### ✅ Privacy (Principle VI - NON-NEGOTIABLE)\n- **Status**: PASS\n\n'
    const recheck = '**Post-Design Re-Check** (after Phase 1):\n- ⚠️ Components created: 5 instead of 4 (see Complexity Tracking)'
    const rows = '| Fifth email component | footer variants differ | one component with flags is harder to test |'
    for (const body of [`${subsection}---\n\n${recheck}`, `${subsection}${recheck}`]) {
      const report = plan(`${body}\n\n## Complexity Tracking\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n${rows}`)
      expect(report.gates.map((g) => [g.label, g.nonNegotiable, g.status])).toEqual([
        ['Privacy (Principle VI - NON-NEGOTIABLE)', true, 'pass'],
        ['Components created', false, 'justified']
      ])
    }
  })
})

describe('hand-written cases, second round', () => {
  const withRows = (body: string, header: string, rows: string) => score(`# Plan\n\n## Constitution Check\n\n${body}\n\n## Complexity Tracking\n\n${header}\n${rows}\n`)
  const findings = (report: ReturnType<typeof score>) => report.findings.map((f) => `${f.ruleId}@${f.range.line}`)

  it('should read a verdict line under a heading of its own that sums up the gates', () => {
    const report = score('# Plan\n\n## Constitution Check\n\n- ✅ I. Library-First\n- ✅ VII. Simplicity\n\n## Gate Summary\n\nAll gates were reviewed.\n\n**Overall Status**: ❌ FAIL\n')
    expect(report.verdict).toBe('fail')
    expect(findings(report)).toEqual(['CG013@12'])
    // Notes under such a heading are no gates, and no section to evaluate.
    expect(score('# Plan\n\n## Constitution Check\n\n- ✅ I. Library-First\n\n## Gate Results\n\nSee above.\n').findings).toEqual([])
  })

  it('should read a checked item saying the gates failed as a failing verdict', () => {
    const report = score('# Plan\n\n## Constitution Check\n\n- ✅ I. Library-First\n\n## Progress Tracking\n\n- [x] All constitutional gates failed\n- [x] Constitution Check failed — see Complexity Tracking\n- [x] Constitution Check: no gates failed\n')
    expect(findings(report)).toEqual(['CG013@9', 'CG013@10'])
  })

  it('should read an unknown word in capitals at the end of a heading as a word to map', () => {
    expect(statuses('### I. Library-First ✅\nLibrary in src/lib.\n\n### VII. Simplicity — ACCEPTABLE\nThree projects.')).toEqual({ 5: 'pass', 8: 'unevaluated' })
    expect(statuses('### VII. Simplicity: NOTED\nThree projects.')).toEqual({ 5: 'unevaluated' })
  })

  it('should take only the three named columns as a Complexity Tracking header', () => {
    const report = withRows('- ⚠️ VII. Simplicity: four projects', '| Deviation | Rationale | Alternatives Considered |\n|---|---|---|', '| Article VII: four projects | the worker scales alone | one process misses the budget |')
    expect(findings(report)).toEqual(['CG003@5', 'CG015@9'])
  })

  it('should link a row by the id in its own ID column', () => {
    const report = withRows('- ⚠️ VIII. Anti-Abstraction — see C1', '| ID | Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|---|', '| C1 | wrapper around the payments SDK | retries and idempotency keys | calling the SDK everywhere repeats both |')
    expect(report.gates[0]?.status).toBe('justified')
    expect(findings(report)).toEqual([])
  })

  it('should end the subsection at a re-check label that a status line continues', () => {
    const report = withRows('### VIII. Anti-Abstraction ✅\n\n**Post-Design Re-Check**:\n⚠️ PARTIAL — a data access layer was added', '| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|', '| Article VIII: wrapper | retries | repeats |')
    expect(report.gates.map((g) => [g.articles, g.status])).toEqual([
      [['VIII'], 'pass'],
      [[], 'partial']
    ])
  })

  it('should link a row that writes a principle by its initials', () => {
    const constitution = readConstitution('### I. Test-Driven Development\nTests first.\n', 'c.md')
    const report = score('# Plan\n\n## Constitution Check\n\n- ⚠️ TDD: parser tests after the spike\n\n## Complexity Tracking\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n| TDD skipped for the parser spike | the format is unknown | tests for throwaway code waste a day |\n', {}, constitution)
    expect(findings(report)).toEqual([])
  })

  it('should number principles in Chinese (一、测试优先)', () => {
    const constitution = readConstitution('### 一、库优先\n库。\n\n### 三、测试优先（不可协商）\n测试。\n', 'c.md')
    expect(constitution.principles.map((p) => [p.numeral, p.name, p.nonNegotiable])).toEqual([['I', '库优先', false], ['III', '测试优先', true]])
  })
})

describe('fresh real plans, third round', () => {
  it('should not take a column of words as statuses unless its header names a status', () => {
    const report = score('# Plan\n\n## Constitution Check\n\n| Principle | Applies? | Status |\n|---|---|---|\n| I. Library-First | ✅ | PASS |\n| X. Notifications | No | N/A |\n')
    expect(report.gates.map((g) => [g.label, g.status])).toEqual([['I. Library-First', 'pass'], ['X. Notifications', 'n/a']])
    // Marks (or boxes) in every cell still make a status column.
    expect(statuses('| Principle | Check |\n|---|---|\n| I. Library-First | ✅ |\n| II. CLI | [ ] |')).toEqual({ 7: 'pass', 8: 'unevaluated' })
  })

  it('should read a principle numeral after a translated keyword or before a parenthesis', () => {
    const constitution = readConstitution('### VI. Développement piloté par les tests (NON-NÉGOCIABLE)\nTests.\n', 'c.md')
    for (const label of ['**Principe VI (TDD)**', '**VI (TDD)**']) {
      const report = score(`# Plan\n\n## Constitution Check\n\n- ⚠️ ${label} : partiel — see Complexity Tracking\n\n## Complexity Tracking\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n| Tests written after the spike | spike code is thrown away | none simpler |\n`, {}, constitution)
      expect(report.findings.map((f) => `${f.ruleId}@${f.range.line}`)).toEqual(['CG005@5'])
    }
  })

  it('should read a status word followed by a full-width parenthesis', () => {
    expect(score('# Plan\n\n## Constitution Check\n\n- ✅ I. Library-First\n\n**Gate Result**: PASS（无违规）\n').findings).toEqual([])
    expect(statuses('| Principle | Status |\n|---|---|\n| III. Test-First | FAIL（测试后补）|')).toEqual({ 7: 'fail' })
  })

  it('should not read a status word joined by a hyphen to the word before it', () => {
    const report = score('# Plan\n\n## Constitution Check\n\n- III. Test-First: tests run via `make test-PASS`\n- VII. Simplicity: see BUG-PHPSTAN-SILENT-PASS\n')
    expect(report.gates).toEqual([])
    expect(report.findings.map((f) => f.ruleId)).toEqual(['CG004'])
  })

  it('should read a bold result label after principle headings with statuses as the verdict, not a gate', () => {
    const report = score('# Plan\n\n## Constitution Check\n\n### ✅ Principle I: Library-First\n- **Status**: PASS\n\n### ✅ Principle II: Accessibility (NON-NEGOTIABLE)\n- **Status**: PASS\n\n**Constitution Check Result**: ❌ **FAIL** - one gate failed\n')
    expect(report.gates).toHaveLength(2)
    expect(report.findings.map((f) => `${f.ruleId}@${f.range.line}`)).toEqual(['CG013@11'])
  })

  it('should name a gate past the pictures before its name, and link rows by that name only', () => {
    const report = score('# Plan\n\n## Constitution Check\n\n- ❌ 🧩 IV. Observability: extra worker\n- ✅ 👨‍👩‍👧‍👦 VII. Family Simplicity: one project\n\n## Complexity Tracking\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n| Background worker split | scales alone | misses budget |\n')
    expect(report.gates.map((g) => g.label)).toEqual(['IV. Observability', 'VII. Family Simplicity'])
    expect(report.findings.map((f) => `${f.ruleId}@${f.range.line}`)).toEqual(['CG003@5', 'CG009@12'])
  })

  it('should read an hourglass alone as a mark to map, and before a word as that word', () => {
    const report = score('# Plan\n\n## Constitution Check\n\n- ✅ I. Library-First\n- ⏳ PR with constitution compliance checklist (pending implementation)\n')
    expect(report.gates.map((g) => g.status)).toEqual(['pass', 'unevaluated'])
    expect(report.findings[0]?.message).toContain('"⏳"')
    expect(statuses('| Principle | Status |\n|---|---|\n| V. Speed | 🔴 FAIL |')).toEqual({ 7: 'fail' })
  })

  it('should read a verdict label written with an en dash, and a Japanese charter check heading', () => {
    expect(score('# Plan\n\n## Constitution Check\n\n- ✅ I. Library-First\n\n**Post–Phase 1 re-check: PASS**\n').gates.map((g) => g.label)).toEqual(['I. Library-First'])
    expect(score('# Plan\n\n## 憲章チェック\n\n- ✅ I. ライブラリ優先\n').gates.map((g) => g.status)).toEqual(['pass'])
    expect(score('# Plan\n\n## Post-Design Constitution Re-Evaluation\n\n- ⚠️ I. Library-First\n').gates.map((g) => g.status)).toEqual(['partial'])
  })
})

describe('regressions of the rules above, on ordinary plans', () => {
  const verdict = (body: string) => score(`# Plan\n\n## Constitution Check\n\n${body}\n`).verdict

  it('should leave capitals after a label that names no principle as wording', () => {
    expect(verdict('### I. Library-First ✅\n- **Storage**: EMBEDDED\n- **Feature flag**: ENABLED\n- **Change type**: NON-BREAKING')).toBe('pass')
    expect(verdict('- [x] I. Library-First\n  - Hosting: ON PREMISES\n  - Cache: IN MEMORY')).toBe('pass')
    expect(verdict('### Principle V — STRUCTURED LOGGING\n- [x] logs are JSON')).toBe('pass')
  })

  it('should not read NON-NEGOTIABLE, or a tagline above gates or a Status line, as a status', () => {
    expect(verdict('### III. Test-First — NON-NEGOTIABLE\n- [x] Tests written first')).toBe('pass')
    expect(verdict('- **III. Test-First**: NON-NEGOTIABLE\n  - [x] Tests written first')).toBe('pass')
    expect(verdict('### I. Library-First — SELF-CONTAINED\n**Status**: ✅ PASS')).toBe('pass')
    expect(verdict('### I. Library-First — SELF-CONTAINED\n- [x] the parser is a library')).toBe('pass')
  })

  it('should find statuses by their cells only in a table of principles or gates', () => {
    expect(verdict('- [x] V. Versioning\n\n| Change | Breaking? |\n|---|---|\n| add `format` param | No |\n| new `/export` route | No |')).toBe('pass')
    expect(verdict('- [x] I. Library-First\n\n| Area | Evidence | Notes |\n|---|---|---|\n| parser | own package | No. |')).toBe('pass')
  })

  it('should read a heading gate that points to Complexity Tracking as a gate, not as that section', () => {
    const report = score('# Plan\n\n## Constitution Check\n\n- ✅ I. Library-First\n\n### VII. Simplicity ⚠️ (see Complexity Tracking)\n\n## Complexity Tracking\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n| Fourth project (Art VII) | queue isolation | jobs block the API |\n')
    expect(report.gates.map((g) => [g.label, g.status])).toEqual([['I. Library-First', 'pass'], ['VII. Simplicity', 'justified']])
  })

  it('should read a mark followed by a few words in capitals at the end of a heading by its mark', () => {
    expect(statuses('### I. Library-First ✅ PRIMARY GOAL\n\n### III. Test-Driven Development ⚠️ REQUIRES ATTENTION (see Complexity Tracking)\n\n### V. Notes ✅ emoji in the UI')).toEqual({ 5: 'pass', 7: 'partial' })
  })

  it('should read "0 gates failed" as no failure', () => {
    expect(score('# Plan\n\n## Constitution Check\n\n- ✅ I. Library-First\n\n## Progress Tracking\n\n- [x] Constitution Check: 0 gates failed\n').verdict).toBe('pass')
  })

  it('should make a project count marked with a status a gate too', () => {
    const report = score('# Plan\n\n## Constitution Check\n\n- [x] I. Library-First\n- ❌ Project count: 4 (C2)\n\n## Complexity Tracking\n\n| ID | Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|---|\n| C1 | Fourth project | queue isolation | in-process jobs block API |\n')
    expect(report.verdict).toBe('fail')
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}@${f.range.line}`)).toEqual(['CG003@6'])
  })
})

