import type { Status } from '../model/status.js'
import { worse } from '../model/status.js'
import type { ItemText } from './read-item.js'
import { statusLike } from './read-status.js'

/**
 * Verdict lines and Progress Tracking lines: what an author says of the
 * gates as a whole.
 */

const SUMMARY_LABEL = new RegExp(
  '^(?:(?:overall|final|initial|post[-‐–\\s]?design|pre[-‐–\\s]?design|post[-‐–\\s]?phase[-\\s]?\\d*|pre[-‐–\\s]?phase[-\\s]?\\d*|phase[-\\s]?-?\\d+|' +
    're-?\\s?check|constitution(?:al)?|compliance|gates?|check)\\s+)*' +
    '(?:result|results|status|verdict|outcome|evaluation|assessment|gate|gates|check|re-?\\s?check|conclusion|summary|overall|decision|compliance\\s+summary|overall\\s+compliance)$',
  'iu'
)

/**
 * Whether a label heads a verdict line: `Gate result`, `Result`,
 * `Overall Status`, `Initial gate`, `Initial evaluation`,
 * `Post-Design Constitution Check`. A bare `Status` belongs to the item above
 * it and is read elsewhere.
 */
export function isSummaryLabel(label: string): boolean {
  // "Gate result (Phase 0 / after Phase 1)": the phase in brackets does not change what the line is.
  const plain = label.replace(/\([^)]*\)|（[^）]*）/gu, ' ').trim().replace(/\s+/gu, ' ')
  return SUMMARY_LABEL.test(plain) || TRANSLATED_SUMMARY_LABEL.test(plain) || CJK_SUMMARY_LABEL.test(plain)
}

/** Resultado, Resultado final, Ergebnis der Prüfung, Estado general, Résultat global… */
const TRANSLATED_SUMMARY_LABEL = new RegExp(
  '^(?:(?:resultado|veredicto|veredito|conclusi[óo]n|conclus[ãa]o|resumen|resumo|ergebnis|gesamtergebnis|fazit|urteil|r[ée]sultat|bilan)' +
    '(?:\\s+(?:general|geral|final|global|gesamt|g[ée]n[ée]ral|definitivo))?(?:\\s+(?:de|del|da|do|des|du|der|de la)\\s+\\S.{0,40})?' +
    '|(?:estado|statut|stand)\\s+(?:general|geral|global|final|g[ée]n[ée]ral|gesamt))$',
  'iu'
)

/** ゲート結果, 门控结论, 宪法检查结果, 게이트 결과, 総合判定: a verdict noun after words that say whose. */
const CJK_SUMMARY_LABEL =
  /^(?:ゲート|門|门控|闸门|閘門|関門|憲法|宪法|チェック|检查|檢查|確認|最終|最终|総合|总体|總體|全体|整体|整體|게이트|헌법|검사|점검|최종|종합|전체|の|\s)*(?:結果|结果|結論|结论|判定|評価|评估|評估|總結|总结|결과|결론|판정|평가)$/u

/**
 * Labels that give one item (or a sub-heading with no gates under it yet)
 * its status, rather than summing up a section: `Result: PASS` under
 * `### I. Library-First`.
 */
export const OWN_RESULT_LABEL = /^(?:result|verdict|outcome|resultado|veredicto|veredito|ergebnis|r[ée]sultat|結果|结果|判定|결과|판정)$/iu

/** Headings under which a `Result:` line sums up, rather than judging one principle. */
export const SUMMARY_HEADING =
  /summary|overall|conclusion|results?\b|verdict|assessment|outcome|decision|resumen|resumo|conclus|zusammenfassung|fazit|r[ée]sum[ée]|bilan|まとめ|総括|結論|结论|总结|總結|요약|결론|종합/iu

const PROGRESS = /constitution(?:al)?\s+(?:check|gates?|compliance|re-?\s?check)|\ball\s+(?:constitutional\s+)?gates\b|憲法チェック|宪法检查|憲法檢查|헌법\s*(?:준수|검사)/iu

const SAYS_FAILED = /\b(?:failed|fails|violated|did\s+not\s+pass|not\s+passed)\b/iu
const NEGATED = /\b(?:no|none|zero|nothing|0)\b.*\b(?:failed|fails|violated)\b/iu

/**
 * Whether a checked item states the constitution gates passed or failed
 * (`[x] Initial Constitution Check: PASS`, `[x] All Constitutional Gates passed`).
 */
export function isProgressItem(text: string): boolean {
  return PROGRESS.test(text)
}

/**
 * The verdict of a checked Progress Tracking item, or null for an unchecked
 * one (progress, not a verdict). A value in words the vocabulary does not
 * know (`BLOCKED`, `Failing`) is not evaluated, never a pass by its box.
 */
export function progressVerdict(item: ItemText): Status | null {
  const box = item.readings.find((reading) => reading.position === 'checkbox')
  if (!box || box.status === 'unevaluated') return null
  const said = item.readings.filter((reading) => reading.position !== 'checkbox')
  // `[x] All constitutional gates failed`: the box says the step is done, the sentence how it went.
  const sentence = `${item.key ?? ''} ${item.value}`
  if (said.length === 0 && SAYS_FAILED.test(sentence) && !NEGATED.test(sentence)) return 'fail'
  if (said.length === 0 && statusLike(item.value)) return 'unevaluated'
  return item.readings.reduce<Status>((worst, reading) => worse(worst, reading.status), box.status)
}
