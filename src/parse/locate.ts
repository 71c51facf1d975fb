import type { Range } from '../model/range.js'

/**
 * Turns offsets of the plan's text into GitHub's 1-based lines and columns.
 * Columns count UTF-16 code units, as mdast does.
 */
export class Locator {
  constructor(
    private readonly text: string,
    readonly lineStarts: number[]
  ) {}

  /** The 1-based line holding `offset`. */
  lineOf(offset: number): number {
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((this.lineStarts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }

  /** The range from `start` to `end` (exclusive) offsets. */
  range(start: number, end: number): Range {
    const line = this.lineOf(start)
    const last = Math.max(start, end - 1)
    const endLine = this.lineOf(last)
    return {
      line,
      column: start - (this.lineStarts[line - 1] ?? 0) + 1,
      endLine,
      endColumn: last - (this.lineStarts[endLine - 1] ?? 0) + 2
    }
  }

  /** A range covering lines `line`..`endLine` whole. */
  lines(line: number, endLine = line): Range {
    const next = this.lineStarts[endLine]
    const end = next === undefined ? this.text.length : next - 1
    const text = this.text.slice(this.lineStarts[endLine - 1] ?? end, end).replace(/\r$/u, '')
    return { line, column: 1, endLine, endColumn: text.length + 1 }
  }

  /** Source text between two offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(start, end)
  }
}
