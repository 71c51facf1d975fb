import type { Config } from '../config/config.js'
import { closest } from '../config/suggest.js'
import type { Finding } from '../model/finding.js'
import type { JudgedWaiver, Plan, WaiverDirective, WaiverKind } from '../model/plan.js'
import { WAIVER_KINDS } from '../parse/waivers.js'
import { findRule, rules } from '../rules/index.js'

/**
 * Waivers are applied once every rule has run: each directive of the plan is
 * judged against the registry and the settings, and the valid ones mark the
 * findings they cover as waived. A waived finding stays in the report; it
 * only stops failing the plan.
 */

/** Why a rule can never be waived, by id. */
const UNWAIVABLE: Record<string, string> = {
  CG005: 'the constitution says nothing justifies breaking a non-negotiable principle'
}

/** Line directives are the most specific, then ranges, then the whole file: the most specific waiver covers a finding. */
const RANK: Record<WaiverKind, number> = { 'disable-line': 0, 'disable-next-line': 0, disable: 1, 'disable-file': 2, enable: 3 }

/**
 * Judges each directive of a plan: the rules it names, what makes it
 * invalid, and the lines it waives each rule on. A `disable` runs to the
 * first valid `enable` below it that names its rule (or names none), else to
 * the end of the plan.
 */
export function judgeWaivers(plan: Pick<Plan, 'waivers' | 'lineCount'>, config: Pick<Config, 'waivers'>): JudgedWaiver[] {
  const judged = plan.waivers.map((directive) => judge(directive, config))
  const open = new Map<string, Array<JudgedWaiver['spans'][number]>>()
  for (const waiver of judged) {
    const { directive } = waiver
    if (waiver.problems.length > 0 || directive.kind === null) continue
    if (directive.kind === 'enable') {
      const ids = waiver.rules.length > 0 ? waiver.rules.map((rule) => rule.id) : [...open.keys()]
      for (const id of ids) {
        const spans = open.get(id) ?? []
        if (spans.length === 0) continue
        for (const span of spans) span.to = directive.range.line
        waiver.closes.push(id)
        open.delete(id)
      }
      continue
    }
    const [from, to] = linesOf(directive.kind, directive, plan.lineCount)
    for (const { id } of waiver.rules) {
      const span = { ruleId: id, from, to }
      waiver.spans.push(span)
      if (directive.kind !== 'disable') continue
      const spans = open.get(id)
      if (spans) spans.push(span)
      else open.set(id, [span])
    }
  }
  return judged
}

/** The lines a valid directive covers, before any enable ends it. */
function linesOf(kind: Exclude<WaiverKind, 'enable'>, directive: WaiverDirective, lineCount: number): [number, number] {
  const { line, endLine } = directive.range
  if (kind === 'disable-next-line') return [endLine + 1, endLine + 1]
  if (kind === 'disable-line') return [line, endLine]
  if (kind === 'disable') return [line, lineCount]
  return [1, lineCount]
}

function judge(directive: WaiverDirective, config: Pick<Config, 'waivers'>): JudgedWaiver {
  const judged: JudgedWaiver = { directive, rules: [], problems: [], spans: [], closes: [] }
  if (config.waivers === 'forbid') {
    judged.problems.push('waivers are forbidden in this repository (waivers: forbid), so fix what the finding says instead')
    return judged
  }
  if (!directive.closed) judged.problems.push("the comment is never closed with '-->', so it hides the rest of the plan")
  if (directive.kind === null) {
    const like = closest(directive.written, WAIVER_KINDS.map((kind) => `constitution-gate-${kind}`))
    judged.problems.push(`'${directive.written}' is no directive (${like ? `did you mean '${like}'?` : 'write constitution-gate- then disable-next-line, disable-line, disable, enable or disable-file'})`)
    return judged
  }
  const unknown: string[] = []
  for (const name of directive.rules) {
    const rule = findRule(name)
    if (!rule) unknown.push(name)
    else if (!judged.rules.some((known) => known.id === rule.id)) judged.rules.push({ id: rule.id, slug: rule.slug })
  }
  const waives = directive.kind !== 'enable'
  if (waives && directive.rules.length === 0) judged.problems.push('it names no rule: write the id or slug of each rule it waives (CG004 or gate-not-evaluated)')
  if (unknown.length > 0) judged.problems.push(unknownRules(unknown))
  for (const { id, slug } of waives ? judged.rules : []) {
    const why = UNWAIVABLE[id] ?? (findRule(id)?.judgesWaivers ? 'findings about waivers are never waived' : null)
    if (why) judged.problems.push(`${id} ${slug} cannot be waived: ${why}`)
  }
  if (waives && directive.reason === null) judged.problems.push("it gives no reason: write one after ' -- '")
  return judged
}

