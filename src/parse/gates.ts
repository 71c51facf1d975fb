import type { Heading, List, ListItem, Paragraph, RootContent, Table } from 'mdast'
import type { Gate, GateKind, Placeholder, ProjectCount, StatusReading, Summary } from '../model/plan.js'
import type { Range } from '../model/range.js'
import type { Locator } from './locate.js'
import { findPrompts, isOnlyPrompts } from './placeholders.js'
import { clip, type ItemText, readItem, STATUS_LABEL } from './read-item.js'
import { cleanInline, leadingStatuses, readCell, readVerdict, trailingStatus } from './read-status.js'
import { isSummaryLabel, isProgressItem } from './summaries.js'
import type { Vocabulary } from './vocabulary.js'

/** A gate as read from one section, before it is matched to the constitution. */
export type RawGate = Omit<Gate, 'articles' | 'principle' | 'nonNegotiable' | 'claimed' | 'status' | 'rows'> & {
  /** Heading of the seed-style article block it sits in, if any. */
  block: string | null
}

/** What one gates section holds. */
export interface SectionContent {
  gates: RawGate[]
  summaries: Summary[]
  placeholders: Placeholder[]
  projectCounts: Omit<ProjectCount, 'rows'>[]
  /** Labels and articles of each project count, for tying rows to it. */
  countContexts: string[][]
  /** Seed article blocks by heading: whether their Justification item is filled. */
  blocks: Map<string, 'filled' | 'empty'>
  /** Whether anything but template text, GATE notes and comments is there. */
  hasContent: boolean
  /** Last line with content. */
  lastLine: number
}

const GATE_NOTE = /^\s*\*?_?\s*GATE\b/u
const FIELD = /^(?:justification|current count|project count|projects|number of projects|現在の数|项目数)$/iu
const COUNT_FIELD = /^(?:current count|project count|projects|number of projects)$/iu
const ARTICLE_BLOCK = /^\s*articles?\s+[IVXLC]+\b/iu
const STATUS_HEADER = /status|result|verdict|outcome|compliance|compliant|^pass(?:ed)?\??$|^ok\??$|^met\??$|状态|状態|상태|结果|結果|判定|estado|resultado|statut|r[ée]sultat|ergebnis/iu
const PHASE_HEADER = /^(?:pre|post)[-\s]?(?:design|phase|implementation)|^initial|re-?\s?check|^phase\s*\d|^before\b|^after\b/iu
const POINTS_TO_COMPLEXITY = /complexity\s+tracking|複雑性|复杂度|複雜度|복잡도/iu

interface HeadingContext {
  depth: number
  label: string
  gate: RawGate | null
  range: Range
}

/**
 * Reads the gates of one gates section: task items, items and headings with
 * a status, paragraphs that open with one, status-table rows, and questions.
 * Everything else is evidence for the gate above it, or a note.
 */
export class SectionReader {
  private readonly content: SectionContent = {
    gates: [],
    summaries: [],
    placeholders: [],
    projectCounts: [],
    countContexts: [],
    blocks: new Map(),
    hasContent: false,
    lastLine: 0
  }
  private headings: HeadingContext[] = []
  private group: string | null = null
  private lastGate: RawGate | null = null

  constructor(
    private readonly section: number,
    private readonly depth: number,
    private readonly locate: Locator,
    private readonly vocab: Vocabulary
  ) {}

  /** Reads the section's nodes (its own heading excluded) and returns what it holds. */
  read(nodes: readonly RootContent[]): SectionContent {
    for (const node of nodes) this.block(node)
    return this.content
  }

  private block(node: RootContent): void {
    switch (node.type) {
      case 'heading':
        this.heading(node)
        break
      case 'paragraph':
        this.paragraph(node)
        break
      case 'list':
        this.list(node, null, [])
        break
      case 'table':
        this.table(node)
        break
      case 'blockquote':
        this.note(node)
        break
      case 'html':
        if (!/^\s*<!--/u.test(node.value)) this.note(node)
        break
      default:
        break
    }
  }

  private source(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): { text: string; start: number; end: number } {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    return { text: this.locate.slice(start, end), start, end }
  }

