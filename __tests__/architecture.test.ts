import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Read → parse → score → report → publish: each layer imports only from the
 * layers before it, `src/model/`, `src/config/` and the leaf `src/meta.ts`;
 * the front ends (`src/main.ts`, `src/action/`, `src/cli.ts`, `src/cli/`,
 * `src/site/`) may import any layer, and no layer imports a front end.
 */
const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src')
const RANK: Record<string, number> = { meta: 0, model: 0, config: 1, read: 2, parse: 3, rules: 4, score: 4, report: 5, publish: 6 }
const FRONT_ENDS = new Set(['action', 'cli', 'site', 'main', 'index', 'bin', 'version'])

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []))
}

/** The layer of a path below src/: its folder, or its file name for files at the top. */
function layerOf(path: string): string {
  const [first = ''] = path.split('/')
  return first.replace(/\.(ts|js)$/u, '')
}

describe('the layers', () => {
  it('should import only backwards', () => {
    const wrong: string[] = []
    for (const file of files(src)) {
      const from = relative(src, file)
      const layer = layerOf(from)
      if (FRONT_ENDS.has(layer)) continue
      for (const match of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/gu)) {
        const target = normalize(join(dirname(from), match[1] ?? ''))
        if (target.startsWith('..')) continue // the schema files beside src/
        const to = layerOf(target)
        // The configuration checks rule names against the registry: data, not behaviour.
        if (layer === 'config' && target === 'rules/index.js') continue
        if (FRONT_ENDS.has(to) || (RANK[to] ?? 99) > (RANK[layer] ?? -1)) wrong.push(`${from} → ${target}`)
      }
    }
    expect(wrong).toEqual([])
  })
})
