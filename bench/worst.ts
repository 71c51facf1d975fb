import { defaultConfig } from '../src/config/defaults.js'
import { scorePlan, scoring } from '../src/score/scoring.js'
import { plans } from './generate.js'
import { median, time } from './measure.js'

const run = scoring(defaultConfig())

/** Inputs built to be slow, by size. */
const builders: Record<string, { size: number; limit: string; build: (size: number) => string }> = {
  'a 5 MB plan': {
    size: 5 * 1024 * 1024,
    limit: 'under 2 s',
    build: (size) => {
      const [first = ''] = plans(1, 7)
      let text = first
      while (text.length < size) text += `\n## Appendix\n\n${first.slice(first.indexOf('## Project Structure'))}`
      return text.slice(0, size)
    }
  },
  'a complexity table of 20,000 rows': {
    size: 20_000,
    limit: 'under 2 s',
    build: (rows) =>
      `# Plan\n\n## Constitution Check\n\n| Principle | Status |\n|---|---|\n| VII. Simplicity | ⚠️ PARTIAL — see Complexity Tracking |\n\n## Complexity Tracking\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n${Array.from({ length: rows }, (_, i) => `| Extra project ${i} (Article VII) | worker ${i} scales alone | one process misses the budget |`).join('\n')}\n`
  },
  'a gates section of 10,000 items': {
    size: 10_000,
    limit: 'under 2 s',
    build: (items) =>
      `# Plan\n\n## Constitution Check\n\n${Array.from({ length: items }, (_, i) => (i % 3 === 0 ? `- [x] **Gate ${i}** (Article ${['I', 'VII', 'IX'][i % 3]}): holds` : i % 3 === 1 ? `- ✅ Gate ${i}: holds` : `- Gate ${i} holds? Yes`)).join('\n')}\n`
  },
  ...Object.fromEntries(
    ['[', '|', '*', ' '].map((char) => [
      `a 200 KB line of '${char}'`,
      { size: 200 * 1024, limit: 'under 2 s', build: (size: number) => `# Plan\n\n## Constitution Check\n\n- [x] ${char.repeat(size)}x\n\n${char.repeat(size)}x\n\n| Gate | Status |\n|---|---|\n| ${char.repeat(size)} | ✅ |\n` }
    ])
  )
}

/**
 * Scores each worst case at half its size and at its size (median of 3) and
 * reports the time at full size and the ratio between the two.
 */
export function worstCases(report: (name: string, ms: number, ratio: number, limit: string) => void): Record<string, unknown> {
  const results: Record<string, unknown> = {}
  for (const [name, { size, limit, build }] of Object.entries(builders)) {
    const [half, full] = [build(Math.floor(size / 2)), build(size)]
    const measure = (text: string) => median([0, 1, 2].map(() => time(() => scorePlan(text, 'plan.md', run))))
    const [small, large] = [measure(half), measure(full)]
    results[name] = { ms: large, halfMs: small, ratioWhenDoubled: large / small }
    report(name, large, large / small, limit)
  }
  return results
}
