import type { Range } from '../../model/range.js'
import { isOnlyPrompts } from '../placeholders.js'
import { clip, isCapitalsReading, type ItemText, readItem, STATUS_LABEL } from '../read-item.js'
import { readVerdict } from '../read-status.js'
import { isSummaryLabel, OWN_RESULT_LABEL, SUMMARY_HEADING } from '../summaries.js'
import type { Collector, RawGate, SubHeading } from './collector.js'

/**
 * Labelled lines of a gates section: a `Status:` or `Result:` line that gives
 * an item or a heading its status, a verdict line that sums the section up,
 * and the fields (`Current Count: 5`, a seed block's `Justification:`).
 */

/** Labels that are fields, not gates. */
export const FIELD = /^(?:justification|current count|project count|projects|number of projects)$/iu
const COUNT_FIELD = /^(?:current count|project count|projects|number of projects)$/iu
const NOTHING = /^(?:n\/?a|none|-+|—)\.?$/iu
/** A line that gives its item (or its section) a status or verdict: `Status: PASS`, `**Result**: FAIL`. */
export const STATUS_LINE = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?(?:status|result|verdict|outcome)(?:\*\*|__)?\s*[:：]/iu

/** Whether a line states a verdict or a status of its own (`**Result**: FAIL`, `Overall: PASS`). */
export function isVerdictLine(reader: Collector, text: string): boolean {
  const key = readItem(reader.vocab, text, true).key
  return STATUS_LINE.test(text) || (key !== null && isSummaryLabel(key))
}

/**
 * A verdict line, or a `Status:` (or, under a heading with no gates yet,
 * `Result:`) line that gives its owner a status. True when `item` was one.
 *
 * @param owner
 *   The gate such a line belongs to when it is nested in an item.
 */
export function labelled(reader: Collector, item: ItemText, range: Range, owner: RawGate | null): boolean {
  if (!item.key) return false
  const heading = reader.headings[reader.headings.length - 1]
  // `Result:` under a principle's heading judges that principle; under a
  // summary heading, after its gates, or below a heading with its own
  // status, it sums the section up.
  const principleHeading = heading !== undefined && heading.gates === 0 && !heading.gate?.readings.length && !SUMMARY_HEADING.test(heading.label)
  const own = STATUS_LABEL.test(item.key) || (OWN_RESULT_LABEL.test(item.key) && (owner !== null || principleHeading))
  if (own) {
    const target = owner ?? (heading && (STATUS_LABEL.test(item.key) || principleHeading) ? headingGate(reader, heading) : null)
    if (target) {
      const found = item.readings.filter((r) => r.position === 'status-label' || r.position === 'value')
      // A Status: value that is no status word is evidence once the item has a status.
      target.readings.push(...found.filter((r) => !r.unmapped || !target.readings.some((known) => !known.unmapped)))
      // So is a heading's tagline in capitals (`### I. Library-First — SELF-CONTAINED`).
      if (target.readings.some((r) => !r.unmapped)) target.readings = target.readings.filter((r) => !isCapitalsReading(r))
      target.text += ` ${item.value}`
      return true
    }
  }
  if (!own && !isSummaryLabel(item.key)) return false
  const reading = readVerdict(reader.vocab, item.value)
  if (!reading) return false
  reader.content.summaries.push({ text: clip(`${item.key}: ${item.value}`), range, status: reading.status, section: reader.section, inSection: true })
  return true
}

/** The sub-heading a `Status:` line under it belongs to, made a gate if it is not one yet. */
function headingGate(reader: Collector, heading: SubHeading): RawGate {
  heading.gate ??= reader.gate('heading', heading.label, heading.label, heading.label, heading.range, [], [])
  return heading.gate
}

/** `Current Count: 5`, `Projects: 2`, a seed block's `Justification:`. */
export function field(reader: Collector, item: ItemText, range: Range): void {
  if (COUNT_FIELD.test(item.key ?? '')) {
    const value = /^\s*(\d{1,4})\b/u.exec(item.value)
    if (value) reader.content.counts.push({ count: { value: Number(value[1]), range }, context: [...reader.context(), item.key ?? ''] })
    return
  }
  const block = reader.articleBlock()
  if (block) {
    const filled = item.value !== '' && !isOnlyPrompts(item.value) && !NOTHING.test(item.value)
    reader.content.blocks.set(block, filled ? 'filled' : 'empty')
    // `[If no, explain why]` asks for an answer only if a gate of the block does not pass.
    for (const placeholder of reader.content.placeholders) {
      if (placeholder.range.line >= range.line && placeholder.range.endLine <= range.endLine && /^\[if\b/iu.test(placeholder.text)) placeholder.ifBlockFails = block
    }
  }
  reader.evidence(item.value)
}
