import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { settingKeys } from '../src/config/values.js'
import { type CliResult, runCli, writeUnder } from './helpers/cli.js'

/**
 * Flags that help: unknown flags and bad values get a did-you-mean, a
 * setting given twice is named, enum values take any case, --help lists
 * every setting; the text report puts `path:line:column` first on every
 * finding line, failing plans first, and `--quiet` shows only what fails.
 */
let root: string

function write(path: string, text: string): void {
  writeUnder(root, path, text)
}

function run(...argv: string[]): Promise<CliResult> {
  return runCli(root, ...argv)
}

const PASSING = '# Plan\n\n## Constitution Check\n\n- [x] I. Library-First\n'
const FAILING = '# Plan\n\n## Constitution Check\n\n| Principle | Status |\n|---|---|\n| I. Library-First | ✅ PASS |\n| VII. Simplicity | ❌ FAIL |\n| IX. Integration-First | DEFERRED |\n'

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cg-flags-'))
  mkdirSync(join(root, '.git'))
  write('specs/001-pass/plan.md', PASSING)
  write('specs/002-fail/plan.md', FAILING)
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

/** An error run: exit 2, nothing on stdout, exactly one line on stderr, no stack trace. */
function expectOneLine(result: { code: number; stdout: string; stderr: string }, line: string): void {
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).toBe(`constitution-gate: ${line}\n`)
}

describe('flags that help', () => {
  it('should answer an unknown flag with one line and a did-you-mean from the flags and settings', async () => {
    expectOneLine(await run('check', '--max-project', '4'), "unknown option '--max-project'. Did you mean '--max-projects'?")
    expectOneLine(await run('check', '--quite'), "unknown option '--quite'. Did you mean '--quiet'?")
    expectOneLine(await run('check', '--frobnicate'), "unknown option '--frobnicate'. Run 'constitution-gate --help' for the options.")
  })

  it('should refuse a setting flag given twice, naming it, but take list and map flags many times', async () => {
    expectOneLine(await run('check', '--max-projects', '4', '--max-projects', '5'), "--max-projects is given twice ('4', '5'): give it once.")
    const repeated = await run('check', '--rules', 'CG003: warning', '--rules', 'CG004: off')
    expect(repeated.code).toBe(0)
  })

  it('should say a flag needs its value, and how to write one that starts with a dash', async () => {
    expectOneLine(await run('check', '--max-projects', '-1'), "--max-projects needs a value; one that starts with '-' is written --max-projects=-…")
    expectOneLine(await run('check', '--plans', '--quiet'), "--plans needs a value; one that starts with '-' is written --plans=-…")
    expectOneLine(await run('check', '--max-projects=-1'), "--max-projects: expected a whole number of 1 or more, got '-1'.")
    expectOneLine(await run('check', '--rules', 'CG004: off', '--rules', 'CG005 warning'), "--rules (value 2): expected 'name: value', got 'CG005 warning'.")
  })

  it('should say when only-new-findings is set in the file but there is no --base to compare with', async () => {
    write('.github/constitution-gate.yml', 'only-new-findings: true\n')
    const result = await run('check', 'specs/001-pass/plan.md')
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('constitution-gate: only-new-findings is set (.github/constitution-gate.yml:1:1) but there is no --base <git-ref> to compare with: every finding counts.\n')
  })

  it('should name the file and line of a configured constitution that does not exist', async () => {
    write('.github/constitution-gate.yml', 'max-projects: 3\nconstitution: nope.md\n')
    expectOneLine(await run('check'), ".github/constitution-gate.yml:2:1: the constitution file 'nope.md' does not exist.")
  })

  it('should take enum values in any case', async () => {
    write('specs/003-score/plan.md', '# Plan\n\n## Constitution Check\n\n- [x] I. Library-First\n\n**Current Complexity Score**: High\n')
    expect((await run('check', 'specs/003-score/plan.md', '--max-complexity-score', 'medium')).code).toBe(1)
    expect((await run('check', 'specs/003-score/plan.md', '--max-complexity-score', 'HIGH')).code).toBe(0)
    const warned = await run('check', 'specs/002-fail/plan.md', '--rules', 'CG003: WARNING', '--rules', 'gate-not-evaluated: Off')
    expect(warned.code).toBe(0)
    write('.github/constitution-gate.yml', 'fail-on: NEVER\n')
    expect((await run('check')).code).toBe(0)
  })

  it('should suggest the nearest value for a bad enum', async () => {
    expectOneLine(await run('check', '--fail-on', 'warnings'), `--fail-on: 'fail-on' must be one of "error", "warning", "never". Did you mean 'warning'?`)
    expectOneLine(await run('check', '--rules', 'CG003: warnin'), `--rules (CG003): 'rules.CG003' must be one of "error", "warning", "notice", "off". Did you mean 'warning'?`)
  })

  it('should list configuration errors in line order', async () => {
    write('.github/constitution-gate.yml', 'max-projects: many\nfail-on: sometimes\nplans: [1]\nunknown-key: 1\n')
    const result = await run('check')
    expect(result.code).toBe(2)
    const lines = result.stderr.trim().split('\n').map((line) => Number(/constitution-gate\.yml:(\d+):/u.exec(line)?.[1]))
    expect(lines.length).toBeGreaterThanOrEqual(4)
    expect(lines).toEqual([...lines].sort((a, b) => a - b))
  })

  it('should list every setting flag in check --help, from the schema', async () => {
    const help = await run('check', '--help')
    expect(help.code).toBe(0)
    for (const key of settingKeys) expect(help.stdout).toContain(`--${key}`)
    expect(help.stdout).toContain('--quiet')
    expect(help.stdout).toContain('Low|Medium|High|Critical')
  })
})

