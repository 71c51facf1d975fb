import { lstatSync, readFileSync, realpathSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'

/** A plan's text, or why it could not be read. */
export type PlanText = { text: string } | { unreadable: string }

/**
 * Reads a plan from the workspace without trusting it: a symlink is not
 * followed (it could point at a runner's secrets), a path outside `root` is
 * refused, and a file over `maxBytes` or holding binary data is not read.
 *
 * @param root
 *   The repository root; the plan must lie inside it.
 * @param path
 *   The plan, relative to `root` (or absolute).
 * @param maxBytes
 *   The size cap.
 * @param confine
 *   Whether a path outside `root` is refused (always, for paths a pull
 *   request names; the CLI reads what its user names).
 */
export function readPlanFile(root: string, path: string, maxBytes: number, confine = true): PlanText {
  const base = realpathSync(root)
  const full = resolve(base, path)
  const inside = relative(base, full)
  if (confine && (inside.startsWith('..') || isAbsolute(inside))) return { unreadable: 'it lies outside the repository' }
  let stat
  try {
    stat = lstatSync(full)
  } catch {
    return { unreadable: 'the file does not exist' }
  }
  if (stat.isSymbolicLink()) return { unreadable: 'it is a symbolic link, which is never followed' }
  // A link in a parent directory (specs -> /etc) is no safer than the file being one.
  if (confine && realpathSync(full) !== full) return { unreadable: 'a directory on its path is a symbolic link, which is never followed' }
  if (!stat.isFile()) return { unreadable: 'it is not a regular file (a directory or a submodule)' }
  if (stat.size > maxBytes) return { unreadable: `it is ${stat.size} bytes, over the ${maxBytes}-byte limit (max-file-size)` }
  return decodePlan(readFileSync(full))
}

/** Text from bytes, refusing binary content. Invalid UTF-8 is read with replacement characters. */
export function decodePlan(bytes: Uint8Array): PlanText {
  if (bytes.includes(0)) return { unreadable: 'it holds binary data (NUL bytes), not markdown' }
  return { text: new TextDecoder('utf-8').decode(bytes) }
}
