// Regenerates what is written from the schema and the rule registry, never by
// hand: the README's rule and configuration tables, and the header of every
// docs/rules/<id>.md page (the prose below the header is kept). CI runs it
// and fails when it changes a file. Usage: npm run docs [-- --check]
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { schema } from '../src/config/defaults.js'
import { rules } from '../src/rules/index.js'
import { generatedFiles } from './docs-content.js'

const check = process.argv.includes('--check')
const stale: string[] = []
for (const [path, render] of generatedFiles(schema, rules)) {
  const before = existsSync(path) ? readFileSync(path, 'utf8') : ''
  const after = render(before)
  if (after === before) continue
  stale.push(path)
  if (!check) writeFileSync(path, after)
}
if (stale.length > 0) {
  console.log(`${check ? 'stale' : 'updated'}: ${stale.join(', ')}`)
  if (check) process.exitCode = 1
}
