import type { StatusPosition, StatusReading } from '../model/plan.js'
import { worse } from '../model/status.js'
import type { Match, Vocabulary } from './vocabulary.js'

/**
 * Reading statuses out of the text of one item, heading, cell or verdict
 * line. A status counts only in a status position; these functions know the
 * positions and nothing about markdown structure.
 */

const PUNCTUATION = /^[.,;:!?)\]}>"'»」』）】、。，；：！？]/u
const DASH = /^[-‐–—→]/u
const QUALIFIER = /^\(?\s*(?:with|w\/)\s([^.;|\n)]*)/iu
const QUALIFYING_WORD = /\b(?:exceptions?|deviations?|violations?|conditions?|caveats?)\b/iu
/** A pass followed by an exception is partial: "Compliant — except the admin module". */
const EXCEPT = /^\s*[,;:—–-]?\s*(?:except|but\b|apart from|excluding|other than|save for)/iu
const PASS_WORDS = /^(?:pass(?:ed|es)?|ok|yes|compliant|met)$/iu

/**
 * Inline markdown that hides a status word from a plain reading: emphasis,
 * code ticks, backslash escapes, struck-through text, carriage returns.
 */
export function cleanInline(text: string): string {
  if (!text.includes('`')) return cleanProse(text.replace(/\r/g, ''))
  // Code spans keep their characters (`*-types.ts`); only the text around them loses its emphasis.
  return text
    .replace(/\r/g, '')
    .split(/(`+[^`\n]*`+)/u)
    .map((part, index) => (index % 2 === 1 ? part.replace(/^`+|`+$/gu, '') : cleanProse(part)))
    .join('')
}

function cleanProse(text: string): string {
  return text
    // A struck-through status is one the author took back.
    .replace(/~~[^~\n]*~~/gu, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/\\([!-/:-@[-`{-~])/gu, '$1')
    .replace(/(^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=$|[\s).,:;])/gmu, '$1')
}

/**
 * Whether what follows a status word lets it stand as a status: nothing,
 * punctuation, a dash, a mark or a parenthetical (`PASS (no violations)`).
 */
