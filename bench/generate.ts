/**
 * Writes realistic plans for the benchmarks, deterministically from a seed:
 * the gate formats of the corpus and the seed template (status tables, task
 * lists, emoji bullets, per-principle headings, the v1 questions, the seed's
 * article blocks), Complexity Tracking tables, code blocks and long prose,
 * 10–40 KB each. Some pass, some fail.
 */

/** A small, fast, seeded PRNG (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Rng = () => number
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T

const WORDS = (
  'plan service library queue worker contract schema cache request response migration endpoint module ' +
  'boundary latency budget retry backoff idempotent event stream ledger account invoice photo album ' +
  'render client server token session audit metric trace span deploy rollout feature flag storage index ' +
  'the a of to and in for with on by from that this which when each every only must should can will'
).split(' ')

const PRINCIPLES = [
  ['I', 'Library-First'],
  ['II', 'CLI Interface'],
  ['III', 'Test-First'],
  ['IV', 'Observability'],
  ['V', 'Versioning'],
  ['VI', 'Security'],
  ['VII', 'Simplicity'],
  ['VIII', 'Anti-Abstraction'],
  ['IX', 'Integration-First']
] as const

function sentence(rng: Rng, words = 12 + Math.floor(rng() * 14)): string {
  const text = Array.from({ length: words }, () => pick(rng, WORDS)).join(' ')
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`
}

function paragraph(rng: Rng): string {
  return Array.from({ length: 3 + Math.floor(rng() * 5) }, () => sentence(rng)).join(' ')
}

function status(rng: Rng, failing: boolean): string {
  if (failing && rng() < 0.3) return pick(rng, ['❌ FAIL', '⚠️ PARTIAL', 'DEFERRED', 'JUSTIFIED VIOLATION'])
  return pick(rng, ['✅ PASS', 'PASS', '✅', 'N/A', '**PASS** — holds'])
}

/** The gates section in one of the formats real plans use. */
function gates(rng: Rng, failing: boolean): string {
  const format = Math.floor(rng() * 6)
  const out = ['## Constitution Check', '', '*GATE: Must pass before Phase 0 research. Re-check after Phase 1 design.*', '']
  if (format === 0) {
    out.push('| Principle | Status | Notes |', '|-----------|--------|-------|')
    for (const [n, name] of PRINCIPLES) out.push(`| ${n}. ${name} | ${status(rng, failing)} | ${sentence(rng, 10)} |`)
    out.push('', `**Gate result: ${failing ? 'PASS with exceptions' : 'PASS'}.**`)
  } else if (format === 1) {
    for (const [n, name] of PRINCIPLES) out.push(`- [${failing && rng() < 0.2 ? ' ' : 'x'}] **${name}** (Article ${n}): ${sentence(rng, 10)}`)
  } else if (format === 2) {
    for (const [n, name] of PRINCIPLES) out.push(`- ${status(rng, failing).split(' ')[0]} ${name}: ${sentence(rng, 12)} (Principle ${n})`)
    out.push('', 'Result: PASS (no violations identified)')
  } else if (format === 3) {
    for (const [n, name] of PRINCIPLES) {
      out.push(`### ${n}. ${name} ${failing && rng() < 0.2 ? '⚠️' : '✅'}`, `- **Status**: ${failing && rng() < 0.2 ? 'PASS WITH EXCEPTION' : 'PASS'}`, `- **Evidence**: ${sentence(rng)}`, '')
    }
  } else if (format === 4) {
    out.push('**Simplicity**:', `- Projects: ${1 + Math.floor(rng() * 3)} (api, cli)`, '- Using framework directly? Yes ✓', '- Single data model? Yes ✓', '')
    out.push('**Testing (NON-NEGOTIABLE)**:', '- RED-GREEN-Refactor cycle enforced? Yes ✓', `- Real dependencies used? ${failing && rng() < 0.3 ? 'No - mocks' : 'Yes ✓'}`, '')
    out.push('**Versioning**:', '- Version number assigned? 1.2.0 ✓', '- Breaking changes handled? Yes - dual read ✓')
  } else {
    out.length = 0
    out.push('## Phase -1: Pre-Implementation Gates', '')
    for (const [n, name] of PRINCIPLES) {
      out.push(`#### Article ${n}: ${name} Gate`, `- [${failing && rng() < 0.2 ? ' ' : 'x'}] **Compliance**: Does the plan keep to ${name}? Yes`, '- [x] **Justification**: N/A', '')
    }
    out.push('### Complexity Tracking', '', '| Constitutional Violation | Why Needed | Simpler Alternative Rejected Because |', '|---|---|---|')
    out.push('', `**Current Complexity Score**: ${pick(rng, ['Low', 'Medium', 'High'])}`)
  }
  return out.join('\n')
}

function complexity(rng: Rng): string {
  const rows = Math.floor(rng() * 4)
  const out = ['## Complexity Tracking', '', '| Violation | Why Needed | Simpler Alternative Rejected Because |', '|-----------|------------|-------------------------------------|']
  for (let i = 0; i < rows; i++) out.push(`| ${pick(rng, ['4th project (Article VII)', 'Repository pattern', 'Message bus (Art IX)'])} | ${sentence(rng, 10)} | ${sentence(rng, 10)} |`)
  if (rows === 0) out.push('| [e.g., 4th project] | [current need] | [why 3 projects insufficient] |')
  return out.join('\n')
}

function code(rng: Rng): string {
  const lines = 20 + Math.floor(rng() * 40)
  return ['```text', ...Array.from({ length: lines }, (_, i) => `${'│   '.repeat(i % 4)}├── ${pick(rng, WORDS)}/${pick(rng, WORDS)}.ts`), '```'].join('\n')
}

/**
 * One plan of 10–40 KB.
 *
 * @param rng
 *   The generator's random source.
 * @param index
 *   Its number, for its title.
 */
export function plan(rng: Rng, index: number): string {
  const failing = rng() < 0.4
  const target = (10 + rng() * 30) * 1024
  const parts = [
    `# Implementation Plan: Feature ${index}`,
    `**Branch**: \`${String(index).padStart(3, '0')}-feature\` | **Date**: 2026-11-25 | **Spec**: [spec.md](spec.md)`,
    '## Summary',
    paragraph(rng),
    '## Technical Context',
    ['**Language/Version**: TypeScript 5.9', '**Primary Dependencies**: octokit, yaml', '**Storage**: PostgreSQL 16', '**Testing**: jest'].join('  \n'),
    gates(rng, failing),
    '## Project Structure',
    code(rng)
  ]
  let size = parts.join('\n\n').length
  while (size < target - 2000) {
    const section = [`## Phase ${Math.floor(rng() * 4)}: ${pick(rng, WORDS)} ${pick(rng, WORDS)}`, paragraph(rng), paragraph(rng)]
    if (rng() < 0.4) section.push(code(rng))
    if (rng() < 0.5) section.push(Array.from({ length: 5 }, () => `- ${sentence(rng, 8)}`).join('\n'))
    parts.push(...section)
    size += section.join('\n\n').length
  }
  parts.push(complexity(rng), '## Progress Tracking', '- [x] Initial Constitution Check: PASS', '- [ ] Post-Design Constitution Check')
  return `${parts.join('\n\n')}\n`
}

/** `count` plans from `seed`. */
export function plans(count: number, seed = 2026): string[] {
  const rng = random(seed)
  return Array.from({ length: count }, (_, i) => plan(rng, i + 1))
}
