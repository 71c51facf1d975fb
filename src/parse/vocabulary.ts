import type { Status } from '../model/status.js'

/**
 * The built-in status words, any case. Multi-word entries match with any run
 * of spaces or hyphens between their words. Longest match wins, so
 * `NO CUMPLE` is read before `NO`.
 */
export const builtinWords: Readonly<Record<Status, readonly string[]>> = {
  pass: [
    'PASS', 'PASSED', 'PASSES', 'OK', 'YES', 'COMPLIANT', 'MET',
    '合格', '準拠', '遵守', '通过', '通過', '符合', '통과', '준수',
    'PASA', 'CUMPLE', 'APROBADO', 'PASSA', 'APROVADO', 'BESTANDEN', 'ERFÜLLT', 'CONFORME', 'RÉUSSI',
    // Yes, in each built-in language; 是 and 예 only as a whole value (see wholeOnly).
    'SÍ', 'SI', 'SIM', 'JA', 'OUI', 'はい', '是', '예'
  ],
  fail: [
    'FAIL', 'FAILED', 'FAILS', 'NO', 'VIOLATION', 'VIOLATED', 'NON-COMPLIANT', 'NOT COMPLIANT', 'NOT MET',
    '不合格', '違反', '不通过', '不通過', '违反', '위반', '미준수',
    'NO CUMPLE', 'FALLA', 'FALHA', 'NICHT ERFÜLLT', 'NON CONFORME', 'ÉCHEC',
    // No, in each built-in language; 否 only as a whole value.
    'NÃO', 'NAO', 'NEIN', 'NON', 'いいえ', '否', '아니오', '아니요'
  ],
  partial: [
    'PARTIAL', 'PARTIALLY', 'PARCIAL', 'TEILWEISE', 'PARTIEL', 'WARNING', 'ADVISORY',
    'CONDITIONAL PASS', 'CONDITIONAL', 'PASS WITH EXCEPTION', 'PASS WITH EXCEPTIONS',
    '要注意', '部分', '부분', '부분 준수'
  ],
  justified: ['JUSTIFIED', 'JUSTIFIED VIOLATION', 'JUSTIFIED EXCEPTION', 'JUSTIFIED DEVIATION', 'ACCEPTED'],
  'n/a': [
    'N/A', 'NA', 'NOT APPLICABLE', 'EXEMPT', '該当なし', '不适用', '不適用', '해당 없음',
    'NO APLICA', 'NO APLICABLE', 'NÃO SE APLICA', 'NÃO APLICÁVEL', 'ENTFÄLLT', 'NICHT ZUTREFFEND', 'NICHT ANWENDBAR',
    'SANS OBJET', 'NON APPLICABLE', '非該当', '対象外', '해당없음'
  ],
  // A lone `?` is unevaluated too, but only as a whole status cell (see readCell).
  unevaluated: [
    'TODO', 'TBD', 'PENDING', 'DEFERRED', 'NOT EVALUATED', 'NOT CHECKED',
    // Their counterparts in each built-in language, so a translated plan's
    // "pending" is not silently wording (no false pass). NAO AVALIADO: NAO is
    // built in, and would otherwise leave "Nao avaliado" no status at all.
    // 対応中 ("being handled") is left out: it says work goes on, not that the
    // gate was left unjudged; as an unknown word it is still one to map.
    'PENDIENTE', 'POR HACER', 'DIFERIDO', 'NO EVALUADO',
    'PENDENTE', 'A FAZER', 'ADIADO', 'NÃO AVALIADO', 'NAO AVALIADO',
    'AUSSTEHEND', 'OFFEN', 'ZURÜCKGESTELLT', 'NICHT BEWERTET',
    'EN ATTENTE', 'À FAIRE', 'REPORTÉ', 'NON ÉVALUÉ',
    '保留', '未評価', '未確認', '未定',
    '待定', '待评估', '待評估', '未评估', '未評估', '待处理', '待處理',
    '보류', '미정', '미평가', '검토 중', '검토중'
  ]
}

/**
 * The built-in marks. A mark is a status wherever it stands in a status
 * position, whatever words follow it.
 */
export const builtinMarks: Readonly<Record<string, Status>> = {
  '✅': 'pass',
  '✔': 'pass',
  '✓': 'pass',
  '☑': 'pass',
  '❌': 'fail',
  '✗': 'fail',
  '✘': 'fail',
  '⚠': 'partial',
  '➖': 'n/a'
}

/**
 * Symbols that look like statuses but are in no row of the vocabulary (🔴,
 * 🟢, ✖, ⛔): in a status position they make the gate not evaluated, and the
 * finding says how to map them, rather than being passed over.
 */
