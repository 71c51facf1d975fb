import { gatesOf } from './summaries.js'
import { quote, type Rule } from './rule.js'

/** A verdict line that says PASS over gates that fail or were never evaluated. */
export const summaryContradiction: Rule = {
  id: 'CG012',
  slug: 'summary-contradiction',
  description: 'A verdict or Progress Tracking line says PASS while a gate it covers fails unjustified or is not evaluated.',
  example: '`**Gate result: PASS.**` above a gate that is `❌` and unjustified.',
  defaultSeverity: 'error',
  tags: ['summary'],
  check({ plan, report }) {
    for (const summary of plan.summaries) {
      if (summary.status !== 'pass' && summary.status !== 'partial') continue
      const broken = gatesOf(plan, summary).filter((gate) => gate.status === 'fail' || gate.status === 'partial' || gate.status === 'unevaluated')
      const sections = summary.section === null ? plan.sections.filter((s) => s.state !== 'evaluated') : []
      if (broken.length === 0 && sections.length === 0) continue
      const named = [
        ...broken.map((gate) => `${quote(gate.label)} (line ${gate.range.line}, ${gate.status})`),
        ...sections.map((s) => `${quote(s.heading.text)} (line ${s.range.line}, ${s.state})`)
      ]
      const more = named.length > 3 ? ` and ${named.length - 3} more` : ''
      const verb = named.length === 1 ? 'does' : 'do'
      report(summary.range, `${quote(summary.text)} says the gates pass, but ${named.slice(0, 3).join(', ')}${more} ${verb} not: fix the gates or the verdict.`)
    }
  }
}
