import type { Heading, List, ListItem, Paragraph, RootContent, Table } from 'mdast'
import type { Gate, GateKind, Placeholder, ProjectCount, StatusReading, Summary } from '../model/plan.js'
import type { Range } from '../model/range.js'
import type { Locator } from './locate.js'
import { findPrompts, isOnlyPrompts } from './placeholders.js'
import { clip, isCapitalsReading, type ItemText, readItem, STATUS_LABEL, withoutStatus, wordToMap } from './read-item.js'
import { cleanInline, leadingStatuses, readCell, readVerdict, statusAt, trailingStatus } from './read-status.js'
import { isProgressItem, isSummaryLabel, OWN_RESULT_LABEL, progressVerdict, SUMMARY_HEADING } from './summaries.js'
import { readTableShape } from './table.js'
import type { Vocabulary } from './vocabulary.js'

/** A gate as read from its section, before it is tied to the constitution and the rows. */
export type RawGate = Pick<Gate, 'section' | 'kind' | 'label' | 'wording' | 'context' | 'text' | 'range' | 'readings' | 'answer'> & {
  /** Heading of the seed-style article block it sits in, if any. */
  block: string | null
}

/** A project count and the labels above it, for tying rows to it. */
export interface RawCount {
  count: Omit<ProjectCount, 'rows'>
  context: string[]
}

/** What one gates section holds. */
export interface SectionContent {
  gates: RawGate[]
  summaries: Summary[]
  placeholders: Placeholder[]
  counts: RawCount[]
  /** Seed article blocks by heading: whether their Justification item is filled. */
  blocks: Map<string, 'filled' | 'empty'>
  /** Whether anything but template text, GATE notes and comments is there. */
  hasContent: boolean
  /** Whether template text (a prompt, the GATE note) is there. */
  hasTemplate: boolean
  /** Last line with content. */
  lastLine: number
}

type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } } }

const GATE_NOTE = /^\s*\*?_?\s*GATE\b/u
const FIELD = /^(?:justification|current count|project count|projects|number of projects)$/iu
const COUNT_FIELD = /^(?:current count|project count|projects|number of projects)$/iu
const ARTICLE_BLOCK = /^\s*articles?\s+[IVXLC]+\b/iu
const BOLD_START = /^\s*(?:\S{1,2}\s*)?(?:\*\*|__)/u
const RECHECK_LABEL = /post[-\s]?design|re-?\s?check|re-?\s?evaluat/iu
const BOLD_ONLY = /^\s*(?:\*\*|__)[^*_\n]+(?:\*\*|__)(?:\s*\([^()\n]*\))?\s*[:：]?\s*$/u
const NOTHING = /^(?:n\/?a|none|-+|—)\.?$/iu
/** A line that gives its item (or its section) a status or verdict: `Status: PASS`, `**Result**: FAIL`. */
const STATUS_LINE = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?(?:status|result|verdict|outcome)(?:\*\*|__)?\s*[:：]/iu

