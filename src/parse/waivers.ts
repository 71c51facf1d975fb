import type { RootContent } from 'mdast'
import type { WaiverDirective, WaiverKind } from '../model/plan.js'
import { readBlocks } from './blocks.js'
import { Locator } from './locate.js'
import { lineStartsOf, lineText } from './outline.js'

/**
 * Waiver directives: HTML comments (invisible when the plan is rendered)
 * such as `<!-- constitution-gate-disable-next-line CG004 -- reason -->`,
 * read as written. Whether they name real rules, give a reason and waive
 * anything is for the rules to judge (CG018, CG019).
 */

const PREFIX = 'constitution-gate-'
export const WAIVER_KINDS: readonly WaiverKind[] = ['disable-next-line', 'disable-line', 'disable', 'enable', 'disable-file']
const DIRECTIVE = /^\s*(constitution-gate-[\w-]*)/iu
/** The reason follows ` -- `; a dash run inside a word (`gate-not-evaluated`) is no separator. */
const SEPARATOR = /(?:^|\s)--(?:\s|$)/u

/**
 * Reads every directive of a plan, skipping code: fenced and indented code
 * blocks (in lists and quotes too) and inline code spans, where a directive
 * is being shown, not used.
 *
 * @param text
 *   The whole plan.
 * @param lineStarts
 *   Offsets of its lines, when already known.
 */
export function readWaivers(text: string, lineStarts: number[] = lineStartsOf(text)): WaiverDirective[] {
  // Most plans have none: the block reading below is paid only by plans that say the word.
  if (!text.toLowerCase().includes(PREFIX)) return []
  const locate = new Locator(text, lineStarts)
  const code = codeLines(text, lineStarts)
  const directives: WaiverDirective[] = []
  let at = text.indexOf('<!--')
  while (at >= 0) {
    const line = locate.lineOf(at)
    const column = at - (lineStarts[line - 1] ?? 0)
    // `<!--` inside code opens no comment: the search goes on right after it.
    if (code.has(line) || inCodeSpan(lineText(text, lineStarts, line), column)) {
      at = text.indexOf('<!--', at + 4)
      continue
    }
    const close = text.indexOf('-->', at + 4)
    // A directive never closed ends, for what it says, with its line.
    const lineEnd = (lineStarts[line] ?? text.length + 1) - 1
    const end = close < 0 ? lineEnd : close
    const directive = read(text.slice(at + 4, end), close >= 0)
    if (directive) directives.push({ ...directive, range: locate.range(at, close < 0 ? lineEnd : close + 3) })
    if (close < 0) break
    at = text.indexOf('<!--', close + 3)
  }
  return directives
}

/** One comment's body as a directive, or null when it is no directive. */
function read(body: string, closed: boolean): Omit<WaiverDirective, 'range'> | null {
  const word = DIRECTIVE.exec(body)
  if (!word) return null
  const written = (word[1] ?? '').toLowerCase()
  const kind = WAIVER_KINDS.find((candidate) => PREFIX + candidate === written) ?? null
  const rest = body.slice(word[0].length).replace(/\r/gu, '')
  const separator = SEPARATOR.exec(rest)
  const names = separator ? rest.slice(0, separator.index) : rest
  const reason = separator ? rest.slice(separator.index + separator[0].length).replace(/\s+/gu, ' ').trim() : ''
  return { kind, written, rules: names.split(/[\s,]+/u).filter(Boolean), reason: reason === '' ? null : reason, closed }
}

/** Lines inside code blocks, at any depth of lists and block quotes. */
function codeLines(text: string, lineStarts: number[]): Set<number> {
  const lines = new Set<number>()
  const visit = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'code' && node.position) {
        for (let line = node.position.start.line; line <= node.position.end.line; line++) lines.add(line)
      } else if ('children' in node) {
        visit(node.children as RootContent[])
      }
    }
  }
  visit(readBlocks(text, lineStarts, 1, lineStarts.length))
  return lines
}

/**
 * Whether `index` of `line` is inside an inline code span: a run of
 * backticks opens one that the next run of the same length closes; a run
 * nothing closes is text.
 */
function inCodeSpan(line: string, index: number): boolean {
  let i = 0
  while (i < index) {
    if (line[i] === '\\') {
      i += 2
      continue
    }
    if (line[i] !== '`') {
      i++
      continue
    }
    let run = i
    while (line[run] === '`') run++
    const length = run - i
    const closing = closingRun(line, run, length)
    if (closing < 0) {
      i = run
      continue
    }
    if (index < closing) return true
    i = closing + length
  }
  return false
}

/** Where the next run of exactly `length` backticks starts, from `from`, or -1. */
function closingRun(line: string, from: number, length: number): number {
  let i = line.indexOf('`', from)
  while (i >= 0) {
    let run = i
    while (line[run] === '`') run++
    if (run - i === length) return i
    i = line.indexOf('`', run)
  }
  return -1
}

/**
 * The plan with each closed directive turned into spaces (line breaks kept):
 * what the rest of the parser reads, so that a directive at the end of a
 * gate's line or a table cell changes nothing of how the gate reads, and
 * every line and column stays where it was.
 */
export function hideWaivers(text: string, directives: readonly WaiverDirective[]): string {
  if (directives.length === 0) return text
  const lineStarts = lineStartsOf(text)
  let out = ''
  let done = 0
  for (const { range, closed } of directives) {
    if (!closed) continue
    const start = (lineStarts[range.line - 1] ?? 0) + range.column - 1
    const end = (lineStarts[range.endLine - 1] ?? 0) + range.endColumn - 1
    out += text.slice(done, start) + text.slice(start, end).replace(/[^\r\n]/gu, ' ')
    done = end
  }
  return out + text.slice(done)
}
