import { schema } from './defaults.js'

type Spec = { enum?: unknown[]; additionalProperties?: Spec | boolean }

/**
 * Writes enum values the way the schema spells them, whatever case they
 * were given in (`medium` → `Medium`, `WARNING` → `warning`), for top-level
 * settings and the values of maps (`rules`, `statuses`). A value that
 * matches no spelling is left alone, for validation to report. Runs on every
 * layer (inputs, the YAML file, flags) before validation.
 */
export function normalizeEnums(values: Record<string, unknown>): void {
  const properties = schema.properties as Record<string, Spec>
  for (const [key, value] of Object.entries(values)) {
    const spec = properties[key]
    if (!spec) continue
    if (spec.enum && typeof value === 'string') {
      values[key] = canonical(value, spec.enum)
    } else if (typeof spec.additionalProperties === 'object' && spec.additionalProperties.enum && value && typeof value === 'object' && !Array.isArray(value)) {
      const allowed = spec.additionalProperties.enum
      const map = value as Record<string, unknown>
      for (const [name, entry] of Object.entries(map)) if (typeof entry === 'string') map[name] = canonical(entry, allowed)
    }
  }
}

function canonical(value: string, allowed: readonly unknown[]): string {
  const lower = value.trim().toLowerCase()
  const found = allowed.find((option) => typeof option === 'string' && option.toLowerCase() === lower)
  return typeof found === 'string' ? found : value
}
