import type { ComplexityRow, Gate } from '../model/plan.js'
import { bracketedArticles, citedArticles, citedIds, labelArticles } from './articles.js'
import { distinctiveWords, holdsKey, nameKey, namesPrinciple, ownName, shareWord, writtenCloseTogether } from './names.js'

const ID_CELL = /^\W*[A-Z]{1,3}-?\d{1,3}\W*$/u

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
    // Numerals named anywhere ("Art VII"), or bare where only a principle can be: a Principle
    // column, the head of the Violation cell ("VIII: …"), a numeral in parentheses ("(VIII)").
    const articles = [...new Set([...citedArticles(text), ...labelArticles(row.principle), ...labelArticles(row.violation), ...bracketedArticles(row.violation)])]
    // Ids in the violation cell (`**C1**: …`) or in a cell of their own (an ID column).
    const ids = [...new Set([...citedIds(row.violation), ...row.cells.filter((cell) => ID_CELL.test(cell)).flatMap(citedIds)])]
    return [{ index, text, articles, ids, words: distinctiveWords(row.violation) }]
  })
}

/** The parts of a gate a row can refer to. */
export type Linkable = Pick<Gate, 'label' | 'wording' | 'articles' | 'principle' | 'cites' | 'pointsToComplexity'>

/**
 * Whether a row refers to a gate: it names the gate's article numeral or
 * principle or the gate's own name anywhere, its violation cell carries an id the gate cites (C1)
 * or shares a distinctive word with the gate's own words, or the gate itself
 * points to Complexity Tracking.
 */
export function refersTo(row: RowKeys, gate: Linkable): boolean {
  if (gate.pointsToComplexity) return true
  if (gate.articles.some((article) => row.articles.includes(article))) return true
  // The principle's own name; aliases (TDD, "project") only place gates, or
  // any row about a project would justify every Simplicity gate.
  if (gate.principle?.name && namesPrinciple(row.text, gate.principle.name)) return true
  if (gate.cites.some((id) => row.ids.includes(id))) return true
  if (namesGate(row.text, ownName(gate.label))) return true
  return shareWord(distinctiveWords(gate.wording), row.words)
}

/**
 * Whether a row writes a gate's own name: one of several words ("Test-First",
 * whose words are too short or common to link alone), or one in Chinese,
 * Japanese or Korean, which run words together. A single word links only
 * as a distinctive word.
 */
function namesGate(text: string, own: string): boolean {
  if (!own.includes(' ') && !writtenCloseTogether(own)) return false
  return holdsKey(nameKey(text), ` ${own} `)
}

/**
 * Indices of the rows that refer to `gate`. A gate that cites a row id (C1)
 * of the table's kind is justified by that row alone: were the row deleted,
 * "see Complexity Tracking" must not let another row stand in for it.
 */
export function linkedRows(rows: readonly RowKeys[], gate: Linkable): number[] {
  const kinds = new Set(rows.flatMap((row) => row.ids.map(idKind)))
  const cited = gate.cites.filter((id) => kinds.has(idKind(id)))
  if (cited.length > 0) return rows.filter((row) => row.ids.some((id) => cited.includes(id))).map((row) => row.index)
  return rows.filter((row) => refersTo(row, gate)).map((row) => row.index)
}

/** The letters of an id: "C" for C12. */
function idKind(id: string): string {
  return id.replace(/\d+$/u, '')
}
