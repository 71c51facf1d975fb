import type { Blockquote, Code, Heading, Html, List, ListItem, Paragraph, RootContent, Table, TableCell, TableRow } from 'mdast'
import type { Position } from 'unist'

/**
 * A line-based reader of the block structure of a gates or Complexity
 * Tracking section: headings, paragraphs, (nested, task) lists, GFM tables,
 * block quotes, code and HTML. It yields mdast nodes with exact positions
 * but no inline children (the rules read the source text), in time linear in
 * the section, where micromark spends 70–150 µs a block (10,000 gate items,
 * 2 s). `__tests__/parse/blocks.test.ts` checks it against
 * mdast-util-from-markdown on every corpus plan.
 */

interface Line {
  /** 1-based line number. */
  number: number
  /** Offset of its first character in the file. */
  start: number
  text: string
  /** Index and column (tabs to the next multiple of 4) of its first non-space character; text.length when blank. */
  firstIndex: number
  firstColumn: number
  /** Index just past its last non-space character. */
  end: number
}

function lineOf(number: number, start: number, text: string): Line {
  let firstIndex = 0
  let firstColumn = 0
  while (firstIndex < text.length && (text[firstIndex] === ' ' || text[firstIndex] === '\t')) {
    firstColumn = text[firstIndex] === '\t' ? firstColumn + 4 - (firstColumn % 4) : firstColumn + 1
    firstIndex++
  }
  return { number, start, text, firstIndex, firstColumn, end: text.trimEnd().length }
}

/** A line seen from inside a container: its content starts at index `from`, column `column`. */
interface View {
  line: Line
  from: number
  column: number
  /** A lazy continuation line: it only continues a paragraph, never starts a table. */
  lazy?: boolean
}

