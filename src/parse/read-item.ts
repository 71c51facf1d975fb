import type { StatusReading } from '../model/plan.js'
import { labelArticles } from './articles.js'
import { NON_NEGOTIABLE } from './constitution.js'
import { cleanInline, leadingStatuses, PICTURES, trailingStatus, unmapped } from './read-status.js'
import type { Vocabulary } from './vocabulary.js'

/** What the first paragraph of a list item, a heading or a paragraph says. */
export interface ItemText {
  /** What the item is called: its label, its question, or its first line. */
  label: string
  /** The label before a colon or dash, if the text has one (`Compliance`). */
  key: string | null
  /** The text after that label. */
  value: string
  readings: StatusReading[]
  /** The text asks a question (`Using ≤3 projects?`). */
  question: boolean
  /** What follows the question, if the text asks one. */
  answer: string | null
  /** The inner text of a leading `[x]`-style checkbox, if any. */
  checkbox: string | null
}

/** Labels whose value is the item's own status (`**Status**: PASS`). */
export const STATUS_LABEL = /^(?:status|compliance status|state|状态|状態|상태|estado|statut|stand)$/iu

const CHECKBOX = /^\s*\[([^\]\n]{0,3})\]\s+/u
/**
 * A value that can only be a status: one to three words in capitals, five
 * letters or more in all, said as a verdict is (`NOTED`, `NOT STARTED`,
 * `ACCEPTABLE`, `IN REVIEW`, `ON HOLD`), so acronyms and names in capitals
 * (`TDD`, `YAGNI`, `REST API`, `STRUCTURED LOGGING`) stay wording.
 */
const STATUS_SHAPED =
  /^(?=(?:[^\p{L}]*\p{Lu}){5})(?:(?:\p{Lu}[\p{Lu}-]* ){0,2}\p{Lu}[\p{Lu}-]*(?:ED|BLE)|(?:IN|ON|UNDER|AWAITING|NEEDS)(?: \p{Lu}[\p{Lu}-]*){1,2})[.!]?$/u

/**
 * Whether `value`, written after `label`, is a status word to map: the label
 * names a principle by its numeral (`IX. Contracts — NOTED`); after any other
 * label capitals are a value (`**Storage**: EMBEDDED`).
 */
function capitalsToMap(label: string, value: string): boolean {
  const text = value.trim()
  return STATUS_SHAPED.test(text) && !NON_NEGOTIABLE.test(text) && labelArticles(label).length > 0
}