interface SubHeading {
  depth: number
  label: string
  range: Range
  gate: RawGate | null
  /** Gates read under it so far: a `Result:` line after them sums them up. */
  gates: number
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
    counts: [],
    blocks: new Map(),
    hasContent: false,
    hasTemplate: false,
    lastLine: 0
  }
  private headings: SubHeading[] = []
  /** A bold-only line ("**Testing (NON-NEGOTIABLE)**:") that names the items below it. */
  private group: string | null = null
  private lastGate: RawGate | null = null

  constructor(
    private readonly section: number,
    private readonly depth: number,
    private readonly locate: Locator,
    private readonly vocab: Vocabulary
  ) {}

  /** Reads the section's nodes (its own heading excluded). */
  read(nodes: readonly RootContent[]): SectionContent {
    for (const node of nodes) {
      if (node.type === 'heading') this.heading(node)
      else if (node.type === 'paragraph') this.paragraph(node)
      else if (node.type === 'list') this.list(node, null, [])
      else if (node.type === 'table') this.table(node)
      else if (node.type === 'thematicBreak') this.endSubsection()
      else if (node.type === 'blockquote' || node.type === 'code' || (node.type === 'html' && !/^\s*<!--/u.test(node.value))) this.note(node)
    }
    return this.content
  }

  private source(node: Positioned): { text: string; start: number; range: Range } {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    return { text: this.locate.slice(start, end), start, range: this.locate.range(start, end) }
  }

  /**
   * Records what a node holds; says whether it is template text: nothing but
   * prompts, or spec-kit's `*GATE: …*` note.
   */
  private seen(node: Positioned): { text: string; range: Range; templateOnly: boolean } {
    const { text, start, range } = this.source(node)
    for (const prompt of findPrompts(text, start)) {
      this.content.placeholders.push({ text: prompt.text, range: this.locate.range(prompt.start, prompt.end), where: 'gates', ifBlockFails: null })
    }
    const plain = cleanInline(text)
    const templateOnly = isOnlyPrompts(plain) || ((node as RootContent).type === 'paragraph' && GATE_NOTE.test(plain))
    if (templateOnly) this.content.hasTemplate = true
    else this.content.hasContent = true
    this.content.lastLine = Math.max(this.content.lastLine, range.endLine)
    return { text, range, templateOnly }
  }

  private context(): string[] {
    return [...this.headings.map((heading) => heading.label), ...(this.group ? [this.group] : [])]
  }

  /** The seed article block (`#### Article VII: Simplicity Gate`) the reader is in, if any. */
  private articleBlock(): string | null {
    return [...this.headings].reverse().find((heading) => ARTICLE_BLOCK.test(heading.label))?.label ?? null
  }

  /**
   * A thematic break, or a re-check's label (`**Post-Design Re-Check**:`),
   * ends the principle's subsection above: what follows is not its.
   */
  private endSubsection(): void {
    this.headings = []
    this.group = null
    this.lastGate = null
  }

  /** A bold-only line names the items below it; a re-check's label starts afresh. */
  private startGroup(label: string): void {
    if (RECHECK_LABEL.test(label)) this.endSubsection()
    this.group = label
  }

  private heading(node: Heading): void {
    if (node.depth <= this.depth) return
    const { text, range } = this.seen(node)
    this.headings = this.headings.filter((heading) => heading.depth < node.depth)
    this.group = null
    const line = cleanInline(text.replace(/^\s*#+\s*/u, '').replace(/\s+#+\s*$/u, '')).trim()
    const readings = leadingStatuses(this.vocab, line, 'leading-mark')
    const trailing = trailingStatus(this.vocab, line) ?? (readings.length === 0 ? wordToMap(line) : null)
    if (trailing && line !== trailing.written) readings.push(trailing)
    const label = withoutStatus(line.replace(/^[^\p{L}\p{N}[(]+/u, ''), trailing?.written ?? null)
    const heading: SubHeading = { depth: node.depth, label, range, gate: null, gates: 0 }
    if (readings.length > 0) heading.gate = this.gate('heading', label, label, line, range, readings, [])
    this.headings.push(heading)
  }

  private paragraph(node: Paragraph): void {
    const { text, range, templateOnly } = this.seen(node)
    if (templateOnly) return
    const group = groupLabel(text)
    if (group !== null) return this.startGroup(group)
    let lines = this.lines(node, text)
    // A bold-only line that a status line continues (`**III. Test-First**  ⏎ ❌ **VIOLATION**: …`)
    // labels what follows, as it does above a blank line.
    const head = lines.length > 1 ? groupLabel(lines[0]?.text ?? '') : null
    if (head !== null && this.opensWithStatus(lines[1]?.text ?? '')) {
      this.startGroup(head)
      lines = lines.slice(1)
    }
    // Lines that each open with a status (`✅ Library-First  ⏎ ❌ Simplicity`),
    // or a verdict line below other text, stand on their own, though markdown
    // joins them into one paragraph.
    const apart = lines.length > 1 && (lines.every((line) => this.opensWithStatus(line.text)) || lines.slice(1).some((line) => this.isVerdictLine(line.text)))
    if (apart) {
      for (const line of lines) this.paragraphGate(line.text, this.locate.range(line.start, line.end))
    } else if (head === null) {
      this.paragraphGate(text, range)
    } else {
      const first = lines[0] as { start: number }
      const last = lines[lines.length - 1] as { end: number }
      this.paragraphGate(this.locate.slice(first.start, last.end), this.locate.range(first.start, last.end))
    }
  }

  /** Whether a line states a verdict or a status of its own (`**Result**: FAIL`, `Overall: PASS`). */
  private isVerdictLine(text: string): boolean {
    const key = readItem(this.vocab, text, true).key
    return STATUS_LINE.test(text) || (key !== null && isSummaryLabel(key))
  }

  /** Whether a paragraph (or a line of one) is a gate: it opens with a status mark or word, or a bold label carrying one. */
  private opensWithStatus(text: string): boolean {
    const bold = BOLD_START.test(text)
    return readItem(this.vocab, text, true).readings.some((reading) => reading.position === 'leading-mark' || bold)
  }

  private paragraphGate(text: string, range: Range): void {
    const plain = cleanInline(text).trim()
    const item = readItem(this.vocab, text, true)
    if (this.labelled(item, range, null)) return
    if (item.key && FIELD.test(item.key)) return this.field(item, range)
    // A paragraph is a gate when it opens with a status mark or word, or with
    // a bold label carrying one (`❌ **VIOLATION**: …`, `**Simplicity** ✅`).
    const bold = BOLD_START.test(text)
    if (item.readings.some((reading) => reading.position === 'leading-mark' || bold)) {
      // A bold label that is itself a status (`❌ **VIOLATION**: …`) names nothing: the bold line above does.
      const bolded = /^\s*(?:\S{1,2}\s*)?(?:\*\*|__)([^*_\n]+)(?:\*\*|__)/u.exec(text)?.[1]?.trim()
      const statusLabel = bolded !== undefined && statusAt(this.vocab, bolded, 0)?.end === bolded.length
      const label = statusLabel ? (this.group ?? item.label) : (item.key ?? item.label)
      this.gate('paragraph', label, label, plain, range, item.readings, [])
      return
    }
    this.evidence(plain)
  }

  /** The lines of a paragraph, with their offsets in the file. */
  private lines(node: Positioned, text: string): Array<{ text: string; start: number; end: number }> {
    const base = node.position?.start.offset ?? 0
    const out: Array<{ text: string; start: number; end: number }> = []
    let start = 0
    for (const line of text.split('\n')) {
      const lead = line.length - line.trimStart().length
      const body = line.replace(/\r$/u, '').trim()
      if (body !== '') out.push({ text: body, start: base + start + lead, end: base + start + lead + body.length })
      start += line.length + 1
    }
    return out
  }

  /**
   * A verdict line, or a `Status:` (or, under a heading with no gates yet,
   * `Result:`) line that gives its owner a status. True when `item` was one.
   *
   * @param owner
   *   The gate such a line belongs to when it is nested in an item.
   */
  private labelled(item: ItemText, range: Range, owner: RawGate | null): boolean {
    if (!item.key) return false
    const heading = this.headings[this.headings.length - 1]
    // `Result:` under a principle's heading judges that principle; under a
    // summary heading, after its gates, or below a heading with its own
    // status, it sums the section up.
    const principleHeading = heading !== undefined && heading.gates === 0 && !heading.gate?.readings.length && !SUMMARY_HEADING.test(heading.label)
    const own = STATUS_LABEL.test(item.key) || (OWN_RESULT_LABEL.test(item.key) && (owner !== null || principleHeading))
    if (own) {
      const target = owner ?? (heading && (STATUS_LABEL.test(item.key) || principleHeading) ? this.headingGate(heading) : null)
      if (target) {
        const found = item.readings.filter((r) => r.position === 'status-label' || r.position === 'value')
        // A Status: value that is no status word is evidence once the item has a status.
        target.readings.push(...found.filter((r) => !r.unmapped || !target.readings.some((known) => !known.unmapped)))
        // So is a heading's tagline in capitals (`### I. Library-First — SELF-CONTAINED`).
        if (target.readings.some((r) => !r.unmapped)) target.readings = target.readings.filter((r) => !isCapitalsReading(r))
        target.text += ` ${item.value}`
        return true
      }
    }
    if (!own && !isSummaryLabel(item.key)) return false
    const reading = readVerdict(this.vocab, item.value)
    if (!reading) return false
    this.content.summaries.push({ text: clip(`${item.key}: ${item.value}`), range, status: reading.status, section: this.section, inSection: true })
    return true
  }

  /** The sub-heading a `Status:` line under it belongs to, made a gate if it is not one yet. */
  private headingGate(heading: SubHeading): RawGate {
    heading.gate ??= this.gate('heading', heading.label, heading.label, heading.label, heading.range, [], [])
    return heading.gate
  }

  private list(list: List, owner: RawGate | null, parents: string[]): void {
    // An explicit stack: plans can nest lists deeper than the call stack allows.
    type Pending = { item: ListItem; owner: RawGate | null; parents: string[] }
    const stack: Pending[] = list.children.map((item) => ({ item, owner, parents })).reverse()
    while (stack.length > 0) {
      const { item, owner: above, parents: labels } = stack.pop() as Pending
      const [first, ...rest] = item.children
      const made = first?.type === 'paragraph' ? this.listItem(item, first, above, labels) : null
      const holder = made ?? above
      const inner = made ? [...labels, made.label] : labels
      const nested: Pending[] = []
      for (const child of first?.type === 'paragraph' ? rest : item.children) {
        if (child.type === 'list') nested.push(...child.children.map((next) => ({ item: next, owner: holder, parents: inner })))
        else if (child.type === 'table') this.table(child)
        else if (child.type === 'paragraph') {
          const { text, range, templateOnly } = this.seen(child)
          if (templateOnly) continue
          if (!this.labelled(readItem(this.vocab, text, true), range, holder)) this.evidence(cleanInline(text), holder)
        }
      }
      stack.push(...nested.reverse())
    }
  }

  private listItem(node: ListItem, first: Paragraph, owner: RawGate | null, parents: string[]): RawGate | null {
    const seen = this.seen(first)
    const { templateOnly } = seen
    let { text, range: firstRange } = seen
    // A verdict line joined to the item's paragraph (no blank line before it) is not the item's.
    const lines = this.lines(first, text)
    const verdict = lines.findIndex((line, index) => index > 0 && this.isVerdictLine(line.text))
    if (verdict > 0) {
      const own = lines.slice(0, verdict)
      const last = own[own.length - 1] as { end: number }
      text = this.locate.slice(first.position?.start.offset ?? 0, last.end)
      firstRange = this.locate.range(first.position?.start.offset ?? 0, last.end)
    }
    const made = this.itemGate(node, text, firstRange, templateOnly, owner, parents)
    // A `Status:` line there is the item's own; a verdict line sums the section up.
    for (const line of verdict > 0 ? lines.slice(verdict) : []) {
      const range = this.locate.range(line.start, line.end)
      if (!this.labelled(readItem(this.vocab, line.text, true), range, made ?? owner)) this.evidence(cleanInline(line.text), made ?? owner)
    }
    return made
  }

  private itemGate(node: ListItem, text: string, firstRange: Range, templateOnly: boolean, owner: RawGate | null, parents: string[]): RawGate | null {
    // The GFM extension leaves the checkbox out of a multi-line item's paragraph.
    const boxed = typeof node.checked === 'boolean' && !/^\s*\[/u.test(text) ? `[${node.checked ? 'x' : ' '}] ${text}` : text
    const item = readItem(this.vocab, boxed, true)
    const plain = cleanInline(text).trim()

    if (item.checkbox !== null && isProgressItem(plain)) {
      const status = progressVerdict(item)
      if (status) this.content.summaries.push({ text: clip(plain.replace(/^\[[^\]]*\]\s*/u, '')), range: firstRange, status, section: this.section, inSection: true })
      return null
    }
    if (item.checkbox === null && this.labelled(item, firstRange, owner)) return null
    if (item.key && FIELD.test(item.key)) {
      this.field(item, firstRange)
      // `- ❌ Project count: 4 (C2)`: the author judged the field, so it is a gate too.
      if (!item.readings.some((reading) => reading.position === 'leading-mark')) return null
    }
    if (templateOnly || (item.checkbox === null && item.readings.length === 0 && !item.question && !this.hasStatusLine(node))) {
      if (!templateOnly) this.evidence(plain, owner)
      return null
    }
    const range = { ...this.source(node).range, endLine: firstRange.endLine, endColumn: firstRange.endColumn }
    const kind: GateKind = item.checkbox !== null ? 'task' : 'item'
    const gate = this.gate(kind, item.label, item.label, plain, range, item.readings, parents)
    gate.answer = item.answer
    return gate
  }

  /** Whether a nested line gives the item its status (`- IX. Integration-First ⏎   - Status: TBD`). */
  private hasStatusLine(node: ListItem): boolean {
    return node.children.slice(1).some((child) => {
      if (child.type === 'paragraph') return STATUS_LINE.test(this.source(child).text)
      if (child.type !== 'list') return false
      return child.children.some((inner) => inner.children[0]?.type === 'paragraph' && STATUS_LINE.test(this.source(inner.children[0]).text))
    })
  }

  /** `Current Count: 5`, `Projects: 2`, a seed block's `Justification:`. */
  private field(item: ItemText, range: Range): void {
    if (COUNT_FIELD.test(item.key ?? '')) {
      const value = /^\s*(\d{1,4})\b/u.exec(item.value)
      if (value) this.content.counts.push({ count: { value: Number(value[1]), range }, context: [...this.context(), item.key ?? ''] })
      return
    }
    const block = this.articleBlock()
    if (block) {
      const filled = item.value !== '' && !isOnlyPrompts(item.value) && !NOTHING.test(item.value)
      this.content.blocks.set(block, filled ? 'filled' : 'empty')
      // `[If no, explain why]` asks for an answer only if a gate of the block does not pass.
      for (const placeholder of this.content.placeholders) {
        if (placeholder.range.line >= range.line && placeholder.range.endLine <= range.endLine && /^\[if\b/iu.test(placeholder.text)) placeholder.ifBlockFails = block
      }
    }
    this.evidence(item.value)
  }

  /** A status table: one gate per row and status column. */
  private table(node: Table): void {
    // Records the table's prompts, every cell's included.
    this.seen(node)
    const [head, ...body] = node.children
    const cells = (row: Table['children'][number]) => row.children.map((cell) => this.source(cell).text.replace(/^\s*\||\|\s*$/gu, '').trim())
    const header = head ? cells(head).map((text) => cleanInline(text)) : []
    const rows = body.map(cells)
    const shape = readTableShape(this.vocab, header, rows)
    if (shape.statusColumns.length === 0) return
    body.forEach((row, index) => {
      const texts = rows[index] ?? []
      const label = shape.label(texts)
      const evidence = texts.map((text) => cleanInline(text)).join(' ')
      for (const column of shape.statusColumns) {
        const readings = readCell(this.vocab, texts[column] ?? '') ?? [{ status: 'unevaluated', position: 'cell', written: '' }]
        const name = shape.statusColumns.length > 1 ? `${label} (${header[column]})` : label
        this.gate('row', name, label, evidence, this.source(row).range, readings, [])
      }
    })
  }

  private note(node: RootContent): void {
    this.seen(node)
  }

  /** Adds text to the gate it is evidence for: its owner, or the last gate above it. */
  private evidence(text: string, owner: RawGate | null = null): void {
    const target = owner ?? this.lastGate
    if (target) target.text += ` ${text}`
  }

  /**
   * Records a gate.
   *
   * @param label
   *   What findings call it.
   * @param wording
   *   Its own words (first line, or a row's name cells), whose distinctive
   *   words tie Complexity Tracking rows to it.
   * @param text
   *   Everything it says, for cited ids and pointers.
   */
  private gate(kind: GateKind, label: string, wording: string, text: string, range: Range, readings: StatusReading[], parents: string[]): RawGate {
    const gate: RawGate = {
      section: this.section,
      kind,
      label: clip(label),
      wording,
      context: [...this.context(), ...parents],
      text: `${label} ${text}`,
      range,
      readings,
      answer: null,
      block: this.articleBlock()
    }
    this.content.gates.push(gate)
    const heading = this.headings[this.headings.length - 1]
    if (heading && kind !== 'heading') {
      heading.gates++
      // A heading whose only status was a tagline in capitals names the gates below it; it judges nothing.
      if (heading.gate && heading.gate.readings.every(isCapitalsReading)) {
        this.content.gates.splice(this.content.gates.indexOf(heading.gate), 1)
        heading.gate = null
      }
    }
    if (kind !== 'row') this.lastGate = gate
    return gate
  }
}

/** The group a bold-only line names (`**III. Test-First (NON-NEGOTIABLE)**`), or null for any other text. */
function groupLabel(text: string): string | null {
  const plain = cleanInline(text).trim().replace(/[:：]\s*$/u, '')
  return BOLD_ONLY.test(text) && !/[:：]\s*\S/u.test(plain) ? plain : null
}
