// What a release reads from the repository's own files, with no git and no
// process: the version's shape and order, and its CHANGELOG entry. Used by
// scripts/release.ts and by the release workflow (the GitHub release's notes).

/** A release version, X.Y.Z, as numbers; null when the text is not one. */
export function parseVersion(text: string): [number, number, number] | null {
  const match = /^v?(\d+)\.(\d+)\.(\d+)$/u.exec(text.trim())
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null
}

/** Negative, zero or positive as `a` is older than, equal to or newer than `b`. */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0)
  return 0
}

/** The newest `vX.Y.Z` among tag names (other tags, such as the moving `v1`, are ignored), or null. */
export function latestVersionTag(tags: readonly string[]): string | null {
  let latest: { tag: string; version: [number, number, number] } | null = null
  for (const tag of tags) {
    const version = /^v\d+\.\d+\.\d+$/u.test(tag) ? parseVersion(tag) : null
    if (version && (!latest || compareVersions(version, latest.version) > 0)) latest = { tag, version }
  }
  return latest?.tag ?? null
}

/**
 * The body of a Keep a Changelog entry, `## [1.2.3] - 2026-12-03` up to the
 * next `## ` heading, trimmed; null when the entry is missing, undated or
 * empty.
 */
export function changelogEntry(changelog: string, version: string): string | null {
  const lines = changelog.replace(/\r\n?/gu, '\n').split('\n')
  const heading = new RegExp(`^## \\[${version.replace(/\./gu, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}\\s*$`, 'u')
  const start = lines.findIndex((line) => heading.test(line))
  if (start === -1) return null
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '))
  const body = lines
    .slice(start + 1, end === -1 ? undefined : end)
    .filter((line) => !/^\[[^\]]+\]: /u.test(line))
    .join('\n')
    .trim()
  return body === '' ? null : body
}
