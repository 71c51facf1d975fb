import type { Gate } from '../model/plan.js'
import { quote, type Rule } from './rule.js'

function why(gate: Gate): string {
  const unmapped = gate.readings.find((reading) => reading.unmapped)
  if (unmapped) {
    return `its status '${unmapped.written}' is not a known status word: use PASS, FAIL, PARTIAL or N/A, or map the word in the configuration (statuses: { ${JSON.stringify(unmapped.written.toUpperCase())}: pass })`
  }
  const statuses = new Set(gate.readings.map((reading) => reading.status))
  const pending = gate.readings.find((reading) => reading.status === 'unevaluated')
  if (statuses.size > 1 && pending) {
    const others = gate.readings.filter((reading) => reading.status !== 'unevaluated').map((reading) => reading.written)
    return `it says both ${others.join(', ')} and ${pending.written}; the worse status stands until they agree`
  }
  if (pending?.position === 'checkbox') return 'its checkbox is unchecked and nothing else gives it a status'
  if (pending) return `it is marked ${pending.written}`
  if (gate.readings.length === 0) return 'its question has no answer'
  return 'it carries no status'
}

/** Not evaluated never reads as pass: every gate needs a status, every gates section at least one. */
export const gateNotEvaluated: Rule = {
  id: 'CG004',
  slug: 'gate-not-evaluated',
  description: 'A gate carries no status (unchecked, unanswered, TODO, DEFERRED, or an unknown word), or a gates section has no status at all.',
  example: '`- [ ] Contracts defined?`, a `DEFERRED` status cell, `[x] … **PENDING**`.',
  defaultSeverity: 'error',
  tags: ['gates'],
  check({ plan, report }) {
    plan.sections.forEach((section) => {
      if (section.state !== 'not-evaluated') return
      report(
        section.range,
        `The gates section ${quote(section.heading.text)} has no status anywhere: mark each gate (✅ PASS, ❌ FAIL, ⚠️ PARTIAL, N/A) or add a verdict line such as "**Gate result: PASS.**".`
      )
    })
    for (const gate of plan.gates) {
      if (gate.status !== 'unevaluated') continue
      report(gate.range, `Gate ${quote(gate.label)} is not evaluated: ${why(gate)}.`)
    }
  }
}
