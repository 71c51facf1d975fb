import * as core from '@actions/core'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ResolvedConfig } from '../config/resolve.js'
import type { Report } from '../model/report.js'
import type { CheckRunContent } from '../publish/check-run.js'
import { type Conclusion, conclusionOf } from '../publish/outcome.js'
import { annotationsOf } from '../report/annotations.js'
import { formatJson } from '../report/json.js'
import { checkTitle, fitMarkdown } from '../report/markdown.js'
import { formatText } from '../report/text.js'
import { VERSION } from '../version.js'
import { comment } from './comment.js'
import type { Run } from './run.js'

/** Check-run summaries hold 65,535 characters; job summaries 1 MiB. */
const CHECK_SUMMARY_BYTES = 65_535
const JOB_SUMMARY_BYTES = 1024 * 1024 - 1024

/**
 * Says what the run found, everywhere it is read: the log, the check run
 * (through `publish`), the job summary, the JSON report and the outputs; then
 * fails the step when the conclusion is a failure.
 */
export async function writeOutcome(run: Run, report: Report, resolved: ResolvedConfig, publish: (content: CheckRunContent) => Promise<number | null>): Promise<void> {
  const { config } = resolved
  const { repo, target } = run
  // With amendment-impact: fail, a plan the amended constitution makes fail fails the run.
  const amendmentFails = report.amendment?.mode === 'fail' && report.amendment.plans.some((plan) => plan.after === 'fail')
  const conclusion = amendmentFails ? 'failure' : conclusionOf(report, config.failOn)
  const configuration = { settings: config as unknown as Record<string, unknown>, sources: resolved.sources }
  core.info(formatText(report, { configuration }))

  const blobUrl = (path: string, line: number) =>
    `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repo.owner}/${repo.repo}/blob/${target.headSha}/${path.split('/').map(encodeURIComponent).join('/')}#L${line}`
  const options = { blobUrl, configuration }
  const title = checkTitle(report)
  const checkRunId = await publish({
    name: run.checkName,
    headSha: target.headSha,
    conclusion,
    title,
    summary: fitMarkdown(report, options, CHECK_SUMMARY_BYTES, 'the full report is in the job summary and in the JSON report'),
    annotations: annotationsOf(report)
  })

  const icon = conclusion === 'failure' ? '❌' : conclusion === 'success' ? '✅' : '➖'
  await core.summary
    .addHeading(`${icon} ${run.checkName}: ${title}`, 2)
    .addRaw(fitMarkdown(report, options, JOB_SUMMARY_BYTES, 'the full report is in the JSON report'))
    .write()
  await comment(run, run.comment, conclusion, title, (limit) => fitMarkdown(report, options, limit, 'the full report is in the check run and the job summary'))
  setOutputs(report, conclusion, checkRunId, writeReport(formatJson(report, VERSION)))
  if (conclusion === 'failure') core.setFailed(`${title}.`)
}

/** The Action's outputs, as action.yml describes them. */
function setOutputs(report: Report, conclusion: Conclusion, checkRunId: number | null, reportPath: string): void {
  core.setOutput('conclusion', conclusion)
  core.setOutput('score', report.score === null ? '' : report.score.toFixed(4))
  core.setOutput('plans-checked', String(report.plans.length))
  core.setOutput('plans-failed', String(report.failed))
  core.setOutput('report', reportPath)
  core.setOutput('check-run-id', checkRunId === null ? '' : String(checkRunId))
  core.setOutput('new-findings', String(report.plans.reduce((sum, plan) => sum + (plan.base ? plan.base.added.length : plan.findings.length), 0)))
  core.setOutput('waivers', String(report.plans.reduce((sum, plan) => sum + plan.findings.filter((finding) => finding.waiver).length, 0)))
}

/** Writes the JSON report where later steps can read it. */
function writeReport(json: string): string {
  const directory = join(process.env.RUNNER_TEMP ?? tmpdir(), 'constitution-gate')
  mkdirSync(directory, { recursive: true })
  const path = join(directory, 'report.json')
  writeFileSync(path, json)
  return path
}
