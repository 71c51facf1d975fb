import type { RootContent } from 'mdast'
import type { Constitution, Gate, GateSection, NearHeading, Plan, StatusReading, Summary } from '../model/plan.js'
import type { Range } from '../model/range.js'
import { needsJustification, worse, type Status } from '../model/status.js'
import { citedIds } from './articles.js'
import { readComplexity, readScores } from './complexity.js'
import { defaultConstitution } from './constitution.js'
import { type RawGate, SectionReader } from './gates/index.js'
import type { ExtraHeadings } from './headings.js'
import { linkedRows, rowKeys } from './link.js'
import { Locator } from './locate.js'
import { type NearKind, nearHeading } from './near-miss.js'
import { outline, type OutlineHeading, type OutlineLine } from './outline.js'
import { PrincipleMatcher } from './principles.js'
import { clip, readItem } from './read-item.js'
import { cleanInline, leadingStatuses, trailingStatus } from './read-status.js'
import { readSection, type SectionSpan, sectionSpans } from './sections.js'
import { isProgressItem, progressVerdict } from './summaries.js'
import { namedVersions } from './versions.js'
import { Vocabulary } from './vocabulary.js'
import { hideWaivers, readWaivers } from './waivers.js'

/** What parsing needs beyond the text: the configured vocabulary and constitution. */
export interface ParseOptions {
  vocabulary?: Vocabulary
  constitution?: Constitution
  headings?: ExtraHeadings
  /** Principle names or numerals the configuration makes non-negotiable. */
  nonNegotiable?: readonly string[]
}

const POINTS_TO_COMPLEXITY = /complexity\s+tracking|複雑性(?:トラッキング|追跡)|复杂度跟踪|複雜度追蹤|복잡도\s*추적/iu
const defaultVocabulary = new Vocabulary()

/**
 * Reads one plan: its gates sections, their gates and verdict lines, its
 * Complexity Tracking rows, and how the rows justify the gates.
 *
 * @param source
 *   The plan's markdown (LF or CRLF; a BOM is ignored).
 * @param path
 *   Its path, as findings will name it.
 * @param options
 *   Vocabulary, constitution, extra headings and non-negotiable principles.
 */
export function parsePlan(source: string, path: string, options: ParseOptions = {}): Plan {
  const written = source.startsWith('\uFEFF') ? source.slice(1) : source
  const waivers = readWaivers(written)
  // The rules read the plan as if its waiver comments were not there (a directive in a table cell is no status).
  const text = hideWaivers(written, waivers)
  const vocab = options.vocabulary ?? defaultVocabulary
  const constitution = options.constitution ?? defaultConstitution()
  const { lineStarts, headings, checkedItems, scoreLines } = outline(text)
  const locate = new Locator(text, lineStarts)
  const extra = options.headings ?? { gates: [], complexity: [] }
  const spans = sectionSpans(headings, lineStarts.length, extra)

  const plan: Plan = {
    path,
    lineCount: lineStarts.length,
    sections: [],
    gates: [],
    summaries: [],
    placeholders: [],
    complexityTables: [],
    rows: [],
    projectCounts: [],
    complexityScores: readScores(scoreLines, locate),
    constitution,
    nearHeadings: { gates: null, complexity: null },
    unreadable: null,
    waivers,
    versionsNamed: namedVersions(text)
  }

  const raw: RawGate[] = []
  const blocks = new Map<string, 'filled' | 'empty'>()
  const countContexts: string[][] = []
  for (const span of spans) {
    const nodes = readSection(text, written, lineStarts, span)
    const body = withoutHeading(nodes, span)
    if (span.kind === 'complexity') {
      const content = readComplexity(body, locate)
      plan.complexityTables.push(...content.tables)
      plan.rows.push(...content.rows)
      plan.placeholders.push(...content.placeholders)
      continue
    }
    if (span.kind === 'verdicts') {
      // Only its verdict lines count: they speak for the whole plan.
      const { summaries } = new SectionReader(-1, span.heading.depth, locate, vocab).read(body)
      plan.summaries.push(...summaries.map((summary) => ({ ...summary, section: null, inSection: false })))
      continue
    }
    const index = plan.sections.length
    const content = new SectionReader(index, span.heading.depth, locate, vocab).read(body)
    raw.push(...content.gates)
    plan.summaries.push(...content.summaries)
    plan.placeholders.push(...content.placeholders)
    content.blocks.forEach((value, key) => blocks.set(key, value))
    for (const { count, context } of content.counts) {
      plan.projectCounts.push({ ...count, rows: [] })
      countContexts.push(context)
    }
    const heading = {
      text: cleanInline(span.heading.text),
      depth: span.heading.depth,
      range: locate.lines(span.heading.line, span.heading.endLine)
    }
    const verdict = headingVerdict(span.heading.text, index, heading.range, vocab)
    if (verdict) plan.summaries.push(verdict)
    const evaluated = content.gates.length > 0 || content.summaries.length > 0 || verdict !== null
    plan.sections.push({
      heading,
      range: locate.lines(span.heading.line, Math.max(content.lastLine, span.heading.endLine)),
      state: evaluated ? 'evaluated' : content.hasTemplate && !content.hasContent ? 'unfilled' : 'not-evaluated'
    })
  }
  if (plan.sections.length === 0) plan.nearHeadings.gates = near(headings, 'gates', extra, locate)
  if (!spans.some((span) => span.kind === 'complexity')) plan.nearHeadings.complexity = near(headings, 'complexity', extra, locate)
  plan.summaries.push(...planSummaries(checkedItems, spans, plan.sections, vocab, locate))
  plan.summaries.sort((a, b) => a.range.line - b.range.line)

  const keys = rowKeys(plan.rows)
  const matcher = new PrincipleMatcher(constitution, options.nonNegotiable ?? [])
  plan.gates = raw.map((gate) => resolveGate(gate, matcher, keys, blocks))
  plan.projectCounts.forEach((count, i) => {
    const context = countContexts[i] ?? []
    const match = matcher.match('projects', context)
    count.rows = linkedRows(keys, { label: 'projects', wording: 'projects', articles: match.articles, principle: match.principle, cites: [], pointsToComplexity: false })
  })
  return plan
}

