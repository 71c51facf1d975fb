/**
 * Validators for the JSON Schemas in schemas.json (extracted from GitHub's OpenAPI
 * description by scripts/extract-openapi-schemas.ts).
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'

interface SchemaFile {
  source: string
  requests: Record<string, object>
  responses: Record<string, object>
  errors: Record<string, object>
}

export type SchemaGroup = 'requests' | 'responses' | 'errors'

const file = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'schemas.json'), 'utf8')) as SchemaFile

/** Where the schemas come from, e.g. "@octokit/openapi@23.0.2 generated/api.github.com.deref.json". */
export const schemaSource = file.source

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/iu

let ajv: Ajv | undefined
const compiled = new Map<string, ValidateFunction>()

function instance(): Ajv {
  // Strict, so an unknown keyword or format left by the extraction fails loudly; but GitHub's
  // schemas do require properties declared in a sibling (`anyOf: [{required: ['conclusion']}]`).
  // `verbose` puts the failing value in each error, for GitHub's "51 were supplied" wording.
  ajv ??= new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true })
    .addFormat('date-time', { validate: (value: string) => RFC3339.test(value) && !Number.isNaN(Date.parse(value)) })
    .addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/iu)
  return ajv
}

/**
 * The compiled validator of one extracted schema, e.g. `validator('requests', 'checks/create')`
 * or `validator('responses', 'pulls/list-files')`.
 */
export function validator(group: SchemaGroup, operation: string): ValidateFunction {
  const key = `${group}:${operation}`
  let validate = compiled.get(key)
  if (!validate) {
    const schema = file[group][operation]
    if (!schema) throw new Error(`schemas.json has no ${group} schema for ${operation}`)
    validate = instance().compile(schema)
    compiled.set(key, validate)
  }
  return validate
}

/** Ajv's errors as one readable line each, for test failure messages. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`)
}
