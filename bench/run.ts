// `npm run bench`: how fast and how lean the gate is, measured side by side in
// one run. Prints one table and writes bench/results.json. Not part of
// `npm test`: the figures depend on the machine.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import { lint } from 'markdownlint/sync'
import { defaultConfig } from '../src/config/defaults.js'
import { scorePlan, scoring } from '../src/score/scoring.js'
import { actionBench } from './action.js'
import { plans } from './generate.js'
import { median, row, time } from './measure.js'
import { siteBench } from './site.js'
import { worstCases } from './worst.js'

const root = fileURLToPath(new URL('..', import.meta.url))
// Plans are written outside the repository, where no default glob of this repository can find them.
const out = join(tmpdir(), 'constitution-gate-bench')
const mdast = { extensions: [gfmTable(), gfmTaskListItem()], mdastExtensions: [gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()] }
const run = scoring(defaultConfig())
const results: Record<string, unknown> = { machine: { node: process.version, cpus: (await import('node:os')).cpus().length } }
const lines: string[] = []
/** `npm run bench -- action worst`: only those parts (throughput, memory, worst, action, site). */
const only = process.argv.slice(2)
const wanted = (part: string) => only.length === 0 || only.includes(part)

/** Writes N plans to disk (as a run would read them) and reads them back. */
function corpus(n: number): string[] {
  const dir = join(out, `n${n}`)
  rmSync(dir, { recursive: true, force: true })
  plans(n).forEach((text, i) => {
    mkdirSync(join(dir, 'specs', String(i + 1).padStart(4, '0')), { recursive: true })
    writeFileSync(join(dir, 'specs', String(i + 1).padStart(4, '0'), 'plan.md'), text)
  })
  return plans(n)
}

// 1. Throughput: the same files, the same process, three tools.
const throughput: Record<string, unknown> = {}
for (const [n, repeats] of wanted('throughput') || wanted('memory') ? ([[100, 5], [1000, 3]] as const) : []) {
  const texts = corpus(n)
  const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024 / 1024
  const a: number[] = []
  const b: number[] = []
  const c: number[] = []
  for (let r = 0; r < repeats; r++) {
    a.push(time(() => texts.forEach((text) => fromMarkdown(text, mdast))))
    b.push(time(() => texts.forEach((text, i) => scorePlan(text, `specs/${i}/plan.md`, run))))
    c.push(time(() => texts.forEach((text, i) => lint({ strings: { [`p${i}.md`]: text } }))))
  }
  const [ma, mb, mc] = [median(a), median(b), median(c)]
  throughput[`n${n}`] = { plans: n, megabytes, parseMs: ma, scoreMs: mb, markdownlintMs: mc, scoreOverParse: mb / ma, scoreOverMarkdownlint: mb / mc }
  lines.push(row(`parse (mdast + GFM), N=${n}`, ma, `${(n / (ma / 1000)).toFixed(0)} plans/s, ${(megabytes / (ma / 1000)).toFixed(1)} MB/s`))
  lines.push(row(`score (constitution-gate), N=${n}`, mb, `${(n / (mb / 1000)).toFixed(0)} plans/s, ${(megabytes / (mb / 1000)).toFixed(1)} MB/s, b/a ${(mb / ma).toFixed(2)} (≤ 1.3), b/c ${(mb / mc).toFixed(2)} (< 1)`))
  lines.push(row(`markdownlint (default rules), N=${n}`, mc, `${(n / (mc / 1000)).toFixed(0)} plans/s, ${(megabytes / (mc / 1000)).toFixed(1)} MB/s`))
}
if (wanted('throughput')) {
  const n100 = throughput.n100 as { scoreMs: number; megabytes: number }
  const n1000 = throughput.n1000 as { scoreMs: number; megabytes: number }
  throughput.linear = n1000.scoreMs / n100.scoreMs
  lines.push(row('score N=1000 / N=100', null, `${(n1000.scoreMs / n100.scoreMs).toFixed(1)}× for ${(n1000.megabytes / n100.megabytes).toFixed(1)}× the bytes (≤ 11)`))
  results.throughput = throughput
}

// 2. Memory: the CLI bundle scoring 1,000 plans, one at a time.
if (wanted('memory')) {
const memory = spawnSync(process.execPath, ['--import', join(root, 'bench', 'rss.mjs'), join(root, 'dist', 'cli', 'index.js'), 'check', '--format', 'json'], {
  cwd: join(out, 'n1000'),
  encoding: 'utf8',
  maxBuffer: 1 << 30
})
const peak = Number(/maxRSS=(\d+)/u.exec(memory.stderr)?.[1] ?? 0) / 1024
results.memory = { plans: 1000, peakRssMb: peak, exitCode: memory.status }
lines.push(row('peak RSS, CLI scoring 1,000 plans', null, `${peak.toFixed(0)} MB (< 250)`))
}

// 3. Worst cases, each at a size and at twice that size.
if (wanted('worst')) results.worst = worstCases((name, ms, ratio, limit) => lines.push(row(name, ms, `× ${ratio.toFixed(2)} when doubled; ${limit}`)))

// 4. The Action end to end.
if (wanted('action')) results.action = await actionBench(root, plans(300), (name, ms, note) => lines.push(row(name, ms, note)))
// 5. The playground: its size, and load → verdict for each corpus plan pasted in.
if (wanted('site')) results.site = await siteBench(root, (name, ms, note) => lines.push(row(name, ms, note)))
const bundle = statSync(join(root, 'dist', 'index.js')).size
results.bundleBytes = bundle
lines.push(row('bundle dist/index.js', null, `${(bundle / 1024).toFixed(0)} KB`))

writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
console.log(lines.join('\n'))
console.log(`\nwritten: bench/results.json (${readFileSync(join(root, 'bench', 'results.json')).length} bytes)`)