  private rangeOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): Range {
    const { start, end } = this.source(node)
    return this.locate.range(start, end)
  }

  /** Records prompts in a node; says whether the node is nothing but prompts. */
  private prompts(text: string, start: number): boolean {
    for (const prompt of findPrompts(text, start)) {
      this.content.placeholders.push({ text: prompt.text, range: this.locate.range(prompt.start, prompt.end), where: 'gates' })
    }
    return isOnlyPrompts(cleanInline(text))
  }

  private touch(range: Range, templateOnly: boolean): void {
    if (!templateOnly) this.content.hasContent = true
    this.content.lastLine = Math.max(this.content.lastLine, range.endLine)
  }

  private context(): string[] {
    return [...this.headings.map((heading) => heading.label), ...(this.group ? [this.group] : [])]
  }

  private block_(): string | null {
    for (let index = this.headings.length - 1; index >= 0; index--) {
      const label = this.headings[index]?.label ?? ''
      if (ARTICLE_BLOCK.test(label)) return label
    }
    return null
  }

  private heading(node: Heading): void {
    if (node.depth <= this.depth) return
    this.headings = this.headings.filter((heading) => heading.depth < node.depth)
    this.group = null
    const { text, start } = this.source(node)
    const body = text.replace(/^\s*#+\s*/u, '').replace(/\s+#+\s*$/u, '')
    const label = cleanInline(body).trim()
    const range = this.rangeOf(node)
    this.touch(range, this.prompts(text, start))
    const readings = [...leadingStatuses(this.vocab, label, 'leading-mark')]
    const trailing = trailingStatus(this.vocab, label)
    if (trailing && label !== trailing.written) readings.push(trailing)
    const context: HeadingContext = { depth: node.depth, label: stripMarks(label), gate: null, range }
    if (readings.length > 0) context.gate = this.gate('heading', context.label, label, range, readings, null, [])
    this.headings.push(context)
  }

  private paragraph(node: Paragraph): void {
    const { text, start } = this.source(node)
    const range = this.rangeOf(node)
    const plain = cleanInline(text).trim()
    if (GATE_NOTE.test(plain)) {
      this.touch(range, true)
      return
    }
    const templateOnly = this.prompts(text, start)
    this.touch(range, templateOnly)
    if (templateOnly) return
    if (/^\s*(?:\*\*|__)[^*_\n]+(?:\*\*|__)\s*[:：]?\s*$/u.test(text) && !/[:：]\s*\S/u.test(plain.replace(/[:：]\s*$/u, ''))) {
      this.group = plain.replace(/[:：]\s*$/u, '')
      return
    }
    const item = readItem(this.vocab, text, true)
    if (this.labelled(item, range, null)) return
    // A paragraph is a gate only when it opens with a status mark or word, or
    // with a bold label followed by one (`❌ **VIOLATION**: …`).
    const bold = /^\s*(?:\S{1,2}\s*)?(?:\*\*|__)/u.test(text)
    const opens = item.readings.some(
      (reading) => reading.position === 'leading-mark' || (reading.position === 'value' && bold)
    )
    if (opens) {
      this.gate('paragraph', item.key ?? item.label, plain, range, item.readings, null, [])
      return
    }
    this.evidence(plain)
  }

  /**
   * A summary line or a `Status:` label. Returns true when `item` was one.
   *
   * @param owner
   *   The gate a `Status:` label belongs to when it is nested in an item.
   */
  private labelled(item: ItemText, range: Range, owner: RawGate | null): boolean {
    if (!item.key) return false
    if (STATUS_LABEL.test(item.key)) {
      const target = owner ?? this.headingGate(range)
      if (!target) return this.summary(item, range)
      target.readings.push(...item.readings.filter((reading) => reading.position === 'status-label'))
      target.text += ` ${item.value}`
      return true
    }
    if (isSummaryLabel(item.key)) return this.summary(item, range)
    return false
  }

  private summary(item: ItemText, range: Range): boolean {
    const reading = readVerdict(this.vocab, item.value)
    if (!reading) return false
    this.content.summaries.push({ text: clip(`${item.key}: ${item.value}`), range, status: reading.status, section: this.section })
    return true
  }

  /** The sub-heading a `Status:` line under it belongs to, made a gate if it is not one yet. */
  private headingGate(range: Range): RawGate | null {
    const heading = this.headings[this.headings.length - 1]
    if (!heading) return null
    heading.gate ??= this.gate('heading', heading.label, heading.label, heading.range, [], null, [])
    heading.gate.range = { ...heading.gate.range }
    void range
    return heading.gate
  }

  private list(list: List, parent: RawGate | null, parents: string[]): void {
    // An explicit stack: plans can nest lists deeper than the call stack allows.
    const stack: Array<{ item: ListItem; parent: RawGate | null; parents: string[] }> = list.children
      .map((item) => ({ item, parent, parents }))
      .reverse()
    while (stack.length > 0) {
      const { item, parent: owner, parents: above } = stack.pop() as (typeof stack)[number]
      const made = this.listItem(item, owner, above)
      const nested: typeof stack = []
      for (const child of item.children.slice(1)) {
        if (child.type === 'list') {
          for (const inner of child.children) nested.push({ item: inner, parent: made ?? owner, parents: made ? [...above, made.label] : above })
        } else if (child.type === 'paragraph') {
          const { text, start } = this.source(child)
          const templateOnly = this.prompts(text, start)
          this.touch(this.rangeOf(child), templateOnly)
          const inner = readItem(this.vocab, text, true)
          if (!this.labelled(inner, this.rangeOf(child), made ?? owner)) this.evidence(cleanInline(text), made ?? owner)
        } else if (child.type === 'table') {
          this.table(child)
        }
      }
      stack.push(...nested.reverse())
    }
  }

  private listItem(node: ListItem, owner: RawGate | null, parents: string[]): RawGate | null {
    const first = node.children[0]
    const range = this.rangeOf(node)
    if (!first || first.type !== 'paragraph') {
      if (first?.type === 'list') this.list(first, owner, parents)
      return null
    }
    const { text, start } = this.source(first)
    const firstRange = this.rangeOf(first)
    const templateOnly = this.prompts(text, start)
    this.touch(firstRange, templateOnly)
    // The GFM extension leaves the checkbox out of a multi-line item's paragraph.
    const boxed = typeof node.checked === 'boolean' && !/^\s*\[/u.test(text) ? `[${node.checked ? 'x' : ' '}] ${text}` : text
    const item = readItem(this.vocab, boxed, true)
    const plain = cleanInline(text).trim()

    if (item.checkbox !== null && isProgressItem(plain)) {
      const status = item.readings.reduce<StatusReading | null>((worst, reading) => pickWorse(worst, reading), null)
      if (status && status.status !== 'unevaluated') {
        this.content.summaries.push({ text: clip(plain.replace(/^\[[^\]]*\]\s*/u, '')), range: firstRange, status: status.status, section: this.section })
      }
      return null
    }
    if (item.checkbox === null && this.labelled(item, firstRange, owner)) return null
    if (item.key && FIELD.test(item.key)) {
      this.field(item, firstRange)
      return null
    }
    const isGate = item.checkbox !== null || item.readings.length > 0 || item.question
    if (!isGate || templateOnly) {
      if (!templateOnly) this.evidence(plain, owner)
      return null
    }
    const kind: GateKind = item.checkbox !== null ? 'task' : 'item'
    return this.gate(kind, item.label, plain, { ...range, endLine: firstRange.endLine, endColumn: firstRange.endColumn }, item.readings, null, parents)
  }

  /** `Current Count: 5`, `Projects: 2`, a seed block's `Justification:`. */
  private field(item: ItemText, range: Range): void {
    const key = item.key ?? ''
    if (COUNT_FIELD.test(key)) {
      const value = /^\s*(\d{1,4})\b/u.exec(item.value)
      if (value) {
        this.content.projectCounts.push({ value: Number(value[1]), range })
        this.content.countContexts.push([...this.context(), key])
      }
      return
    }
    const block = this.block_()
    if (block) {
      const filled = item.value !== '' && !isOnlyPrompts(item.value) && !/^(?:n\/?a|none|-+|—)\.?$/iu.test(item.value)
      this.content.blocks.set(block, filled ? 'filled' : 'empty')
    }
    this.evidence(item.value)
  }

  private table(node: Table): void {
    const range = this.rangeOf(node)
    this.touch(range, false)
    const [head, ...body] = node.children
    const header = (head?.children ?? []).map((cell) => cleanInline(this.source(cell).text).replace(/^\s*\||\|\s*$/gu, '').trim())
    const cells = body.map((row) => row.children.map((cell) => this.source(cell)))
    const texts = cells.map((row) => row.map((cell) => cell.text.replace(/^\s*\||\|\s*$/gu, '').trim()))
    // A column named for a check phase (Pre-design, Post-design) holds
    // statuses, unless the table has a Status column and it is a notes column.
    const named = header.some((name) => STATUS_HEADER.test(name))
    const statusColumns = header
      .map((name, index) => ({ name, index }))
      .filter(({ name, index }) => STATUS_HEADER.test(name) || (!named && PHASE_HEADER.test(name)) || allMarked(this.vocab, texts, index))
      .map(({ index }) => index)
    for (const [rowIndex, row] of body.entries()) {
      const rowTexts = texts[rowIndex] ?? []
      for (const cell of cells[rowIndex] ?? []) this.prompts(cell.text, cell.start)
      if (statusColumns.length === 0) continue
      const names = rowTexts.map((text, index) => ({ text: cleanInline(text).trim(), index })).filter(({ index }) => !statusColumns.includes(index))
      const label = rowLabel(names, header)
      const evidence = rowTexts.map((text) => cleanInline(text)).join(' ')
      for (const column of statusColumns) {
        const readings = readCell(this.vocab, rowTexts[column] ?? '') ?? [{ status: 'unevaluated' as const, position: 'cell' as const, written: '' }]
        const name = statusColumns.length > 1 ? `${label} (${header[column]})` : label
        this.gate('row', name, evidence, this.rangeOf(row), readings, null, [])
      }
    }
  }

  private note(node: RootContent): void {
    const { text, start } = this.source(node)
    this.touch(this.rangeOf(node), this.prompts(text, start))
  }

  private evidence(text: string, owner: RawGate | null = this.lastGate): void {
    if (owner) owner.text += ` ${text}`
  }

  private gate(
    kind: GateKind,
    label: string,
    text: string,
    range: Range,
    readings: StatusReading[],
    _unused: null,
    parents: string[]
  ): RawGate {
    const gate: RawGate = {
      section: this.section,
      kind,
      label: clip(label),
      context: [...this.context(), ...parents],
      text: `${label} ${text}`,
      range,
      readings,
      cites: [],
      pointsToComplexity: false,
      articleBlock: null,
      block: this.block_()
    }
    this.content.gates.push(gate)
    if (kind !== 'row') this.lastGate = gate
    return gate
  }
}

