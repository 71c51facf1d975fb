import { defaultConfig, configKey } from '../config/defaults.js'
import { settingKeys } from '../config/values.js'
import { REPOSITORY_URL, VERSION } from '../meta.js'

/** The Action (owner/name from package.json's repository), pinned to this build's major tag as the README's workflows are. */
export const ACTION = `${new URL(REPOSITORY_URL).pathname.replace(/^\/|\/$/gu, '')}@v${VERSION.split('.')[0]}`

/** Characters that YAML reads as a line break, or will not hold in a block scalar. */
const UNWRITABLE = /[\n\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u
/** Plain YAML scalars that stay the same string in every YAML reader. */
const PLAIN = /^[A-Za-z][A-Za-z0-9_./-]*$/u
const SPECIAL = /^(?:true|false|yes|no|on|off|null|y|n)$/iu

/**
 * The workflow step that runs the Action with these settings as its inputs:
 * lists one item a line and maps one `name: value` a line (the form
 * `src/config/values.ts` reads), scalars as they are. What an input cannot
 * carry — an empty list, an item the input would trim or take for a comment —
 * is named in a comment instead, to be kept in the YAML file.
 *
 * @param settings
 *   Valid settings, by schema key (the settings box once it validates).
 */
export function workflowStep(settings: Record<string, unknown>): string {
  const inputs: string[] = []
  const notes: string[] = []
  const defaults = defaultConfig() as unknown as Record<string, unknown>
  for (const key of settingKeys) {
    if (!(key in settings)) continue
    const value = settings[key]
    if (value === null || value === undefined) continue
    if (Array.isArray(value) || typeof value === 'object') {
      const lines = Array.isArray(value) ? value.map(String) : Object.entries(value).map(([name, entry]) => `${name}: ${String(entry)}`)
      if (lines.length === 0) {
        // An empty input means "not set": an empty list that differs from the default cannot be said.
        const fallback = defaults[configKey(key)]
        if (Array.isArray(value) && Array.isArray(fallback) && fallback.length > 0) notes.push(cannot(key, 'an empty input means the default'))
        continue
      }
      const bad = Array.isArray(value) ? value.find((item) => !lineSafe(String(item))) : Object.keys(value).find((name) => !lineSafe(name) || /[:=]|^["']|["']$/u.test(name))
      if (bad !== undefined) {
        notes.push(cannot(key, `${JSON.stringify(bad)} does not survive one-entry-a-line`))
        continue
      }
      inputs.push(`    ${key}: |`, ...lines.map((line) => `      ${line}`))
    } else if (typeof value === 'number') {
      inputs.push(`    ${key}: ${value}`)
    } else {
      const text = String(value)
      if (text.includes('\n') || text.includes('\r') || text !== text.trim() || text.startsWith('#')) {
        notes.push(cannot(key, 'an input is trimmed to one line'))
        continue
      }
      inputs.push(`    ${key}: ${PLAIN.test(text) && !SPECIAL.test(text) ? text : JSON.stringify(text)}`)
    }
  }
  const out = [`- uses: ${ACTION}`]
  if (inputs.length > 0) out.push('  with:', ...inputs)
  if (notes.length > 0) out.push(...notes.map((note) => `  ${note}`))
  return `${out.join('\n')}\n`
}

/** Whether a line of a multi-line input reads back as written. */
function lineSafe(line: string): boolean {
  return line !== '' && line === line.trim() && !line.startsWith('#') && !UNWRITABLE.test(line)
}

function cannot(key: string, why: string): string {
  return `# '${key}' cannot be an input (${why}): keep it in .github/constitution-gate.yml`
}
