/**
 * A tiny git object model for the emulator: commits' file lists become trees with
 * real git SHA-1s (a blob's sha equals `git hash-object`'s), and two trees can be
 * diffed the way GitHub's compare API reports it.
 */
import { createHash } from 'node:crypto'
import type { RepoFile } from './model.js'

export type EntryKind = 'blob' | 'tree' | 'commit'

export interface Entry {
  /** Full path from the repository root ('' for the root tree). */
  path: string
  name: string
  kind: EntryKind
  /** As the trees API shows it: 100644, 120000 (symlink), 160000 (submodule), 040000 (tree). */
  mode: string
  sha: string
  /** Blob bytes (for a symlink: its target). */
  data?: Buffer
  symlink?: string
  submoduleUrl?: string
  children?: Entry[]
}

export interface Tree {
  root: Entry
  /** Every entry but the root, by full path. */
  byPath: Map<string, Entry>
}

export interface Change {
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'changed'
  previous_filename?: string
  /** The entry in head (or in base for a removal). */
  entry: Entry
  additions: number
  deletions: number
}

function sha1(type: string, body: Buffer): string {
  return createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex')
}

/** The git blob sha of `data`, as `git hash-object` computes it. */
export function blobSha(data: Buffer): string {
  return sha1('blob', data)
}

/** Git orders paths bytewise, a directory as if its name ended in '/'. */
export function gitOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b))
}

function leaf(file: RepoFile, path: string, name: string): Entry {
  const type = file.type ?? 'file'
  if (type === 'submodule') {
    const pinned = typeof file.content === 'string' && /^[0-9a-f]{40}$/u.test(file.content) ? file.content : sha1('commit', Buffer.from(path))
    return { path, name, kind: 'commit', mode: '160000', sha: pinned, submoduleUrl: file.target ?? '' }
  }
  if (type === 'symlink') {
    const data = Buffer.from(file.target ?? '')
    return { path, name, kind: 'blob', mode: '120000', sha: blobSha(data), data, symlink: file.target ?? '' }
  }
  const data = Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content ?? '')
  return { path, name, kind: 'blob', mode: '100644', sha: blobSha(data), data }
}

function sortKey(entry: Entry): string {
  return entry.kind === 'tree' ? `${entry.name}/` : entry.name
}

/** Git's tree object: `<mode> <name>\0<20-byte sha>` per entry, mode without the leading 0. */
function seal(tree: Entry): void {
  const children = tree.children ?? []
  for (const child of children) if (child.kind === 'tree') seal(child)
  children.sort((a, b) => gitOrder(sortKey(a), sortKey(b)))
  const body = Buffer.concat(children.flatMap((c) => [Buffer.from(`${c.mode.replace(/^0/u, '')} ${c.name}\0`), Buffer.from(c.sha, 'hex')]))
  tree.sha = sha1('tree', body)
}

/** Builds the tree of one commit. Throws on a path that is both a file and a directory, or listed twice. */
export function buildTree(files: RepoFile[]): Tree {
  const root: Entry = { path: '', name: '', kind: 'tree', mode: '040000', sha: '', children: [] }
  const byPath = new Map<string, Entry>()
  for (const file of files) {
    const parts = file.path.replace(/^\/+|\/+$/gu, '').split('/')
    let dir = root
    parts.forEach((name, index) => {
      const path = parts.slice(0, index + 1).join('/')
      const existing = byPath.get(path)
      const last = index === parts.length - 1
      if (existing && (last || existing.kind !== 'tree')) throw new Error(`emulator state: ${file.path} conflicts with ${existing.path}`)
      const entry = existing ?? (last ? leaf(file, path, name) : { path, name, kind: 'tree', mode: '040000', sha: '', children: [] })
      if (!existing) {
        dir.children?.push(entry)
        byPath.set(path, entry)
      }
      dir = entry
    })
  }
  seal(root)
  return { root, byPath }
}

/** Every entry under `tree`, depth first, each directory before its content (git ls-tree -r -t order). */
export function walk(tree: Entry, recursive: boolean): Entry[] {
  return (tree.children ?? []).flatMap((child) => (recursive && child.kind === 'tree' ? [child, ...walk(child, true)] : [child]))
}

/** Finds a tree (the root or a subdirectory) by its sha. */
export function findTree(tree: Tree, sha: string): Entry | undefined {
  if (tree.root.sha === sha) return tree.root
  return [...tree.byPath.values()].find((entry) => entry.kind === 'tree' && entry.sha === sha)
}

function leaves(tree: Tree): Map<string, Entry> {
  return new Map([...tree.byPath].filter(([, entry]) => entry.kind !== 'tree'))
}

/**
 * What changed from `base` to `head`, sorted by path. A removed and an added path with the
 * same content pair up as a rename (git's exact rename detection; no similarity renames).
 * A path whose kind changes (file to symlink, ...) is `changed`.
 */
export function diffTrees(base: Tree, head: Tree): Change[] {
  const before = leaves(base)
  const after = leaves(head)
  const changes: Change[] = []
  const added = [...after.values()].filter((entry) => !before.has(entry.path))
  for (const old of before.values()) {
    const now = after.get(old.path)
    if (!now) {
      const twin = added.findIndex((entry) => entry.sha === old.sha && entry.mode === old.mode)
      if (twin < 0) changes.push({ filename: old.path, status: 'removed', entry: old, ...lineChanges(old.data, undefined) })
      else changes.push({ filename: added[twin]!.path, status: 'renamed', previous_filename: old.path, entry: added.splice(twin, 1)[0]!, additions: 0, deletions: 0 })
    } else if (now.sha !== old.sha || now.mode !== old.mode) {
      changes.push({ filename: now.path, status: now.mode === old.mode ? 'modified' : 'changed', entry: now, ...lineChanges(old.data, now.data) })
    }
  }
  for (const entry of added) changes.push({ filename: entry.path, status: 'added', entry, ...lineChanges(undefined, entry.data) })
  return changes.sort((a, b) => gitOrder(a.filename, b.filename))
}

function lines(data: Buffer | undefined): string[] {
  if (!data || data.length === 0) return []
  const all = data.toString('utf8').split('\n')
  return all.at(-1) === '' ? all.slice(0, -1) : all
}

/** Above this many edits the exact count is not worth the time: report a full rewrite. */
const MAX_EDITS = 4000

/**
 * Added and deleted line counts between two versions (Myers' O(ND) edit distance),
 * as GitHub's `additions`/`deletions`. Binary content (a NUL byte) counts 0, like GitHub.
 */
export function lineChanges(before: Buffer | undefined, after: Buffer | undefined): { additions: number; deletions: number } {
  if (before?.includes(0) || after?.includes(0)) return { additions: 0, deletions: 0 }
  const a = lines(before)
  const b = lines(after)
  const edits = editDistance(a, b)
  if (edits === undefined) return { additions: b.length, deletions: a.length }
  return { additions: (edits + b.length - a.length) / 2, deletions: (edits - b.length + a.length) / 2 }
}

function editDistance(a: string[], b: string[]): number | undefined {
  const max = Math.min(MAX_EDITS, a.length + b.length)
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1
      let y = x - k
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= a.length && y >= b.length) return d
    }
  }
  return undefined
}
