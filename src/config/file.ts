import type { Node } from 'yaml'
import { ConfigError } from './errors.js'
import type { ConfigLayer } from './layer.js'

/**
 * Parses the YAML configuration file into a layer whose every key knows its
 * line, so a wrong value is reported as `file:line:column`.
 *
 * @param path
 *   The file's path, as messages name it.
 * @param text
 *   Its content.
 * @throws ConfigError
 *   When the YAML is malformed or is not a mapping.
 */
export async function configFileLayer(path: string, text: string): Promise<ConfigLayer> {
  // Loaded only when there is a file to read: most runs have none, and start faster without it.
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = await import('yaml')
  const lines = new LineCounter()
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset)
    return `${path}:${line}:${col}`
  }
  const [first] = document.errors
  if (first) throw new ConfigError(`${at(first.pos[0])}: invalid YAML: ${first.message.split('\n')[0]}`)
  const values = document.toJS() ?? {}
  if (typeof values !== 'object' || Array.isArray(values)) {
    throw new ConfigError(`${path}:1:1: the configuration must be a mapping of keys to values, not ${Array.isArray(values) ? 'a list' : typeof values}.`)
  }
  return {
    origin: path,
    values: values as Record<string, unknown>,
    locate(keys) {
      let node: unknown = document.contents
      let offset = (document.contents as Node | null)?.range?.[0] ?? 0
      for (const key of keys) {
        if (isMap(node)) {
          const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key))
          if (!pair) break
          offset = (pair.key as Node).range?.[0] ?? offset
          node = pair.value
        } else if (isSeq(node) && typeof key === 'number') {
          node = node.items[key]
          offset = (node as Node | undefined)?.range?.[0] ?? offset
        } else break
      }
      return at(offset)
    }
  }
}
