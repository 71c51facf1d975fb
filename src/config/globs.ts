import picomatch from 'picomatch'

/**
 * Why a glob of `plans` or `exclude` cannot work, or null when it can: globs
 * are relative to the repository, never absolute or climbing out of it, and
 * must be well formed (picomatch silently turns `specs/{a,b` into a pattern
 * that matches nothing).
 */
export function globProblem(glob: string): string | null {
  if (/^(?:\/|[a-zA-Z]:[\\/])/u.test(glob)) return 'it is absolute; globs are relative to the repository root'
  if (glob.split(/[\\/]/u).includes('..')) return "it climbs out of the repository with '..'"
  for (const [open, close] of [['[', ']'], ['{', '}'], ['(', ')']] as const) {
    let depth = 0
    for (let i = 0; i < glob.length; i++) {
      if (glob[i] === '\\') i++
      else if (glob[i] === open) depth++
      else if (glob[i] === close) depth--
      if (depth < 0) return `it has an unmatched '${close}'`
    }
    if (depth > 0) return `it has an unclosed '${open}'`
  }
  if (picomatch.makeRe(glob, { dot: true }).source === '$^') return 'it can match no path'
  return null
}
