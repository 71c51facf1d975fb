import type { Heading } from 'mdast'
import { withoutStatus, wordToMap } from '../read-item.js'
import { cleanInline, leadingStatuses, trailingStatus } from '../read-status.js'
import type { Collector, SubHeading } from './collector.js'

/**
 * A sub-heading of a gates section: it names the gates below it, and is a
 * gate itself when it carries a status (`### I. Library-First ✅`).
 */
export function readHeading(reader: Collector, node: Heading): void {
  if (node.depth <= reader.depth) return
  const { text, range } = reader.seen(node)
  reader.headings = reader.headings.filter((heading) => heading.depth < node.depth)
  reader.group = null
  const line = cleanInline(text.replace(/^\s*#+\s*/u, '').replace(/\s+#+\s*$/u, '')).trim()
  const readings = leadingStatuses(reader.vocab, line, 'leading-mark')
  const trailing = trailingStatus(reader.vocab, line) ?? (readings.length === 0 ? wordToMap(line) : null)
  if (trailing && line !== trailing.written) readings.push(trailing)
  const label = withoutStatus(line.replace(/^[^\p{L}\p{N}[(]+/u, ''), trailing?.written ?? null)
  const heading: SubHeading = { depth: node.depth, label, range, gate: null, gates: 0 }
  if (readings.length > 0) heading.gate = reader.gate('heading', label, label, line, range, readings, [])
  reader.headings.push(heading)
}
