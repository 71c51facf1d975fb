// Regenerates what is written from the schema and the rule registry, never by
// hand: action.yml, the tables of docs/configuration.md (settings, inputs,
// outputs, rules), and the header of every docs/rules/<id>.md page (the prose
// around the generated blocks is kept). CI runs it and fails when it changes
// a file. Usage: npm run docs [-- --check]
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { schema } from '../src/config/defaults.js'
import { rules } from '../src/rules/index.js'
import { generatedFiles } from './docs-content.js'

const check = process.argv.includes('--check')
const stale: string[] = []
try {
  for (const [path, render] of generatedFiles(schema, rules)) {
    const before = existsSync(path) ? readFileSync(path, 'utf8') : ''
    const after = render(before)
    if (after === before) continue
    stale.push(path)
    if (!check) writeFileSync(path, after)
  }
} catch (error) {
  // A missing marker is the usual cause: one line naming it, no stack trace.
  console.error(`npm run docs: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(2)
}
if (stale.length > 0) {
  console.log(`${check ? 'stale' : 'updated'}: ${stale.join(', ')}`)
  if (check) process.exitCode = 1
}
