/**
 * A span of a file as GitHub shows it: 1-based lines and columns, end inclusive
 * of its last line. Every gate, row and finding keeps one so annotations land
 * on the exact line.
 */
export interface Range {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/**
 * A range covering whole lines `line`..`endLine` (column 1 to the end column given).
 */
export function lineRange(line: number, endLine = line, endColumn = 1): Range {
  return { line, column: 1, endLine, endColumn }
}
