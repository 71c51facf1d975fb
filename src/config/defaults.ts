import schema from '../../schema/constitution-gate.schema.json' with { type: 'json' }
import type { Config } from './config.js'

/** The schema's kebab-case key for a Config key: `maxProjects` → `max-projects`. */
export function schemaKey(key: string): string {
  return key.replace(/[A-Z]/gu, (letter) => `-${letter.toLowerCase()}`)
}

/** The Config key for a schema key: `max-projects` → `maxProjects`. */
export function configKey(key: string): keyof Config {
  return key.replace(/-([a-z])/gu, (_, letter: string) => letter.toUpperCase()) as keyof Config
}

/** The defaults, read from the schema so they are written down once. */
export function defaultConfig(): Config {
  const config: Record<string, unknown> = {}
  for (const [key, property] of Object.entries(schema.properties)) {
    config[configKey(key)] = structuredClone((property as { default: unknown }).default)
  }
  return config as unknown as Config
}

export { schema }
