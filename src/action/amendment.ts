import * as core from '@actions/core'
import type { Config } from '../config/config.js'
import { ConfigError } from '../config/errors.js'
import type { Amendment, PlanReport } from '../model/report.js'
import type { Change } from '../read/github-files.js'
import type { RepositoryFiles } from '../read/repository.js'
import { isConstitutionPath } from '../read/rules-paths.js'
import { pathMatcher } from '../read/walk.js'
import { findingKeys } from '../score/identity.js'
import { filesAt } from './plans.js'
import { RulesAtCommit } from './rules.js'
import type { Run } from './run.js'

export const AMENDMENT_MODES = ['report', 'fail'] as const
export type AmendmentMode = (typeof AMENDMENT_MODES)[number]

/** The `amendment-impact` input. */
export function amendmentMode(value: string): AmendmentMode {
  const mode = (value.trim().toLowerCase() || 'report') as AmendmentMode
  if (!AMENDMENT_MODES.includes(mode)) throw new ConfigError(`input 'amendment-impact': must be one of ${AMENDMENT_MODES.join(', ')}, not '${value.trim()}'.`)
  return mode
}

/**
 * The impact report a constitution amendment needs (spec-kit's "Sync Impact
 * Report"): when a pull request changes (or adds) a constitution in use,
 * every plan of the repository at the head that the amended constitution
 * judges is scored against the base's constitution and the head's, and the
 * plans whose verdict changes are listed with why. Costs a tree listing of
 * the head and one read per such plan when there is no checkout.
 *
 * @param files
 *   Every file the pull request changes.
 * @param rules
 *   The rules at the base.
 */
export async function amendmentImpact(run: Run, files: readonly Change[], head: RepositoryFiles, rules: RulesAtCommit, config: Config, mode: AmendmentMode): Promise<Amendment | null> {
  if (run.target.scope !== 'pull-request') return null
  const amended = files.map((file) => file.path).filter((path) => (config.constitution ? path === config.constitution : isConstitutionPath(path)))
  if (amended.length === 0) return null
  const headRules = new RulesAtCommit(head, run.octokit, run.repo, core)
  const plans = await filesAt(run.octokit, run.repo, run.target.headSha, head, run.workspace, pathMatcher(config.plans, config.exclude))
  const { scorePlan, scoringsFor } = await import('../score/scoring.js')
  const runFor = scoringsFor(config)
  const impact: Amendment = { constitutions: amended, checked: 0, plans: [], mode }
  for (const { path } of plans) {
    const before = await rules.constitutionFor(path, config, head, false)
    const after = await headRules.constitutionFor(path, config, head, false)
    if (!amended.includes(before.path ?? '') && !amended.includes(after.path ?? '')) continue
    const read = await head.read(path, config.maxFileSize)
    if (!('text' in read)) continue
    impact.checked++
    const old = scorePlan(read.text, path, runFor(before))
    const now = scorePlan(read.text, path, runFor(after))
    if (old.verdict !== now.verdict) impact.plans.push({ path, before: old.verdict, after: now.verdict, reasons: reasons(old, now) })
  }
  return impact
}

/** Why the verdict moved: the errors the new constitution adds (or, for a plan it makes pass, removes). */
function reasons(old: PlanReport, now: PlanReport): string[] {
  const [from, to] = now.verdict === 'fail' ? [old, now] : [now, old]
  const known = new Set(findingKeys(from))
  const keys = findingKeys(to)
  return to.findings
    .filter((finding, index) => finding.severity === 'error' && !known.has(keys[index] ?? ''))
    .map((finding) => {
      const gate = to.gates.find((candidate) => candidate.range.line === finding.range.line)
      if (finding.ruleId === 'CG005' && gate) return `${gate.label} is ${now.verdict === 'fail' ? 'now' : 'no longer'} NON-NEGOTIABLE`
      return `${now.verdict === 'fail' ? '' : 'no longer: '}${finding.ruleId} ${finding.slug}: ${finding.message}`
    })
}
