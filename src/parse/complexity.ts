import type { RootContent, Table } from 'mdast'
import type { ComplexityLevel, ComplexityRow, ComplexityScore, ComplexityTable, Placeholder } from '../model/plan.js'
import type { Locator } from './locate.js'
import type { OutlineLine } from './outline.js'
import { findPrompts, isBracketedCell, isOnlyPrompts } from './placeholders.js'
import { cleanInline } from './read-status.js'

/** What a Complexity Tracking section yields. */
export interface ComplexityContent {
  tables: ComplexityTable[]
  rows: ComplexityRow[]
  placeholders: Placeholder[]
}

const VIOLATION = /violat|違反|违反|违规|違規|위반|viola[cç]|versto/iu
const WHY = /why|needed|necess|n[öo]tig|erforderlich|pourquoi|必要|需要|필요|por\s*qu[eé]/iu
const SIMPLER = /simpl|einfacher|単純|简单|簡單|단순/iu
const PRINCIPLE_COLUMN = /principle|article|gate|原則|原则|条|원칙|artikel|art[ií]culo|princ[ií]pio|artigo|grundsatz/iu
/** Cells that say there is nothing: a row of them is no row at all. */
const NOTHING =
  /^[(（]?\s*(?:|-+|—|–|none(?:\s+identified)?|n\/?a(?:\s*[—–-].*)?|nothing|nil|no\s+(?:violations?|deviations?|exceptions?|complexity\b.*)|無し?|无|なし|없음|ninguno|ninguna|nenhum|keine|aucune?)\s*[)）]?\.?$/iu
/** Cells left to be written later: the row justifies nothing yet. */
const PENDING = /^(?:tbd|todo|pending|to be (?:determined|decided|written)|\?+)\.?$/iu

/**
 * Reads the tables of one Complexity Tracking section. Only a table whose
 * header reads as Violation / Why Needed / Simpler Alternative holds
 * justifications; others (`| Aspect | Approach | Rationale |`) are noted.
 */
export function readComplexity(nodes: readonly RootContent[], locate: Locator): ComplexityContent {
  const content: ComplexityContent = { tables: [], rows: [], placeholders: [] }
  for (const node of nodes) {
    if (node.type === 'table') readTable(node, locate, content)
    else if (node.type === 'paragraph' || node.type === 'list' || node.type === 'blockquote') {
      const start = node.position?.start.offset ?? 0
      const end = node.position?.end.offset ?? start
      for (const prompt of findPrompts(locate.slice(start, end), start)) {
        content.placeholders.push({ text: prompt.text, range: locate.range(prompt.start, prompt.end), where: 'complexity', ifBlockFails: null })
      }
    }
  }
  return content
}

function readTable(table: Table, locate: Locator, content: ComplexityContent): void {
  const [head, ...body] = table.children
  const header = (head?.children ?? []).map((cell) => cellText(cell, locate))
  const kinds = [VIOLATION, WHY, SIMPLER].map((pattern) => header.findIndex((text) => pattern.test(text)))
  const justifies = kinds.filter((index) => index >= 0).length >= 2
  content.tables.push({ header, range: rangeOf(head ?? table, locate), justifies })
  if (!justifies) return
  const violationColumn = Math.max(0, kinds[0] ?? 0)
  const principleColumn = header.findIndex((text, index) => index !== violationColumn && PRINCIPLE_COLUMN.test(text))
  const required = [...new Set([violationColumn, ...kinds.filter((index) => index >= 0)])]

  for (const row of body) {
    const cells = header.map((_, index) => {
      const cell = row.children[index]
      return cell ? cellText(cell, locate) : ''
    })
    const wanted = required.map((index) => cells[index] ?? '')
    if (wanted.every((cell) => NOTHING.test(cell))) continue
    const range = rangeOf(row, locate)
    const template = (cell: string): boolean => isBracketedCell(cell) || isOnlyPrompts(cell) || PENDING.test(cell)
    const emptyCells = required.filter((index) => NOTHING.test(cells[index] ?? '') || template(cells[index] ?? ''))
    const kind = wanted.every((cell) => template(cell) || NOTHING.test(cell))
      ? 'template'
      : emptyCells.length > 0
        ? 'incomplete'
        : 'filled'
    content.rows.push({ cells, violation: cells[violationColumn] ?? '', principle: cells[principleColumn] ?? '', range, kind, emptyCells })
    if (kind === 'template') {
      content.placeholders.push({ text: cells.find(template) ?? '', range, where: 'complexity', ifBlockFails: null })
    }
  }
}

function cellText(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, locate: Locator): string {
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  // A cell holding only a comment is empty as rendered: it justifies nothing.
  return cleanInline(locate.slice(start, end).replace(/<!--[\s\S]*?-->/gu, '')).replace(/^\s*\|/u, '').replace(/\|\s*$/u, '').trim()
}

function rangeOf(node: RootContent | Table['children'][number], locate: Locator) {
  return locate.range(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0)
}

const LEVELS: readonly ComplexityLevel[] = ['Low', 'Medium', 'High', 'Critical']
const SCORE = /complexity score[^:：]*[:：]\s*(.*)$/iu

/** The seed's `**Current Complexity Score**: High` lines. Prompts and other scales are not scores. */
export function readScores(lines: readonly OutlineLine[], locate: Locator): ComplexityScore[] {
  const scores: ComplexityScore[] = []
  for (const { line, text } of lines) {
    const value = SCORE.exec(cleanInline(text))?.[1]?.trim()
    if (!value) continue
    const level = LEVELS.find((candidate) => new RegExp(`^${candidate}\\b`, 'iu').test(value)) ?? null
    if (level) scores.push({ level, written: value, range: locate.lines(line) })
  }
  return scores
}