function standsAlone(vocab: Vocabulary, text: string, end: number): boolean {
  const rest = text.slice(end)
  // A hyphen joining a letter makes one word of it: `Yes-Man`, `No-op`, `Pass-through`.
  if (/^[-‐‑][\p{L}\p{N}]/u.test(rest)) return false
  const trimmed = rest.replace(/^[ \t]+/, '')
  if (trimmed === '' || trimmed.startsWith('\n')) return true
  if (PUNCTUATION.test(trimmed) || DASH.test(trimmed) || /^[(（]/u.test(trimmed)) return true
  return vocab.markAt(trimmed, 0) !== null
}

/**
 * The status word or mark at `index`, with the rule that a word counts only
 * when it stands alone or is a qualified PASS (`PASS w/ one extraction`,
 * `PASS with exceptions` = partial).
 */
export function statusAt(vocab: Vocabulary, text: string, index: number): Match | null {
  const mark = vocab.markAt(text, index)
  if (mark) return mark
  const word = vocab.wordAt(text, index)
  if (!word) return null
  if (PASS_WORDS.test(word.written.trim())) {
    const except = EXCEPT.exec(text.slice(word.end))
    if (except) return { status: 'partial', written: text.slice(index, word.end + except[0].length).trim(), end: word.end }
    const qualified = QUALIFIER.exec(text.slice(word.end).replace(/^[ \t]+/, ''))
    if (qualified) {
      const status = QUALIFYING_WORD.test(qualified[1] ?? '') ? 'partial' : 'pass'
      return { status, written: text.slice(index, word.end) + ' ' + qualified[0].trim(), end: word.end }
    }
  }
  return standsAlone(vocab, text, word.end) ? word : null
}

/** One emoji, with its skin tone or joined sequence (👨‍👩‍👧), and the space after it. */
const PICTURE_SOURCE = '\\p{Extended_Pictographic}[\\uFE0F\\p{Emoji_Modifier}]*(?:\\u200D\\p{Extended_Pictographic}[\\uFE0F\\p{Emoji_Modifier}]*)*\\s*'
const PICTURE = new RegExp(`^${PICTURE_SOURCE}`, 'u')
/** Emoji that lead a text as decoration (`🧩 IV. Observability`). */
export const PICTURES = new RegExp(`^(?:${PICTURE_SOURCE})+`, 'u')

/** Index of the first character that is not space or an arrow/dash lead-in. */
function skipLeadIn(text: string, index: number): number {
  const lead = /^[\s→>:=\-–—]*/u.exec(text.slice(index))
  return index + (lead ? lead[0].length : 0)
}

/**
 * The statuses at the start of `text`: a mark (and a word right after it:
 * `✅ PASS`), or a standalone word.
 */
export function leadingStatuses(
  vocab: Vocabulary,
  text: string,
  position: StatusPosition,
  from = 0
): StatusReading[] {
  let start = skipLeadIn(text, from)
  let first = statusAt(vocab, text, start)
  if (!first) {
    // A picture before a word (`⏳ PENDING`, `🚀 PASS`) says nothing the word does not;
    // alone, a status-like one (`⏳`, `🔴`) is a mark to map.
    const picture = PICTURE.exec(text.slice(start))
    const word = picture ? statusAt(vocab, text, start + picture[0].length) : null
    const symbol = vocab.unknownSymbolAt(text, start)
    if (word) {
      start += picture?.[0].length ?? 0
      first = word
    } else if (symbol) {
      return [{ status: 'unevaluated', position, written: symbol, unmapped: true }]
    } else {
      return []
    }
  }
  const readings: StatusReading[] = [{ status: first.status, position, written: first.written }]
  if (vocab.marks.has(first.written.replace(/\uFE0F/g, ''))) {
    const next = start + first.written.length
    const after = statusAt(vocab, text, next + (/^\s*/.exec(text.slice(next))?.[0].length ?? 0))
    if (after && !vocab.marks.has(after.written.replace(/\uFE0F/g, ''))) {
      readings.push({ status: after.status, position, written: after.written })
    }
  }
  return readings
}

/**
 * The status at the end of a line: a mark (`### I. Library-First ✅`,
 * `… ✓ (will strictly follow)`), or a word set off by a dash, colon, arrow or
 * bracket (`… — PASS`, `… (PASS)`).
 */
export function trailingStatus(vocab: Vocabulary, line: string): StatusReading | null {
  const bare = line.replace(/[\s.)\]]+$/u, '')
  const body = line.replace(/\s*\([^()]*\)[\s.]*$/u, '').replace(/[\s.)\]]+$/u, '')
  for (const end of body === bare ? [bare] : [body, bare]) {
    const found = markEndingAt(vocab, end) ?? wordEndingAt(vocab, end)
    if (found) return { status: found.status, position: 'trailing', written: found.written }
    for (let start = Math.max(0, end.length - 3); start < end.length; start++) {
      const symbol = vocab.unknownSymbolAt(end, start)
      if (symbol && start + symbol.length === end.length) return { status: 'unevaluated', position: 'trailing', written: symbol, unmapped: true }
    }
  }
  // A mark followed by a few words in capitals is the status by its mark: `… ✅ PRIMARY GOAL`.
  const tagged = MARK_THEN_CAPITALS.exec(body)
  const mark = tagged ? vocab.markAt(body, tagged.index + (tagged[1]?.length ?? 0)) : null
  return mark ? { status: mark.status, position: 'trailing', written: mark.written } : null
}

const MARK_THEN_CAPITALS = /(\s)\S\uFE0F?\s+\p{Lu}[\p{Lu}-]*(?:\s+\p{Lu}[\p{Lu}-]*){0,2}$/u

function markEndingAt(vocab: Vocabulary, text: string): Match | null {
  for (let start = Math.max(0, text.length - 3); start < text.length; start++) {
    const match = vocab.markAt(text, start)
    if (match && match.end === text.length) return match
  }
  return null
}

/**
 * The longest status word ending `text`: set off by a separator or a mark
 * (`… — PASS`, `… ✅ PASS`), or written in capitals (`Simplicity FAIL`,
 * `**FAIL**`), never a lower-case word of a sentence (`must never fail`).
 */
