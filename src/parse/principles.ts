import type { Constitution, Principle } from '../model/plan.js'
import { labelArticles } from './articles.js'
import { NON_NEGOTIABLE } from './constitution.js'
import { names, ownName, principleKey } from './names.js'

/** How a gate ties to the constitution. */
export interface PrincipleMatch {
  principle: Principle | null
  articles: string[]
  nonNegotiable: boolean
}

/**
 * Matches a gate to a principle: by name first, then by numeral, looking at
 * its own label and then at the headings and labels above it, nearest first.
 * With the default articles a numeral counts only when the gate has no name
 * of its own or the article has none: "Art III (Branching)" is not Test-First.
 *
 * @param label
 *   The gate's own label.
 * @param context
 *   Labels above it, outermost first.
 * @param constitution
 *   The principles to match.
 * @param extraNonNegotiable
 *   Names or numerals the configuration declares non-negotiable.
 */
export function matchPrinciple(
  label: string,
  context: readonly string[],
  constitution: Constitution,
  extraNonNegotiable: readonly string[]
): PrincipleMatch {
  const labels = [label, ...[...context].reverse()]
  let principle: Principle | null = null
  let articles: string[] = []
  for (const text of labels) {
    const cited = labelArticles(text)
    if (articles.length === 0) articles = cited
    principle = byName(text, constitution.principles) ?? byNumeral(text, cited, constitution)
    if (principle) break
  }
  if (principle?.numeral && !articles.includes(principle.numeral)) articles = [...articles, principle.numeral]
  const said = labels.some((text) => NON_NEGOTIABLE.test(text))
  const declared = extraNonNegotiable.some(
    (entry) => articles.includes(entry.toUpperCase()) || labels.some((text) => names(text, entry))
  )
  return { principle, articles, nonNegotiable: said || declared || principle?.nonNegotiable === true }
}

function byName(text: string, principles: readonly Principle[]): Principle | null {
  let best: Principle | null = null
  let bestLength = 0
  for (const candidate of principles) {
    for (const name of [candidate.name, ...candidate.aliases]) {
      if (!name || !names(text, name)) continue
      const length = principleKey(name).length
      if (length > bestLength) {
        best = candidate
        bestLength = length
      }
    }
  }
  if (best) return best
  // The gate's short name inside a longer principle name: "Simplicity" → "Simplicity & Minimal Dependencies".
  const own = ownName(text)
  if (own.length < 4) return null
  return principles.find((candidate) => candidate.name && principleKey(candidate.name).includes(` ${own} `)) ?? null
}

function byNumeral(text: string, cited: readonly string[], constitution: Constitution): Principle | null {
  for (const numeral of cited) {
    const found = constitution.principles.find((candidate) => candidate.numeral === numeral)
    if (!found) continue
    if (constitution.source === 'default' && found.name && ownName(text) !== '') continue
    return found
  }
  return null
}
