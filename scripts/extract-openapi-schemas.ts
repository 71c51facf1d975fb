/**
 * Extracts the few JSON Schemas the GitHub emulator needs from GitHub's official
 * OpenAPI description (npm package @octokit/openapi, ~400 MB unpacked: far too big
 * to be a dependency), and writes them, fully dereferenced, to
 * __fixtures__/github/schemas.json.
 *
 *   cd /tmp && npm pack @octokit/openapi && tar xzf octokit-openapi-*.tgz
 *   npx tsx scripts/extract-openapi-schemas.ts /tmp/package [out.json]
 *
 * The OpenAPI 3.0 dialect is turned into plain JSON Schema (draft-07, what ajv
 * reads by default): `nullable` becomes a `null` type (and a `null` enum member,
 * because OpenAPI means "this enum, or null" while ajv would reject null), and
 * keywords JSON Schema does not know (`discriminator`, `example`, `x-*` ...) are
 * dropped together with descriptions, which would triple the file's size.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

type Schema = Record<string, unknown>

/** Operations whose JSON request body the emulator validates. */
const REQUESTS = {
  'checks/create': ['post', '/repos/{owner}/{repo}/check-runs'],
  'checks/update': ['patch', '/repos/{owner}/{repo}/check-runs/{check_run_id}'],
  'issues/create-comment': ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  'issues/update-comment': ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}']
} as const

/** Operations whose success response the emulator's own tests check its answers against. */
const RESPONSES = {
  'pulls/list-files': ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files', '200'],
  'repos/compare-commits': ['get', '/repos/{owner}/{repo}/compare/{base}...{head}', '200'],
  'repos/get-content': ['get', '/repos/{owner}/{repo}/contents/{path}', '200'],
  'git/get-tree': ['get', '/repos/{owner}/{repo}/git/trees/{tree_sha}', '200'],
  'checks/create': ['post', '/repos/{owner}/{repo}/check-runs', '201'],
  'checks/update': ['patch', '/repos/{owner}/{repo}/check-runs/{check_run_id}', '200'],
  'checks/get': ['get', '/repos/{owner}/{repo}/check-runs/{check_run_id}', '200'],
  'checks/list-annotations': ['get', '/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', '200'],
  'issues/list-comments': ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments', '200'],
  'issues/create-comment': ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments', '201'],
  'issues/update-comment': ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}', '200']
} as const

/** Error bodies (the .deref.json has no `components`: take them from responses that use them). */
const ERRORS = {
  'basic-error': ['get', '/repos/{owner}/{repo}/contents/{path}', '404'],
  'validation-error': ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files', '422']
} as const

/** Keywords that are annotations only, or OpenAPI-only: they do not change what validates. */
const DROPPED = new Set(['description', 'example', 'examples', 'externalDocs', 'xml', 'discriminator', 'deprecated', 'readOnly', 'writeOnly'])
/** Formats ajv gets a checker for (see __fixtures__/github/schemas.ts); `int64` & co. are OpenAPI type hints. */
const FORMATS = new Set(['date-time', 'uri'])
/** Keywords whose value is a map from names to schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs'])
/** Keywords whose value is a schema or a list of schemas. */
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'not', 'allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', 'contains', 'propertyNames'])

/** Converts one OpenAPI 3.0 schema object (already dereferenced) to plain JSON Schema. */
export function toJsonSchema(schema: unknown, at = '#'): unknown {
  if (Array.isArray(schema)) return schema.map((item, index) => toJsonSchema(item, `${at}/${index}`))
  if (typeof schema !== 'object' || schema === null) return schema
  const out: Schema = {}
  for (const [key, value] of Object.entries(schema as Schema)) {
    if (key === '$ref') throw new Error(`unresolved $ref ${String(value)} at ${at}: use the .deref.json description`)
    if (DROPPED.has(key) || key.startsWith('x-') || key === 'nullable') continue
    if (key === 'format' && !FORMATS.has(String(value))) continue
    if (SCHEMA_MAPS.has(key)) out[key] = mapValues(value as Schema, (sub, name) => toJsonSchema(sub, `${at}/${key}/${name}`))
    else if (SCHEMA_VALUES.has(key)) out[key] = toJsonSchema(value, `${at}/${key}`)
    else out[key] = value
  }
  return (schema as Schema)['nullable'] === true ? allowNull(out) : out
}

/** OpenAPI's `nullable: true`, in JSON Schema terms. */
function allowNull(schema: Schema): Schema {
  const out = { ...schema }
  if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null]
  if (typeof out['type'] === 'string') out['type'] = [out['type'], 'null']
  else if (Array.isArray(out['type'])) out['type'] = [...new Set([...out['type'], 'null'])]
  else return { anyOf: [{ type: 'null' }, out] }
  return out
}

function mapValues<T>(map: Record<string, T>, fn: (value: T, key: string) => unknown): Schema {
  return Object.fromEntries(Object.entries(map).map(([key, value]) => [key, fn(value, key)]))
}

interface Operation {
  requestBody?: { content: Record<string, { schema: unknown }> }
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>
}

function operation(api: { paths: Record<string, Record<string, Operation>> }, method: string, path: string): Operation {
  const found = api.paths[path]?.[method]
  if (!found) throw new Error(`${method.toUpperCase()} ${path} is not in the description`)
  return found
}

function jsonSchemaOf(content: Record<string, { schema: unknown }> | undefined, what: string): unknown {
  const schema = content?.['application/json']?.schema
  if (schema === undefined) throw new Error(`${what} has no application/json schema`)
  return toJsonSchema(schema)
}

/** Reads the package at `packageDir` and returns the content of schemas.json. */
export function extract(packageDir: string): Record<string, unknown> {
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }
  // The .deref.json variant has every $ref already inlined, so nothing here resolves references.
  const file = 'generated/api.github.com.deref.json'
  const api = JSON.parse(readFileSync(join(packageDir, file), 'utf8')) as { paths: Record<string, Record<string, Operation>> }
  const requests = mapValues(REQUESTS, ([method, path]) => jsonSchemaOf(operation(api, method, path).requestBody?.content, `${method} ${path} request`))
  const response = ([method, path, status]: readonly [string, string, string]): unknown =>
    jsonSchemaOf(operation(api, method, path).responses[status]?.content, `${method} ${path} ${status}`)
  const responses = mapValues<readonly [string, string, string]>(RESPONSES, response)
  const errors = mapValues<readonly [string, string, string]>(ERRORS, response)
  return {
    source: `@octokit/openapi@${version} ${file}`,
    $comment: 'Generated by scripts/extract-openapi-schemas.ts; do not edit. OpenAPI 3.0 schemas converted to JSON Schema draft-07.',
    requests,
    responses,
    errors
  }
}

function main(argv: string[]): void {
  const [packageDir, outArg] = argv
  if (!packageDir) {
    console.error('usage: tsx scripts/extract-openapi-schemas.ts <path of the @octokit/openapi package> [out.json]')
    process.exit(2)
  }
  const here = dirname(fileURLToPath(import.meta.url))
  const out = resolve(outArg ?? join(here, '..', '__fixtures__', 'github', 'schemas.json'))
  const text = `${JSON.stringify(extract(resolve(packageDir)), null, 1)}\n`
  writeFileSync(out, text)
  console.log(`wrote ${out} (${text.length} bytes)`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2))
