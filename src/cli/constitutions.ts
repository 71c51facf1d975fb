import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { ConfigError } from '../config/errors.js'
import type { Constitution } from '../model/plan.js'
import type { JudgedBy } from '../model/report.js'
import { defaultConstitution, readConstitution } from '../parse/constitution.js'
import { constitutionCandidates } from '../read/rules-paths.js'

/**
 * The constitutions of a working tree: the configured file for every plan
 * (which must exist), else the nearest `.specify/memory/constitution.md` or
 * `memory/constitution.md` above each plan up to the root, else the nine
 * default articles. Each file is read once; what judged which plans is
 * counted for the reports.
 */
export class LocalConstitutions {
  private readonly read = new Map<string, Constitution>()
  private readonly used = new Map<string, number>()
  private readonly defaults = defaultConstitution()

  /**
   * @param root
   *   The repository root.
   * @param configured
   *   The configured constitution, relative to the root, or null.
   * @param where
   *   What set it, for the error when it does not exist.
   * @throws ConfigError
   *   When the configured file does not exist.
   */
  constructor(
    private readonly root: string,
    private readonly configured: string | null,
    where = 'constitution'
  ) {
    if (configured && !isFile(resolve(root, configured))) throw new ConfigError(`${where}: the constitution file '${configured}' does not exist.`)
  }

  /** The constitution that judges a plan (a root-relative path; null for a plan outside the root). */
  constitutionFor(plan: string | null): Constitution {
    const candidates = this.configured ? [this.configured] : constitutionCandidates(plan ?? '')
    const path = candidates.find((candidate) => isFile(resolve(this.root, candidate))) ?? ''
    this.used.set(path, (this.used.get(path) ?? 0) + 1)
    if (!path) return this.defaults
    let constitution = this.read.get(path)
    if (!constitution) {
      constitution = readConstitution(readFileSync(resolve(this.root, path), 'utf8'), path)
      this.read.set(path, constitution)
    }
    return constitution
  }

  /** What judged the plans (files of the working tree, so no commit). */
  judgedBy(config: string | null): JudgedBy {
    return {
      constitutions: [...this.used].map(([path, plans]) => ({ file: path ? { path, sha: null } : null, plans })),
      config: config ? { path: config, sha: null } : null
    }
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}
