import type { Version } from '../model/plan.js'
import type { Rule } from './rule.js'

/** How `a` compares with `b` by major, then minor number; patch releases change no principle. */
function compare(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor
}

const isStock = (version: Version) => version.major === 2 && version.minor === 1 && version.patch === 1
const STOCK = "v2.1.1 is the version spec-kit's plan template wrote into every plan until October 2025, whatever the constitution said: most likely the line was never filled in."

/**
 * A plan checked against an older constitution may pass gates the amended
 * one no longer allows. spec-kit's plan template ended every plan with
 * `*Based on Constitution v2.1.1*` until October 2025, so that version is
 * often no claim at all: the message says so.
 */
export const constitutionVersionBehind: Rule = {
  id: 'CG021',
  slug: 'constitution-version-behind',
  description: "The plan says which constitution version it was checked against, and the constitution's **Version** line is newer by its major or minor number (or older: the plan names a version it never reached).",
  example: '`*Based on Constitution v2.1.1*` while the constitution says `**Version**: 2.3.0`.',
  defaultSeverity: 'warning',
  tags: ['constitution'],
  check({ plan, report }) {
    const { constitution } = plan
    const stated = constitution.source === 'file' ? constitution.version : undefined
    if (!stated) return
    const where = `${constitution.path ?? 'the constitution'}:${stated.line}`
    const seen = new Set<string>()
    for (const { version, range } of plan.versionsNamed) {
      const order = compare(version, stated)
      const key = version.written.replace(/^v/iu, '')
      if (order === 0 || seen.has(key)) continue
      seen.add(key)
      const named = `The plan says it was checked against constitution ${version.written}`
      const message =
        order < 0
          ? `${named}, but the constitution (${where}) is at ${stated.written}: check the gates against the principles as amended since, then name ${stated.written} here.`
          : `${named}, a version the constitution (${where}) never reached: it is at ${stated.written}. Name the version the gates were checked against.`
      report(range, isStock(version) ? `${message} ${STOCK}` : message)
    }
  }
}
