import type { Nodes, RootContent } from 'mdast'
import { readBlocks } from './blocks.js'
import { type ExtraHeadings, headingKind } from './headings.js'
import { lineStartsOf, lineText, type OutlineHeading } from './outline.js'

/**
 * Where a gates, Complexity Tracking or gate summary section lies. A section runs from its
 * heading to the next heading of the same or a higher level. A Complexity
 * Tracking subsection inside a gates section (as in the seed template) is cut
 * out of it: its rows are justifications, not gates.
 */
export interface SectionSpan {
  /** `verdicts`: a heading of its own that sums the gates up, outside any gates section. */
  kind: 'gates' | 'complexity' | 'verdicts'
  heading: OutlineHeading
  /** Line ranges (inclusive) that belong to the section, the heading's first. */
  segments: Array<[number, number]>
}

interface Open {
  span: SectionSpan
  /** Depth of a complexity subsection cut out of a gates section, or 0. */
  holeDepth: number
}

/**
 * Finds every gates section, Complexity Tracking section and gate summary section.
 *
 * @param headings
 *   The plan's headings in order.
 * @param lineCount
 *   Lines in the plan.
 * @param extra
 *   Headings the configuration adds.
 */
export function sectionSpans(headings: OutlineHeading[], lineCount: number, extra: ExtraHeadings): SectionSpan[] {
  const spans: SectionSpan[] = []
  let gates: Open | null = null
  let complexity: SectionSpan | null = null
  let verdicts: SectionSpan | null = null

  for (const heading of headings) {
    if (verdicts && heading.depth <= verdicts.heading.depth) {
      closeLast(verdicts, heading.line - 1)
      verdicts = null
    }
    if (gates && heading.depth <= gates.span.heading.depth) {
      closeSegment(gates, heading.line - 1)
      gates = null
    }
    if (complexity && heading.depth <= complexity.heading.depth) {
      closeLast(complexity, heading.line - 1)
      complexity = null
    }
    if (gates && gates.holeDepth > 0 && heading.depth <= gates.holeDepth) {
      gates.holeDepth = 0
      gates.span.segments.push([heading.line, lineCount])
    }

    const kind = headingKind(heading.text, extra)
    if (verdicts && kind !== null) {
      closeLast(verdicts, heading.line - 1)
      verdicts = null
    }
    if (kind === 'verdicts' && !gates && !complexity) {
      verdicts = { kind, heading, segments: [[heading.line, lineCount]] }
      spans.push(verdicts)
    } else if (kind === 'complexity' && !complexity) {
      complexity = { kind, heading, segments: [[heading.line, lineCount]] }
      spans.push(complexity)
      if (gates && gates.holeDepth === 0) {
        closeSegment(gates, heading.line - 1)
        gates.holeDepth = heading.depth
      }
    } else if (kind === 'gates' && !gates) {
      gates = { span: { kind, heading, segments: [[heading.line, lineCount]] }, holeDepth: 0 }
      spans.push(gates.span)
    }
  }
  if (gates) closeSegment(gates, lineCount)
  if (complexity) closeLast(complexity, lineCount)
  if (verdicts) closeLast(verdicts, lineCount)
  return spans
}

function closeSegment(open: Open, endLine: number): void {
  if (open.holeDepth === 0) closeLast(open.span, endLine)
}

function closeLast(span: SectionSpan, endLine: number): void {
  const last = span.segments[span.segments.length - 1]
  if (last) last[1] = Math.max(last[0], Math.min(last[1], endLine))
}

/**
 * The blocks of a section, its segments in turn. HTML comments are ignored
 * everywhere, yet in CommonMark a line holding only a comment (or a waiver
 * directive, blanked to spaces before parsing) ends a table: the rows after
 * it would turn into a paragraph no rule reads, a false pass. So such lines
 * between table rows are left out and the segment read again, every node
 * keeping its real line, column and offset.
 *
 * @param text
 *   The plan as the rules read it (waiver directives blanked).
 * @param source
 *   The plan as written, with the same line starts.
 */
