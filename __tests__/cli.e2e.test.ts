import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** The committed bundle, run as users run it (`npx constitution-gate`, `npm start`). */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['dist/cli/index.js', ...args], { cwd: root, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('dist/cli/index.js', () => {
  it('should score the bundled examples: one passes, one fails, exit 1', () => {
    const result = cli('check', 'examples')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('examples/passing-plan.md — PASS')
    expect(result.stdout).toContain('examples/failing-plan.md — FAIL')
    expect(result.stdout).toContain('2 plans: 1 passed, 1 failed')
  })

  it('should exit 0 on a passing plan and print SARIF', () => {
    const result = cli('check', 'examples/passing-plan.md', '--format', 'sarif')
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).version).toBe('2.1.0')
  })

  it('should exit 2 with one clear line for a bad flag value, never a stack trace', () => {
    const result = cli('check', 'examples', '--max-projects', 'many')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe("constitution-gate: --max-projects: expected a whole number of 1 or more, got 'many'.\n")
  })
})

describe("this repository's own plan", () => {
  it('should pass the gate it keeps (specs/001-constitution-gate/plan.md)', () => {
    const result = cli('check')
    expect(result.stdout).toContain('specs/001-constitution-gate/plan.md — PASS')
    expect(result.code).toBe(0)
  })
})

describe('npm run demo', () => {
  it('should run the Action against the emulator and print the check run it posted', () => {
    const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/demo.ts'], { cwd: root, encoding: 'utf8' })
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('node dist/index.js exited 1')
    expect(result.stdout).toContain('❌ Constitution gate — failure on ccccccc')
    expect(result.stdout).toContain('1 of 2 plans fails')
    expect(result.stdout).toMatch(/specs\/002-payments-gateway\/plan\.md:18 {2}failure {2}CG003 gate-unjustified/u)
    // The check-run summary shows the failing plan first; the passing one is collapsed below it.
    const summary = result.stdout.slice(result.stdout.indexOf('### ❌'))
    expect(summary.indexOf('specs/002-payments-gateway/plan.md')).toBeLessThan(summary.indexOf('<details><summary>✅ 1 plan passes</summary>'))
    expect(summary.indexOf('<details><summary>✅ 1 plan passes</summary>')).toBeLessThan(summary.indexOf('specs/001-photo-albums/plan.md'))
  })
})
