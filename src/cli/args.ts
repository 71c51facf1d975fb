import { parseArgs } from 'node:util'
import { schema } from '../config/defaults.js'
import { didYouMean } from '../config/suggest.js'
import { settingKeys } from '../config/values.js'

export const FORMATS = ['text', 'json', 'github', 'sarif', 'gitlab'] as const
export type Format = (typeof FORMATS)[number]

/** The options besides the settings, as --help lists them. */
const OPTIONS: Array<[string, string]> = [
  ['--format FORMAT', `${FORMATS.join(', ')} (default: text)`],
  ['--quiet', 'text: print only the failing plans and their findings'],
  ['--base REF', 'compare each plan with its version at a git ref, judged by the rules there'],
  ['--config FILE', 'YAML configuration (default: .github/constitution-gate.yml at the repository root)'],
  ['-h, --help', 'show this help'],
  ['-v, --version', 'show the version']
]

/** Help, with one line per setting flag, written from the configuration schema. */
export function usage(): string {
  const properties = schema.properties as Record<string, { description?: string; type?: string | string[]; enum?: string[]; items?: unknown }>
  const settings = settingKeys.map((key): [string, string] => {
    const spec = properties[key] ?? {}
    const type = Array.isArray(spec.type) ? spec.type.find((t) => t !== 'null') : spec.type
    const value = type === 'boolean' ? '' : spec.enum ? spec.enum.join('|') : type === 'integer' ? 'N' : type === 'array' ? 'VALUE…' : type === 'object' ? "'NAME: VALUE'…" : key === 'constitution' ? 'FILE' : 'VALUE'
    return [`--${key}${value ? ` ${value}` : ''}`, firstSentence(spec.description ?? '')]
  })
  const width = Math.max(...[...OPTIONS, ...settings].map(([flag]) => flag.length)) + 2
  const lines = (rows: Array<[string, string]>) => rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`).join('\n')
  return `Usage: constitution-gate check [paths or globs…] [options]

Scores the constitutional gates and Complexity Tracking of spec-kit plans.
With no paths, scores the files matching the plans globs under the repository
root (the nearest folder up holding .git, .specify or the configuration file).

Options:
${lines(OPTIONS)}

Settings (each also a key of the YAML file; flags win over it). Lists and maps
take the flag once per item (--rules 'CG004: warning' --rules 'CG009: off');
the others are given once. Enum values take any case.
${lines(settings)}

Exit status: 0 every plan passes, 1 a plan fails, 2 usage or configuration
error, or nothing to judge.
`
}

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/u)
  return end === -1 ? text : text.slice(0, end + 1)
}

/** A mistake on the command line: exit 2, one line. */
export class UsageError extends Error {}

/** Settings every flag of which may be given many times: lists and maps. */
const REPEATABLE = new Set(settingKeys.filter((key) => ['array', 'object'].includes(String((schema.properties as Record<string, { type?: unknown }>)[key]?.type))))

/** Settings that are switches: `--only-new-findings` alone turns one on. */
const BOOLEAN_SETTINGS = new Set(settingKeys.filter((key) => (schema.properties as Record<string, { type?: unknown }>)[key]?.type === 'boolean'))

export const HELP_HINT = "Run 'constitution-gate --help' for the options."

/** The command line, read: every flag may repeat here, so that a repeated one can be named. */
export function readArgs(argv: readonly string[]) {
  const options = {
    format: { type: 'string' as const, multiple: true },
    config: { type: 'string' as const, multiple: true },
    quiet: { type: 'boolean' as const },
    base: { type: 'string' as const, multiple: true },
    help: { type: 'boolean' as const, short: 'h' },
    version: { type: 'boolean' as const, short: 'v' },
    ...Object.fromEntries(settingKeys.map((key) => [key, BOOLEAN_SETTINGS.has(key) ? { type: 'boolean' as const } : { type: 'string' as const, multiple: true }]))
  }
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options })
  } catch (error) {
    // parseArgs' errors come from Node's own realm: read the message, not `instanceof Error`.
    const message = String((error as { message?: unknown }).message ?? error).split('\n')[0] ?? ''
    const unknown = /^Unknown option '(-{1,2}[^']+)'/u.exec(message)?.[1]
    if (unknown) {
      const flags = Object.keys(options).map((name) => `--${name}`)
      const hint = didYouMean(unknown, flags)
      throw new UsageError(`unknown option '${unknown}'.${hint || ` ${HELP_HINT}`}`)
    }
    // "Option '--max-projects' argument is ambiguous": a value that starts with '-', or a missing one.
    const ambiguous = /^Option '(-{1,2}[^'\s]+)[^']*' argument (?:is ambiguous|missing)/u.exec(message)?.[1]
    if (ambiguous) throw new UsageError(`${ambiguous} needs a value; one that starts with '-' is written ${ambiguous}=-…`)
    throw new UsageError(`${message.replace(/\.$/u, '')}. ${HELP_HINT}`)
  }
  const values = parsed.values as Record<string, unknown>
  // A single-valued flag given twice is a mistake to name, not a silent "last one wins".
  for (const [name, given] of Object.entries(values)) {
    if (!Array.isArray(given) || given.length < 2 || REPEATABLE.has(name)) continue
    throw new UsageError(`--${name} is given twice (${given.map((value) => `'${value}'`).join(', ')}): give it once.`)
  }
  const single = (name: string) => (Array.isArray(values[name]) ? (values[name] as string[])[0] : undefined)
  return {
    positionals: parsed.positionals,
    values,
    format: single('format'),
    config: single('config'),
    constitution: single('constitution'),
    base: single('base'),
    quiet: values.quiet === true,
    help: values.help === true,
    version: values.version === true
  }
}

