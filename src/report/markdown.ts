import { type Finding, weighs } from '../model/finding.js'
import type { PlanReport, Report } from '../model/report.js'
import type { Status } from '../model/status.js'
import { changedSettings, countsText, type Effective, judgedByLines, percent, planConstitutionText, statusText } from './labels.js'

/** How the markdown report links to lines, if it can. */
export interface MarkdownOptions {
  /** The URL of a line of a file at the judged commit. */
  blobUrl?: (path: string, line: number) => string
  /** The effective configuration, listed at the end when any key differs from the default. */
  configuration?: Effective
}

const STATUS_MARK: Record<Status, string> = { pass: '✅', fail: '❌', partial: '⚠️', justified: '☑️', 'n/a': '➖', unevaluated: '❔' }
const SEVERITY_MARK: Record<Finding['severity'], string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' }

/** What findings of a rule are called in a title ("3 gates unjustified"). */
const TITLE_WORDS: Record<string, [string, string]> = {
  CG001: ['plan without gates', 'plans without gates'],
  CG002: ['unfilled gates section', 'unfilled gates sections'],
  CG003: ['gate unjustified', 'gates unjustified'],
  CG004: ['gate not evaluated', 'gates not evaluated'],
  CG005: ['non-negotiable gate violated', 'non-negotiable gates violated'],
  CG006: ['template placeholder', 'template placeholders'],
  CG010: ['project count over the limit', 'project counts over the limit'],
  CG011: ['complexity score over the limit', 'complexity scores over the limit'],
  CG012: ['contradicting verdict', 'contradicting verdicts'],
  CG013: ['failing verdict', 'failing verdicts'],
  CG017: ['unreadable plan', 'unreadable plans'],
  CG018: ['invalid waiver', 'invalid waivers']
}

/** A check run's title: "2 of 5 plans fail: 3 gates unjustified, 1 gate not evaluated". */
export function checkTitle(report: Report): string {
  const madeFail = report.amendment?.plans.filter((plan) => plan.after === 'fail').length ?? 0
  const amended = madeFail > 0 ? ` · the constitution amendment makes ${madeFail} plan${madeFail === 1 ? '' : 's'} fail` : ''
  return plansTitle(report) + amended
}

function plansTitle(report: Report): string {
  const total = report.plans.length
  if (total === 0) return 'No plan changed'
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  const waivers = report.plans.reduce((sum, plan) => sum + plan.findings.filter((f) => f.waiver).length, 0)
  const waived = waivers > 0 ? ` (${plural(waivers, 'waiver', 'waivers')})` : ''
  if (report.failed === 0) return `${total === 1 ? '1 plan passes' : `All ${total} plans pass`}${waived}`
  const errors = new Map<string, number>()
  // Only errors that weigh are why plans fail: waived ones and those the base had are not.
  for (const plan of report.plans) for (const f of plan.findings) if (f.severity === 'error' && weighs(f)) errors.set(f.ruleId, (errors.get(f.ruleId) ?? 0) + 1)
  const reasons = [...errors.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, n]) => {
      const [one, many] = TITLE_WORDS[rule] ?? ['other error', 'other errors']
      return plural(n, one, many)
    })
  const which = total === 1 ? '1 plan fails' : `${report.failed} of ${total} plans ${report.failed === 1 ? 'fails' : 'fail'}`
  return `${which}: ${reasons.join(', ')}${waived}`
}

function cell(text: string): string {
  return text.replace(/\|/gu, '\\|').replace(/\r?\n/gu, ' ')
}

function link(options: MarkdownOptions, path: string, line: number, text: string): string {
  return options.blobUrl ? `[${text}](${options.blobUrl(path, line)})` : text
}

/**
 * The report as GitHub markdown: an overview table of the plans, then for
 * each plan that has gates or findings its gate table and its findings, with
 * links to the lines. Used for the check run's summary and the job summary.
 */
export function formatMarkdown(report: Report, options: MarkdownOptions): string {
  return markdownBody(report, options) + markdownFooter(report)
}

/**
 * The markdown report cut to `limit` bytes: the body is cut on a line
 * boundary, saying where the rest is, and the closing lines that name what
 * judged the plans are always kept.
 */
export function fitMarkdown(report: Report, options: MarkdownOptions, limit: number, rest: string): string {
  const footer = markdownFooter(report)
  const body = trimToBytes(markdownBody(report, options), limit - Buffer.byteLength(footer) - 1, rest)
  return (body.endsWith('\n') ? body : `${body}\n`) + footer
}

