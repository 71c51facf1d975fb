/**
 * One pass over a plan's lines that finds its headings and the few lines the
 * rules read outside sections, skipping fenced code, HTML comments and front
 * matter. Only the sections it finds are parsed as markdown, which keeps the
 * scorer close to the cost of reading the file.
 */

export interface OutlineHeading {
  depth: number
  text: string
  /** 1-based line of the heading (its text line for a setext heading). */
  line: number
  /** Line of its last character (the underline of a setext heading). */
  endLine: number
}

/** A line outside code that a line-level rule reads. */
export interface OutlineLine {
  line: number
  text: string
}

export interface Outline {
  /** Offset of the first character of each line; index 0 is line 1. */
  lineStarts: number[]
  headings: OutlineHeading[]
  /** Checked task items anywhere (Progress Tracking, Validation Checklist). */
  checkedItems: OutlineLine[]
  /** `Complexity Score:` lines. */
  scoreLines: OutlineLine[]
}

const FENCE = /^\s*(`{3,}|~{3,})/u
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/u
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/u
const NOT_PARAGRAPH = /^\s*(?:[-*+]\s|\d+[.)]\s|>|\||#|<|$)/u
const CHECKED_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+\[[^\]\s]{1,3}\]\s/u
const SCORE_LINE = /complexity score/iu

/** Offsets where each line starts (after `\n`; `\r\n` files keep `\r` at line end). */
export function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
    starts.push(index + 1)
  }
  return starts
}

/** The text of 1-based `line`, without its line ending. */
export function lineText(text: string, starts: number[], line: number): string {
  const start = starts[line - 1] ?? text.length
  const next = starts[line]
  const end = next === undefined ? text.length : next - 1
  return text.slice(start, end).replace(/\r$/u, '')
}

/**
 * Scans `text` once.
 *
 * @param text
 *   The whole plan.
 * @returns
 *   Its headings and the lines line-level rules read.
 */
export function outline(text: string): Outline {
  const lineStarts = lineStartsOf(text)
  const headings: OutlineHeading[] = []
  const checkedItems: OutlineLine[] = []
  const scoreLines: OutlineLine[] = []
  let fence: { char: string; length: number } | null = null
  let inComment = false
  let previous = ''
  // Lines of the paragraph that ends on the previous line (0 when none).
  let paragraphLines = 0
  let line = 0

  if (/^---\r?$/u.test(lineText(text, lineStarts, 1))) {
    line = frontMatterEnd(text, lineStarts)
  }

  while (line < lineStarts.length) {
    line++
    const current = lineText(text, lineStarts, line)
    if (fence) {
      const close = FENCE.exec(current)
      if (close && close[1]?.[0] === fence.char && (close[1]?.length ?? 0) >= fence.length && current.trim() === close[1]) {
        fence = null
      }
      paragraphLines = 0
      continue
    }
    if (inComment) {
      if (current.includes('-->')) inComment = false
      paragraphLines = 0
      continue
    }
    const open = FENCE.exec(current)
    if (open && !(open[1]?.startsWith('`') && current.slice(current.indexOf('`') + (open[1]?.length ?? 0)).includes('`'))) {
      fence = { char: open[1]?.[0] ?? '`', length: open[1]?.length ?? 3 }
      paragraphLines = 0
      continue
    }
    if (/^\s*<!--/u.test(current) && !current.includes('-->', current.indexOf('<!--') + 4)) {
      inComment = true
      paragraphLines = 0
      continue
    }

    const atx = ATX.exec(current)
    if (atx) {
      headings.push({ depth: atx[1]?.length ?? 1, text: (atx[2] ?? '').trim(), line, endLine: line })
      paragraphLines = 0
      previous = current
      continue
    }
    const setext = SETEXT.exec(current)
    // A setext underline turns only a one-line paragraph into a heading here:
    // under a longer paragraph, `---` in a plan is nearly always a break.
    if (setext && paragraphLines === 1) {
      headings.push({ depth: setext[1]?.startsWith('=') ? 1 : 2, text: previous.trim(), line: line - 1, endLine: line })
      paragraphLines = 0
      previous = current
      continue
    }
    if (CHECKED_ITEM.test(current)) checkedItems.push({ line, text: current })
    if (SCORE_LINE.test(current)) scoreLines.push({ line, text: current })
    paragraphLines = NOT_PARAGRAPH.test(current) || /^\s{4}/u.test(current) ? 0 : paragraphLines + 1
    previous = current
  }
  return { lineStarts, headings, checkedItems, scoreLines }
}

function frontMatterEnd(text: string, starts: number[]): number {
  for (let line = 2; line <= starts.length; line++) {
    if (/^(?:---|\.\.\.)\s*$/u.test(lineText(text, starts, line))) return line
  }
  return 0
}