function pickWorse(worst: StatusReading | null, reading: StatusReading): StatusReading {
  if (!worst) return reading
  const order = ['n/a', 'pass', 'justified', 'partial', 'fail', 'unevaluated']
  return order.indexOf(reading.status) > order.indexOf(worst.status) ? reading : worst
}

/** Marks and numbering off a heading, for a label ("### ❌ Edge-First" → "Edge-First"). */
function stripMarks(label: string): string {
  return label.replace(/^[^\p{L}\p{N}[(]+/u, '').replace(/[\s✅✔✓☑❌✗✘⚠➖\uFE0F]+$/u, '').trim()
}

/** Whether every non-empty cell of a column starts with a status mark or checkbox. */
function allMarked(vocab: Vocabulary, rows: string[][], column: number): boolean {
  const values = rows.map((row) => cleanInline(row[column] ?? '').trim()).filter((value) => value !== '')
  return values.length > 0 && values.every((value) => vocab.markAt(value, 0) !== null || /^\[[^\]]{0,3}\]/u.test(value))
}

/** A row's label: its first name cell, with a numeral-only first cell joined to the next ("I. Security"). */
function rowLabel(names: Array<{ text: string; index: number }>, header: string[]): string {
  const [first, second] = names
  if (!first) return ''
  const numeral = /^(?:[IVXLC]{1,7}|\d{1,2})\.?$/u.test(first.text) || /^(?:#|no\.?|n[º°])$/iu.test(header[first.index] ?? '')
  return numeral && second ? `${first.text.replace(/\.$/u, '')}. ${second.text}` : first.text
}
