import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { CONFIG_PATHS } from '../config/config.js'

/**
 * The repository root the CLI works from: the nearest folder, from `cwd`
 * up, that holds `.git` or a default configuration file; failing that, the
 * nearest that holds `.specify`; else `cwd` itself. So the plan globs, the
 * configuration and the constitution are found from any subfolder (a
 * monorepo's `services/a/.specify` is a project below the root, judged by
 * its own constitution, not a root of its own), and paths in reports stay
 * relative to the root.
 */
export function findRoot(cwd: string): string {
  let project: string | null = null
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    if (['.git', ...CONFIG_PATHS].some((marker) => existsSync(join(folder, marker)))) return folder
    if (project === null && existsSync(join(folder, '.specify'))) project = folder
    if (dirname(folder) === folder) return project ?? resolve(cwd)
  }
}