/** `'CG04' is no rule (did you mean 'CG004'?)`, or several in one clause. */
function unknownRules(names: readonly string[]): string {
  const candidates = rules.flatMap((rule) => [rule.id, rule.slug])
  const hints = names.map((name) => {
    const like = closest(name, candidates)
    return like ? ` (did you mean '${like}'?)` : ''
  })
  if (names.length === 1) return `'${names[0]}' is no rule${hints[0]}`
  const named = names.map((name, index) => `'${name}'${hints[index]}`)
  return `${named.slice(0, -1).join(', ')} and ${named.at(-1)} are no rules`
}

/** A directive that covers a rule on some lines. */
interface Cover {
  directive: WaiverDirective
  from: number
  to: number
}

/**
 * Marks each finding of the plan that a valid directive covers as waived, by
 * the most specific one (its own line, then a range, then the file), then the
 * nearest. Findings in other files (the constitution) are not the plan's to
 * waive. Directives are indexed first, so that a plan of thousands of them
 * takes time in proportion to its size.
 */
export function applyWaivers(findings: readonly Finding[], judged: readonly JudgedWaiver[], path: string): void {
  const lines = new Map<string, WaiverDirective>()
  const ranges = new Map<string, Cover[]>()
  const files = new Map<string, Cover[]>()
  for (const { directive, problems, spans } of judged) {
    if (problems.length > 0) continue
    for (const { ruleId, from, to } of spans) {
      const cover = { directive, from, to }
      if (RANK[directive.kind ?? 'enable'] === 0) {
        for (let line = from; line <= to; line++) {
          const key = `${ruleId}\0${line}`
          const known = lines.get(key)
          if (!known || Math.abs(line - directive.range.line) < Math.abs(line - known.range.line)) lines.set(key, directive)
        }
      } else {
        const index = directive.kind === 'disable' ? ranges : files
        const list = index.get(ruleId)
        if (list) list.push(cover)
        else index.set(ruleId, [cover])
      }
    }
  }
  if (lines.size === 0 && ranges.size === 0 && files.size === 0) return
  for (const finding of findings) {
    if (finding.path !== path) continue
    const { line } = finding.range
    const directive = lines.get(`${finding.ruleId}\0${line}`) ?? nearestRange(ranges.get(finding.ruleId), line) ?? nearest(files.get(finding.ruleId), line)
    if (directive) finding.waiver = { line: directive.range.line, reason: directive.reason ?? '' }
  }
}

/**
 * The range of a rule that covers `line` and opens nearest above it. Ranges
 * of one rule open in order and an enable ends every open one at once, so the
 * last to open at or above the line is the only candidate: any earlier one
 * still open ends with it.
 */
function nearestRange(covers: readonly Cover[] | undefined, line: number): WaiverDirective | null {
  if (!covers) return null
  let low = 0
  let high = covers.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if ((covers[middle]?.from ?? 0) <= line) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  const cover = covers[found]
  return cover && cover.to >= line ? cover.directive : null
}

/** The file waiver of a rule written nearest the line (they are in line order). */
function nearest(covers: readonly Cover[] | undefined, line: number): WaiverDirective | null {
  if (!covers) return null
  let low = 0
  let high = covers.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((covers[middle]?.directive.range.line ?? 0) < line) low = middle + 1
    else high = middle
  }
  const after = covers[low]
  const before = covers[low - 1]
  if (!before) return after?.directive ?? null
  if (!after) return before.directive
  return line - before.directive.range.line <= after.directive.range.line - line ? before.directive : after.directive
}
