import type { ConfigLayer } from './layer.js'
import { parseSetting, settingKeys } from './values.js'

/**
 * The workflow inputs that set configuration, as one layer over the YAML
 * file. Each input has the schema key's name (`max-projects`, `rules`); an
 * empty input is "not set". Multi-line inputs hold one item, or one
 * `key: value` entry, per line.
 *
 * @param read
 *   Reads an input by name (`core.getInput`).
 * @throws ConfigError
 *   Quoting the input and the line of a malformed value.
 */
export function inputLayer(read: (name: string) => string): ConfigLayer {
  const values: Record<string, unknown> = {}
  for (const key of settingKeys) {
    const value = parseSetting(key, read(key), `input '${key}'`)
    if (value !== undefined) values[key] = value
  }
  return {
    origin: 'inputs',
    values,
    locate: ([key, entry]) =>
      entry === undefined ? `input '${key}'` : typeof entry === 'number' ? `input '${key}' line ${entry + 1}` : `input '${key}' (${entry})`
  }
}
