// Reads the runnable examples out of the docs (docs/rules/*.md, docs/formats.md)
// and runs each through the real CLI, as a user who pasted it would. The
// conventions are documented in docs/rules/README.md.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Code, Nodes } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { type Io, main } from '../../src/cli.js'

/** Where an example's plan is written: a path the default plans globs match. */
export const PLAN_PATH = 'specs/001-example/plan.md'
/** Where its constitution block, if any, is written: the path spec-kit uses. */
export const CONSTITUTION_PATH = '.specify/memory/constitution.md'
/** Where its config block, if any, is written: the default configuration file. */
export const CONFIG_PATH = '.github/constitution-gate.yml'

/** The sentence a rule page says instead of examples when a plan alone cannot show the rule. */
export const CANNOT_BE_SHOWN = 'cannot be shown in a plan'

/** One runnable example: a whole plan, what it must do, and the files beside it. */
export interface Example {
  /** `fails`: exit 1 (see expectedExit), `passes`: exit 0. */
  expect: 'fails' | 'passes'
  /** Rule ids written after the info string (`markdown fails CG003 CG012`). */
  rules: string[]
  plan: string
  /** The `markdown constitution` block just above it, if any. */
  constitution: string | null
  /** The `yaml config` block just above it, if any. */
  config: string | null
  /** Line of the block's opening fence, for test names. */
  line: number
}

/** What a docs page holds: its examples, and the fenced blocks whose info string means nothing. */
export interface PageExamples {
  examples: Example[]
  /** `markdown …` blocks with no known role, as `line: info string` (a typo, or a fragment). */
  strays: string[]
}

const RULE_ID = /^CG\d{3}$/u

/** Every fenced code block of a markdown text, nested ones included, in order. */
function codeBlocks(markdown: string): Code[] {
  const found: Code[] = []
  const visit = (node: Nodes) => {
    if (node.type === 'code') found.push(node)
    if ('children' in node) node.children.forEach(visit)
  }
  visit(fromMarkdown(markdown))
  return found
}

/**
 * The examples of a docs page. A `markdown constitution` or `yaml config`
 * block belongs to the one example block right after it, so that each example
 * states everything it is judged with.
 */
export function readExamples(markdown: string): PageExamples {
  const examples: Example[] = []
  const strays: string[] = []
  // A companion block waiting for its example, with its line and info string.
  let constitution: { value: string; at: string } | null = null
  let config: { value: string; at: string } | null = null
  for (const block of codeBlocks(markdown)) {
    const line = block.position?.start.line ?? 0
    const [role = '', ...rules] = (block.meta ?? '').trim().split(/\s+/u).filter(Boolean)
    const at = `${line}: ${`${block.lang ?? ''} ${block.meta ?? ''}`.trim()}`
    // A companion that another one replaces before any example judges nothing: say so.
    if (block.lang === 'yaml' && role === 'config' && rules.length === 0) {
      if (config) strays.push(`${config.at} (no example follows it)`)
      config = { value: block.value, at }
    }
    if (block.lang !== 'markdown') continue
    if (role === 'constitution' && rules.length === 0) {
      if (constitution) strays.push(`${constitution.at} (no example follows it)`)
      constitution = { value: block.value, at }
    } else if ((role === 'fails' || role === 'passes') && rules.every((id) => RULE_ID.test(id)) && (role === 'fails' || rules.length === 0)) {
      examples.push({ expect: role, rules, plan: `${block.value}\n`, constitution: constitution?.value ?? null, config: config?.value ?? null, line })
      constitution = null
      config = null
    } else {
      strays.push(at)
    }
  }
  for (const left of [constitution, config]) if (left) strays.push(`${left.at} (no example follows it)`)
  return { examples, strays }
}

/** What the CLI said about an example. */
export interface Outcome {
  code: number
  stderr: string
  findings: Array<{ ruleId: string; severity: string; message: string; line: number }>
}

/**
 * Runs an example through `main` from src/cli.ts in a fresh repository (a
 * temporary folder holding `.git`), with the default settings unless it
 * brings a config block.
 */
