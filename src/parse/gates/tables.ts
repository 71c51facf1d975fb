import type { Table } from 'mdast'
import { cleanInline, readCell } from '../read-status.js'
import { readTableShape } from '../table.js'
import type { Collector } from './collector.js'

const COMMENT = /<!--[\s\S]*?-->/gu

/** A status table: one gate per row and status column. */
export function readTable(reader: Collector, node: Table): void {
  // Records the table's prompts, every cell's included.
  reader.seen(node)
  const [head, ...body] = node.children
  // A comment in a cell is not rendered: `PASS <!-- note -->` is a pass, a cell of comments is empty.
  const cells = (row: Table['children'][number]) => row.children.map((cell) => reader.source(cell).text.replace(COMMENT, '').replace(/^\s*\||\|\s*$/gu, '').trim())
  const header = head ? cells(head).map((text) => cleanInline(text)) : []
  const rows = body.map(cells)
  const shape = readTableShape(reader.vocab, header, rows)
  if (shape.statusColumns.length === 0) return
  body.forEach((row, index) => {
    const texts = rows[index] ?? []
    const label = shape.label(texts)
    const evidence = texts.map((text) => cleanInline(text)).join(' ')
    for (const column of shape.statusColumns) {
      const readings = readCell(reader.vocab, texts[column] ?? '') ?? [{ status: 'unevaluated', position: 'cell', written: '' }]
      const name = shape.statusColumns.length > 1 ? `${label} (${header[column]})` : label
      reader.gate('row', name, label, evidence, reader.source(row).range, readings, [])
    }
  })
}
