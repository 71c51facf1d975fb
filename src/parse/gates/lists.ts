import type { List, ListItem, Paragraph } from 'mdast'
import type { GateKind, StatusReading } from '../../model/plan.js'
import type { Range } from '../../model/range.js'
import { type Status, worse } from '../../model/status.js'
import { clip, readItem, STATUS_LABEL } from '../read-item.js'
import { cleanInline } from '../read-status.js'
import { isProgressItem, progressVerdict } from '../summaries.js'
import type { Collector, RawGate, SourceLine } from './collector.js'
import { FIELD, field, isVerdictLine, labelled, STATUS_LINE } from './fields.js'
import { opensWithStatus, readLine } from './paragraphs.js'
import { readTable } from './tables.js'

/**
 * A list of a gates section, at any depth: task items and items that carry
 * a status or ask a question are gates; nested items are gates of their own
 * or evidence for the item above; `Status:` lines belong to their item.
 */
export function readList(reader: Collector, list: List, owner: RawGate | null, parents: string[]): void {
  // An explicit stack: plans can nest lists deeper than the call stack allows.
  type Pending = { item: ListItem; owner: RawGate | null; parents: string[] }
  const stack: Pending[] = list.children.map((item) => ({ item, owner, parents })).reverse()
  while (stack.length > 0) {
    const { item, owner: above, parents: labels } = stack.pop() as Pending
    const [first, ...rest] = item.children
    const made = first?.type === 'paragraph' ? listItem(reader, item, first, above, labels) : null
    const holder = made ?? above
    const inner = made ? [...labels, made.label] : labels
    const nested: Pending[] = []
    for (const child of first?.type === 'paragraph' ? rest : item.children) {
      if (child.type === 'list') nested.push(...child.children.map((next) => ({ item: next, owner: holder, parents: inner })))
      else if (child.type === 'table') readTable(reader, child)
      else if (child.type === 'paragraph') innerParagraph(reader, child, holder)
    }
    stack.push(...nested.reverse())
  }
}

function listItem(reader: Collector, node: ListItem, first: Paragraph, owner: RawGate | null, parents: string[]): RawGate | null {
  const seen = reader.seen(first)
  const { templateOnly } = seen
  let { text, range: firstRange } = seen
  const lines = reader.lines(first, text)
  // A verdict line joined to the item's paragraph (no blank line before it) is not the item's.
  const verdict = lines.findIndex((line, index) => index > 0 && isVerdictLine(reader, line.text))
  // Nor is a line that opens with a status written left of the item's text
  // (a lazy continuation, `- ✅ Library-First  ⏎ ❌ Security by Default`):
  // markdown puts it in the item's paragraph, but its author wrote it at the
  // margin, as a line of a paragraph, where it is a gate of its own. Read as
  // the item's text it would be wording, and its ❌ would pass with the item's
  // ✅ (no false pass), so it is a gate whatever the item carries. A line
  // indented to the item's text (`  ✅ covered by contract tests`) stays the
  // item's, unless its status is worse than the item's (below).
  const start = first.position?.start.offset ?? 0
  const column = columnOf(reader, start)
  const lazy = (line: SourceLine) => columnOf(reader, line.start) < column && opensWithStatus(reader, line.text)
  // Nor is a line indented to the item's text that opens with a status worse
  // than the item's own (see `innerParagraph`): `- ✅ Library-First  ⏎   ❌ Security`.
  // The item's own is what its text and `Status:` lines say above the first
  // such line, read once (a long item stays linear).
  let standing: Status | null = null
  const itemStatus = (index: number): Status => {
    if (standing !== null) return standing
    const end = (lines[(verdict > 0 ? Math.min(verdict, index) : index) - 1] as SourceLine).end
    const own = readItem(reader.vocab, boxed(node, reader.locate.slice(start, end)), true).readings
    const labels = verdict > 0 ? lines.slice(verdict, index).filter((line) => STATUS_LINE.test(line.text)) : []
    const given = labels.flatMap((line) => readItem(reader.vocab, line.text, true).readings.filter((r) => r.position === 'status-label' || r.position === 'value'))
    standing = worst([...own, ...given]) ?? statusOf(reader.target(owner))
    return standing
  }
  const indented = (line: SourceLine, index: number) => worseLine(reader, line.text, () => itemStatus(index))
  const apart = lines.findIndex((line, index) => index > 0 && (lazy(line) || indented(line, index)))
  const split = [verdict, apart].filter((index) => index > 0).reduce((a, b) => Math.min(a, b), lines.length)
  if (split < lines.length) {
    const own = lines.slice(0, split)
    const last = own[own.length - 1] as { end: number }
    text = reader.locate.slice(start, last.end)
    firstRange = reader.locate.range(start, last.end)
  }
  const made = itemGate(reader, node, text, firstRange, templateOnly, owner, parents)
  // A `Status:` line there is the item's own; a verdict line sums the section up.
  for (const line of lines.slice(split, apart > 0 ? apart : lines.length)) {
    const range = reader.locate.range(line.start, line.end)
    if (!labelled(reader, readItem(reader.vocab, line.text, true), range, made ?? owner)) reader.evidence(cleanInline(line.text), made ?? owner)
  }
  // From the lazy or worse status line on, the lines are read as those of a
  // paragraph; an indented one is inside the item, which names a bare `❌ **VIOLATION**`.
  for (const line of apart > 0 ? lines.slice(apart) : []) readLine(reader, line, columnOf(reader, line.start) < column ? undefined : (made ?? owner)?.label)
  return made
}

