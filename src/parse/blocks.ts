import type { Blockquote, Code, Heading, Html, List, ListItem, Paragraph, RootContent, Table, TableCell, TableRow } from 'mdast'
import {
  advance,
  ATX,
  body,
  cellsOf,
  content,
  FENCE,
  firstChar,
  HTML_START,
  indentOf,
  isBlank,
  isDelimiterRow,
  lineOf,
  type Marker,
  markerOf,
  pastMarker,
  position,
  splitCells,
  TASK,
  THEMATIC,
  trimmedEnd,
  type View
} from './block-lines.js'

/**
 * A line-based reader of the block structure of a gates or Complexity
 * Tracking section: headings, paragraphs, (nested, task) lists, GFM tables,
 * block quotes, code and HTML. It yields mdast nodes with exact positions
 * but no inline children (the rules read the source text), in time linear in
 * the section, where micromark spends 70–150 µs a block (10,000 gate items,
 * 2 s). `__tests__/parse/blocks.test.ts` checks it against
 * mdast-util-from-markdown on every corpus plan.
 */

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
