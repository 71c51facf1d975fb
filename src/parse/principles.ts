import type { Constitution, Principle } from '../model/plan.js'
import { labelArticles } from './articles.js'
import { NON_NEGOTIABLE } from './constitution.js'
import { holdsKey, initials, nameKey, namesShareWord, nameWords, ownName, principleKey } from './names.js'

/** How a gate ties to the constitution. */
export interface PrincipleMatch {
  principle: Principle | null
  articles: string[]
  nonNegotiable: boolean
}

/** What one label says about principles; labels repeat across gates, so this is worked out once each. */
interface LabelFacts {
  articles: string[]
  principle: Principle | null
  nonNegotiable: boolean
}

/**
 * Matches gates to the principles of one constitution: by name first, then
 * by numeral, looking at a gate's own label and then at the headings and
 * labels above it, nearest first. A numeral counts only when the gate has no
 * name of its own, the principle has none, or the two names share a word:
 * plans copy the seed's numbering, which is not the repository's, so
 * "II. CLI Interface" is not a repository's "II. Security by Default", and
 * "Art III (Branching)" is not the default Test-First.
 */
export class PrincipleMatcher {
  private readonly names: Array<{ principle: Principle; key: string }>
  private readonly facts = new Map<string, LabelFacts>()

  /**
   * @param constitution
   *   The principles to match.
   * @param extraNonNegotiable
   *   Names or numerals the configuration declares non-negotiable.
   */
  constructor(
    private readonly constitution: Constitution,
    private readonly extraNonNegotiable: readonly string[] = []
  ) {
    this.names = constitution.principles.flatMap((principle) =>
      [principle.name, ...principle.aliases].flatMap((name) => {
        const key = name ? principleKey(name) : ''
        if (key.trim() === '') return []
        const short = initials(key)
        return [{ principle, key }, ...(short ? [{ principle, key: ` ${short} ` }] : [])]
      })
    )
    // Longest names first: "Test-First Imperative" wins over "Test-First".
    this.names.sort((a, b) => b.key.length - a.key.length)
  }

  /**
   * @param label
   *   The gate's own label.
   * @param context
   *   Labels above it, outermost first.
   */
  match(label: string, context: readonly string[]): PrincipleMatch {
    let principle: Principle | null = null
    let articles: string[] = []
    let nonNegotiable = false
    for (const text of [label, ...[...context].reverse()]) {
      const facts = this.read(text)
      if (articles.length === 0) articles = facts.articles
      principle ??= facts.principle
      nonNegotiable ||= facts.nonNegotiable
    }
    if (principle?.numeral && !articles.includes(principle.numeral)) articles = [...articles, principle.numeral]
    return { principle, articles, nonNegotiable: nonNegotiable || principle?.nonNegotiable === true }
  }

  private read(text: string): LabelFacts {
    const known = this.facts.get(text)
    if (known) return known
    const key = nameKey(text)
    const articles = labelArticles(text)
    // "(NO NEGOCIABLE)" says how the principle is held, not what it is called.
    const own = ownName(text.replace(NON_NEGOTIABLE, ' '))
    const byName =
      this.names.find((name) => holdsKey(key, name.key))?.principle ??
      // The gate's short name inside a longer principle name: "Simplicity" → "Simplicity & Minimal Dependencies".
      (own.length >= 4 ? (this.names.find((name) => name.key.includes(` ${own} `))?.principle ?? null) : null)
    const facts: LabelFacts = {
      articles,
      principle: byName ?? this.byNumeral(articles, own),
      nonNegotiable:
        NON_NEGOTIABLE.test(text) ||
        this.extraNonNegotiable.some((entry) => articles.includes(entry.toUpperCase()) || (principleKey(entry).trim() !== '' && key.includes(principleKey(entry))))
    }
    this.facts.set(text, facts)
    return facts
  }

  private byNumeral(articles: readonly string[], own: string): Principle | null {
    for (const numeral of articles) {
      const found = this.constitution.principles.find((candidate) => candidate.numeral === numeral)
      if (!found) continue
      // Only the principle's own name, not an alias the defaults give it ("repository pattern").
      if (found.name && nameWords(own).length > 0 && !namesShareWord(own, principleKey(found.name))) continue
      return found
    }
    return null
  }
}