const FENCE = /^(`{3,}|~{3,})(.*)$/u
const ATX = /^(#{1,6})(?:[ \t]+|$)/u
const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/u
const BULLET = /^([-*+])(?:[ \t]|$)/u
const ORDERED = /^(\d{1,9})([.)])(?:[ \t]|$)/u
const TASK = /^\[([ xX])\](?=[ \t]|$)/u
const DELIMITER_CELL = /^:?-+:?$/u
const HTML_START = /^<(?:!--|[a-zA-Z][\w-]*(?:[\s/>]|$)|\/[a-zA-Z])/u

/**
 * Reads lines `startLine`..`endLine` of `text` as blocks.
 *
 * @param text
 *   The whole file.
 * @param lineStarts
 *   Offsets of its lines.
 */
export function readBlocks(text: string, lineStarts: readonly number[], startLine: number, endLine: number): RootContent[] {
  const views: View[] = []
  for (let number = startLine; number <= endLine; number++) {
    const start = lineStarts[number - 1] ?? text.length
    const next = lineStarts[number]
    const end = next === undefined ? text.length : next - 1
    views.push({ line: lineOf(number, start, text.slice(start, end).replace(/\r$/u, '')), from: 0, column: 0 })
  }
  return new Reader(views, 0).blocks(0, views.length)
}

/** Lists nest at most this deep; past it, list markers are read as text (no stack overflow, linear time). */
export const MAX_NESTING = 100

/** Where a view's content starts, `columns` further in (tabs to the next multiple of 4), never past non-space. */
function advance(view: View, columns: number): View {
  const { text } = view.line
  let from = view.from
  let column = view.column
  const target = column + columns
  while (from < text.length && column < target && (text[from] === ' ' || text[from] === '\t')) {
    column = text[from] === '\t' ? column + 4 - (column % 4) : column + 1
    from++
  }
  return { line: view.line, from, column }
}

/** A view past its list marker: the marker's characters (no tabs in them) and the spaces after, up to `columns`. */
function pastMarker(view: View, columns: number): View {
  const { text } = view.line
  let from = view.from
  let column = view.column
  const target = view.column + columns
  while (from < text.length && column < target) {
    column = text[from] === '\t' ? column + 4 - (column % 4) : column + 1
    from++
  }
  return { line: view.line, from, column }
}

/** Index and column of the first non-space character of a view's content (cached per line for the leading run). */
function first(view: View): { index: number; column: number } {
  const { line } = view
  if (view.from <= line.firstIndex) return { index: line.firstIndex, column: line.firstColumn }
  let index = view.from
  let column = view.column
  while (index < line.text.length && (line.text[index] === ' ' || line.text[index] === '\t')) {
    column = line.text[index] === '\t' ? column + 4 - (column % 4) : column + 1
    index++
  }
  return { index, column }
}

/** Columns of space before the content of a view. */
function indentOf(view: View): number {
  return first(view).column - view.column
}

function content(view: View): string {
  return view.line.text.slice(view.from)
}

function isBlank(view: View): boolean {
  return first(view).index >= view.line.end
}

/** The content with up to three columns of indentation removed (what block starts are tested on). */
function body(view: View): string {
  const start = first(view)
  return start.column - view.column <= 3 ? view.line.text.slice(start.index) : ''
}

function position(startLine: Line, startIndex: number, endLine: Line, endIndex: number): Position {
  return {
    start: { line: startLine.number, column: startIndex + 1, offset: startLine.start + startIndex },
    end: { line: endLine.number, column: endIndex + 1, offset: endLine.start + endIndex }
  }
}

/** Index just past the last non-space character of a view's line. */
function trimmedEnd(view: View): number {
  return view.line.end
}

/** Index of the first non-space character of a view's content. */
function firstChar(view: View): number {
  return first(view).index
}

interface Marker {
  ordered: boolean
  /** `-`, `*`, `+`, `.` or `)`: items of one list share it. */
  kind: string
  /** Columns from the view's content start to the item's content. */
  contentColumn: number
  empty: boolean
}

function markerOf(view: View): Marker | null {
  if (indentOf(view) > 3) return null
  const text = body(view)
  if (THEMATIC.test(text)) return null
  const bullet = BULLET.exec(text)
  const ordered = bullet ? null : ORDERED.exec(text)
  const mark = bullet?.[0].trimEnd() ?? ordered?.[0].trimEnd()
  if (!mark) return null
  const markerColumn = indentOf(view)
  const after = text.slice(mark.length)
  const spaces = after.length - after.trimStart().length
  const empty = after.trim() === ''
  const gap = empty || spaces > 4 ? 1 : spaces
  return { ordered: !bullet, kind: bullet ? (bullet[1] ?? '-') : (ordered?.[2] ?? '.'), contentColumn: markerColumn + mark.length + gap, empty }
}

function cellsOf(row: string): string[] {
  let text = row.trim()
  if (text.startsWith('|')) text = text.slice(1)
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1)
  return splitCells(text).map((cell) => cell.text)
}

/** Cells split on unescaped pipes, with their offsets in `text`. */
function splitCells(text: string): Array<{ text: string; start: number; end: number }> {
  const cells: Array<{ text: string; start: number; end: number }> = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && (text[i] !== '|' || text[i - 1] === '\\')) continue
    const raw = text.slice(start, i)
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    cells.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length })
    start = i + 1
  }
  return cells
}

function isDelimiterRow(view: View): boolean {
  const text = body(view)
  if (!text.includes('-') || (!text.includes('|') && !text.includes(':'))) return false
  const cells = cellsOf(text)
  return cells.length > 0 && cells.every((cell) => DELIMITER_CELL.test(cell))
}

class Reader {
  constructor(
    private readonly views: View[],
    private readonly depth: number
  ) {}

  /** The list marker a view starts with; a lazy continuation line starts nothing. */
  private marker(view: View): Marker | null {
    return this.depth < MAX_NESTING && !view.lazy ? markerOf(view) : null
  }

  /**
   * Whether the view at `i` opens a block that ends a paragraph. A table
   * cannot start on a lazy continuation line (its delimiter row would be
   * lazy too), so `tables` is false there.
   */
  private interrupts(i: number, tables = true): boolean {
    const view = this.views[i] as View
    if (view.lazy) return false
    const text = body(view)
    if (text === '') return false
    if (ATX.test(text) || FENCE.test(text) || text.startsWith('>') || THEMATIC.test(text) || text.startsWith('<!--')) return true
    const marker = this.marker(view)
    if (marker && !marker.empty && (!marker.ordered || /^1[.)]/u.test(text))) return true
    return tables && this.tableAt(i)
  }

  /** Whether a GFM table starts at view `i`: a row, then a delimiter row of as many cells. */
  private tableAt(i: number): boolean {
    const view = this.views[i] as View
    const next = this.views[i + 1]
    const text = body(view)
    return text.includes('|') && next !== undefined && !next.lazy && isDelimiterRow(next) && cellsOf(text).length === cellsOf(body(next)).length
  }

  /** The blocks of views `from` (inclusive) to `to` (exclusive). */
  blocks(from: number, to: number): RootContent[] {
    const nodes: RootContent[] = []
    let i = from
    while (i < to) {
      const view = this.views[i] as View
      if (isBlank(view)) {
        i++
        continue
      }
      const text = body(view)
      if (text === '') {
        i = this.indentedCode(i, to, nodes)
        // As in micromark, an ordered list not starting at 1 cannot follow indented code directly.
        const next = this.views[i]
        if (i < to && next && !isBlank(next) && /^(?:\d{1,9})[.)]/u.test(body(next)) && !/^0*1[.)]/u.test(body(next))) i = this.paragraph(i, to, nodes)
        continue
      }
      const fence = FENCE.exec(text)
      if (fence && !(fence[1]?.startsWith('`') && fence[2]?.includes('`'))) i = this.fenced(i, to, fence[1] ?? '```', nodes)
      else if (ATX.test(text)) i = this.atx(i, nodes)
      else if (THEMATIC.test(text)) {
        nodes.push({ type: 'thematicBreak', position: position(view.line, firstChar(view), view.line, trimmedEnd(view)) })
        i++
      } else if (text.startsWith('>')) i = this.quote(i, to, nodes)
      else if (HTML_START.test(text)) i = this.html(i, to, text.startsWith('<!--'), nodes)
      else if (this.marker(view)) i = this.list(i, to, nodes)
      else if (i + 1 < to && this.tableAt(i)) i = this.table(i, to, nodes)
      else i = this.paragraph(i, to, nodes)
    }
    return nodes
  }

  private indentedCode(i: number, to: number, nodes: RootContent[]): number {
    let last = i
    let j = i
    while (j < to && (isBlank(this.views[j] as View) || indentOf(this.views[j] as View) >= 4)) {
      if (!isBlank(this.views[j] as View)) last = j
      j++
    }
    const first = this.views[i] as View
    const end = this.views[last] as View
    nodes.push({ type: 'code', lang: null, meta: null, value: '', position: position(first.line, first.from, end.line, trimmedEnd(end)) } as Code)
    return last + 1
  }

  private fenced(i: number, to: number, opener: string, nodes: RootContent[]): number {
    let j = i + 1
    while (j < to) {
      const close = body(this.views[j] as View)
      if (close.startsWith(opener[0] ?? '`') && /^(`{3,}|~{3,})\s*$/u.test(close) && close.trim().length >= opener.length && close[0] === opener[0]) break
      j++
    }
    const first = this.views[i] as View
    const last = this.views[Math.min(j, to - 1)] as View
    nodes.push({ type: 'code', lang: null, meta: null, value: '', position: position(first.line, firstChar(first), last.line, last.line.text.length) } as Code)
    return Math.min(j + 1, to)
  }

  private atx(i: number, nodes: RootContent[]): number {
    const view = this.views[i] as View
    const depth = (ATX.exec(body(view))?.[1]?.length ?? 1) as Heading['depth']
    nodes.push({ type: 'heading', depth, children: [], position: position(view.line, firstChar(view), view.line, trimmedEnd(view)) })
    return i + 1
  }

  private quote(i: number, to: number, nodes: RootContent[]): number {
    let j = i + 1
    // A lazy line continues the quote's paragraph, unless it starts a block or a list item.
    while (j < to && !isBlank(this.views[j] as View) && (body(this.views[j] as View).startsWith('>') || (!this.interrupts(j, false) && !this.marker(this.views[j] as View)))) j++
    const first = this.views[i] as View
    const last = this.views[j - 1] as View
    nodes.push({ type: 'blockquote', children: [], position: position(first.line, firstChar(first), last.line, trimmedEnd(last)) } as Blockquote)
    return j
  }

  private html(i: number, to: number, comment: boolean, nodes: RootContent[]): number {
    let j = i
    if (comment) {
      while (j < to && !content(this.views[j] as View).includes('-->')) j++
      j = Math.min(j, to - 1)
    } else {
      while (j + 1 < to && !isBlank(this.views[j + 1] as View)) j++
    }
    const first = this.views[i] as View
    const last = this.views[j] as View
    const start = firstChar(first)
    const value = comment ? `<!--${first.line.text.slice(start + 4)}` : first.line.text.slice(start)
    nodes.push({ type: 'html', value, position: position(first.line, start, last.line, trimmedEnd(last)) } as Html)
    return j + 1
  }

  private paragraph(i: number, to: number, nodes: RootContent[]): number {
    let j = i + 1
    while (j < to && !isBlank(this.views[j] as View)) {
      // A setext underline turns the paragraph into a heading (before `---` can read as a break).
      const underline = body(this.views[j] as View)
      if (/^(?:=+|-+)[ \t]*$/u.test(underline)) {
        const first = this.views[i] as View
        const depth = underline.startsWith('=') ? 1 : 2
        nodes.push({ type: 'heading', depth, children: [], position: position(first.line, firstChar(first), (this.views[j] as View).line, trimmedEnd(this.views[j] as View)) })
        return j + 1
      }
      if (this.interrupts(j)) break
      j++
    }
    const first = this.views[i] as View
    const last = this.views[j - 1] as View
    nodes.push({ type: 'paragraph', children: [], position: position(first.line, firstChar(first), last.line, trimmedEnd(last)) } as Paragraph)
    return j
  }

  private table(i: number, to: number, nodes: RootContent[]): number {
    let j = i + 2
    while (j < to && !isBlank(this.views[j] as View) && indentOf(this.views[j] as View) < 4 && !this.interrupts(j, false)) j++
    const rows: TableRow[] = []
    for (let k = i; k < j; k++) {
      if (k === i + 1) continue
      const view = this.views[k] as View
      const start = firstChar(view)
      let text = view.line.text.slice(start).trimEnd()
      let offset = start
      if (text.startsWith('|')) {
        text = text.slice(1)
        offset++
      }
      if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1)
      const children: TableCell[] = splitCells(text).map((cell) => ({
        type: 'tableCell',
        children: [],
        position: position(view.line, offset + cell.start, view.line, offset + cell.end)
      }))
      rows.push({ type: 'tableRow', children, position: position(view.line, start, view.line, trimmedEnd(view)) })
    }
    const first = this.views[i] as View
    const last = this.views[j - 1] as View
    nodes.push({ type: 'table', align: [], children: rows, position: position(first.line, firstChar(first), last.line, trimmedEnd(last)) } as Table)
    return j
  }

  /** A list: consecutive items of one kind; each item holds the lines indented under it. */
  private list(i: number, to: number, nodes: RootContent[]): number {
    const first = this.marker(this.views[i] as View) as Marker
    const items: ListItem[] = []
    let j = i
    let end = i
    while (j < to) {
      const marker = this.marker(this.views[j] as View)
      if (!marker || marker.kind !== first.kind || marker.ordered !== first.ordered) break
      end = this.itemEnd(j, to, marker)
      items.push(this.item(j, end, marker))
      j = end
      while (j < to && isBlank(this.views[j] as View)) j++
    }
    const start = this.views[i] as View
    const last = this.views[end - 1] as View
    nodes.push({
      type: 'list',
      ordered: first.ordered,
      spread: false,
      children: items,
      position: position(start.line, firstChar(start), last.line, trimmedEnd(last))
    } as List)
    return end
  }

  /**
   * Index just past the last non-blank line of the item starting at `i`:
   * lines indented to its content, and lazy continuation lines of a
   * paragraph it leaves open (never of code, a fence or a table).
   */
  private itemEnd(i: number, to: number, marker: Marker): number {
    let last = i
    let fence: string | null = null
    let open = this.opensParagraph(pastMarker(this.views[i] as View, marker.contentColumn), false)
    if (FENCE.test(body(pastMarker(this.views[i] as View, marker.contentColumn)))) fence = body(pastMarker(this.views[i] as View, marker.contentColumn)).slice(0, 3)
    for (let j = i + 1; j < to; j++) {
      const view = this.views[j] as View
      if (isBlank(view)) {
        open = false
        continue
      }
      if (indentOf(view) >= marker.contentColumn) {
        last = j
        const inner = advance(view, marker.contentColumn)
        const text = body(inner)
        if (fence !== null) {
          if (text.startsWith(fence) && /^(`{3,}|~{3,})\s*$/u.test(text)) fence = null
        } else if (FENCE.test(text)) fence = text.slice(0, 3)
        open = fence === null && this.opensParagraph(inner, open)
        continue
      }
      const lazy = open && fence === null && j === last + 1 && !this.interrupts(j, false) && !this.marker(view)
      if (!lazy) break
      last = j
    }
    return last + 1
  }

  /** Whether a line (seen inside its container) leaves a paragraph open, for lazy continuation. */
  private opensParagraph(view: View, open: boolean): boolean {
    if (isBlank(view)) return false
    if (indentOf(view) >= 4) return open
    const text = body(view)
    if (ATX.test(text) || FENCE.test(text) || THEMATIC.test(text) || HTML_START.test(text) || text.startsWith('>') || isDelimiterRow(view)) return false
    const marker = this.marker(view)
    return marker ? !marker.empty : true
  }

  private item(i: number, end: number, marker: Marker): ListItem {
    const view = this.views[i] as View
    const markerStart = firstChar(view)
    const inner: View[] = [pastMarker(view, marker.contentColumn)]
    for (let k = i + 1; k < end; k++) {
      const line = this.views[k] as View
      const lazy = !isBlank(line) && indentOf(line) < marker.contentColumn
      inner.push({ ...advance(line, Math.min(marker.contentColumn, indentOf(line))), ...(lazy ? { lazy } : {}) })
    }
    const task = TASK.exec(content(inner[0] as View))
    const children = new Reader(inner, this.depth + 1).blocks(0, inner.length)
    const last = this.views[end - 1] as View
    return {
      type: 'listItem',
      spread: false,
      checked: task ? task[1] !== ' ' : null,
      children: children as ListItem['children'],
      position: position(view.line, markerStart, last.line, trimmedEnd(last))
    }
  }
}