function wordEndingAt(vocab: Vocabulary, text: string): Match | null {
  for (let start = Math.max(0, text.length - 30); start < text.length; start++) {
    if (start > 0 && !/[\s(\[—–\-:→|]/u.test(text[start - 1] ?? '')) continue
    // A hyphen between two words joins them: `make test-PASS`, `SILENT-PASS`.
    if (/[\p{L}\p{N}][-‐]$/u.test(text.slice(0, start))) continue
    const match = vocab.wordAt(text, start)
    if (!match || match.end !== text.length) continue
    const before = text.slice(0, start).trimEnd()
    if (before === '' || /[(\[—–\-:→|]$/u.test(before) || markEndingAt(vocab, before)) return match
    if (/^[A-Z][A-Z/\s-]*[A-Z]$/u.test(match.written)) return match
  }
  return null
}

/** What one status cell of a table says, or null for an empty cell. */
export function readCell(vocab: Vocabulary, raw: string): StatusReading[] | null {
  const text = cleanInline(raw).trim()
  if (text === '') return null
  if (text === '?') return [{ status: 'unevaluated', position: 'cell', written: '?' }]
  const box = /^\[([^\]]{0,3})\]/u.exec(text)
  if (box) {
    const status = vocab.checkbox(box[1] ?? '')
    return [{ status: status ?? 'unevaluated', position: 'cell', written: box[0], ...(status ? {} : { unmapped: true }) }]
  }
  const readings = leadingStatuses(vocab, text, 'cell')
  return readings.length > 0 ? readings : [unmapped(text, 'cell')]
}

/** A word in a status position that is in no vocabulary row: unevaluated. */
export function unmapped(text: string, position: StatusPosition): StatusReading {
  const value = text.trim()
  // A symbol names itself (`⬜ no events`); words run to the first punctuation or spaced dash (`ALL PASS - …`).
  const written = (/^[^\p{L}\p{N}\s]\uFE0F?(?=\s|$)/u.exec(value)?.[0] ?? /^[^.,;:!?()\n—–]{1,40}?(?=\s+-\s|[.,;:!?()\n—–]|$)/u.exec(value)?.[0] ?? wordsUpTo(value, 50)).trim()
  return { status: 'unevaluated', position, written, unmapped: true }
}

/** The whole words of `text` that fit in `length` characters, with an ellipsis when some were left out. */
function wordsUpTo(text: string, length: number): string {
  if (text.length <= length) return text
  const cut = text.slice(0, length + 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > 0 ? cut.slice(0, space) : text.slice(0, length)).trimEnd()}…`
}

/**
 * A verdict line's value: a status (`PASS.`, `✅ PASS - …`) or a negated
 * failure (`No violations.`, `None`), which reads pass.
 */
export function readVerdict(vocab: Vocabulary, value: string): StatusReading | null {
  const text = cleanInline(value).trim()
  if (/^(?:no|zero|0)\s+(?:[\p{L}-]+\s+){0,2}?(?:violations?|deviations?|failures?|issues?|exceptions?)\b/iu.test(text) || /^none\b/iu.test(text)) {
    return { status: 'pass', position: 'status-label', written: text.split(/[.;]/u)[0] ?? text }
  }
  const readings = leadingStatuses(vocab, text, 'status-label')
  if (readings.length === 0) return statusLike(text) ? unmapped(text, 'status-label') : null
  return readings.reduce((a, b) => (worse(a.status, b.status) === a.status ? a : b))
}

/**
 * Whether a value reads like a status the vocabulary does not know —
 * capitals (`BLOCKED`, `NOT PASSED`) or the stem of a status (`Failing`,
 * `Pending review`) — rather than prose (`Design is compliant.`).
 */
export function statusLike(text: string): boolean {
  const value = text.trim()
  return /^[A-Z]{3,}(?:[\s-][A-Z]{2,})*\s*(?:$|[—–\-:.,;(])/u.test(value) || /^(?:fail|pass|pend|block|reject|violat|broke|incomplete)/iu.test(value)
}
