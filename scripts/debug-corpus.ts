import { readFileSync } from 'node:fs'
import { defaultConfig } from '../src/config/defaults.js'
import { parsePlan } from '../src/parse/plan.js'
import { evaluate } from '../src/score/evaluate.js'

const dir = '../shared/corpus/'
const labels = readFileSync(dir + 'LABELS.tsv', 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'))
const config = defaultConfig()
for (const [file, verdict, clarity, lines] of labels) {
  const plan = parsePlan(readFileSync(dir + file, 'utf8'), file!)
  const report = evaluate(plan, config)
  const mark = report.verdict === verdict ? 'ok ' : 'BAD'
  const flagged = new Set(report.findings.flatMap((f) => Array.from({ length: f.range.endLine - f.range.line + 1 }, (_, i) => f.range.line + i)))
  const missing = lines!.split(',').map(Number).filter((l) => !flagged.has(l))
  console.log(`${mark} ${file!.slice(0, 40).padEnd(40)} want=${verdict} got=${report.verdict} ${clarity} score=${report.score?.toFixed(2)} errors=${report.findings.filter((f) => f.severity === "error").length} missing=${missing.join(",")}`)
  if (process.argv.includes('-v')) for (const f of report.findings) console.log(`     ${f.ruleId} ${f.severity} L${f.range.line}-${f.range.endLine} ${f.message.slice(0, 150)}`)
}