const STATUS_LIKE = /(?:[🔴🟠🟡🟢🔵🟣🟤⚫⚪🟥🟧🟨🟩🟦🟪🟫✖✕⛔🚫❎🛑❗❓⭕🆗🆖⬜⬛☐☒◻◼▢⏳⌛])\uFE0F?/uy

/** What a checkbox's inner character means (`[x]`, `[⚠]`). */
const checkboxChars: Readonly<Record<string, Status>> = {
  ' ': 'unevaluated',
  '': 'unevaluated',
  x: 'pass',
  X: 'pass'
}

/** A status read at one spot of a text. */
export interface Match {
  status: Status
  written: string
  /** Index just past what was read. */
  end: number
}

const VARIATION_SELECTOR = /\uFE0F/g
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
/**
 * A word of one Chinese, Japanese or Korean character (是, 否, 예) is also a
 * common part of sentences (是一个库, 예: …), which put no space after it:
 * it is a status only as the whole value, with at most punctuation after it.
 */
const ONE_CJK_CHARACTER = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u
const NOTHING_AFTER = /^[\s.。!！]*(?:\n|$)/u

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/**
 * The status vocabulary: the built-in words and marks plus those a
 * configuration adds (`statuses: { NOTED: pass }`).
 */
export class Vocabulary {
  readonly marks: Map<string, Status>
  private readonly words: Map<string, Status>
  private readonly wordPattern: RegExp
  private readonly markPattern: RegExp

  constructor(extra: Readonly<Record<string, Status>> = {}) {
    this.marks = new Map(Object.entries(builtinMarks))
    this.words = new Map()
    for (const [status, words] of Object.entries(builtinWords) as [Status, readonly string[]][]) {
      for (const word of words) this.words.set(normalize(word), status)
    }
    for (const [written, status] of Object.entries(extra)) {
      const key = written.replace(VARIATION_SELECTOR, '').trim()
      if (LETTER_OR_DIGIT.test(key)) this.words.set(normalize(key), status)
      else this.marks.set(key, status)
    }
    const words = [...this.words.keys()].sort((a, b) => b.length - a.length)
    this.wordPattern = new RegExp(
      `(?:${words.map((word) => escape(word).replace(/ /g, '[\\s\\-‐‑‒–]+')).join('|')})`,
      'iuy'
    )
    const marks = [...this.marks.keys()].sort((a, b) => b.length - a.length)
    this.markPattern = new RegExp(`(?:${marks.map(escape).join('|')})\\uFE0F?`, 'uy')
  }

  /** The mark starting at `index`, if any. */
  markAt(text: string, index: number): Match | null {
    this.markPattern.lastIndex = index
    const found = this.markPattern.exec(text)
    if (!found) return null
    const written = found[0]
    const status = this.marks.get(written.replace(VARIATION_SELECTOR, ''))
    return status ? { status, written, end: index + written.length } : null
  }

  /**
   * The longest status word starting at `index` that is a word of its own
   * there (no letter or digit right before it). Says nothing of what follows.
   */
  wordAt(text: string, index: number): Match | null {
    if (index > 0 && LETTER_OR_DIGIT.test(text[index - 1] ?? '')) return null
    this.wordPattern.lastIndex = index
    const found = this.wordPattern.exec(text)
    if (!found) return null
    const written = found[0]
    const next = text[index + written.length] ?? ''
    // `NO` must not match the start of `None`; CJK words have no spaces, so
    // they end where the match ends.
    if (LETTER_OR_DIGIT.test(next) && /[\p{Script=Latin}\p{N}]$/u.test(written)) return null
    if (ONE_CJK_CHARACTER.test(written) && !NOTHING_AFTER.test(text.slice(index + written.length))) return null
    const status = this.words.get(normalize(written))
    return status ? { status, written, end: index + written.length } : null
  }

  /** A status-like symbol the vocabulary does not know, starting at `index`. */
  unknownSymbolAt(text: string, index: number): string | null {
    STATUS_LIKE.lastIndex = index
    const found = STATUS_LIKE.exec(text)
    return found && !this.markAt(text, index) ? found[0] : null
  }

  /** The status of a checkbox's inner text (`x`, ` `, `⚠`), or null when unknown. */
  checkbox(inner: string): Status | null {
    const char = inner.replace(VARIATION_SELECTOR, '').trim()
    if (char in checkboxChars) return checkboxChars[char] ?? null
    return this.marks.get(char) ?? this.words.get(normalize(char)) ?? null
  }
}

/** Case- and spacing-insensitive key of a status word. */
function normalize(word: string): string {
  return word.toUpperCase().replace(/[\s\-‐‑‒–]+/g, ' ').trim()
}
