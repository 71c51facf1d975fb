import { labelArticles } from './articles.js'
import { cleanInline, readCell, statusLike } from './read-status.js'
import type { Vocabulary } from './vocabulary.js'

/** Words a status column is named by, first or last in its header: `Status`, `Gate Result`, `Compliance`, `Estado de cumplimiento`. */
const STATUS_TERM = /^(?:status|results?|verdict|outcome|assessment|evaluation|conformance|conformity|adherence|compliance|compliant|complies|estado|resultado|statut|r[ée]sultat|ergebnis|cumplimiento|conformidade|cumprimento|konformit[äa]t|conformit[ée]|evaluaci[oó]n|avalia[çc][ãa]o|bewertung|[ée]valuation)$/iu
/** The header of a first column that lists principles or gates. */
const GATE_COLUMN = /principle|article|gate|check|rule|criteri|requirement|constitution|原則|原则|条|원칙|게이트|ゲート|门控|門控|検査|检查|artikel|art[ií]culo|princ[ií]pio|principe|artigo|grundsatz|r[èe]gle|regla/iu
/** Words that make a header a notes column however it names compliance: `How this plan complies`, `Compliance plan`. */
const NOTES_TERM = /^(?:how|why|what|plans?|notes?|details?|evidence|rationale|approach|explanation|description|justification|comments?|remarks?|reasons?|mitigation|actions?|notas?|detalles|evidencia|justificaci[oó]n|notizen|hinweise|begr[üu]ndung|remarques?|commentaires?)$/iu
/** Headers that are a status or a pass mark in themselves, and Chinese, Japanese and Korean ones, which run words together. */
const STATUS_HEADER = /^(?:pass\s*\/\s*fail|pass(?:ed|es)?|ok|met|checked|[✓✔✅☑]\uFE0F?(?:\s*\/\s*[✗✘❌]\uFE0F?)?)$|状态|状態|상태|结果|結果|判定|評価|评估|評估|평가|^(?:合规|合規|符合|遵守|準拠|適合|준수|충족|적합)\s*(?:性|状況|状况|狀況|情况|可否|여부)?$/iu
/** A header that is only the name of a check phase ("Post-design", "Re-check"); "Phase 1 Validation" is a notes column. */
const PHASE_HEADER = /^(?:(?:pre|post)[-\s]?(?:design|phase\s*-?\d*|implementation)|initial(?:\s+check)?|re-?\s?check|phase\s*-?\d+|(?:before|after)(?:\s+design)?)(?:\s*\([^)]*\))?\??$/iu

/** Which columns of a gates-section table hold statuses, and how its rows are named. */
export interface TableShape {
  statusColumns: number[]
  /** A row's name: its first name cell, a numeral-only one joined to the next ("I. Security"). */
  label(cells: readonly string[]): string
}

/**
 * A column holds statuses when its header names a status (Status, Result,
 * Compliance, Pass, 状态…) or is the name of a check phase (Pre-design,
 * Post-design), or, when no header does, when every non-empty cell of it
 * opens with a mark (`✅ …`, `[x]`), or is a status word in a table of
 * principles or gates (`PASS`, `N/A`, `No - …`).
 */
