import { type ExtraHeadings, headingKind } from './headings.js'
import type { OutlineHeading } from './outline.js'
import { cleanInline } from './read-status.js'

/**
 * Headings that come close to a built-in gates or Complexity Tracking
 * heading without being one (`## Constitution Chek`, `## Complexity`): when
 * a plan has no such section, the finding names the heading the author most
 * likely meant, instead of pointing at line 1.
 */

export type NearKind = 'gates' | 'complexity'

/** The built-in headings a near miss is compared with, as findings name them. */
const NAMES: Readonly<Record<NearKind, readonly string[]>> = {
  gates: [
    'Constitution Check', 'Constitutional Check', 'Constitution Compliance', 'Constitutional Compliance', 'Constitution Gates',
    'Constitutional Gates', 'Constitution Re-check', 'Pre-Implementation Gates',
    '憲法チェック', '憲法確認', '宪法检查', '宪法复查', '憲法檢查', '헌법 준수 확인', '헌법 검사',
    'Verificación de la Constitución', 'Verificação da Constituição', 'Verfassungsprüfung', 'Vérification de la constitution'
  ],
  complexity: [
    'Complexity Tracking', '複雑性トラッキング', '复杂度跟踪', '複雜度追蹤', '복잡도 추적',
    'Seguimiento de la complejidad', 'Rastreamento da complexidade', 'Komplexitätsverfolgung', 'Suivi de la complexité'
  ]
}

/**
 * The words that make a heading about the section whatever else it says
 * (`## Constitution Review`, `## Complexity Notes`): a heading word that
 * starts with one, or is spelled within a letter or two of it, shares it.
 */
const KEY_WORDS: Readonly<Record<NearKind, readonly string[]>> = {
  gates: ['constitution', 'constitución', 'constituição', 'constitucional', 'verfassung', 'pre-implementation'],
  complexity: ['complexity', 'complejidad', 'complexidade', 'komplexität', 'complexité']
}
/** The same, in Chinese, Japanese and Korean, where words are not spaced. */
const KEY_STEMS: Readonly<Record<NearKind, RegExp>> = {
  gates: /憲法|宪法|憲章|宪章|章程|헌법/u,
  complexity: /複雑|复杂|複雜|복잡/u
}
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/** A heading that comes close to a built-in one, and which one. */
export interface NearMiss {
  heading: OutlineHeading
  like: string
}

/**
 * The heading that comes closest to a built-in heading of `kind`, or null
 * when none is close. The plan's title (level 1) and headings that already
 * open a section are never taken.
 *
 * @param headings
 *   The plan's headings.
 * @param kind
 *   Which built-in headings to compare with.
 * @param extra
 *   Headings the configuration adds: those open sections, so they are no near miss.
 */
export function nearHeading(headings: readonly OutlineHeading[], kind: NearKind, extra: ExtraHeadings = { gates: [], complexity: [] }): NearMiss | null {
  let best: (NearMiss & { distance: number }) | null = null
  for (const heading of headings) {
    if (heading.depth < 2 || headingKind(heading.text, extra) !== null) continue
    const text = cleanInline(heading.text).toLowerCase().replace(/\s+/gu, ' ').trim()
    const tokens = words(text)
    let closest: { like: string; distance: number; close: boolean } | null = null
    const written = CJK.test(text)
    for (const name of NAMES[kind]) {
      // Names in Chinese, Japanese or Korean are compared with headings written in them only.
      if (CJK.test(name) && !written) continue
      const distance = CJK.test(name) ? compactDistance(text, name) : windowDistance(tokens, name.toLowerCase())
      const close = distance <= Math.max(1, Math.floor(name.length / 8))
      if (!closest || distance < closest.distance) closest = { like: name, distance, close }
    }
    if (!closest || !(closest.close || sharesKeyWord(text, tokens, kind))) continue
    if (!best || closest.distance < best.distance) best = { heading, like: closest.like, distance: closest.distance }
  }
  return best ? { heading: best.heading, like: best.like } : null
}

/** A heading's words: spaces and punctuation split them, hyphens do not (`pre-implementation`). */
function words(text: string): string[] {
  return text.split(/[\s:：()（）[\],.;/&|—–]+/u).filter((word) => word !== '')
}

/** Whether a heading holds a key word of the section, or a near spelling of one. */
function sharesKeyWord(text: string, tokens: readonly string[], kind: NearKind): boolean {
  if (KEY_STEMS[kind].test(text)) return true
  return tokens.some((word) => KEY_WORDS[kind].some((key) => word.startsWith(key) || distance(word, key, 2) <= (key.length >= 9 ? 2 : 1)))
}

/** The least edit distance between `name` and a run of as many of the heading's words. */
function windowDistance(tokens: readonly string[], name: string): number {
  const size = name.split(' ').length
  if (tokens.length <= size) return distance(tokens.join(' '), name, name.length)
  let least = Infinity
  for (let start = 0; start + size <= tokens.length; start++) least = Math.min(least, distance(tokens.slice(start, start + size).join(' '), name, least))
  return least
}

/** The least edit distance between a name written without spaces and a stretch of the heading about as long. */
function compactDistance(text: string, name: string): number {
  const compact = text.replace(/\s+/gu, '')
  const bare = name.replace(/\s+/gu, '')
  let least = Infinity
  for (let length = bare.length - 1; length <= bare.length + 1; length++) {
    if (length < 1 || length > compact.length) continue
    for (let start = 0; start + length <= compact.length; start++) least = Math.min(least, distance(compact.slice(start, start + length), bare, least))
  }
  return Math.min(least, distance(compact, bare, least))
}

/**
 * Levenshtein distance between `a` and `b`, counted by code point; stops
 * early (returning `limit + 1`) once it cannot come under `limit`.
 */
function distance(a: string, b: string, limit: number): number {
  const left = [...a]
  const right = [...b]
  if (Math.abs(left.length - right.length) > limit) return limit + 1
  let row = Array.from({ length: right.length + 1 }, (_, i) => i)
  for (let i = 1; i <= left.length; i++) {
    const next = [i]
    let smallest = i
    for (let j = 1; j <= right.length; j++) {
      const value = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1))
      next.push(value)
      smallest = Math.min(smallest, value)
    }
    if (smallest > limit) return limit + 1
    row = next
  }
  return row[right.length] ?? 0
}