/** A reading made by `capitalsToMap`: a word, where an unknown symbol (`🟡`) has none. */
export function isCapitalsReading(reading: StatusReading): boolean {
  return reading.unmapped === true && reading.position !== 'status-label' && /\p{L}/u.test(reading.written)
}
const LABEL = /^([^:：\n?？]{1,80}?)\s*(?:[:：]|\s[—–-](?=\s))\s*/u
const INLINE_STATUS_LABEL = /(?:^|[\s(;,.])(?:status|result|verdict)\s*[:：]\s*/giu

/**
 * Reads the statuses of one item's text from every status position: the
 * checkbox, the leading mark or word, the value after a label, the answer
 * after a question, a `Status:` label, and the end of the first and last line.
 *
 * @param vocab
 *   The status vocabulary.
 * @param raw
 *   Markdown source of the item's first paragraph (or a heading's text).
 * @param plainLabels
 *   Whether a label that is not bold counts (`Projects: 2 ✓`); paragraphs
 *   need a bold one.
 */
export function readItem(vocab: Vocabulary, raw: string, plainLabels = true): ItemText {
  const item = readMasked(vocab, hideCodePunctuation(raw), plainLabels)
  if (!raw.includes('`')) return item
  const show = (text: string) => text.replace(/[\uE000-\uE003]/gu, (char) => CODE_PUNCTUATION[char.charCodeAt(0) - 0xe000] ?? char)
  return {
    ...item,
    label: show(item.label),
    key: item.key === null ? null : show(item.key),
    value: show(item.value),
    answer: item.answer === null ? null : show(item.answer),
    readings: item.readings.map((reading) => ({ ...reading, written: show(reading.written) }))
  }
}

const CODE_PUNCTUATION = '?？:：'

/**
 * Question marks and colons inside code (a `?` key binding, `:root`) ask
 * nothing and end no label: hidden while the item is read.
 */
function hideCodePunctuation(raw: string): string {
  if (!raw.includes('`')) return raw
  return raw.replace(/`+[^`\n]*`+/gu, (code) => code.replace(/[?？:：]/gu, (char) => String.fromCharCode(0xe000 + CODE_PUNCTUATION.indexOf(char))))
}

/** Reads an item whose code punctuation is hidden; `readItem` shows it again. */
function readMasked(vocab: Vocabulary, raw: string, plainLabels: boolean): ItemText {
  let source = raw.replace(/\r/g, '')
  let checkbox: string | null = null
  const readings: StatusReading[] = []
  const box = CHECKBOX.exec(source)
  if (box) {
    checkbox = box[1] ?? ''
    const status = vocab.checkbox(checkbox)
    readings.push({
      status: status ?? 'unevaluated',
      position: 'checkbox',
      written: `[${checkbox}]`,
      ...(status ? {} : { unmapped: true })
    })
    source = source.slice(box[0].length)
  }
  const text = cleanInline(source).trim()
  const lines = text.split('\n')
  const first = lines[0] ?? ''

  const leading = leadingStatuses(vocab, text, 'leading-mark')
  readings.push(...leading)
  // Pictures before the name (`❌ 🧩 IV. Observability: …`) decorate it.
  const rest = (leading.length > 0 ? skipStatuses(text, leading) : text).replace(PICTURES, '')

  let key: string | null = null
  let value = rest
  const bold = /^\s*(?:\S{1,2}\s*)?\*\*/u.test(source)
  const label = LABEL.exec(rest)
  if (label && (bold || (plainLabels && isPlainLabel(label[1] ?? '')))) {
    key = (label[1] ?? '').trim()
    value = rest.slice(label[0].length)
    const found = leadingStatuses(vocab, value, STATUS_LABEL.test(key) ? 'status-label' : 'value')
    readings.push(...found)
    if (found.length === 0 && STATUS_LABEL.test(key) && value.trim() !== '') {
      // A Status: label whose value is not a status is evidence when the
      // item has a status elsewhere; settled once every position is read.
      readings.push(unmapped(value, 'status-label'))
    } else if (readings.length === 0 && capitalsToMap(key, value)) {
      // `IX. Contracts reviewed — NOTED`: a word to map, not wording. Beside
      // another status it is more likely a name in capitals (`✅ I: LIBRARY-FIRST`).
      readings.push(unmapped(value, 'value'))
    }
  }

  const asked = question(value)
  if (asked) {
    readings.push(...leadingStatuses(vocab, asked.answer, 'answer'))
  }

  for (const line of new Set([first, lines[lines.length - 1] ?? ''])) {
    const trailing = trailingStatus(vocab, line)
    if (trailing && line.trim() !== (leading[0]?.written ?? '').trim()) readings.push(trailing)
  }

  for (const found of text.matchAll(INLINE_STATUS_LABEL)) {
    if (found.index === 0) continue
    readings.push(...leadingStatuses(vocab, text, 'status-label', found.index + found[0].length))
  }

  return {
    label: describe(key, asked?.question ?? null, first, withoutStatus(rest.split('\n')[0] ?? '', readings.find((reading) => reading.position === 'trailing')?.written ?? null)),
    key,
    value: value.trim(),
    readings: settle(readings),
    question: asked !== null,
    answer: asked ? asked.answer.trim() : null,
    checkbox
  }
}

/** The text after the leading statuses (`✅ PASS`), for label and question reading. */
function skipStatuses(text: string, leading: StatusReading[]): string {
  let index = 0
  for (const reading of leading) {
    const at = text.indexOf(reading.written, index)
    if (at >= 0) index = at + reading.written.length
  }
  return text.slice(index).replace(/^[\s:：\-–—]+/u, '')
}

/** The question at the start of `text`, and what answers it. */
function question(text: string): { question: string; answer: string } | null {
  const firstLine = text.split('\n')[0] ?? ''
  const mark = firstLine.search(/[?？]/u)
  if (mark < 0) return null
  const asked = firstLine.slice(0, mark)
  // A '?' after a finished sentence belongs to prose, not to a gate's question;
  // "VII." and "Art." end no sentence.
  if (/(?:\p{Ll}{3,}[.!]|[。！])(?:\s|$)/u.test(asked) || /https?:\/\/\S*$/u.test(asked)) return null
  return { question: asked.trim() + (firstLine[mark] ?? '?'), answer: text.slice(mark + 1).replace(/^[\s→>=\-–—:]+/u, '') }
}

/**
 * The words after a heading's last colon or spaced dash when they can only be
 * a status the vocabulary does not know (`### VII. Simplicity — NOTED`).
 */
export function wordToMap(line: string): StatusReading | null {
  const split = /(?:[:：]|\s[—–-])\s*([^:：—–]*)$/u.exec(line)
  const tail = split?.[1]?.trim() ?? ''
  return split && capitalsToMap(line.slice(0, split.index), tail) ? unmapped(tail, 'trailing') : null
}

/** Drop the unmapped Status: reading when another position gave a status. */
function settle(readings: StatusReading[]): StatusReading[] {
  const known = readings.filter((reading) => !(reading.unmapped && reading.position === 'status-label'))
  return known.length > 0 ? known : readings
}

/** What an item is called: its label (with its question), its question, or its first line. */
function describe(key: string | null, asked: string | null, first: string, line: string): string {
  if (key && asked) return `${key}: ${asked}`
  if (key) return key
  if (asked) return asked
  return clip(line || first)
}

/**
 * A heading or item line without its trailing status and marks:
 * "II. CLI Interface — PASS", "VII. Simplicity **FAIL**" → the name.
 */
export function withoutStatus(line: string, trailing: string | null): string {
  let label = line
  if (trailing) {
    const at = label.lastIndexOf(trailing)
    if (at > 0) label = label.slice(0, at).replace(/[\s(\[—–\-:|]+$/u, '')
  }
  return label.replace(/[\s✅✔✓☑❌✗✘⚠➖\uFE0F]+$/u, '').trim()
}

/** A label without bold: a few words, not a sentence ("I. Code Quality" is fine, "It works. Status" is not). */
function isPlainLabel(text: string): boolean {
  const words = text.trim().split(/\s+/u)
  return words.length <= 8 && !/[.!。]\s/u.test(text.replace(/^\s*[IVXLC\d]{1,7}\.\s/u, ''))
}

/** A label short enough for a table cell or an annotation title. */
export function clip(text: string, length = 100): string {
  const line = text.replace(/\s+/gu, ' ').trim()
  return line.length > length ? `${line.slice(0, length - 1)}…` : line
}