export function readSection(text: string, source: string, lineStarts: readonly number[], span: SectionSpan): RootContent[] {
  return span.segments.flatMap(([start, end]) => {
    const nodes = readBlocks(text, lineStarts, start, end)
    const hidden = commentsInTables(nodes, text, source, lineStarts, end)
    return hidden.size === 0 ? nodes : readWithout(hidden, text, lineStarts, start, end)
  })
}

const BLOCK_START = /^(?:[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|#|>|`{3}|~{3}|<)/u
const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/u

/** Comment-only lines right after a table that more pipe rows of it follow, up to a blank line or another block. */
function commentsInTables(nodes: readonly RootContent[], text: string, source: string, lineStarts: readonly number[], last: number): Set<number> {
  const hidden = new Set<number>()
  const line = (number: number) => lineText(text, lineStarts as number[], number).trim()
  const isRow = (number: number) => number <= last && line(number).includes('|') && !BLOCK_START.test(line(number))
  const visit = (children: readonly Nodes[]) => {
    for (const node of children) {
      if (node.type === 'table' && node.position) {
        let at = node.position.end.line + 1
        for (;;) {
          const through = commentRun(source, lineStarts, at, last)
          const row = through + 1
          // A row with a delimiter row under it starts a table of its own.
          if (through === 0 || !isRow(row) || (row < last && DELIMITER_ROW.test(line(row + 1)))) break
          for (let number = at; number <= through; number++) hidden.add(number)
          at = row + 1
          while (isRow(at) && commentRun(source, lineStarts, at, last) === 0) at++
        }
      } else if (node.type === 'list' || node.type === 'listItem') visit(node.children)
    }
  }
  visit(nodes)
  return hidden
}

/** The last line of a run of lines, from `line`, that hold only HTML comments in the source; 0 when `line` holds anything else. */
function commentRun(source: string, lineStarts: readonly number[], line: number, last: number): number {
  let end = 0
  for (let next = line; next <= last; ) {
    const through = onlyComments(source, lineStarts, next, last)
    if (through === 0) break
    end = through
    next = through + 1
  }
  return end
}

/** The line where the comments starting `line` end, when nothing but comments and spaces is on those lines; else 0. */
function onlyComments(source: string, lineStarts: readonly number[], line: number, last: number): number {
  let offset = lineStarts[line - 1] ?? source.length
  let current = line
  let found = false
  for (;;) {
    while (source[offset] === ' ' || source[offset] === '\t') offset++
    if (!source.startsWith('<!--', offset)) break
    const close = source.indexOf('-->', offset + 4)
    if (close < 0) return 0
    offset = close + 3
    while ((lineStarts[current] ?? Infinity) <= close) current++
    found = true
  }
  const lineEnd = (lineStarts[current] ?? source.length + 1) - 1
  return found && current <= last && source.slice(offset, lineEnd).trim() === '' ? current : 0
}

/** Lines `start`..`end` read without the `hidden` ones, positions mapped back to the plan's. */
function readWithout(hidden: ReadonlySet<number>, text: string, lineStarts: readonly number[], start: number, end: number): RootContent[] {
  const kept: number[] = []
  let joined = ''
  for (let number = start; number <= end; number++) {
    if (hidden.has(number)) continue
    kept.push(number)
    joined += text.slice(lineStarts[number - 1] ?? text.length, lineStarts[number] ?? text.length)
  }
  const starts = lineStartsOf(joined)
  const nodes = readBlocks(joined, starts, 1, kept.length)
  const move = (point: { line: number; column: number; offset?: number }) => {
    const real = kept[point.line - 1] ?? start
    point.offset = (lineStarts[real - 1] ?? 0) + (point.offset ?? 0) - (starts[point.line - 1] ?? 0)
    point.line = real
  }
  const visit = (node: Nodes) => {
    if (node.position) {
      move(node.position.start)
      move(node.position.end)
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child)
  }
  for (const node of nodes) visit(node)
  return nodes
}