/** The heading closest to a built-in one of `kind`, as findings show it. */
function near(headings: readonly OutlineHeading[], kind: NearKind, extra: ExtraHeadings, locate: Locator): NearHeading | null {
  const found = nearHeading(headings, kind, extra)
  if (!found) return null
  const { heading, like } = found
  return { text: `${'#'.repeat(heading.depth)} ${cleanInline(heading.text).trim()}`, range: locate.lines(heading.line, heading.endLine), like }
}

function withoutHeading(nodes: RootContent[], span: SectionSpan): RootContent[] {
  const first = nodes[0]
  return first?.type === 'heading' && first.position?.start.line === span.heading.line ? nodes.slice(1) : nodes
}

/**
 * Checked Progress Tracking and Validation Checklist lines outside the gates
 * sections that state the gates passed or failed. Unchecked ones are
 * progress, not verdicts. An "Initial" check speaks for the first gates
 * section, a "Post-Design" or re-check for the sections that are re-checks
 * (or the last one); any other for every section.
 */
function planSummaries(lines: readonly OutlineLine[], spans: readonly SectionSpan[], sections: readonly GateSection[], vocab: Vocabulary, locate: Locator): Summary[] {
  const inGates = (line: number) =>
    spans.some((span) => span.kind === 'gates' && span.segments.some(([start, end]) => line >= start && line <= end))
  const rechecks = sections.flatMap((section, index) => (RECHECK.test(section.heading.text) ? [index] : []))
  const summaries: Summary[] = []
  for (const { line, text } of lines) {
    if (inGates(line) || !isProgressItem(text)) continue
    const status = progressVerdict(readItem(vocab, text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/u, ''), true))
    if (!status) continue
    const body = clip(cleanInline(text).replace(/^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\s*/u, ''))
    const scope = sections.length < 2 ? [null] : INITIAL.test(body) ? [0] : RECHECK.test(body) ? (rechecks.length > 0 ? rechecks : [sections.length - 1]) : [null]
    for (const section of scope) summaries.push({ text: body, range: locate.lines(line), status, section, inSection: false })
  }
  return summaries
}

const INITIAL = /\b(?:initial|pre[-\s]?design|phase\s*0)\b/iu
const RECHECK = /\b(?:post[-\s]?design|re-?\s?check|re-?\s?evaluat|after|phase\s*1)\b/iu

/** A gates section's heading that carries a status (`### Post-Design Re-check: ❌ FAIL`) is its verdict. */
function headingVerdict(text: string, section: number, range: Range, vocab: Vocabulary): Summary | null {
  const plain = cleanInline(text)
  const readings = [...leadingStatuses(vocab, plain, 'leading-mark'), ...[trailingStatus(vocab, plain)].filter((r) => r !== null)]
  if (readings.length === 0) return null
  return { text: clip(plain), range, status: worstOf(readings) ?? 'unevaluated', section, inSection: true }
}

function worstOf(readings: readonly StatusReading[]): Status | null {
  return readings.reduce<Status | null>((worst, reading) => (worst ? worse(worst, reading.status) : reading.status), null)
}

/**
 * Ties a gate to its principle and rows and settles its status. In a seed
 * article block an unchecked box reads "not compliant" (fail) once the block
 * justifies itself or a row refers to it; without either it is unevaluated.
 */
function resolveGate(gate: RawGate, matcher: PrincipleMatcher, keys: ReturnType<typeof rowKeys>, blocks: Map<string, 'filled' | 'empty'>): Gate {
  const match = matcher.match(gate.label, gate.context)
  const cites = citedIds(gate.text)
  const pointsToComplexity = POINTS_TO_COMPLEXITY.test(gate.text)
  const rows = keys.length === 0 ? [] : linkedRows(keys, { label: gate.label, wording: gate.wording, articles: match.articles, principle: match.principle, cites, pointsToComplexity })
  const articleBlock = gate.block ? { heading: gate.block, justification: blocks.get(gate.block) ?? ('none' as const) } : null
  let readings = gate.readings
  if (articleBlock && (articleBlock.justification === 'filled' || rows.length > 0)) {
    readings = readings.map((reading) => (reading.position === 'checkbox' && reading.written === '[ ]' ? { ...reading, status: 'fail' as const } : reading))
  }
  const claimed = worstOf(readings) ?? 'unevaluated'
  let status: Status = claimed
  if (needsJustification(claimed)) {
    if (match.nonNegotiable || rows.length === 0) status = claimed === 'justified' ? 'fail' : claimed
    else status = 'justified'
  }
  return {
    section: gate.section,
    kind: gate.kind,
    label: gate.label,
    wording: gate.wording,
    context: gate.context,
    text: gate.text,
    range: gate.range,
    readings,
    answer: gate.answer,
    articles: match.articles,
    principle: match.principle,
    nonNegotiable: match.nonNegotiable,
    cites,
    pointsToComplexity,
    articleBlock,
    claimed,
    status,
    rows
  }
}

