import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { type Io, main } from '../../src/cli.js'

/** What one CLI run printed and returned. */
export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI's real entry (`main`) in `cwd`, capturing what it prints. */
export async function runCli(cwd: string, ...argv: string[]): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const io: Io = { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), interactive: false }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

/** Writes a file under `root`, making its folders. */
export function writeUnder(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
}
