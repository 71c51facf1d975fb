import { readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import picomatch from 'picomatch'

/** Directories never worth walking into. */
const SKIPPED = new Set(['.git', 'node_modules'])

/** A matcher for repository-relative paths: any of `include`, none of `exclude`. Dot directories count. */
export function pathMatcher(include: readonly string[], exclude: readonly string[]): (path: string) => boolean {
  const isIncluded = picomatch([...include], { dot: true })
  const isExcluded = exclude.length > 0 ? picomatch([...exclude], { dot: true }) : () => false
  return (path) => isIncluded(path) && !isExcluded(path)
}

/** Whether a string is a glob rather than a plain path. */
export function isGlob(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob
}

/**
 * Every file under `directory` (symlinks included as entries, never
 * followed), as paths relative to `root` with forward slashes, sorted.
 * Iterative, so deep trees cannot overflow the stack.
 */
export function walk(root: string, directory = root): string[] {
  const files: string[] = []
  const pending = [directory]
  while (pending.length > 0) {
    const current = pending.pop() as string
    let entries
    try {
      entries = readdirSync(current, { withFileTypes: true })
    } catch {
      continue
    }
    for (const entry of entries) {
      const path = join(current, entry.name)
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) pending.push(path)
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        files.push(relative(root, path).split(sep).join('/'))
      }
    }
  }
  return files.sort()
}
