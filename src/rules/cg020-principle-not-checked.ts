import type { Principle } from '../model/plan.js'
import type { Rule } from './rule.js'

/** A principle as findings name it: `II. Observability`. */
function nameOf(principle: Principle): string {
  return [principle.numeral ? `${principle.numeral}.` : '', principle.name ?? ''].filter(Boolean).join(' ')
}

/**
 * A plan can check principles I–V and say nothing of VI–IX, and every gate
 * it has passes: the skipped principles were silently overlooked. Gates
 * count for a principle as they are matched to it everywhere else, by name,
 * then by numeral, in the gate's label or the headings and groups above it.
 */
export const principleNotChecked: Rule = {
  id: 'CG020',
  slug: 'principle-not-checked',
  description: "A principle of the repository's constitution has no gate in the plan, so nothing says whether the plan keeps to it.",
  example: 'Gates for principles I–V of the constitution, none for VI. Observability.',
  defaultSeverity: 'warning',
  tags: ['gates', 'constitution'],
  check({ plan, report }) {
    const { constitution } = plan
    // The nine default articles are a stand-in, not the repository's word; a plan without gates has other findings.
    const first = plan.sections[0]
    if (constitution.source !== 'file' || !first || plan.gates.length === 0) return
    const checked = new Set(plan.gates.map((gate) => gate.principle))
    for (const principle of constitution.principles) {
      if (checked.has(principle)) continue
      const where = `${constitution.path ?? 'the constitution'}${principle.line ? `:${principle.line}` : ''}`
      const held = principle.nonNegotiable ? ', which is non-negotiable' : ''
      report(first.heading.range, `No gate checks principle ${nameOf(principle)}${held} (${where}): add a gate for it (N/A with why, if it does not apply).`)
    }
  }
}
