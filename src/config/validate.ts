import type { ErrorObject, ValidateFunction } from 'ajv'
import { findRule, rules } from '../rules/index.js'
import { schema } from './defaults.js'
import { normalizeEnums } from './enums.js'
import { ConfigError } from './errors.js'
import { globProblem } from './globs.js'
import type { ConfigLayer } from './layer.js'
import { didYouMean } from './suggest.js'

let compiled: Promise<ValidateFunction> | null = null

/** Ajv is loaded only when there is configuration to check: runs with defaults start faster. */
async function validator(): Promise<ValidateFunction> {
  compiled ??= import('ajv').then(({ default: Ajv }) => {
    const ajv = new (Ajv as unknown as typeof import('ajv').default)({ allErrors: true, strict: true })
    return ajv.compile(schema)
  })
  return compiled
}

const schemaKeys = Object.keys(schema.properties)
const ruleNames = rules.flatMap((rule) => [rule.id, rule.slug])

/**
 * Checks one layer of configuration against the JSON Schema and the rule
 * registry. Every problem is reported, each with where it was written.
 *
 * @throws ConfigError
 *   Listing every problem, one per line.
 */
export async function validateLayer(layer: ConfigLayer): Promise<void> {
  if (Object.keys(layer.values).length === 0) return
  normalizeEnums(layer.values)
  const validate = await validator()
  const problems: string[] = []
  if (!validate(layer.values)) {
    for (const error of dedupe(validate.errors ?? [])) problems.push(describe(error, layer))
  }
  const ruleSettings = layer.values.rules
  if (ruleSettings && typeof ruleSettings === 'object' && !Array.isArray(ruleSettings)) {
    for (const name of Object.keys(ruleSettings)) {
      if (findRule(name)) continue
      problems.push(`${layer.locate(['rules', name])}: unknown rule '${name}'.${didYouMean(name, ruleNames)}`)
    }
  }
  for (const key of ['plans', 'exclude']) {
    const globs = layer.values[key]
    if (!Array.isArray(globs)) continue
    globs.forEach((glob, index) => {
      const problem = typeof glob === 'string' ? globProblem(glob) : null
      if (problem) problems.push(`${layer.locate([key, index])}: '${key}' glob '${glob}' is not usable: ${problem}.`)
    })
  }
  if (problems.length > 0) throw new ConfigError(inLineOrder(problems).join('\n'))
}

/** Problems located as `file:line:column` sorted by line and column; others keep their order, after them. */
function inLineOrder(problems: string[]): string[] {
  const where = (problem: string): [number, number] => {
    const match = /^[^:\s]+:(\d+):(\d+):/u.exec(problem)
    return match ? [Number(match[1]), Number(match[2])] : [Number.POSITIVE_INFINITY, 0]
  }
  return problems
    .map((problem, index) => ({ problem, index, at: where(problem) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.index - b.index)
    .map(({ problem }) => problem)
}

/** Ajv reports a failing `type: [string, null]` twice; one message is enough. */
function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>()
  return errors.filter((error) => {
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`
    if (seen.has(key)) return false
    seen.add(key)
    return error.keyword !== 'if'
  })
}

function describe(error: ErrorObject, layer: ConfigLayer): string {
  const path = error.instancePath.split('/').slice(1).map((part) => part.replace(/~1/gu, '/').replace(/~0/gu, '~'))
  const name = path.length > 0 ? `'${path.join('.')}'` : 'the configuration'
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty)
      return `${layer.locate([...path, key])}: unknown key '${key}'.${didYouMean(key, schemaKeys)}`
    }
    case 'type':
      return `${layer.locate(path)}: ${name} must be ${withArticle(String((error.params as { type: string }).type))}.`
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues
      const given = lookup(layer.values, path)
      const hint = typeof given === 'string' ? didYouMean(given, allowed.filter((v): v is string => typeof v === 'string')) : ''
      return `${layer.locate(path)}: ${name} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}.${hint}`
    }
    default:
      return `${layer.locate(path)}: ${name} ${error.message ?? 'is invalid'}.`
  }
}

/** The value at a path of the layer's values. */
function lookup(values: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), values)
}

function withArticle(type: string): string {
  return type
    .split(',')
    .map((t) => (t === 'null' ? 'null' : /^[aeiou]/u.test(t) ? `an ${t}` : `a ${t}`))
    .join(' or ')
}