/** The closing lines: the constitution(s) and the configuration file that judged the plans. */
function markdownFooter(report: Report): string {
  if (!report.judgedBy) return ''
  return `\n${judgedByLines(report.judgedBy, (text) => `\`${text}\``).map((line) => `${line}  `).join('\n').trimEnd()}\n`
}

function markdownBody(report: Report, options: MarkdownOptions): string {
  if (report.plans.length === 0) return `${[...amendmentMarkdown(report), 'No plan matching the configured globs changed, so no gate was checked.'].join('\n')}\n`
  const out: string[] = [...amendmentMarkdown(report), ...changesMarkdown(report)]
  // What a reviewer must act on comes first; what passes is one click away.
  for (const plan of report.plans.filter((p) => p.verdict === 'fail')) out.push(...planMarkdown(plan, options, report), '')
  const passing = report.plans.filter((plan) => plan.verdict === 'pass')
  if (passing.length > 0) {
    out.push(`<details><summary>✅ ${passing.length} plan${passing.length === 1 ? ' passes' : 's pass'}</summary>`, '', '| Plan | Score | Gates | Warnings |', '|---|---|---|---|')
    for (const plan of passing) {
      const warnings = plan.findings.filter((f) => f.severity === 'warning').length
      out.push(`| ${link(options, plan.path, 1, `\`${cell(plan.path)}\``)} | ${percent(plan.score)} | ${plan.gates.length} | ${warnings} |`)
    }
    for (const plan of passing.filter((p) => p.findings.length > 0)) out.push('', `\`${plan.path}\`:`, '', ...planFindingsMarkdown(plan, options))
    out.push('', '</details>', '')
  }
  const changed = options.configuration ? changedSettings(options.configuration) : []
  if (changed.length > 0) {
    out.push('**Configuration** (differs from the defaults):', '')
    for (const { key, value, source } of changed) out.push(`- \`${key}\` = \`${value}\` — ${source}`)
  }
  return `${out.join('\n').trimEnd()}\n`
}

/** A failing plan: its verdict line, its findings, then its gates, collapsed. */
function planMarkdown(plan: PlanReport, options: MarkdownOptions, report: Report): string[] {
  const counts = countsText(plan.counts)
  // Several constitutions judged the run (a monorepo): each plan names its own.
  const judged = (report.judgedBy?.constitutions.length ?? 0) > 1 ? ` · judged by ${planConstitutionText(plan.constitution.path, report.judgedBy, (text) => `\`${text}\``)}` : ''
  const out = [`### ❌ \`${plan.path}\` — ${plan.verdict} · score ${percent(plan.score)}${counts ? ` · ${counts}` : ''}${judged}`]
  if (plan.findings.length > 0) out.push('', ...planFindingsMarkdown(plan, options))
  if (plan.gates.length > 0) {
    out.push('', `<details><summary>Gates (${plan.gates.length})</summary>`, '', '| Gate | Article | Status | Line |', '|---|---|---|---|')
    for (const gate of plan.gates) {
      const status = `${STATUS_MARK[gate.status]} ${statusText[gate.status]}${gate.nonNegotiable ? ' (non-negotiable)' : ''}`
      out.push(`| ${cell(gate.label)} | ${gate.articles.join(', ') || '—'} | ${status} | ${link(options, plan.path, gate.range.line, `L${gate.range.line}`)} |`)
    }
    out.push('', '</details>')
  }
  return out
}

/** What a constitution amendment does to the plans it judges. */
function amendmentMarkdown(report: Report): string[] {
  const amendment = report.amendment
  if (!amendment) return []
  const names = amendment.constitutions.map((path) => `\`${path}\``).join(', ')
  const changed = amendment.plans.length
  const out = [
    '#### Constitution amendment',
    '',
    `This change amends ${names}: ${amendment.checked} plan${amendment.checked === 1 ? '' : 's'} it judges ${amendment.checked === 1 ? 'was' : 'were'} scored against the constitution before and after; ${changed === 0 ? 'no verdict changes' : `${changed} change${changed === 1 ? 's its verdict' : ' their verdicts'}`}.`
  ]
  if (changed > 0) out.push('')
  for (const plan of amendment.plans) {
    const why = plan.reasons.length > 0 ? `: ${plan.reasons.map(cell).join('; ')}` : ''
    out.push(`- ${plan.after === 'fail' ? '❌' : '✅'} this amendment makes \`${plan.path}\` ${plan.after}${why}`)
  }
  if (amendment.mode === 'fail' && amendment.plans.some((plan) => plan.after === 'fail')) out.push('', '_amendment-impact: fail — the plans it makes fail fail this run._')
  out.push('')
  return out
}

