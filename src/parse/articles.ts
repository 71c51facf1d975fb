/**
 * Roman numerals of the articles or principles a text refers to:
 * "Article VII", "Art VII", "Articles IV & IX", "(Principle X)",
 * "Principle 3", or a leading "III. Test-First" / "II — Role-First".
 */

const KEYWORD =
  /(?:(?<!\p{L})(?:artikel|articles?|art[ií]culos?|artigos?|principles?|principes?|principios?|princ[ií]pios?|grunds[äa]tze?|prinzip(?:ien)?|arts?(?!\p{L})\.?|§+)|原則|原则|원칙|条款?)\s*/giu
const NUMERAL = /([IVXLC]{1,7}|\d{1,2})\b/uy
const JOINER = /\s*(?:,|&|\+|\/|\band\b|\bor\b|\by\b|\be\b|\bet\b|\bund\b)\s*/uy
const LEADING = /^\s*([IVXLC]{1,7})\s*(?:[.):\-—–]\s*\S|\(|$)/u
const BRACKETED = /\(([IVXLC]{1,7})\)/gu
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u

/** Converts 1–39-ish arabic numbers to Roman, and validates Roman ones. */
export function roman(numeral: string): string | null {
  const digits = /^[一二三四五六七八九十]+$/u.test(numeral) ? chineseNumber(numeral) : numeral
  if (/^\d+$/u.test(digits)) {
    let value = Number(digits)
    if (value < 1 || value > 50) return null
    let out = ''
    for (const [symbol, amount] of [['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1]] as const) {
      while (value >= amount) {
        out += symbol
        value -= amount
      }
    }
    return out
  }
  return numeral !== '' && ROMAN.test(numeral) ? numeral : null
}

/**
 * Every article numeral `text` names after a keyword.
 */
export function citedArticles(text: string): string[] {
  const found = new Set<string>()
  for (const keyword of text.matchAll(KEYWORD)) {
    let index = (keyword.index ?? 0) + keyword[0].length
    for (;;) {
      NUMERAL.lastIndex = index
      const numeral = NUMERAL.exec(text)
      if (!numeral) break
      const value = roman(numeral[1] ?? '')
      if (value) found.add(value)
      index = NUMERAL.lastIndex
      JOINER.lastIndex = index
      const joiner = JOINER.exec(text)
      if (!joiner) break
      index = JOINER.lastIndex
    }
  }
  return [...found]
}

/**
 * The articles a label refers to: cited ones, the Roman numeral it starts
 * with ("III. Test-First", "I — Idempotency", a cell that is only "VIII"), or
 * one in parentheses ("Testing (IV)").
 */
export function labelArticles(label: string): string[] {
  const cited = citedArticles(label)
  if (cited.length > 0) return cited
  const leading = LEADING.exec(label)
  const value = leading ? roman(leading[1] ?? '') : null
  return value ? [value] : bracketedArticles(label)
}

/** Numerals in parentheses: "Testing (IV)", "(VIII) a repository layer". */
export function bracketedArticles(text: string): string[] {
  return [...text.matchAll(BRACKETED)].flatMap((m) => {
    const value = roman(m[1] ?? '')
    return value ? [value] : []
  })
}

/** Ids a text cites that Complexity Tracking rows are keyed by (C1, C-2, CT3). */
export function citedIds(text: string): string[] {
  return [...new Set([...text.matchAll(/\b([A-Z]{1,3})-?(\d{1,3})\b/gu)].map((m) => `${m[1]}${m[2]}`))]
}

/** A Chinese numeral up to 99 as digits: 三 → 3, 十二 → 12, 二十 → 20. */
function chineseNumber(numeral: string): string {
  const digit = (char: string | undefined) => '一二三四五六七八九'.indexOf(char ?? '') + 1
  const ten = numeral.indexOf('十')
  if (ten < 0) return numeral.length === 1 ? String(digit(numeral)) : ''
  const tens = ten === 0 ? 1 : digit(numeral[ten - 1])
  const ones = numeral.length > ten + 1 ? digit(numeral[ten + 1]) : 0
  return ten > 1 || numeral.length > ten + 2 || tens === 0 || ones < 0 ? '' : String(tens * 10 + ones)
}
