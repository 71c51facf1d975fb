import type { Nodes, Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'

/**
 * The reference parser: mdast-util-from-markdown with the GFM table and
 * task-list extensions. The scorer reads blocks with its own linear reader
 * (src/parse/blocks.ts); tests hold it to this one.
 */
const options = {
  extensions: [gfmTable(), gfmTaskListItem()],
  mdastExtensions: [gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()]
}

/**
 * Parses lines `startLine`..`endLine` of `text` as markdown and moves every
 * node's position onto the whole file, so a section parsed alone still
 * reports the lines GitHub shows.
 *
 * @param text
 *   The whole file.
 * @param lineStarts
 *   Offsets of its lines.
 * @param startLine
 *   First line of the slice (1-based).
 * @param endLine
 *   Last line of the slice (inclusive).
 * @returns
 *   The slice's top-level nodes.
 */
export function parseLines(text: string, lineStarts: number[], startLine: number, endLine: number): RootContent[] {
  const start = lineStarts[startLine - 1] ?? text.length
  const end = lineStarts[endLine] ?? text.length
  const tree: Root = fromMarkdown(text.slice(start, end), options)
  shift(tree, startLine - 1, start)
  return tree.children
}

/** Moves positions by `lines` and `offset`; iterative, so deep nesting cannot overflow the stack. */
function shift(tree: Root, lines: number, offset: number): void {
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    const position = node.position
    if (position) {
      position.start.line += lines
      position.end.line += lines
      if (position.start.offset !== undefined) position.start.offset += offset
      if (position.end.offset !== undefined) position.end.offset += offset
    }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
}
