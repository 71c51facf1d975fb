import { quote, type Rule } from './rule.js'

/** Template rows in Complexity Tracking justify nothing and hide whether there is anything to justify. */
export const placeholderInComplexity: Rule = {
  id: 'CG007',
  slug: 'placeholder-in-complexity',
  description: 'Template text such as "| [e.g., 4th project] | … |" is left in Complexity Tracking.',
  example: '`| [e.g., 4th project] | [current need] | … |` under Complexity Tracking.',
  defaultSeverity: 'warning',
  tags: ['complexity', 'template'],
  check({ plan, report }) {
    for (const placeholder of plan.placeholders) {
      if (placeholder.where !== 'complexity') continue
      const row = plan.rows.some((r) => r.kind === 'template' && r.range.line === placeholder.range.line)
      const fix = row ? 'delete the template row, or replace it with a real violation' : 'write what it asks for, or delete it'
      report(placeholder.range, `Template text ${quote(placeholder.text)} is left in Complexity Tracking: ${fix}.`)
    }
  }
}
