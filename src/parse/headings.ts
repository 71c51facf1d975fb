import { labelArticles } from './articles.js'
import { cleanInline } from './read-status.js'
import { SUMMARY_HEADING } from './summaries.js'

/**
 * Which headings open a gates section or a Complexity Tracking section:
 * English and the translations spec-kit users write, plus the config's own.
 */

const GATE_HEADINGS: readonly RegExp[] = [
  /constitution(?:al)?\s+(?:check|compliance|gates?|re-?\s?check|(?:re-?\s?)?evaluation)/iu,
  /pre-?\s?implementation\s+gates/iu,
  /phase\s*[-−–]\s*1\b/iu,
  /憲法(?:チェック|確認|檢查|複查|遵守)/u,
  /憲章(?:チェック|確認|遵守)/u,
  /宪法(?:检查|复查|合规)/u,
  /(?:章程|宪章)(?:检查|合规)/u,
  /헌법\s*(?:준수\s*확인|검사|확인|준수)/u,
  /verificaci[oó]n\s+(?:de\s+(?:la\s+)?)?constituci[oó]n|verificaci[oó]n\s+constitucional|cumplimiento\s+constitucional/iu,
  /verifica[cç][aã]o\s+(?:da\s+)?constitui[cç][aã]o|verifica[cç][aã]o\s+constitucional|conformidade\s+constitucional/iu,
  /verfassungs(?:prüfung|-?check|konformität)/iu,
  /v[ée]rification\s+de\s+la\s+constitution|v[ée]rification\s+constitutionnelle|conformit[ée]\s+constitutionnelle/iu
]

const COMPLEXITY_HEADINGS: readonly RegExp[] = [
  /complexity\s+tracking/iu,
  /複雑性(?:トラッキング|追跡)/u,
  /复杂(?:度|性)(?:跟踪|追踪)/u,
  /複雜(?:度|性)(?:追蹤|跟蹤)/u,
  /복잡(?:도|성)\s*(?:추적|트래킹)/u,
  /seguimiento\s+de\s+(?:la\s+)?complejidad/iu,
  /(?:rastreamento|acompanhamento)\s+d[ae]\s+complexidade/iu,
  /komplexitäts(?:verfolgung|-?tracking)/iu,
  /suivi\s+de\s+(?:la\s+)?complexit[ée]/iu
]

/** A heading that sums the gates up (`## Gate Summary`, `## Gate Results`) where no gates section encloses it. */
const GATE_SUMMARY = /\b(?:gates?|constitution(?:al)?)\b/iu

const SEE_COMPLEXITY = /\b(?:see|per|in|refer\s+to|cf\.?)\s+(?:the\s+)?complexity\s+tracking/iu

/** A gate's heading that refers to Complexity Tracking: it says "see", or it is a numbered principle with a status mark. */
function pointsToComplexity(heading: string): boolean {
  return SEE_COMPLEXITY.test(heading) || (/[→⚠✅❌]/u.test(heading) && labelArticles(heading).length > 0)
}

export type HeadingKind = 'gates' | 'complexity' | 'verdicts' | null

/** Extra heading texts from the configuration, matched case-insensitively anywhere in a heading. */
export interface ExtraHeadings {
  gates: readonly string[]
  complexity: readonly string[]
}

/**
 * What a heading opens.
 *
 * @param text
 *   The heading's text, markdown included.
 * @param extra
 *   Headings the configuration adds.
 */
export function headingKind(text: string, extra: ExtraHeadings): HeadingKind {
  const plain = cleanInline(text).replace(/\s+/gu, ' ')
  const lower = plain.toLowerCase()
  // Complexity first: "Constitution Check violations (Complexity Tracking)" is about rows;
  // "III. Test-First ⚠️ (see Complexity Tracking)" is a gate that points to them.
  if (COMPLEXITY_HEADINGS.some((pattern) => pattern.test(plain)) && !pointsToComplexity(plain)) return 'complexity'
  if (extra.complexity.some((heading) => lower.includes(heading.toLowerCase()))) return 'complexity'
  if (GATE_HEADINGS.some((pattern) => pattern.test(plain))) return 'gates'
  if (extra.gates.some((heading) => lower.includes(heading.toLowerCase()))) return 'gates'
  if (GATE_SUMMARY.test(plain) && SUMMARY_HEADING.test(plain)) return 'verdicts'
  return null
}
