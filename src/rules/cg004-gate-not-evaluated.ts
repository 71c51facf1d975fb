import type { Gate } from '../model/plan.js'
import { unmapped } from '../parse/read-status.js'
import { Vocabulary } from '../parse/vocabulary.js'
import { quote, type Rule } from './rule.js'

function why(gate: Gate, vocab: Vocabulary): string {
  const unmapped = gate.readings.find((reading) => reading.unmapped)
  if (unmapped) {
    // "FAIL due to mocked DB": a status word with words after it, not a word to map.
    const lead = vocab.markAt(unmapped.written, 0) ?? vocab.wordAt(unmapped.written, 0)
    if (lead) return `'${unmapped.written}' is not a status: write the status it means alone, or set off by a dash (for example 'PARTIAL — ${unmapped.written.slice(lead.end).trim()}' if it does not fully hold)`
    // Prose where a status belongs: no word to map.
    if (unmapped.written.split(/\s+/u).length > 3) return `'${unmapped.written}' is not a status: begin it with one (✅ PASS, ❌ FAIL, ⚠️ PARTIAL or N/A)`
    return `its status '${unmapped.written}' is not a known status word: use PASS, FAIL, PARTIAL or N/A, or map the word to the status it means in the configuration (statuses: { ${JSON.stringify(unmapped.written.toUpperCase())}: fail }, or pass, partial, n/a)`
  }
  if (gate.readings.length === 1 && gate.readings[0]?.position === 'cell' && gate.readings[0].written === '') return 'its status cell is empty'
  const statuses = new Set(gate.readings.map((reading) => reading.status))
  const pending = gate.readings.find((reading) => reading.status === 'unevaluated')
  if (statuses.size > 1 && pending) {
    // One word read in two positions (after a label, at the line's end) is named once.
    const others = new Set(gate.readings.filter((reading) => reading.status !== 'unevaluated').map((reading) => reading.written))
    return `it says both ${[...others].join(', ')} and ${pending.written}; the worse status stands until they agree`
  }
  if (pending?.position === 'checkbox') return 'its checkbox is unchecked and nothing else gives it a status'
  if (pending) return `it is marked ${pending.written}`
  if (gate.readings.length === 0 && gate.answer !== null) {
    return gate.answer ? `its answer ${quote(gate.answer)} is not a status: begin the answer with one (Yes, No, ✅, ❌ or N/A)` : 'its question has no answer'
  }
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
  check({ plan, config, report }) {
    plan.sections.forEach((section) => {
      if (section.state !== 'not-evaluated') return
      report(
        section.range,
        `The gates section ${quote(section.heading.text)} has no status anywhere: give each gate its status (✅ PASS, ❌ FAIL, ⚠️ PARTIAL or N/A).`
      )
    })
    for (const summary of plan.summaries) {
      if (summary.status !== 'unevaluated') continue
      // The words after the verdict's label ("Gate Result: ALL PASS - …" → "ALL PASS").
      const word = unmapped(summary.text.replace(/^[^:：]*[:：]\s*/u, ''), 'status-label').written
      report(
        summary.range,
        `The verdict ${quote(summary.text)} is not a known status: write PASS or FAIL (or map the word in the configuration, statuses: { ${JSON.stringify(word.toUpperCase())}: pass }, or fail, partial).`
      )
    }
    const vocab = new Vocabulary(config.statuses)
    for (const gate of plan.gates) {
      if (gate.status !== 'unevaluated') continue
      report(gate.range, `Gate ${quote(gate.label)} is not evaluated: ${why(gate, vocab)}.`)
    }
  }
}
