import type { Constitution } from '../model/plan.js'
import type { PlanReport } from '../model/report.js'
import { countsText, percent, statusText } from '../report/labels.js'
import { h } from './dom.js'
import type { Judgement, SettingsProblem } from './judge.js'
import { ICON, type LineMark, lineMarks, type Tone, toneOfSeverity, toneOfStatus } from './marks.js'

/** Moves to a line of the plan (or of the constitution, for findings there). */
export type Goto = (path: string, line: number) => void

/** A coloured label that also says what it means in words, after its icon. */
function badge(tone: Tone, text: string): HTMLElement {
  return h('span', { class: `badge tone-${tone}` }, h('span', { class: 'icon', 'aria-hidden': 'true' }, ICON[tone]), ` ${text}`)
}

function gotoButton(goto: Goto, path: string, line: number, label: string, ...content: Array<Node | string>): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'goto', 'aria-label': label }, ...content)
  button.addEventListener('click', () => goto(path, line))
  return button
}

/**
 * The verdict line: PASS or FAIL with its score and counts, what the check
 * run would conclude, and what the plan was judged against.
 */
export function renderVerdict(element: HTMLElement, judgement: Judgement): void {
  const { report, problems, conclusion } = judgement
  element.replaceChildren()
  element.dataset.verdict = report?.verdict ?? 'none'
  if (!report) {
    element.className = 'verdict idle'
    element.append('No plan yet: paste a plan.md into the Plan box, or load an example.')
    return
  }
  const tone: Tone = report.verdict === 'pass' ? 'good' : 'bad'
  const counts = countsText(report.counts)
  element.className = `verdict tone-${tone}`
  element.append(
    h('span', { class: 'verdict-word' }, h('span', { class: 'icon', 'aria-hidden': 'true' }, ICON[tone]), ` ${report.verdict.toUpperCase()}`),
    h(
      'span',
      { class: 'verdict-facts' },
      `score ${percent(report.score)} · ${report.gates.length} gate${report.gates.length === 1 ? '' : 's'}${counts ? ` (${counts})` : ''} · the check run would conclude `,
      h('strong', {}, conclusion)
    ),
    h('span', { class: 'verdict-basis' }, basis(report.constitution)),
    problems.length === 0 ? '' : h('span', { class: 'verdict-note' }, `Scored with the default settings: the Settings box has ${problems.length} problem${problems.length === 1 ? '' : 's'}.`)
  )
}

/** What the gates were judged against, naming the non-negotiable principles. */
function basis(constitution: Constitution): string {
  const strict = constitution.principles
    .filter((principle) => principle.nonNegotiable)
    .map((principle) => [principle.numeral, principle.name].filter(Boolean).join('. '))
  const source = constitution.source === 'file' ? `your constitution (${constitution.principles.length} principles)` : 'the nine default articles'
  return `Judged against ${source}; non-negotiable: ${strict.length > 0 ? strict.join(', ') : 'none'}.`
}

/** The findings, worst line first as the report sorts them; each jumps to its line and links its rule. */
export function renderFindings(list: HTMLElement, count: HTMLElement, report: PlanReport | null, goto: Goto): void {
  const findings = report?.findings ?? []
  count.textContent = report ? `(${findings.length})` : ''
  list.replaceChildren(
    ...findings.map((finding) => {
      const inPlan = finding.path === report?.path
      const where = inPlan ? `Line ${finding.range.line}` : `Constitution line ${finding.range.line}`
      return h(
        'li',
        { class: `finding tone-${toneOfSeverity(finding.severity)}` },
        h(
          'div',
          { class: 'finding-head' },
          badge(toneOfSeverity(finding.severity), finding.severity),
          h('a', { class: 'rule', href: finding.docs, target: '_blank', rel: 'noopener noreferrer' }, finding.ruleId),
          h('span', { class: 'slug' }, finding.slug)
        ),
        gotoButton(goto, finding.path, finding.range.line, `${where}: ${finding.message}`, h('span', { class: 'where' }, where), ` ${finding.message}`)
      )
    })
  )
  if (report && findings.length === 0) list.append(h('li', { class: 'finding none' }, 'No findings.'))
}

/** One row per gate: line, gate, article, status, and the Complexity Tracking rows that justify it. */
export function renderGates(body: HTMLElement, report: PlanReport | null, goto: Goto): void {
  const gates = report?.gates ?? []
  body.replaceChildren(
    ...gates.map((gate) => {
      const rows = gate.rows.map((index) => report?.rows[index]).filter((row) => row !== undefined)
      return h(
        'tr',
        {},
        h('td', { class: 'num' }, gotoButton(goto, report?.path ?? '', gate.range.line, `Line ${gate.range.line}`, String(gate.range.line))),
        h('td', {}, gate.label),
        h('td', {}, gate.articles.join(', ') || '—'),
        h('td', {}, badge(toneOfStatus(gate.status), statusText[gate.status]), gate.nonNegotiable ? ' non-negotiable' : ''),
        h('td', {}, ...(rows.length === 0 ? ['—'] : rows.map((row) => gotoButton(goto, report?.path ?? '', row.range.line, `Row on line ${row.range.line}`, `line ${row.range.line}`))))
      )
    })
  )
  if (report && gates.length === 0) body.append(h('tr', {}, h('td', { colspan: 5 }, 'No gates found.')))
}

/**
 * The plan, one list item per line with its number; the lines of gates,
 * justifying rows and findings carry a tone, an icon and their tags.
 */
export function renderPlanView(list: HTMLElement, text: string, report: PlanReport | null): void {
  const marks = report ? lineMarks(report) : new Map<number, LineMark>()
  const lines = text === '' ? [] : text.split('\n')
  list.replaceChildren(
    ...lines.map((content, index) => {
      const number = index + 1
      const mark = marks.get(number)
      return h(
        'li',
        { id: `line-${number}`, class: mark ? `line tone-${mark.tone}` : 'line', tabindex: -1, title: mark?.notes.join('\n') },
        h('span', { class: 'lineno', 'aria-hidden': 'true' }, String(number)),
        h('span', { class: 'icon', 'aria-hidden': 'true' }, mark ? ICON[mark.tone] : ''),
        h('span', { class: 'text' }, content.replace(/\r$/u, '') || ' '),
        mark && h('span', { class: 'tags' }, mark.tags.join(' · ')),
        mark && h('span', { class: 'sr-only' }, ` (${mark.notes.join('; ')})`)
      )
    })
  )
}

/** The settings box's problems, each with its line and column; empty hides the box. */
export function renderProblems(element: HTMLElement, box: HTMLTextAreaElement, problems: readonly SettingsProblem[], goto: (line: number) => void): void {
  element.hidden = problems.length === 0
  box.setAttribute('aria-invalid', String(problems.length > 0))
  element.replaceChildren(
    ...(problems.length === 0
      ? []
      : [
          h('p', { class: 'problems-title' }, badge('bad', `${problems.length} problem${problems.length === 1 ? '' : 's'} in the settings`)),
          h(
            'ul',
            {},
            ...problems.map((problem) => {
              if (problem.line === null) return h('li', {}, problem.message)
              const line = problem.line
              const where = `Line ${line}, column ${problem.column}`
              const button = h('button', { type: 'button', class: 'goto' }, h('span', { class: 'where' }, `${where}:`), ` ${problem.message}`)
              button.addEventListener('click', () => goto(line))
              return h('li', {}, button)
            })
          )
        ])
  )
}
