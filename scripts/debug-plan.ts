// Prints what the parser reads in plans: `node --import ... scripts/debug-plan.ts FILE...`
import { readFileSync } from 'node:fs'
import { parsePlan } from '../src/parse/plan.js'

for (const file of process.argv.slice(2)) {
  const plan = parsePlan(readFileSync(file, 'utf8'), file)
  console.log(`===== ${file}`)
  for (const s of plan.sections) console.log(`SECTION L${s.heading.range.line} ${s.heading.text} [${s.state}] ..L${s.range.endLine}`)
  for (const g of plan.gates) {
    console.log(
      `  L${g.range.line} ${g.kind} ${g.status.toUpperCase()}${g.claimed !== g.status ? ` (claimed ${g.claimed})` : ''}${g.nonNegotiable ? ' NN' : ''} [${g.articles.join(',')}]${g.principle ? ` {${g.principle.name}}` : ''} "${g.label.slice(0, 60)}" <- ${g.readings.map((r) => `${r.position}:${r.written}=${r.status}${r.unmapped ? '?' : ''}`).join(' ')}${g.rows.length ? ` rows:${g.rows}` : ''}`
    )
  }
  for (const s of plan.summaries) console.log(`  SUMMARY L${s.range.line} ${s.status} ${s.section ?? 'plan'} "${s.text.slice(0, 60)}"`)
  for (const p of plan.placeholders) console.log(`  PLACEHOLDER L${p.range.line}:${p.range.column} ${p.where} ${p.text}`)
  for (const t of plan.complexityTables) console.log(`  TABLE L${t.range.line} justifies=${t.justifies} ${t.header.join('|')}`)
  plan.rows.forEach((r, i) => console.log(`  ROW#${i} L${r.range.line} ${r.kind} "${r.violation.slice(0, 50)}"`))
  for (const c of plan.projectCounts) console.log(`  COUNT L${c.range.line} ${c.value} rows:${c.rows}`)
  for (const c of plan.complexityScores) console.log(`  SCORE L${c.range.line} ${c.level}`)
}
