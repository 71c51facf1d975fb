import type { Report } from '../model/report.js'
import { REPOSITORY_URL } from '../meta.js'
import { docsUrl, rules } from '../rules/index.js'

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const

/**
 * SARIF 2.1.0, for upload to code scanning: one run, every rule described
 * (id, slug, description, help URL, default level), one result per finding.
 */
export function formatSarif(report: Report, version: string): string {
  const index = new Map(rules.map((rule, i) => [rule.id, i]))
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'constitution-gate',
            version,
            informationUri: REPOSITORY_URL,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.slug,
              shortDescription: { text: rule.description },
              helpUri: docsUrl(rule),
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              properties: { tags: [...rule.tags] }
            }))
          }
        },
        results: report.plans.flatMap((plan) =>
          plan.findings.map((finding) => ({
            ruleId: finding.ruleId,
            ruleIndex: index.get(finding.ruleId) ?? 0,
            level: LEVEL[finding.severity],
            message: { text: finding.message },
            // Code scanning shows a result suppressed in source as dismissed, with its justification.
            ...(finding.waiver ? { suppressions: [{ kind: 'inSource', justification: finding.waiver.reason }] } : {}),
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: finding.path.split('\\').join('/').split('/').map(encodeURIComponent).join('/') },
                  region: {
                    startLine: finding.range.line,
                    startColumn: finding.range.column,
                    endLine: finding.range.endLine,
                    endColumn: Math.max(finding.range.endColumn, 1)
                  }
                }
              }
            ]
          }))
        )
      }
    ]
  }
  return `${JSON.stringify(sarif, null, 2)}\n`
}