/**
 * What the change did, for plans that existed at its base: score and verdict
 * before → after, each gate whose status moved, and the findings it added
 * and resolved.
 */
function changesMarkdown(report: Report): string[] {
  const compared = report.plans.filter((plan) => plan.base)
  if (compared.length === 0) return []
  const mark = (status: Status | null) => (status ? `${STATUS_MARK[status]} ${statusText[status]}` : '(none)')
  const verdict = (value: 'pass' | 'fail') => (value === 'pass' ? '✅' : '❌')
  const out = ['#### What this change did', '', '| Plan | Score | Verdict | Gates changed | Findings added | Resolved |', '|---|---|---|---|---|---|']
  for (const plan of compared) {
    const base = plan.base as NonNullable<PlanReport['base']>
    out.push(`| \`${cell(plan.path)}\` | ${percent(base.score)} → ${percent(plan.score)} | ${verdict(base.verdict)} → ${verdict(plan.verdict)} | ${base.gates.length} | ${base.added.length} | ${base.resolved.length} |`)
  }
  for (const plan of compared) {
    const base = plan.base as NonNullable<PlanReport['base']>
    if (base.gates.length === 0 && base.resolved.length === 0) continue
    out.push('', `\`${plan.path}\`${base.path === plan.path ? '' : ` (was \`${base.path}\`)`}:`)
    for (const gate of base.gates) out.push(`- ${cell(gate.label)}: ${mark(gate.before)} → ${mark(gate.after)}`)
    for (const finding of base.resolved) out.push(`- resolved: **${finding.ruleId}** ${finding.slug}: ${cell(finding.message)}`)
  }
  out.push('')
  return out
}

/** A plan's findings; those the base already had (only new findings count), and those a directive waives, under their own headings. */
function planFindingsMarkdown(plan: PlanReport, options: MarkdownOptions): string[] {
  const current = plan.findings.filter((finding) => !finding.existing && !finding.waiver)
  const existing = plan.findings.filter((finding) => finding.existing && !finding.waiver)
  const waived = plan.findings.filter((finding) => finding.waiver)
  const out = findingsMarkdown(plan, options, current)
  if (existing.length > 0) out.push(...(out.length > 0 ? [''] : []), '**Existing** (the base had them too; only new findings count):', '', ...findingsMarkdown(plan, options, existing))
  if (waived.length > 0) out.push(...(out.length > 0 ? [''] : []), '**Waived** (by a directive in the plan, for the reason it gives; they fail nothing):', '', ...findingsMarkdown(plan, options, waived))
  return out
}

function findingsMarkdown(plan: PlanReport, options: MarkdownOptions, findings: readonly Finding[]): string[] {
  return findings.map((finding) => {
    const where = link(options, finding.path, finding.range.line, finding.path === plan.path ? `L${finding.range.line}` : `${finding.path}:${finding.range.line}`)
    const waiver = finding.waiver ? ` — waived at ${link(options, plan.path, finding.waiver.line, `L${finding.waiver.line}`)}: ${cell(finding.waiver.reason)}` : ''
    return `- ${SEVERITY_MARK[finding.severity]} ${where} **${finding.ruleId}** [${finding.slug}](${finding.docs}): ${cell(finding.message)}${waiver}`
  })
}

/**
 * Cuts `text` on a line boundary so that it fits in `limit` UTF-8 bytes,
 * saying how many lines were cut and where the rest is.
 */
export function trimToBytes(text: string, limit: number, rest: string): string {
  if (Buffer.byteLength(text) <= limit) return text
  const lines = text.split('\n')
  const note = (cut: number) => `\n\n_… ${cut} more lines cut to fit GitHub's limit: ${rest}._`
  let kept = 0
  let size = Buffer.byteLength(note(lines.length))
  while (kept < lines.length) {
    const next = Buffer.byteLength(lines[kept] ?? '') + 1
    if (size + next > limit) break
    size += next
    kept++
  }
  return lines.slice(0, kept).join('\n') + note(lines.length - kept)
}
