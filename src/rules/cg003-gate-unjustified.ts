import type { Gate } from '../model/plan.js'
import { distinctiveWords, ownName, writtenCloseTogether } from '../parse/names.js'
import { quote, type Rule } from './rule.js'

/**
 * How a gate's status was written, for messages: "is partial ([⚠])", and
 * what else it says when its statuses disagree: "fails (No), though it also
 * says ✅ (the worse status stands)".
 */
export function described(gate: Gate): string {
  const reading = gate.readings.find((r) => r.status === gate.claimed) ?? gate.readings[0]
  const word = gate.claimed === 'justified' ? 'is marked justified' : gate.claimed === 'fail' ? 'fails' : `is ${gate.claimed}`
  const others = [...new Set(gate.readings.filter((r) => r.status !== gate.claimed).map((r) => r.written))]
  const conflict = others.length > 0 ? `, though it also says ${others.join(', ')} (the worse status stands)` : ''
  return reading ? `${word} (${reading.written})${conflict}` : word
}

/** How a row can name a gate: its article, its principle, or a word of its own. */
function handle(gate: Gate): string {
  if (gate.articles.length > 0) return `Article ${gate.articles.join(' & ')}`
  if (gate.principle?.name) return `'${gate.principle.name}'`
  const example = (name: string) => `it (for example '${name}' in the Violation cell)`
  // A name in Chinese, Japanese or Korean, or one of short and common words, is matched whole.
  const own = ownName(gate.label)
  if (writtenCloseTogether(own)) return example(gate.label)
  const word = distinctiveWords(gate.wording)[0]
  if (word) return example(word)
  return own.includes(' ') ? example(gate.label) : 'it'
}

/** A failed or partial gate needs a filled Complexity Tracking row that names it. */
export const gateUnjustified: Rule = {
  id: 'CG003',
  slug: 'gate-unjustified',
  description: 'A failed, partial or "justified" gate has no filled Complexity Tracking row that refers to it.',
  example: '`| VII. Simplicity | ❌ FAIL |` with no Complexity Tracking row naming Article VII.',
  defaultSeverity: 'error',
  tags: ['gates', 'complexity'],
  check({ plan, report }) {
    // With no Complexity Tracking section, a heading close to one is most likely where the rows were meant to be.
    const near = plan.nearHeadings.complexity
    const hint = near ? ` The plan has no Complexity Tracking section: line ${near.range.line} ${quote(near.text)} looks like ${quote(near.like)}: fix it, or add it to complexity-headings.` : ''
    for (const gate of plan.gates) {
      if (gate.nonNegotiable) continue
      if (gate.status !== 'fail' && gate.status !== 'partial') continue
      report(
        gate.range,
        `Gate ${quote(gate.label)} ${described(gate)} and no filled Complexity Tracking row refers to it: add a row that names ${handle(gate)}, with why it is needed and why the simpler alternative was rejected, or fix the plan.${hint}`
      )
    }
  }
}
