import { schema } from './defaults.js'
import { ConfigError } from './errors.js'

type Property = { type: string | string[]; items?: unknown; enum?: unknown[]; minimum?: number }

/** The schema property of a key, or undefined for an unknown key. */
export function property(key: string): Property | undefined {
  return (schema.properties as Record<string, Property>)[key]
}

/** Every setting's key, as the schema spells it. */
export const settingKeys: readonly string[] = Object.keys(schema.properties)

/**
 * Turns the text of a workflow input or CLI flag into the typed value the
 * schema describes: one item per line for lists, `key: value` per line for
 * maps (`CG004: warning`), a number for integers. Blank lines are skipped; an
 * empty text means "not set" (undefined), never an empty list.
 *
 * @param key
 *   The setting's schema key.
 * @param text
 *   What was written.
 * @param where
 *   How messages name the source (`input 'rules'`, `--rules`).
 * @throws ConfigError
 *   For a malformed line or number, quoting it.
 */
export function parseSetting(key: string, text: string, where: string, entry: (index: number) => string = (index) => `line ${index + 1}`): unknown {
  const spec = property(key)
  if (!spec) throw new ConfigError(`${where}: unknown setting '${key}'.`)
  const lines = text.split(/\r?\n/u).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'))
  if (lines.length === 0) return undefined
  const type = Array.isArray(spec.type) ? spec.type.filter((t) => t !== 'null')[0] : spec.type
  switch (type) {
    case 'array':
      return lines
    case 'object': {
      const map: Record<string, string> = {}
      lines.forEach((line, index) => {
        const pair = /^(.+?)\s*[:=]\s*(\S.*)$/u.exec(line)
        if (!pair) throw new ConfigError(`${where} ${entry(index)}: expected 'name: value', got '${line}'.`)
        map[(pair[1] ?? '').replace(/^["']|["']$/gu, '')] = (pair[2] ?? '').replace(/^["']|["']$/gu, '').trim()
      })
      return map
    }
    case 'boolean': {
      const word = lines.length === 1 ? (lines[0] ?? '').toLowerCase() : ''
      if (word !== 'true' && word !== 'false') throw new ConfigError(`${where}: expected true or false, got '${text.trim()}'.`)
      return word === 'true'
    }
    case 'integer': {
      if (lines.length > 1 || !/^\d+$/u.test(lines[0] ?? '')) {
        const least = typeof spec.minimum === 'number' ? ` of ${spec.minimum} or more` : ''
        throw new ConfigError(`${where}: expected a whole number${least}, got '${text.trim()}'.`)
      }
      return Number(lines[0])
    }
    default:
      if (lines.length > 1) throw new ConfigError(`${where}: expected one value, got ${lines.length} lines.`)
      return lines[0]
  }
}