export async function runExample(example: Example): Promise<Outcome> {
  const root = mkdtempSync(join(tmpdir(), 'cg-docs-example-'))
  try {
    mkdirSync(join(root, '.git'))
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true })
      writeFileSync(join(root, path), text)
    }
    write(PLAN_PATH, example.plan)
    if (example.constitution !== null) write(CONSTITUTION_PATH, `${example.constitution}\n`)
    if (example.config !== null) write(CONFIG_PATH, `${example.config}\n`)
    let stdout = ''
    let stderr = ''
    const io: Io = { cwd: root, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), interactive: false }
    const code = await main(['check', '--format', 'json'], io)
    if (code === 2) return { code, stderr, findings: [] }
    const report = JSON.parse(stdout) as { plans: Array<{ findings: Array<{ ruleId: string; severity: string; message: string; line: number }> }> }
    const findings = report.plans.flatMap((plan) => plan.findings.map((finding) => ({ ruleId: finding.ruleId, severity: finding.severity, message: finding.message, line: finding.line })))
    return { code, stderr, findings }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

/** The little of a rule the checks need. */
export interface RuleFacts {
  id: string
  defaultSeverity: string
}

/**
 * What is wrong with an example's outcome, as sentences (none: it does what
 * its info string says). A failing example must report every rule it names,
 * and on a rule page that page's rule, each at its default severity, and exit
 * 1; when every rule it names is a warning rule it exits 0, since warnings
 * alone do not fail a plan. A passing example exits 0, and on a rule page does
 * not report that page's rule, not even as a warning.
 */
export function judge(example: Example, outcome: Outcome, registry: readonly RuleFacts[], pageRule: string | null = null): string[] {
  const problems: string[] = []
  const found = outcome.findings.map((finding) => `${finding.ruleId} ${finding.severity} line ${finding.line}: ${finding.message}`)
  const seen = found.length > 0 ? ` (reported: ${found.join('; ')})` : ' (reported nothing)'
  if (outcome.code === 2) return [`the CLI exits 2: ${outcome.stderr.trim()}`]
  const named = [...new Set([...(pageRule ? [pageRule] : []), ...example.rules])]
  const rules = named.map((id) => ({ id, rule: registry.find((rule) => rule.id === id) }))
  for (const { id } of rules.filter(({ rule }) => !rule)) problems.push(`${id} is no rule of the registry`)
  if (example.expect === 'passes') {
    if (outcome.code !== 0) problems.push(`a passing example exits ${outcome.code}, not 0${seen}`)
    if (pageRule && outcome.findings.some((finding) => finding.ruleId === pageRule)) problems.push(`a passing example reports ${pageRule}${seen}`)
    return problems
  }
  for (const { id, rule } of rules) {
    if (rule && !outcome.findings.some((finding) => finding.ruleId === id && finding.severity === rule.defaultSeverity)) problems.push(`${id} is not reported at ${rule.defaultSeverity}${seen}`)
  }
  const warningsOnly = rules.length > 0 && rules.every(({ rule }) => rule?.defaultSeverity === 'warning')
  const exit = warningsOnly ? 0 : 1
  if (outcome.code !== exit) problems.push(`a failing example${warningsOnly ? ' of warnings only' : ''} exits ${outcome.code}, not ${exit}${seen}`)
  return problems
}

/**
 * What a rule's page lacks: both a failing and a passing example, or the
 * sentence saying the rule cannot be shown in a plan; and no markdown block
 * that does not run.
 */
export function pageProblems(ruleId: string, markdown: string): string[] {
  const { examples, strays } = readExamples(markdown)
  const problems = strays.map((stray) => `${ruleId}: line ${stray} is a markdown block that does not run (write markdown fails, markdown passes or markdown constitution)`)
  const has = (expect: Example['expect']) => examples.some((example) => example.expect === expect)
  if (!(has('fails') && has('passes')) && !markdown.includes(CANNOT_BE_SHOWN)) {
    problems.push(`${ruleId}: the page needs a "markdown fails" and a "markdown passes" example, or the sentence that the rule ${CANNOT_BE_SHOWN} alone`)
  }
  return problems
}
