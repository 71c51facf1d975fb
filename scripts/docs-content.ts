import type { Rule } from '../src/rules/rule.js'

type Schema = { properties: Record<string, { description: string; type: string | string[]; default: unknown; examples?: unknown[]; enum?: unknown[] }> }
type Render = (before: string) => string

const BEGIN = (name: string) => `<!-- generated:${name} (npm run docs) -->`
const END = (name: string) => `<!-- /generated:${name} -->`

/** Replaces the text between a generated block's markers, leaving the rest alone. */
export function replaceBlock(text: string, name: string, body: string): string {
  const begin = BEGIN(name)
  const end = END(name)
  const start = text.indexOf(begin)
  const stop = text.indexOf(end)
  if (start < 0 || stop < start) throw new Error(`missing ${begin} … ${end}`)
  return `${text.slice(0, start + begin.length)}\n${body}\n${text.slice(stop)}`
}

function cell(text: string): string {
  return text.replace(/\|/gu, '\\|').replace(/\n/gu, ' ')
}

function typeOf(property: Schema['properties'][string]): string {
  const types = Array.isArray(property.type) ? property.type : [property.type]
  return types.join(' \\| ')
}

/** The README's rule table. */
export function rulesTable(rules: readonly Rule[]): string {
  const rows = rules.map((rule) => `| [${rule.id}](docs/rules/${rule.id.toLowerCase()}.md) | \`${rule.slug}\` | ${rule.defaultSeverity} | ${cell(rule.description)} | ${cell(rule.example)} |`)
  return ['| Id | Slug | Default | What it checks | Fires on, for example |', '|---|---|---|---|---|', ...rows].join('\n')
}

/** The README's configuration table. */
export function configTable(schema: Schema): string {
  const rows = Object.entries(schema.properties).map(
    ([key, property]) => `| \`${key}\` | ${typeOf(property)} | \`${JSON.stringify(property.default)}\` | ${cell(property.description)} | \`${cell(JSON.stringify(property.examples?.[0]))}\` |`
  )
  return ['| Key | Type | Default | Meaning | Example |', '|---|---|---|---|---|', ...rows].join('\n')
}

/** The generated header of a rule's page. */
export function ruleHeader(rule: Rule): string {
  return [
    `# ${rule.id} \`${rule.slug}\``,
    '',
    `${rule.description}`,
    '',
    `- Default severity: **${rule.defaultSeverity}** (change it with \`rules: { ${rule.id}: warning }\` or \`${rule.slug}: off\`)`,
    `- Tags: ${rule.tags.join(', ')}`,
    `- Fires on, for example: ${rule.example}`
  ].join('\n')
}

/** Every generated file and how to bring it up to date. */
export function generatedFiles(schema: Schema, rules: readonly Rule[]): Array<[string, Render]> {
  return [
    ['README.md', (text) => replaceBlock(replaceBlock(text, 'rules', rulesTable(rules)), 'config', configTable(schema))],
    ...rules.map((rule): [string, Render] => [
      `docs/rules/${rule.id.toLowerCase()}.md`,
      (text) => replaceBlock(text || `${BEGIN('header')}\n${END('header')}\n`, 'header', ruleHeader(rule))
    ])
  ]
}
