import type { Constitution, Principle } from '../model/plan.js'
import { roman } from './articles.js'
import { principleKey } from './names.js'
import { lineText, outline } from './outline.js'
import { cleanInline } from './read-status.js'
import { statedVersion } from './versions.js'

/** NON-NEGOTIABLE in any case and hyphenation, and its translations. */
export const NON_NEGOTIABLE =
  /non[\s\-‐‑‒–—]?negotiable|不可协商|不可協商|不可妥协|不可妥協|交渉不可|交渉の余地なし|非妥協|妥協不可|협상\s?불가|타협\s?불가|no[\s\-‐‑‒–—]+negociable|in+egoci(?:[aá]vel|able)|n[ãa]o[\s\-‐‑‒–—]+negoci[aá]vel|nicht[\s\-‐‑‒–—]+verhandelbar|non[\s\-‐‑‒–—]+n[ée]gociable/iu

/**
 * The nine articles of spec-driven development, used when a repository has
 * no constitution (or only spec-kit's unfilled template). IV–VI are
 * project-defined. Test-First also answers to TDD and test-driven.
 */
export const defaultPrinciples: readonly Principle[] = [
  principle('I', 'Library-First'),
  principle('II', 'CLI Interface'),
  { ...principle('III', 'Test-First'), aliases: ['TDD', 'Test-Driven', 'Test Driven'], nonNegotiable: true },
  principle('IV', null),
  principle('V', null),
  principle('VI', null),
  // The seed template's own Complexity Tracking examples, "4th project" and
  // "Repository pattern", name these two.
  { ...principle('VII', 'Simplicity'), aliases: ['project', 'projects'] },
  { ...principle('VIII', 'Anti-Abstraction'), aliases: ['repository pattern'] },
  principle('IX', 'Integration-First')
]

function principle(numeral: string | null, name: string | null): Principle {
  return { numeral, name, aliases: [], nonNegotiable: false, line: null }
}

/** The constitution used when there is no file to read. */
export function defaultConstitution(unfilledTemplate = false, path: string | null = null): Constitution {
  return { path, source: 'default', principles: defaultPrinciples.map((p) => ({ ...p })), unfilledTemplate }
}

/** A test-driven principle's name in the built-in languages: it answers to TDD, Test-First and Test-Driven too. */
const TEST_DRIVEN =
  /test[-\s]?(?:first|driven)|\btdd\b|pilot[ée]\s+par\s+les\s+tests|(?:guiad|dirigid|orientad)[oa]\s+(?:a|por|pel)[oa]?s?\s+(?:las\s+)?(?:pruebas|testes)|testgetrieben|test-?zuerst|テスト(?:駆動|ファースト|先行)|测试(?:驱动|优先)|測試(?:驅動|優先)|테스트\s?(?:주도|우선)/iu
const TEST_ALIASES = ['TDD', 'Test-First', 'Test-Driven']

/** Other names a principle read from a file answers to. */
function aliasesOf(name: string): string[] {
  return TEST_DRIVEN.test(name) ? TEST_ALIASES.filter((alias) => principleKey(alias) !== principleKey(name)) : []
}

const PRINCIPLE_HEADING = /^(?:(?:article|principle|artículo|artigo|artikel)\s+)?([IVXLC]{1,7}|\d{1,2}|[一二三四五六七八九十]{1,3}(?=[、．.:：]))\s*[.:)\-—–、．：]\s*(.+)$/iu
const TEMPLATE = /\[(?:PRINCIPLE_\d+_NAME|PROJECT_NAME|CONSTITUTION_VERSION)\]/u
const PLACEHOLDER = /\[[A-Z][A-Z\d]*(?:_[A-Z\d]+)+\]/u

/**
 * Reads the principles of a repository's constitution
 * (`.specify/memory/constitution.md`): numbered headings such as
 * `### III. Test-First (NON-NEGOTIABLE)`, and any other heading whose text or
 * first paragraph says NON-NEGOTIABLE. Headings still to be filled are
 * skipped; a constitution with no filled principle is the unfilled template.
 *
 * @param text
 *   The constitution's markdown.
 * @param path
 *   Where it was read from.
 */
