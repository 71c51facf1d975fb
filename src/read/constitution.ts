import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { CONSTITUTION_PATHS } from '../config/config.js'
import { ConfigError } from '../config/errors.js'
import type { Constitution } from '../model/plan.js'
import { defaultConstitution, readConstitution } from '../parse/constitution.js'

/**
 * The constitution to judge plans by: the configured file (which must
 * exist), else `.specify/memory/constitution.md` or `memory/constitution.md`
 * under `root`, else the nine default articles.
 *
 * @throws ConfigError
 *   When a configured constitution file does not exist.
 */
export function loadConstitution(root: string, configured: string | null, where = 'constitution'): Constitution {
  if (configured) {
    const full = resolve(root, configured)
    if (!existsSync(full)) throw new ConfigError(`${where}: the constitution file '${configured}' does not exist.`)
    return readConstitution(readFileSync(full, 'utf8'), configured)
  }
  for (const candidate of CONSTITUTION_PATHS) {
    const full = join(root, candidate)
    if (existsSync(full)) return readConstitution(readFileSync(full, 'utf8'), candidate)
  }
  return defaultConstitution()
}
