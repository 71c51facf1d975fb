import { quote, type Rule } from './rule.js'

/** Template prompts left in a gates section mean part of the check was never written. */
export const placeholderInGates: Rule = {
  id: 'CG006',
  slug: 'placeholder-in-gates',
  description: 'Template text such as "[If no, explain why]" is left inside a gates section.',
  example: '`- [ ] **Justification**: [If no, explain why]` inside the gates.',
  defaultSeverity: 'error',
  tags: ['gates', 'template'],
  check({ plan, report }) {
    const unfilled = plan.sections.filter((section) => section.state === 'unfilled')
    const passing = (block: string) =>
      plan.gates.every((gate) => gate.articleBlock?.heading !== block || gate.status === 'pass' || gate.status === 'n/a')
    for (const placeholder of plan.placeholders) {
      if (placeholder.where !== 'gates') continue
      // An unfilled section is reported once, as a whole (CG002).
      if (unfilled.some((s) => placeholder.range.line >= s.range.line && placeholder.range.line <= s.range.endLine)) continue
      // `[If no, explain why]` needs no answer while every gate of its article passes.
      if (placeholder.ifBlockFails !== null && passing(placeholder.ifBlockFails)) continue
      report(placeholder.range, `Template text ${quote(placeholder.text)} is left in the gates: replace it with the plan's answer.`)
    }
  }
}