export function readConstitution(text: string, path: string): Constitution {
  const { headings, lineStarts } = outline(text)
  const principles: Principle[] = []
  headings.forEach((heading, index) => {
    if (heading.depth < 2) return
    // A heading still to be filled (`### [PRINCIPLE_1_NAME]`) names no principle.
    if (PLACEHOLDER.test(heading.text)) return
    const plain = cleanInline(heading.text).replace(/^[^\p{L}\p{N}]+/u, '').trim()
    const next = headings[index + 1]?.line ?? lineStarts.length + 1
    const paragraph = firstParagraph(text, lineStarts, heading.endLine + 1, next)
    const nonNegotiable = NON_NEGOTIABLE.test(plain) || NON_NEGOTIABLE.test(paragraph)
    const numbered = PRINCIPLE_HEADING.exec(plain)
    const numeral = numbered ? roman((numbered[1] ?? '').toUpperCase()) : null
    if (numbered && numeral) {
      const name = principleName(numbered[2] ?? '')
      principles.push({ numeral, name, aliases: aliasesOf(name), nonNegotiable, line: heading.line })
    } else if (NON_NEGOTIABLE.test(plain) || (NON_NEGOTIABLE.test(paragraph) && !NAMES_PRINCIPLES.test(paragraph))) {
      const name = principleName(plain)
      principles.push({ numeral: null, name, aliases: aliasesOf(name), nonNegotiable, line: heading.line })
    }
  })
  principles.push(...boldPrinciples(text, principles))
  // Only spec-kit's template, unfilled: the defaults apply, with a warning.
  if (principles.length === 0) return defaultConstitution(TEMPLATE.test(text), path)
  const version = statedVersion(text)
  return { path, source: 'file', principles, unfilledTemplate: false, ...(version ? { version } : {}) }
}

/**
 * A list of numerals ("Principles I, III and V are NON-NEGOTIABLE", "原則 I, III, V は…"):
 * a governance line saying which principles are held so, not a principle of its own.
 */
const NAMES_PRINCIPLES = /(?<![\p{L}\p{N}])[IVX]{1,4}\s*(?:[,、&/]|and|und|et|y|e|및|和|と)\s*[IVX]{1,4}(?![\p{L}\p{N}])/u

const BOLD_PRINCIPLE = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)([^*_\n]+?)(?:\*\*|__)/u

/**
 * Non-negotiable principles written as bold list items or lines rather than
 * headings: `- **Test-First (NON-NEGOTIABLE)**: …`,
 * `**4. Testing Standards — NON-NEGOTIABLE**`. Code is skipped.
 */
function boldPrinciples(text: string, known: readonly Principle[]): Principle[] {
  const found: Principle[] = []
  let fence = false
  text.split('\n').forEach((line, index) => {
    if (/^\s*(?:`{3,}|~{3,})/u.test(line)) fence = !fence
    const bold = fence ? null : BOLD_PRINCIPLE.exec(line)
    if (!bold || !NON_NEGOTIABLE.test(line) || NAMES_PRINCIPLES.test(line)) return
    const inner = (bold[1] ?? '').trim()
    const numbered = PRINCIPLE_HEADING.exec(inner)
    const numeral = numbered ? roman((numbered[1] ?? '').toUpperCase()) : null
    const name = principleName(numbered && numeral ? (numbered[2] ?? '') : inner)
    if (name === '' || known.some((principle) => principle.name === name)) return
    found.push({ numeral, name, aliases: aliasesOf(name), nonNegotiable: true, line: index + 1 })
  })
  return found
}

/**
 * The first paragraph under a heading, where "This principle is
 * NON-NEGOTIABLE" is said; the template's example comments
 * (`<!-- Example: III. Test-First (NON-NEGOTIABLE) -->`) say nothing.
 */
function firstParagraph(text: string, starts: number[], from: number, before: number): string {
  const lines: string[] = []
  for (let line = from; line < before; line++) {
    const current = lineText(text, starts, line).replace(/<!--.*?(?:-->|$)/gu, '')
    if (current.trim() === '') {
      if (lines.length > 0) break
      continue
    }
    lines.push(current)
  }
  return lines.join(' ')
}

/** A principle's name without its decorations: "Test-First Imperative (NON-NEGOTIABLE)" → "Test-First Imperative". */
export function principleName(text: string): string {
  return text
    .replace(/\([^)]*\)|（[^）]*）/gu, '')
    .replace(NON_NEGOTIABLE, '')
    // A tagline after a spaced dash is no part of the name: "正確性 — 最優先", "Speed — users wait".
    .replace(/\s[—–-]\s.*$/u, '')
    .replace(/[—–:\-\s]+$/u, '')
    .trim()
}
