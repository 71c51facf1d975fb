import { execFile, spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BASE, HEAD, OWNER, REPO, repository, runAction } from '../__fixtures__/github/action-runner.js'
import { pullRequestEvent } from '../__fixtures__/github/webhooks.js'
import { median } from './measure.js'

type Report = (name: string, ms: number | null, note: string) => void

function pullRequest(files: Array<{ path: string; content: string }>) {
  const commits = repository([{ path: 'README.md', content: '# planner\n' }], files)
  return {
    event: 'pull_request',
    payload: pullRequestEvent({ owner: OWNER, repo: REPO, number: 1, baseSha: BASE, headSha: HEAD }),
    state: { owner: OWNER, repo: REPO, commits, pulls: [{ number: 1, baseSha: BASE, headSha: HEAD, files: files.map((f) => ({ filename: f.path, status: 'added' as const })) }] }
  }
}

/**
 * `node dist/index.js` against the local GitHub API emulator: a pull request
 * of 3,000 changed files of which 300 are plans (read through the contents
 * API, no checkout), and the cold start of a run with no changed plan
 * against a bare `node -e ''`.
 */
export async function actionBench(root: string, plans: string[], report: Report): Promise<Record<string, unknown>> {
  const files = [
    ...plans.map((content, i) => ({ path: `specs/${String(i + 1).padStart(3, '0')}/plan.md`, content })),
    ...Array.from({ length: 3000 - plans.length }, (_, i) => ({ path: `src/module${i}.ts`, content: `export const x${i} = ${i}\n` }))
  ]
  const big = await runAction(pullRequest(files))
  const annotations = big.emulator.checkRuns[0]?.output.annotations.length ?? 0
  // The base's tree listing (where the rules are), the file pages, the plans (all added: no base version to read), the check-run requests.
  const expected = 1 + Math.ceil(files.length / 100) + plans.length + Math.max(1, Math.ceil(annotations / 50))
  report('Action: PR of 3,000 files, 300 plans', big.ms, `${big.calls.length} API calls = 1 tree + ceil(3000/100) + 300 reads + max(1, ceil(${annotations}/50)) = ${expected}; exit ${big.code}`)

  // The toolkit alone, bundled the same way: what any Action built on it pays to start.
  const floorDir = join(tmpdir(), 'constitution-gate-toolkit-floor')
  spawnSync(process.execPath, [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', join(root, 'bench/toolkit-floor.ts'), '-o', floorDir, '--minify', '--no-source-map-register'], { cwd: root, stdio: 'ignore' })
  // All timed the same way: a child process, from spawn to exit, while this process waits.
  const child = async (args: string[]) => {
    const start = performance.now()
    await new Promise((resolve) => execFile(process.execPath, args, resolve))
    return performance.now() - start
  }
  const bare: number[] = []
  const floor: number[] = []
  const cold: number[] = []
  for (let i = 0; i < 9; i++) {
    bare.push(await child(['-e', '']))
    floor.push(await child([join(floorDir, 'index.js')]))
    cold.push((await runAction(pullRequest([{ path: 'src/index.ts', content: 'export {}\n' }]))).ms)
  }
  const ratio = median(cold) / median(bare)
  const floorRatio = median(floor) / median(bare)
  report("Action cold start, no plan changed", median(cold), `${ratio.toFixed(2)}× a bare node -e '' (${median(bare).toFixed(0)} ms; target ≤ 2.5)`)
  report('  the toolkit alone (@actions/core + github)', median(floor), `${floorRatio.toFixed(2)}× a bare node -e ''`)
  return {
    pullRequest: { files: files.length, plans: plans.length, ms: big.ms, apiCalls: big.calls.length, expectedCalls: expected, annotations },
    coldStartMs: median(cold),
    bareNodeMs: median(bare),
    toolkitFloorMs: median(floor),
    coldStartRatio: ratio,
    toolkitFloorRatio: floorRatio
  }
}
