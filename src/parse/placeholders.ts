/**
 * Template text left in a plan: the bracketed prompts of spec-kit's
 * templates (`[Gates determined based on constitution file]`,
 * `[e.g., 4th project]`, `[Yes/No]`, `[PRINCIPLE_1_NAME]`).
 */

const BRACKETED = /(?<![!\\])\[([^[\]\n]{1,200})\](?![([:])/gu
const NOT_A_PROMPT = /^(?:\s*|[xX]|[✓✔✅☑❌✗✘⚠➖-]\uFE0F?|\^.*|\d+|n\/?a|ok|yes|no|pass|fail|partial)$/iu

/** Whether the inside of a `[…]` is a template prompt rather than content (`[FLAKY]`, `[1]`). */
export function isPrompt(inner: string): boolean {
  const text = inner.trim()
  if (NOT_A_PROMPT.test(text)) return false
  if (/^#+$/u.test(text)) return true
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/u.test(text)) return true
  if (/^(?:e\.g\.|i\.e\.|if\b|number of\b|confirm\b|feature\b|name\b)/iu.test(text)) return true
  if (/\p{L}\s*\/\s*\p{L}/u.test(text)) return true
  return /\S\s+\S/u.test(text)
}

/** One prompt found in a text, by offset. */
export interface Prompt {
  text: string
  start: number
  end: number
}

/**
 * The prompts in `source`, with offsets relative to `base`. Brackets inside
 * inline code are the author's own text (`[CONSTITUTION-EXCEPTION: …]`).
 */
export function findPrompts(source: string, base: number): Prompt[] {
  const found: Prompt[] = []
  const code = source.includes('`') ? [...source.matchAll(/`+[^`\n]*`+/gu)].map((span) => [span.index ?? 0, (span.index ?? 0) + span[0].length]) : []
  for (const match of source.matchAll(BRACKETED)) {
    const at = match.index ?? 0
    if (code.some(([start, end]) => at >= (start ?? 0) && at < (end ?? 0))) continue
    if (!isPrompt(match[1] ?? '')) continue
    const start = base + (match.index ?? 0)
    found.push({ text: match[0], start, end: start + match[0].length })
  }
  return found
}

/** Whether a whole cell or value is template text: one prompt and nothing else. */
export function isOnlyPrompts(text: string): boolean {
  const rest = text.replace(BRACKETED, (whole, inner: string) => (isPrompt(inner) ? '' : whole))
  return rest.trim() === '' && text.trim() !== ''
}

/** Whether a table cell is a bracketed stand-in (`[Reason]`) — template even as one word. */
export function isBracketedCell(text: string): boolean {
  return /^\[[^[\]]+\]$/u.test(text.trim()) && !NOT_A_PROMPT.test(text.trim().slice(1, -1))
}
