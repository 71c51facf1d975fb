import { quote, type Rule } from './rule.js'

/** A gates section that still holds only the template's text was never filled in. */
export const gatesUnfilled: Rule = {
  id: 'CG002',
  slug: 'gates-unfilled',
  description: 'A gates section holds only template text, such as "[Gates determined based on constitution file]".',
  example: '`## Constitution Check` holding only `[Gates determined based on constitution file]`.',
  defaultSeverity: 'error',
  tags: ['gates', 'template'],
  check({ plan, report }) {
    for (const section of plan.sections) {
      if (section.state !== 'unfilled') continue
      report(
        section.range,
        `The gates section ${quote(section.heading.text)} holds only template text: replace it with one gate per principle of the constitution, each with a status.`
      )
    }
  }
}
