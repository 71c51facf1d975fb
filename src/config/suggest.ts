/** Edit distance between two short strings (keys, rule ids). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length] ?? 0
}

/**
 * The closest of `candidates` to `word`, for a "did you mean" hint, or null
 * when none is close.
 */
export function closest(word: string, candidates: readonly string[]): string | null {
  const key = word.toLowerCase()
  let best: string | null = null
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const d = distance(key, candidate.toLowerCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : null
}

/** ` Did you mean 'x'?` or nothing. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const best = closest(word, candidates)
  return best ? ` Did you mean '${best}'?` : ''
}
