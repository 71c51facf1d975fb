import type { NamedVersion, Version } from '../model/plan.js'
import { lineStartsOf, lineText } from './outline.js'

/**
 * Constitution versions: the one a constitution states (`**Version**: 2.1.1
 * | **Ratified**: …`) and the ones a plan says it was checked against
 * (`*Based on Constitution v2.1.1*`, `**Constitution**: v1.2.0`,
 * `Constitution Version: 1.7`), in English and the translations of
 * spec-kit's template line.
 */

const NUMBER = String.raw`(v)?(\d{1,4})\.(\d{1,4})(?:\.(\d{1,4}))?(?![\d.]*\d)`
/** The word, or a path ending in it (`/memory/constitution.md` (v2.2.0)); "constitutional" is another word. */
const WORD = String.raw`(?:constitution(?:\.md)?(?!\p{L})|constituci[óo]n|constitui[çc][ãa]o|verfassung|憲法|宪法|헌법)`
/** Only marks and punctuation between the word and the version: "Constitution 4.2 (Testing)" names a section. */
const GLUE = String.raw`[\s*_\x60:：()\[\]—–-]{0,8}`
const VERSION_WORD = String.raw`(?:version|versión|versão|バージョン|版本|버전)`
/**
 * The word, then optionally "Version" (or "Check", as in the heading
 * `## Constitution Check (v1.5.0)`), then the number. Without a `v` the
 * number counts only after "Version".
 */
const NAMED = new RegExp(`${WORD}${GLUE}(?:(${VERSION_WORD}|check)${GLUE})?${NUMBER}`, 'giu')
/** A constitution's own version line: `**Version**: 2.1.1 | …`, `- Version: v1.2`, `**版本**: 1.0.0`. */
const STATED = new RegExp(String.raw`^\s*(?:[-*+>]\s+)?(?:\*\*|__)?(?:constitution\s+)?${VERSION_WORD}(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*${NUMBER}`, 'iu')
const HAS_NUMBER = /\d\.\d/u

/**
 * Where a plan names the constitution version it was checked against, the
 * first one a line names; code and HTML comments are skipped.
 */
export function namedVersions(text: string): NamedVersion[] {
  const found: NamedVersion[] = []
  for (const { line, text: current } of proseLines(text)) {
    for (const match of current.matchAll(NAMED)) {
      const version = versionOf(match, 2)
      const said = (match[1] ?? '').toLowerCase()
      // No `v`: the number is a version only when "Version" says so.
      if (!version || (match[2] === undefined && (said === '' || said === 'check'))) continue
      found.push({ version, range: { line, column: (match.index ?? 0) + 1, endLine: line, endColumn: (match.index ?? 0) + match[0].length + 1 } })
      break
    }
  }
  return found
}

/** The version a constitution states on its `**Version**:` line, or undefined. */
export function statedVersion(text: string): (Version & { line: number }) | undefined {
  for (const { line, text: current } of proseLines(text)) {
    const match = STATED.exec(current)
    const version = match ? versionOf(match, 1) : null
    if (version) return { ...version, line }
  }
  return undefined
}

/** The version in a match, its `v` at group `first`, then major, minor and patch. */
function versionOf(match: RegExpMatchArray, first: number): Version | null {
  const [v, major, minor, patch] = match.slice(first, first + 4)
  if (major === undefined || minor === undefined) return null
  return {
    major: Number(major),
    minor: Number(minor),
    patch: patch === undefined ? null : Number(patch),
    written: `${v ?? ''}${major}.${minor}${patch === undefined ? '' : `.${patch}`}`
  }
}

/**
 * The lines of a markdown text that may hold a version, outside fenced code
 * and HTML comments (a comment's text becomes spaces, so columns hold):
 * spec-kit's constitution template keeps its example version in a comment.
 */
function* proseLines(text: string): Generator<{ line: number; text: string }> {
  if (!HAS_NUMBER.test(text)) return
  const starts = lineStartsOf(text)
  let fence: string | null = null
  let inComment = false
  for (let line = 1; line <= starts.length; line++) {
    let current = lineText(text, starts, line)
    if (fence !== null) {
      if (current.trim().startsWith(fence) && current.trim().replace(/[`~]/gu, '') === '') fence = null
      continue
    }
    if (!inComment) {
      const open = /^\s*(`{3,}|~{3,})/u.exec(current)
      if (open) {
        fence = open[1] ?? '```'
        continue
      }
    }
    let visible = ''
    let at = 0
    while (at < current.length) {
      if (inComment) {
        const close = current.indexOf('-->', at)
        const end = close < 0 ? current.length : close + 3
        visible += ' '.repeat(end - at)
        at = end
        inComment = close < 0
      } else {
        const open = current.indexOf('<!--', at)
        const end = open < 0 ? current.length : open
        visible += current.slice(at, end)
        at = end
        inComment = open >= 0
      }
    }
    current = visible
    if (HAS_NUMBER.test(current)) yield { line, text: current }
  }
}
