import type { Paragraph } from 'mdast'
import type { Range } from '../../model/range.js'
import { readItem } from '../read-item.js'
import { cleanInline, statusAt } from '../read-status.js'
import type { Collector, SourceLine } from './collector.js'
import { FIELD, field, isVerdictLine, labelled } from './fields.js'

const BOLD_START = /^\s*(?:\S{1,2}\s*)?(?:\*\*|__)/u
const BOLD_ONLY = /^\s*(?:\*\*|__)[^*_\n]+(?:\*\*|__)(?:\s*\([^()\n]*\))?\s*[:：]?\s*$/u

/**
 * A paragraph of a gates section: a group label (a bold-only line), a gate
 * when it opens with a status, a verdict or `Status:` line, a field, or
 * evidence for the gate above.
 */
export function readParagraph(reader: Collector, node: Paragraph): void {
  const { text, range, templateOnly } = reader.seen(node)
  if (templateOnly) return
  const group = groupLabel(text)
  if (group !== null) return reader.startGroup(group)
  let lines = reader.lines(node, text)
  // A bold-only line that a status line continues (`**III. Test-First**  ⏎ ❌ **VIOLATION**: …`)
  // labels what follows, as it does above a blank line.
  const head = lines.length > 1 ? groupLabel(lines[0]?.text ?? '') : null
  if (head !== null && opensWithStatus(reader, lines[1]?.text ?? '')) {
    reader.startGroup(head)
    lines = lines.slice(1)
  }
  // A line below the first that opens with a status (`✅ Library-First  ⏎ The
  // parser ships as a package.  ⏎ ❌ Security by Default`), or a verdict line
  // below other text, stands on its own, though markdown joins it into one
  // paragraph: read whole, the paragraph would be the first line's gate and a
  // ❌ further down would pass with it (no false pass). Then every line is read
  // as a paragraph of its own: a gate when it opens with a status, prose lines
  // evidence for the gate above them.
  const apart = lines.length > 1 && lines.slice(1).some((line) => opensWithStatus(reader, line.text) || isVerdictLine(reader, line.text))
  if (apart) {
    for (const line of lines) readLine(reader, line)
  } else if (head === null) {
    paragraphGate(reader, text, range)
  } else {
    const first = lines[0] as { start: number }
    const last = lines[lines.length - 1] as { end: number }
    paragraphGate(reader, reader.locate.slice(first.start, last.end), reader.locate.range(first.start, last.end))
  }
}

/**
 * One line of a paragraph read on its own: a bold-only line labels what follows, as above a blank line.
 *
 * @param within
 *   The label of the list item the line is written inside, which names a
 *   status that stands as its bold label (`  ❌ **VIOLATION**: …`).
 */
export function readLine(reader: Collector, line: SourceLine, within?: string): void {
  const group = groupLabel(line.text)
  if (group !== null) reader.startGroup(group)
  else paragraphGate(reader, line.text, reader.locate.range(line.start, line.end), within)
}

/** Whether a paragraph (or a line of one) is a gate: it opens with a status mark or word, or a bold label carrying one. */
export function opensWithStatus(reader: Collector, text: string): boolean {
  const bold = BOLD_START.test(text)
  return readItem(reader.vocab, text, true).readings.some((reading) => reading.position === 'leading-mark' || bold)
}

function paragraphGate(reader: Collector, text: string, range: Range, within?: string): void {
  const plain = cleanInline(text).trim()
  const item = readItem(reader.vocab, text, true)
  if (labelled(reader, item, range, null)) return
  if (item.key && FIELD.test(item.key)) return field(reader, item, range)
  // A paragraph is a gate when it opens with a status mark or word, or with
  // a bold label carrying one (`❌ **VIOLATION**: …`, `**Simplicity** ✅`).
  const bold = BOLD_START.test(text)
  if (item.readings.some((reading) => reading.position === 'leading-mark' || bold)) {
    // A bold label that is itself a status (`❌ **VIOLATION**: …`) names nothing: the bold line above does.
    const bolded = /^\s*(?:\S{1,2}\s*)?(?:\*\*|__)([^*_\n]+)(?:\*\*|__)/u.exec(text)?.[1]?.trim()
    const statusLabel = bolded !== undefined && statusAt(reader.vocab, bolded, 0)?.end === bolded.length
    const label = statusLabel ? (within ?? reader.group ?? item.label) : (item.key ?? item.label)
    reader.gate('paragraph', label, label, plain, range, item.readings, [])
    return
  }
  reader.evidence(plain)
}

/** The group a bold-only line names (`**III. Test-First (NON-NEGOTIABLE)**`), or null for any other text. */
function groupLabel(text: string): string | null {
  const plain = cleanInline(text).trim().replace(/[:：]\s*$/u, '')
  return BOLD_ONLY.test(text) && !/[:：]\s*\S/u.test(plain) ? plain : null
}
