import { findRule } from '../rules/index.js'
import type { Config } from './config.js'
import { configKey, defaultConfig } from './defaults.js'
import type { ConfigLayer } from './layer.js'
import { validateLayer } from './validate.js'

/** The configuration in effect, and what set each key that differs from the default. */
export interface ResolvedConfig {
  config: Config
  /** Key (schema spelling) → where it was set, for keys that are not defaults. */
  sources: Record<string, string>
}

/**
 * Validates each layer and merges them over the defaults, later layers
 * winning: defaults < YAML file < CLI flags or workflow inputs. Lists and
 * single values are replaced; the `rules` and `statuses` maps are merged
 * entry by entry. Nothing is applied unless every layer is valid.
 *
 * @throws ConfigError
 *   From the first invalid layer.
 */
export async function resolveConfig(layers: readonly ConfigLayer[]): Promise<ResolvedConfig> {
  for (const layer of layers) await validateLayer(layer)
  const config = defaultConfig() as unknown as Record<string, unknown>
  const sources: Record<string, string> = {}
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer.values)) {
      const name = configKey(key)
      if (key === 'rules') {
        const severities = config.rules as Record<string, unknown>
        for (const [rule, severity] of Object.entries(value as Record<string, unknown>)) {
          const id = findRule(rule)?.id ?? rule
          severities[id] = severity
          sources[`rules.${id}`] = layer.locate(['rules', rule])
        }
      } else if (key === 'statuses') {
        const words = config.statuses as Record<string, unknown>
        for (const [word, status] of Object.entries(value as Record<string, unknown>)) {
          words[word] = status
          sources[`statuses.${word}`] = layer.locate(['statuses', word])
        }
      } else {
        config[name] = structuredClone(value)
        sources[key] = layer.locate([key])
      }
    }
  }
  return { config: config as unknown as Config, sources }
}
