import { quote, type Rule } from './rule.js'

/** A plan without any gates section was never checked against the constitution. */
export const noGatesSection: Rule = {
  id: 'CG001',
  slug: 'no-gates-section',
  description: 'The plan has no gates section (Constitution Check, Phase -1: Pre-Implementation Gates, or a translation).',
  example: 'A plan.md with no `## Constitution Check` (or translated / Phase -1) heading.',
  defaultSeverity: 'error',
  tags: ['gates'],
  check({ plan, report }) {
    if (plan.unreadable !== null || plan.sections.length > 0) return
    // A heading that comes close to a gates heading is most likely the one meant: the finding points at it.
    const near = plan.nearHeadings.gates
    if (near) {
      report(near.range, `The plan has no gates section: line ${near.range.line} ${quote(near.text)} looks like ${quote(near.like)}: fix it, or add it to gate-headings.`)
      return
    }
    report(
      { line: 1, column: 1, endLine: 1, endColumn: 1 },
      'The plan has no gates section: add a "## Constitution Check" (or "## Phase -1: Pre-Implementation Gates") that evaluates each principle of the constitution.'
    )
  }
}