/**
 * A paragraph of an item below its first (after a blank line): its prose and
 * its `Status:` line are the item's. But a line of it that opens with a status
 * worse than the item's own (fail, partial, justified or unevaluated under a
 * pass; fail or unevaluated under a partial) is a gate of its own, as a
 * paragraph that opens with a status is anywhere in a gates section, and so
 * are the lines after it, prose being its evidence: read as the item's
 * evidence, `- ✅ Library-First  ⏎⏎   ❌ Security by Default: tokens are
 * logged` would pass (no false pass). One with the same or a better status
 * (`  ✅ covered by contract tests`) is a note on the item and stays its
 * evidence: as a gate it would add a pass and change nothing the author said.
 * An item with no status of its own is measured against the gate its text is
 * evidence for, or against a pass when there is none.
 */
function innerParagraph(reader: Collector, node: Paragraph, holder: RawGate | null): void {
  const { text, range, templateOnly } = reader.seen(node)
  if (templateOnly) return
  const lines = reader.lines(node, text)
  const standing = statusOf(reader.target(holder))
  const apart = lines.findIndex((line) => worseLine(reader, line.text, () => standing))
  if (apart === -1) {
    if (!labelled(reader, readItem(reader.vocab, text, true), range, holder)) reader.evidence(cleanInline(text), holder)
    return
  }
  if (apart > 0) {
    const start = (lines[0] as SourceLine).start
    const end = (lines[apart - 1] as SourceLine).end
    const own = reader.locate.slice(start, end)
    if (!labelled(reader, readItem(reader.vocab, own, true), reader.locate.range(start, end), holder)) reader.evidence(cleanInline(own), holder)
  }
  for (const line of lines.slice(apart)) readLine(reader, line, holder?.label)
}

/**
 * Whether a line opens with a status (as a paragraph's gate does) worse than
 * `standing`, read only then. A `Status:` (`Result:`, `Compliance Status:`…)
 * or verdict line is none: it gives the item its status or sums the section up.
 */
function worseLine(reader: Collector, text: string, standing: () => Status): boolean {
  if (!opensWithStatus(reader, text) || isVerdictLine(reader, text)) return false
  const item = readItem(reader.vocab, text, true)
  if (item.key !== null && STATUS_LABEL.test(item.key)) return false
  const status = worst(item.readings) as Status
  const reference = standing()
  return status !== reference && worse(reference, status) === status
}

/** A gate's status as written so far, or a pass when there is no gate: what a line inside it must be worse than. */
function statusOf(gate: RawGate | null): Status {
  return worst(gate?.readings ?? []) ?? 'pass'
}

function worst(readings: readonly StatusReading[]): Status | null {
  return readings.reduce<Status | null>((found, reading) => (found ? worse(found, reading.status) : reading.status), null)
}

/** The GFM extension leaves the checkbox out of a multi-line item's paragraph: put it back. */
function boxed(node: ListItem, text: string): string {
  return typeof node.checked === 'boolean' && !/^\s*\[/u.test(text) ? `[${node.checked ? 'x' : ' '}] ${text}` : text
}

function itemGate(reader: Collector, node: ListItem, text: string, firstRange: Range, templateOnly: boolean, owner: RawGate | null, parents: string[]): RawGate | null {
  const item = readItem(reader.vocab, boxed(node, text), true)
  const plain = cleanInline(text).trim()

  if (item.checkbox !== null && isProgressItem(plain)) {
    const status = progressVerdict(item)
    if (status) reader.content.summaries.push({ text: clip(plain.replace(/^\[[^\]]*\]\s*/u, '')), range: firstRange, status, section: reader.section, inSection: true })
    return null
  }
  if (item.checkbox === null && labelled(reader, item, firstRange, owner)) return null
  if (item.key && FIELD.test(item.key)) {
    field(reader, item, firstRange)
    // `- ❌ Project count: 4 (C2)`: the author judged the field, so it is a gate too.
    if (!item.readings.some((reading) => reading.position === 'leading-mark')) return null
  }
  if (templateOnly || (item.checkbox === null && item.readings.length === 0 && !item.question && !hasStatusLine(reader, node))) {
    if (!templateOnly) reader.evidence(plain, owner)
    return null
  }
  const range = { ...reader.source(node).range, endLine: firstRange.endLine, endColumn: firstRange.endColumn }
  const kind: GateKind = item.checkbox !== null ? 'task' : 'item'
  const gate = reader.gate(kind, item.label, item.label, plain, range, item.readings, parents)
  gate.answer = item.answer
  return gate
}

/** The column of an offset as markdown counts it, a tab running to the next multiple of four. */
function columnOf(reader: Collector, offset: number): number {
  const before = reader.locate.slice(offset - reader.locate.range(offset, offset).column + 1, offset)
  let column = 0
  for (const char of before) column = char === '\t' ? column + 4 - (column % 4) : column + 1
  return column
}

/** Whether a nested line gives the item its status (`- IX. Integration-First ⏎   - Status: TBD`). */
function hasStatusLine(reader: Collector, node: ListItem): boolean {
  return node.children.slice(1).some((child) => {
    if (child.type === 'paragraph') return STATUS_LINE.test(reader.source(child).text)
    if (child.type !== 'list') return false
    return child.children.some((inner) => inner.children[0]?.type === 'paragraph' && STATUS_LINE.test(reader.source(inner.children[0]).text))
  })
}
