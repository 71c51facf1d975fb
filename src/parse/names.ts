/**
 * Comparing names and words across a plan, its constitution and its
 * Complexity Tracking rows, ignoring case, punctuation and the generic words
 * every gate shares.
 */

/** Lower case, letters and digits only, single spaces. */
export function nameKey(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `
}

const GENERIC_NAME_WORDS = /\b(?:principle|principles|imperative|mandate|gate|gates|article|articles|art|requirements?)\b/gu

/** A principle's name as compared: "Library-First Principle" → "library first". */
export function principleKey(name: string): string {
  return nameKey(nameKey(name).replace(GENERIC_NAME_WORDS, ' '))
}

/** Whether `text` names `name` as whole words. */
export function names(text: string, name: string): boolean {
  return holdsKey(nameKey(text), principleKey(name))
}

/** Whether `text` names a principle by its name or, for one of three or more words, its initials (TDD). */
export function namesPrinciple(text: string, name: string): boolean {
  if (names(text, name)) return true
  const short = initials(principleKey(name))
  return short !== null && nameKey(text).includes(` ${short} `)
}

/**
 * The initials of a name key of three or more words, which teams write for
 * it ("test driven development" → "tdd"); fewer are too easily another word.
 */
export function initials(key: string): string | null {
  const words = key.trim().split(' ')
  const letters = words.map((word) => word[0] ?? '').join('')
  return words.length >= 3 && /^[a-z]+$/u.test(letters) ? letters : null
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/**
 * Whether a name key stands in a text key as whole words. Chinese, Japanese
 * and Korean put no space between a name and the next word (正確性を,
 * 정확성이), so a name written in them need only stand in the text.
 */
export function holdsKey(textKey: string, key: string): boolean {
  const bare = key.trim()
  if (bare === '') return false
  if (textKey.includes(key)) return true
  return writtenCloseTogether(bare) && textKey.includes(bare)
}

/** A name of at least two characters with Chinese, Japanese or Korean in it. */
export function writtenCloseTogether(name: string): boolean {
  return name.trim().length >= 2 && CJK.test(name)
}

/**
 * A gate's own name: its label without numerals, article keywords and
 * statuses ("Art III (Branching)" → "branching").
 */
export function ownName(label: string): string {
  return nameKey(
    nameKey(label)
      .replace(GENERIC_NAME_WORDS, ' ')
      .replace(/\b(?:[ivxlc]{1,7}|\d+)\b/gu, ' ')
      .replace(/\b(?:pass|fail|partial|ok|yes|no|n a|non negotiable)\b/gu, ' ')
  ).trim()
}

/**
 * Words that join a name's words, say how a gate was checked, or end many
 * names alike (Library-First, Security-First): they name nothing.
 */
const NOT_NAME_WORDS = new Set(
  'a an and or of the for by to in on with y de del la el e do da das dos und der die et le les des du compliance compliant check checks status first driven'.split(' ')
)

/** The words of a name key that name something ("article ii compliance" has none but the numeral). */
export function nameWords(key: string): string[] {
  return key.trim().split(' ').filter((word) => word !== '' && !NOT_NAME_WORDS.has(word))
}

/**
 * Whether two name keys share a word: the same word, one its plural
 * (test/tests), or one sharing most of a long stem (secure/security).
 * Chinese, Japanese and Korean names, written without spaces, share a word
 * when one holds the other (正確性 in 正確性と安全).
 */
export function namesShareWord(a: string, b: string): boolean {
  return nameWords(a).some((x) =>
    nameWords(b).some((y) => sameWord(x, y) || x === `${y}s` || y === `${x}s` || (writtenCloseTogether(x) && writtenCloseTogether(y) && (x.includes(y) || y.includes(x))))
  )
}

/** Words too common in plans and rows to tie a row to a gate. */
const STOP = new Set(
  `about above after again against alignment alternative alternatives approach article articles because before being below
  between check checks compliance compliant complexity constitution constitutional could count current defined design
  during every feature features first following follows gates given having implementation justification justified
  needed number other plan planned principle principles project's rejected required requirement requirements should
  simpler since status their there these things those through tracking under using violation violations where which
  while within without would written`.split(/\s+/u)
)

/** The words of five or more letters that can tie a row to a gate. */
export function distinctiveWords(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}{5,}/gu) ?? []
  return [...new Set(words.filter((word) => !STOP.has(word)))]
}

/** Whether two words are the same word: equal, or sharing most of a long stem (library/libraries). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true
  const shorter = Math.min(a.length, b.length)
  let common = 0
  while (common < shorter && a[common] === b[common]) common++
  return common >= 5 && common >= 0.8 * shorter
}

/** Whether the two word lists share a word. */
export function shareWord(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => sameWord(x, y)))
}
