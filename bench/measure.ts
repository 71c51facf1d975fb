/** Milliseconds one call of `work` takes. */
export function time(work: () => void): number {
  const start = performance.now()
  work()
  return performance.now() - start
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** One line of the results table: what, the median time (if any), and what it means. */
export function row(name: string, ms: number | null, note: string): string {
  return `${name.padEnd(44)} ${ms === null ? ''.padStart(10) : `${ms.toFixed(0).padStart(7)} ms`}  ${note}`
}