describe('the text report', () => {
  it('should start every finding line with path:line:column, then severity, rule id and slug', async () => {
    const { stdout } = await run('check', 'specs/002-fail/plan.md')
    const findings = stdout.split('\n').filter((line) => /\bCG\d{3}\b/u.test(line))
    expect(findings.length).toBeGreaterThan(0)
    for (const line of findings) expect(line).toMatch(/^specs\/002-fail\/plan\.md:\d+:\d+ +(error|warning|notice) +CG\d{3} [a-z-]+: \S/u)
  })

  it('should print failing plans first and name them on the totals line', async () => {
    const { stdout } = await run('check')
    expect(stdout.indexOf('specs/002-fail/plan.md — FAIL')).toBeLessThan(stdout.indexOf('specs/001-pass/plan.md — PASS'))
    expect(stdout).toContain('2 plans: 1 passed, 1 failed (specs/002-fail/plan.md)')
  })

  it('should name a few failing plans, then say how many more', async () => {
    for (let i = 3; i < 9; i++) write(`specs/00${i}-fail/plan.md`, FAILING)
    const { stdout } = await run('check')
    expect(stdout).toContain('8 plans: 1 passed, 7 failed (specs/002-fail/plan.md, specs/003-fail/plan.md, specs/004-fail/plan.md and 4 more)')
  })

  it('should never name a passing plan with --quiet', async () => {
    const { stdout, code } = await run('check', '--quiet')
    expect(code).toBe(1)
    expect(stdout).not.toContain('001-pass')
    expect(stdout).toContain('specs/002-fail/plan.md — FAIL')
    expect(stdout).toMatch(/^specs\/002-fail\/plan\.md:\d+:\d+ +error +CG003/mu)
  })
})

describe('the problem matcher', () => {
  const matcher = JSON.parse(readFileSync(new URL('../.github/constitution-gate-matcher.json', import.meta.url), 'utf8'))
  const [pattern] = matcher.problemMatcher[0].pattern

  it('should capture file, line, column, severity, code and message of every error and warning line', async () => {
    write('specs/003-warn/plan.md', '# Plan\n\n## Constitution Check\n\n- [x] I. Library-First\n\n## Complexity Tracking\n\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n| Redis cache | latency | memory is lost on restart |\n')
    const { stdout } = await run('check')
    const regexp = new RegExp(pattern.regexp, 'u')
    const lines = stdout.split('\n').filter((line) => / (error|warning) +CG\d{3} /u.test(line))
    expect(lines.length).toBeGreaterThanOrEqual(3)
    for (const line of lines) {
      const match = regexp.exec(line)
      expect(match).not.toBeNull()
      const [, file, lineNo, column, severity, code, message] = match ?? []
      expect(file).toMatch(/^specs\/00\d-[a-z]+\/plan\.md$/u)
      expect(Number(lineNo)).toBeGreaterThan(0)
      expect(Number(column)).toBeGreaterThan(0)
      expect(['error', 'warning']).toContain(severity)
      expect(code).toMatch(/^CG\d{3}$/u)
      expect(message).toMatch(/^[a-z-]+: /u)
    }
    expect(pattern).toMatchObject({ file: 1, line: 2, column: 3, severity: 4, code: 5, message: 6 })
    expect(regexp.exec('  Line  Gate  Article  Status')).toBeNull()
  })

  it('should leave a waived finding out: it is a notice, never an error annotation', async () => {
    write('specs/002-fail/plan.md', FAILING.replace('| VII. Simplicity | ❌ FAIL |', '| VII. Simplicity | ❌ FAIL <!-- constitution-gate-disable-line CG003 -- the split lands next sprint --> |'))
    const { stdout } = await run('check', 'specs/002-fail/plan.md')
    const regexp = new RegExp(pattern.regexp, 'u')
    const waived = stdout.split('\n').filter((line) => line.includes('waived at line'))
    expect(waived).toHaveLength(1)
    expect(waived[0]).toMatch(/^specs\/002-fail\/plan\.md:\d+:\d+ +notice +CG003 /u)
    expect(regexp.exec(waived[0] ?? '')).toBeNull()
  })
})
