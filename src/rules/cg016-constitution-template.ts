import type { Rule } from './rule.js'

/** An unfilled constitution template means the default articles judged the plan. */
export const constitutionTemplate: Rule = {
  id: 'CG016',
  slug: 'constitution-template',
  description: "The repository's constitution is still spec-kit's unfilled template, so the nine default articles apply.",
  example: '`.specify/memory/constitution.md` still holding `[PRINCIPLE_1_NAME]`.',
  defaultSeverity: 'warning',
  tags: ['constitution'],
  check({ plan, report }) {
    const { constitution } = plan
    if (!constitution.unfilledTemplate || !constitution.path) return
    report(
      { line: 1, column: 1, endLine: 1, endColumn: 1 },
      'The constitution is an unfilled template ([PRINCIPLE_1_NAME] …): the plan was judged against the nine default articles. Fill in the constitution.',
      constitution.path
    )
  }
}
