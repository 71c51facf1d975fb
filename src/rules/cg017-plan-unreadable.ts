import type { Rule } from './rule.js'

/** A plan that cannot be read is a failure, never a silent pass. */
export const planUnreadable: Rule = {
  id: 'CG017',
  slug: 'plan-unreadable',
  description: 'The plan could not be read as text (binary, too large, a symlink, outside the repository, or missing).',
  example: 'A plan path that is a symlink, binary, or larger than `max-file-size`.',
  defaultSeverity: 'error',
  tags: ['input'],
  check({ plan, report }) {
    if (plan.unreadable === null) return
    report({ line: 1, column: 1, endLine: 1, endColumn: 1 }, `The plan could not be scored: ${plan.unreadable}.`)
  }
}
