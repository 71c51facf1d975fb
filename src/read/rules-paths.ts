import { CONFIG_PATHS, CONSTITUTION_PATHS } from '../config/config.js'

/**
 * Where a plan's constitution may be, nearest first: in the plan's own
 * folder, then each folder above it up to the repository root, the
 * spec-kit paths (`.specify/memory/constitution.md`, then
 * `memory/constitution.md`). A monorepo's projects each keep their own.
 *
 * @param plan
 *   The plan's path, relative to the repository root, with forward slashes.
 */
export function constitutionCandidates(plan: string): string[] {
  const folders = plan.split('/').slice(0, -1)
  const candidates: string[] = []
  for (let depth = folders.length; depth >= 0; depth--) {
    const prefix = folders.slice(0, depth).join('/')
    for (const path of CONSTITUTION_PATHS) candidates.push(prefix ? `${prefix}/${path}` : path)
  }
  return candidates
}

/** Whether a repository path is one the rules are looked for at: a default configuration file or a constitution in any folder. */
export function isRulesPath(path: string): boolean {
  return (CONFIG_PATHS as readonly string[]).includes(path) || CONSTITUTION_PATHS.some((end) => path === end || path.endsWith(`/${end}`))
}

/** Whether a repository path is a constitution at one of spec-kit's paths, in any folder. */
export function isConstitutionPath(path: string): boolean {
  return CONSTITUTION_PATHS.some((end) => path === end || path.endsWith(`/${end}`))
}
