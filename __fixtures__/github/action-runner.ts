import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Emulator, type EmulatorState, type RepoFile, startEmulator } from './emulator.js'
import { writeEvent } from './webhooks.js'

export const root = fileURLToPath(new URL('../..', import.meta.url))
export const OWNER = 'octo-org'
export const REPO = 'planner'
export const TOKEN = 'ghs_testtoken0123456789abcdefSECRET'
export const BASE = 'b'.repeat(40)
export const HEAD = 'c'.repeat(40)

/** How one run of `node dist/index.js` went, as a runner sees it. */
export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  emulator: Emulator
  /** Requests the Action sent, in order: `GET /repos/…/pulls/1/files`. */
  calls: string[]
  /** Wall time of the `node dist/index.js` process, in milliseconds. */
  ms: number
}

export interface ActionSetup {
  event: string
  payload: unknown
  state: EmulatorState
  inputs?: Record<string, string>
  /** Files of a checkout at `sha` (none: no actions/checkout step). */
  checkout?: { sha: string; files: RepoFile[] }
  /** GITHUB_SHA (default: HEAD). */
  sha?: string
  /** Called once the emulator runs, before the Action starts (to inject faults). */
  prepare?: (emulator: Emulator) => void
  env?: Record<string, string>
  /** Files written beside the workspace, outside it (a runner's secrets, say). */
  outside?: Record<string, string>
}

/**
 * Writes a checkout: the files (symlinks as symlinks, submodules as the empty
 * directories an unrecursive checkout leaves), and a `.git/HEAD` at `sha` as
 * actions/checkout leaves it.
 */
function writeCheckout(dir: string, sha: string, files: RepoFile[]): void {
  mkdirSync(join(dir, '.git'), { recursive: true })
  writeFileSync(join(dir, '.git', 'HEAD'), `${sha}\n`)
  for (const file of files) {
    const path = join(dir, file.path)
    mkdirSync(dirname(path), { recursive: true })
    if (file.type === 'symlink') symlinkSync(file.target ?? '', path)
    else if (file.type === 'submodule') mkdirSync(path, { recursive: true })
    else writeFileSync(path, file.content ?? '')
  }
}

/** The `name<<delimiter` blocks the toolkit writes to GITHUB_OUTPUT. */
function readOutputs(path: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const text = readFileSync(path, 'utf8')
  for (const match of text.matchAll(/^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gmu)) outputs[match[1] ?? ''] = match[3] ?? ''
  return outputs
}

/**
 * Runs the committed bundle as the runner would, against the local GitHub
 * API emulator: real event payload, INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files.
 */
export async function runAction(setup: ActionSetup): Promise<ActionRun> {
  const emulator = await startEmulator(setup.state)
  setup.prepare?.(emulator)
  const dir = mkdtempSync(join(tmpdir(), 'cg-action-'))
  const workspace = join(dir, 'workspace')
  mkdirSync(workspace)
  for (const [path, content] of Object.entries(setup.outside ?? {})) writeFileSync(join(dir, path), content)
  if (setup.checkout) writeCheckout(workspace, setup.checkout.sha, setup.checkout.files)
  const outputPath = join(dir, 'output.txt')
  const summaryPath = join(dir, 'summary.md')
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const inputs = { token: TOKEN, ...setup.inputs }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: setup.event,
    GITHUB_EVENT_PATH: writeEvent(dir, setup.payload),
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: setup.sha ?? HEAD,
    GITHUB_API_URL: emulator.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: join(dir, 'temp'),
    CONSTITUTION_GATE_RETRY_UNIT_MS: '1',
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    ...setup.env
  }
  const started = performance.now()
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [join(root, 'dist/index.js')], { cwd: workspace, env, timeout: 120_000, maxBuffer: 64 << 20 }, (error, out, err) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout: out, stderr: err })
    })
  })
  const ms = performance.now() - started
  await emulator.close()
  return {
    ms,
    code,
    stdout,
    stderr,
    outputs: readOutputs(outputPath),
    summary: readFileSync(summaryPath, 'utf8'),
    emulator,
    calls: emulator.requests.map((request) => `${request.method} ${request.path}`)
  }
}

/** A repository with a base commit and a head commit that changes `changed`. */
export function repository(base: RepoFile[], changed: RepoFile[], removed: string[] = []): EmulatorState['commits'] {
  const head = new Map(base.map((file) => [file.path, file]))
  for (const path of removed) head.delete(path)
  for (const file of changed) head.set(file.path, file)
  return { [BASE]: base, [HEAD]: [...head.values()] }
}

/** A plan that passes, in a status table. */
export function passingPlan(title = 'Passing'): string {
  return `# Implementation Plan: ${title}\n\n## Constitution Check\n\n| Principle | Status |\n|---|---|\n| I. Library-First | ✅ PASS |\n| III. Test-First | ✅ PASS |\n\n**Gate result: PASS.**\n`
}

/** A plan with one unjustified failing gate (line 8) and one not evaluated (line 9). */
export function failingPlan(title = 'Failing'): string {
  return `# Implementation Plan: ${title}\n\n## Constitution Check\n\n| Principle | Status |\n|---|---|\n| I. Library-First | ✅ PASS |\n| VII. Simplicity | ❌ FAIL |\n| IX. Integration-First | DEFERRED |\n`
}

/** A plan whose `n` unchecked gates each give one annotation. */
export function uncheckedPlan(n: number): string {
  return `# Plan\n\n## Constitution Check\n\n${Array.from({ length: n }, (_, i) => `- [ ] Gate ${i + 1}`).join('\n')}\n`
}