export function readTableShape(vocab: Vocabulary, header: readonly string[], rows: readonly string[][]): TableShape {
  const named = header.flatMap((name, index) => (namesStatus(name) || PHASE_HEADER.test(name.trim()) || namesPass(vocab, name) ? [index] : []))
  // Without a column named for them, statuses are found by their cells: a
  // column whose every cell opens with a mark, or — in a table of principles
  // or gates — one of status words. Beside a Status column, or in a table of
  // other things, a column of Yes/No answers another question (`Applies?`, `Breaking?`).
  const ofGates = GATE_COLUMN.test(header[0] ?? '') || (rows.length > 0 && rows.every((row) => labelArticles(cleanInline(row[0] ?? '')).length > 0))
  const byCells = (name: string, index: number) =>
    index > 0 && (allMarks(vocab, rows, index) || (ofGates && !namesNotes(name) && allStatuses(vocab, rows, index)))
  // A column named like a status whose cells are all prose (`Compliance: The parser ships as
  // a package`) is notes when another column holds the statuses: a row is one gate, not two.
  const prose = named.filter((index) => allProse(vocab, rows, index))
  const kept = named.filter((index) => !prose.includes(index))
  const fromCells = header.flatMap((name, index) => (!named.includes(index) && byCells(name, index) ? [index] : []))
  const statusColumns = named.length === 0 ? fromCells : kept.length > 0 ? kept : fromCells.length > 0 ? fromCells : named
  const nameColumns = header.map((_, index) => index).filter((index) => !statusColumns.includes(index))
  const indexColumn = nameColumns[0] !== undefined && /^(?:#|no\.?|n[º°])$/iu.test(header[nameColumns[0]] ?? '')
  return {
    statusColumns,
    label(cells) {
      const [first, second] = nameColumns.map((index) => cleanInline(cells[index] ?? '').trim())
      if (first === undefined) return ''
      const numeral = indexColumn || /^(?:[IVXLC]{1,7}|\d{1,2})\.?$/u.test(first)
      return numeral && second ? `${first.replace(/\.$/u, '')}. ${second}` : first
    }
  }
}

/** Whether a header names a status: a status word first or last in it, and no word of notes. */
function namesStatus(header: string): boolean {
  const name = header.replace(/\([^()]*\)|（[^（）]*）/gu, ' ').replace(/[\s?？:：.]+$/u, '').trim()
  if (STATUS_HEADER.test(name)) return true
  const words = name.split(/[\s/&+]+/u).filter((word) => word !== '')
  if (words.length === 0 || namesNotes(name)) return false
  return STATUS_TERM.test(words[0] ?? '') || STATUS_TERM.test(words[words.length - 1] ?? '')
}

/** Whether a header names notes (`Notes`, `How this plan complies`). */
function namesNotes(header: string): boolean {
  return header.split(/[\s/&+?？:：.()]+/u).some((word) => NOTES_TERM.test(word))
}

/** A header that is itself a pass word asks whether each row passes: `Cumple`, `OK?`, `¿Cumple?`. */
function namesPass(vocab: Vocabulary, header: string): boolean {
  const name = cleanInline(header).replace(/^[\s¿¡]+|[\s?？!]+$/gu, '')
  const word = vocab.wordAt(name, 0)
  return word !== null && word.end === name.length && word.status === 'pass'
}

/** Whether every non-empty cell of a column opens with a status mark or box (`✅ …`, `[x]`, `🔴`). */
function allMarks(vocab: Vocabulary, rows: readonly string[][], column: number): boolean {
  const values = rows.map((row) => cleanInline(row[column] ?? '').trim()).filter((value) => value !== '')
  return values.length > 0 && values.every((value) => vocab.markAt(value, 0) !== null || vocab.unknownSymbolAt(value, 0) !== null || /^\[[^\]]{0,3}\]/u.test(value))
}

/**
 * Whether every non-empty cell of a column is prose: three words or more
 * with no status, box, symbol or word to map at its start. `NOTED`, `🔴`,
 * `[?]`, and a word or two such as `Done` or `In progress` are statuses to map.
 */
function allProse(vocab: Vocabulary, rows: readonly string[][], column: number): boolean {
  const values = rows.map((row) => cleanInline(row[column] ?? '').trim()).filter((value) => value !== '')
  return (
    values.length > 0 &&
    values.every((value) => value.split(/\s+/u).length >= 3 && readCell(vocab, value)?.every((reading) => reading.unmapped === true) === true && !/^\[/u.test(value) && vocab.unknownSymbolAt(value, 0) === null && !statusLike(value))
  )
}

function allStatuses(vocab: Vocabulary, rows: readonly string[][], column: number): boolean {
  const values = rows.map((row) => row[column] ?? '').filter((value) => value.trim() !== '')
  return values.length > 0 && values.every((value) => readCell(vocab, value)?.every((reading) => !reading.unmapped) === true)
}
