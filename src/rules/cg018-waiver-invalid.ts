import type { Rule } from './rule.js'

/**
 * A waiver must say what it waives and why. Its problems are worked out
 * where waivers are judged against the registry (src/score/waive.ts); an
 * invalid directive waives nothing, whatever this rule's severity.
 */
export const waiverInvalid: Rule = {
  id: 'CG018',
  slug: 'waiver-invalid',
  description:
    'A waiver directive in the plan names no rule or an unknown one, gives no reason after ` -- `, waives non-negotiable-violated, is misspelt or never closed, or waivers are forbidden (waivers: forbid).',
  example: '`<!-- constitution-gate-disable-next-line CG004 -->` (no reason), `<!-- constitution-gate-disable-file CG005 -- … -->`.',
  defaultSeverity: 'error',
  tags: ['waivers'],
  judgesWaivers: true,
  check({ waivers, report }) {
    for (const { directive, problems } of waivers?.judged ?? []) {
      if (problems.length > 0) report(directive.range, `Invalid waiver, so it waives nothing: ${problems.join('; ')}.`)
    }
  }
}
