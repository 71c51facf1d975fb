import type { ComplexityRow, Gate } from '../model/plan.js'
import { citedArticles, citedIds } from './articles.js'
import { distinctiveWords, names, shareWord } from './names.js'

/** What a filled Complexity Tracking row names, worked out once per row. */
export interface RowKeys {
  index: number
  text: string
  articles: string[]
  ids: string[]
  words: string[]
}

/** The keys of every filled row; other rows justify nothing. */
export function rowKeys(rows: readonly ComplexityRow[]): RowKeys[] {
  return rows.flatMap((row, index) => {
    if (row.kind !== 'filled') return []
    const text = row.cells.join(' | ')
    return [{ index, text, articles: citedArticles(text), ids: citedIds(row.violation), words: distinctiveWords(row.violation) }]
  })
}

/** The parts of a gate a row can refer to. */
export type Linkable = Pick<Gate, 'wording' | 'articles' | 'principle' | 'cites' | 'pointsToComplexity'>

/**
 * Whether a row refers to a gate: it names the gate's article numeral or
 * principle anywhere, its violation cell carries an id the gate cites (C1)
 * or shares a distinctive word with the gate's own words, or the gate itself
 * points to Complexity Tracking.
 */
export function refersTo(row: RowKeys, gate: Linkable): boolean {
  if (gate.pointsToComplexity) return true
  if (gate.articles.some((article) => row.articles.includes(article))) return true
  const principle = gate.principle
  if (principle && [principle.name, ...principle.aliases].some((name) => name !== null && names(row.text, name))) return true
  if (gate.cites.some((id) => row.ids.includes(id))) return true
  return shareWord(distinctiveWords(gate.wording), row.words)
}

/** Indices of the rows that refer to `gate`. */
export function linkedRows(rows: readonly RowKeys[], gate: Linkable): number[] {
  return rows.filter((row) => refersTo(row, gate)).map((row) => row.index)
}
