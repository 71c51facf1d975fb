import type { JudgedWaiver } from '../model/plan.js'
import type { Rule } from './rule.js'

/** Where a waiver's lines are, in words, and what to do with it. */
function where(waiver: JudgedWaiver, from: number, to: number): string {
  const lines = from === to ? `on line ${from}` : `on lines ${from}–${to}`
  switch (waiver.directive.kind) {
    case 'disable-next-line':
      return `${lines}. Remove it, or move it to the line above the finding.`
    case 'disable-line':
      return `${lines}. Remove it, or move it to the finding's line.`
    case 'disable-file':
      return 'in the plan. Remove it.'
    default:
      return `${lines}. Remove it.`
  }
}

/**
 * A waiver that waives nothing is noise at best, and at worst waits to hide
 * the next finding of its rule: markdownlint and ESLint report unused
 * disable directives for the same reason.
 */
export const waiverUnused: Rule = {
  id: 'CG019',
  slug: 'waiver-unused',
  description: 'A waiver directive waives nothing: no finding of the rule it names is on the lines it covers, or an enable turns back on no rule a disable turned off.',
  example: '`<!-- constitution-gate-disable-next-line CG004 -- … -->` above a gate that passes.',
  defaultSeverity: 'warning',
  tags: ['waivers'],
  judgesWaivers: true,
  check({ waivers, report }) {
    // Which rule each directive line waived, looked up once per rule it names.
    const used = new Set((waivers?.findings ?? []).flatMap((finding) => (finding.waiver ? [`${finding.ruleId}\0${finding.waiver.line}`] : [])))
    for (const waiver of waivers?.judged ?? []) {
      const { directive, problems, rules, spans, closes } = waiver
      if (problems.length > 0) continue
      if (directive.kind === 'enable') {
        if (rules.length === 0 && closes.length === 0) report(directive.range, 'This enable turns back on nothing: no disable directive above it is still open. Remove it.')
        for (const { id, slug } of rules.filter((rule) => !closes.includes(rule.id))) {
          report(directive.range, `This enable turns back on nothing: no disable directive above it turned off ${id} ${slug}. Remove it.`)
        }
        continue
      }
      for (const { ruleId, from, to } of spans) {
        if (used.has(`${ruleId}\0${directive.range.line}`)) continue
        const slug = rules.find((rule) => rule.id === ruleId)?.slug ?? ''
        report(directive.range, `The waiver of ${ruleId} ${slug} waives nothing: there is no ${ruleId} finding ${where(waiver, from, to)}`)
      }
    }
  }
}
