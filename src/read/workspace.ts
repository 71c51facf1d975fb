import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The commit the workspace is checked out at, read from `.git` without
 * running git, or null when there is no checkout. actions/checkout leaves a
 * detached HEAD or a branch ref (loose or packed).
 */
export function checkedOutSha(workspace: string): string | null {
  const git = join(workspace, '.git')
  try {
    const head = readFileSync(join(git, 'HEAD'), 'utf8').trim()
    if (/^[0-9a-f]{40}$/u.test(head)) return head
    const ref = /^ref:\s*(\S+)$/u.exec(head)?.[1]
    if (!ref) return null
    const loose = join(git, ref)
    if (existsSync(loose)) return readFileSync(loose, 'utf8').trim()
    const packed = readFileSync(join(git, 'packed-refs'), 'utf8')
    return new RegExp(`^([0-9a-f]{40}) ${ref.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'mu').exec(packed)?.[1] ?? null
  } catch {
    return null
  }
}
