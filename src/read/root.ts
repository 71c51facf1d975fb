import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { CONFIG_PATHS } from '../config/config.js'

/**
 * The repository root the CLI works from: the nearest folder, from `cwd`
 * up, that holds `.git`, `.specify` or a default configuration file; else
 * `cwd` itself. So the plan globs, the configuration and the constitution are
 * found from any subfolder, and paths in reports stay relative to the root.
 */
export function findRoot(cwd: string): string {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    if (['.git', '.specify', ...CONFIG_PATHS].some((marker) => existsSync(join(folder, marker)))) return folder
    if (dirname(folder) === folder) return resolve(cwd)
  }
}
