import type { Position } from 'unist'

/**
 * Lines as the block reader sees them: from inside a container (a list item
 * strips its indentation), with tabs to the next multiple of 4, and the block
 * starts CommonMark and GFM read off a line's content.
 */

export interface Line {
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

export function lineOf(number: number, start: number, text: string): Line {
  let firstIndex = 0
  let firstColumn = 0
  while (firstIndex < text.length && (text[firstIndex] === ' ' || text[firstIndex] === '\t')) {
    firstColumn = text[firstIndex] === '\t' ? firstColumn + 4 - (firstColumn % 4) : firstColumn + 1
    firstIndex++
  }
  return { number, start, text, firstIndex, firstColumn, end: text.trimEnd().length }
}

/** A line seen from inside a container: its content starts at index `from`, column `column`. */
export interface View {
  line: Line
  from: number
  column: number
  /** A lazy continuation line: it only continues a paragraph, never starts a table. */
  lazy?: boolean
}

export const FENCE = /^(`{3,}|~{3,})(.*)$/u
export const ATX = /^(#{1,6})(?:[ \t]+|$)/u
export const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/u
const BULLET = /^([-*+])(?:[ \t]|$)/u
const ORDERED = /^(\d{1,9})([.)])(?:[ \t]|$)/u
export const TASK = /^\[([ xX])\](?=[ \t]|$)/u
const DELIMITER_CELL = /^:?-+:?$/u
export const HTML_START = /^<(?:!--|[a-zA-Z][\w-]*(?:[\s/>]|$)|\/[a-zA-Z])/u

/** Where a view's content starts, `columns` further in (tabs to the next multiple of 4), never past non-space. */
export function advance(view: View, columns: number): View {
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
export function pastMarker(view: View, columns: number): View {
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
export function indentOf(view: View): number {
  return first(view).column - view.column
}

export function content(view: View): string {
  return view.line.text.slice(view.from)
}

export function isBlank(view: View): boolean {
  return first(view).index >= view.line.end
}

/** The content with up to three columns of indentation removed (what block starts are tested on). */
export function body(view: View): string {
  const start = first(view)
  return start.column - view.column <= 3 ? view.line.text.slice(start.index) : ''
}

export function position(startLine: Line, startIndex: number, endLine: Line, endIndex: number): Position {
  return {
    start: { line: startLine.number, column: startIndex + 1, offset: startLine.start + startIndex },
    end: { line: endLine.number, column: endIndex + 1, offset: endLine.start + endIndex }
  }
}

/** Index just past the last non-space character of a view's line. */
export function trimmedEnd(view: View): number {
  return view.line.end
}

/** Index of the first non-space character of a view's content. */
export function firstChar(view: View): number {
  return first(view).index
}

export interface Marker {
  ordered: boolean
  /** `-`, `*`, `+`, `.` or `)`: items of one list share it. */
  kind: string
  /** Columns from the view's content start to the item's content. */
  contentColumn: number
  empty: boolean
}

export function markerOf(view: View): Marker | null {
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

export function cellsOf(row: string): string[] {
  let text = row.trim()
  if (text.startsWith('|')) text = text.slice(1)
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1)
  return splitCells(text).map((cell) => cell.text)
}

/** Cells split on unescaped pipes, with their offsets in `text`. */
export function splitCells(text: string): Array<{ text: string; start: number; end: number }> {
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

export function isDelimiterRow(view: View): boolean {
  const text = body(view)
  if (!text.includes('-') || (!text.includes('|') && !text.includes(':'))) return false
  const cells = cellsOf(text)
  return cells.length > 0 && cells.every((cell) => DELIMITER_CELL.test(cell))
}
