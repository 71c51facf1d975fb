import { type ExtraHeadings, headingKind } from './headings.js'
import type { OutlineHeading } from './outline.js'

/**
 * Where a gates, Complexity Tracking or gate summary section lies. A section runs from its
 * heading to the next heading of the same or a higher level. A Complexity
 * Tracking subsection inside a gates section (as in the seed template) is cut
 * out of it: its rows are justifications, not gates.
 */
export interface SectionSpan {
  /** `verdicts`: a heading of its own that sums the gates up, outside any gates section. */
  kind: 'gates' | 'complexity' | 'verdicts'
  heading: OutlineHeading
  /** Line ranges (inclusive) that belong to the section, the heading's first. */
  segments: Array<[number, number]>
}

interface Open {
  span: SectionSpan
  /** Depth of a complexity subsection cut out of a gates section, or 0. */
  holeDepth: number
}

/**
 * Finds every gates section, Complexity Tracking section and gate summary section.
 *
 * @param headings
 *   The plan's headings in order.
 * @param lineCount
 *   Lines in the plan.
 * @param extra
 *   Headings the configuration adds.
 */
export function sectionSpans(headings: OutlineHeading[], lineCount: number, extra: ExtraHeadings): SectionSpan[] {
  const spans: SectionSpan[] = []
  let gates: Open | null = null
  let complexity: SectionSpan | null = null
  let verdicts: SectionSpan | null = null

  for (const heading of headings) {
    if (verdicts && heading.depth <= verdicts.heading.depth) {
      closeLast(verdicts, heading.line - 1)
      verdicts = null
    }
    if (gates && heading.depth <= gates.span.heading.depth) {
      closeSegment(gates, heading.line - 1)
      gates = null
    }
    if (complexity && heading.depth <= complexity.heading.depth) {
      closeLast(complexity, heading.line - 1)
      complexity = null
    }
    if (gates && gates.holeDepth > 0 && heading.depth <= gates.holeDepth) {
      gates.holeDepth = 0
      gates.span.segments.push([heading.line, lineCount])
    }

    const kind = headingKind(heading.text, extra)
    if (verdicts && kind !== null) {
      closeLast(verdicts, heading.line - 1)
      verdicts = null
    }
    if (kind === 'verdicts' && !gates && !complexity) {
      verdicts = { kind, heading, segments: [[heading.line, lineCount]] }
      spans.push(verdicts)
    } else if (kind === 'complexity' && !complexity) {
      complexity = { kind, heading, segments: [[heading.line, lineCount]] }
      spans.push(complexity)
      if (gates && gates.holeDepth === 0) {
        closeSegment(gates, heading.line - 1)
        gates.holeDepth = heading.depth
      }
    } else if (kind === 'gates' && !gates) {
      gates = { span: { kind, heading, segments: [[heading.line, lineCount]] }, holeDepth: 0 }
      spans.push(gates.span)
    }
  }
  if (gates) closeSegment(gates, lineCount)
  if (complexity) closeLast(complexity, lineCount)
  if (verdicts) closeLast(verdicts, lineCount)
  return spans
}

function closeSegment(open: Open, endLine: number): void {
  if (open.holeDepth === 0) closeLast(open.span, endLine)
}

function closeLast(span: SectionSpan, endLine: number): void {
  const last = span.segments[span.segments.length - 1]
  if (last) last[1] = Math.max(last[0], Math.min(last[1], endLine))
}
