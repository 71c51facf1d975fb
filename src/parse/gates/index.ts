import type { RootContent } from 'mdast'
import type { Locator } from '../locate.js'
import type { Vocabulary } from '../vocabulary.js'
import { Collector, type SectionContent } from './collector.js'
import { readHeading } from './headings.js'
import { readList } from './lists.js'
import { readParagraph } from './paragraphs.js'
import { readTable } from './tables.js'

export type { RawCount, RawGate, SectionContent } from './collector.js'

/**
 * Reads the gates of one gates section: task items, items and headings with
 * a status, paragraphs that open with one, status-table rows, and questions.
 * Everything else is evidence for the gate above it, or a note. Each shape
 * has its reader here; they share one Collector.
 */
export class SectionReader {
  private readonly reader: Collector

  constructor(section: number, depth: number, locate: Locator, vocab: Vocabulary) {
    this.reader = new Collector(section, depth, locate, vocab)
  }

  /** Reads the section's nodes (its own heading excluded). */
  read(nodes: readonly RootContent[]): SectionContent {
    const reader = this.reader
    for (const node of nodes) {
      if (node.type === 'heading') readHeading(reader, node)
      else if (node.type === 'paragraph') readParagraph(reader, node)
      else if (node.type === 'list') readList(reader, node, null, [])
      else if (node.type === 'table') readTable(reader, node)
      else if (node.type === 'thematicBreak') reader.endSubsection()
      else if (node.type === 'blockquote' || node.type === 'code' || (node.type === 'html' && !/^\s*<!--/u.test(node.value))) reader.seen(node)
    }
    return reader.content
  }
}
