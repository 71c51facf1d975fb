// The playground: how large the page is, and how soon it shows a verdict for
// each corpus plan pasted into a freshly loaded page, in Debian's Chromium.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM, launchChromium, serveStatic } from '../__tests__/site/browser.js'
import { buildSite } from '../scripts/site.js'
import { median } from './measure.js'

type Report = (name: string, ms: number | null, note: string) => void

/** What the page measured for one plan, in ms from the page's navigation start. */
interface Timing {
  ready: number
  paste: number
  verdict: number
  judge: number
  /** Scoring the same plan again once the page is warm: what each edit costs while typing. */
  warm: number
}

/**
 * Builds the site, reports its size, then loads it once per corpus plan
 * (a new browser context each time, so nothing is cached), pastes the plan
 * and reads the page's own performance marks: page ready (its first,
 * empty verdict), the paste, the verdict shown, and the scoring alone.
 * Figures are medians and maxima over the plans.
 */
export async function siteBench(root: string, report: Report): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'cg-site-bench-'))
  try {
    const { files } = await buildSite(dir)
    const bytes = Object.values(files).reduce((sum, file) => sum + file.bytes, 0)
    const gzip = Object.values(files).reduce((sum, file) => sum + file.gzip, 0)
    report('playground page (html + css + js)', null, `${(bytes / 1024).toFixed(0)} KB, ${(gzip / 1024).toFixed(0)} KB gzip (script ${((files['app.js']?.gzip ?? 0) / 1024).toFixed(0)} KB gzip)`)
    const result: Record<string, unknown> = { files, bytes, gzip }
    const corpus = join(root, '..', 'shared', 'corpus')
    if (!existsSync(corpus)) {
      report('playground load → verdict', null, `skipped: no corpus at ${corpus}`)
      return result
    }
    if (!existsSync(CHROMIUM)) {
      report('playground load → verdict', null, `skipped: ${CHROMIUM} is absent (apt-get install chromium)`)
      return result
    }
    const plans = readdirSync(corpus).filter((name) => name.endsWith('.md')).sort()
    const timings = await timeCorpus(dir, plans.map((name) => readFileSync(join(corpus, name), 'utf8')))
    const of = (pick: (t: Timing) => number) => ({ median: median(timings.map(pick)), max: Math.max(...timings.map(pick)) })
    // The page's own time: ready, then paste → verdict. What the harness spends between them (waiting, sending the text) is left out.
    const load = of((t) => t.ready + t.verdict - t.paste)
    const ready = of((t) => t.ready)
    const pasted = of((t) => t.verdict - t.paste)
    const judge = of((t) => t.judge)
    const warm = of((t) => t.warm)
    const note = (figure: { median: number; max: number }) => `median ${figure.median.toFixed(0)} ms, max ${figure.max.toFixed(0)} ms`
    report(`playground load → verdict, ${plans.length} corpus plans`, load.median, `${note(load)}: page ready + paste → verdict`)
    report('  of which: page ready (first render)', ready.median, note(ready))
    report('  of which: paste → verdict (150 ms debounce)', pasted.median, note(pasted))
    report('  of which: scoring, in a cold page', judge.median, note(judge))
    report('playground: scoring again, warm (each edit)', warm.median, note(warm))
    return { ...result, plans: plans.length, loadToVerdictMs: load, readyMs: ready, pasteToVerdictMs: pasted, judgeMs: judge, warmJudgeMs: warm }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function timeCorpus(dir: string, plans: readonly string[]): Promise<Timing[]> {
  const { server, origin } = await serveStatic(dir)
  const browser = await launchChromium()
  try {
    const timings: Timing[] = []
    for (const plan of plans) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(`${origin}/`)
      await page.locator('[data-testid=verdict][data-verdict=none]').waitFor()
      await page.evaluate("document.getElementById('plan').addEventListener('input', () => performance.mark('bench:paste'), { once: true })")
      await page.getByTestId('plan-input').fill(plan)
      await page.locator('[data-testid=verdict][data-verdict=pass], [data-testid=verdict][data-verdict=fail]').waitFor()
      const first = (await page.evaluate(`(() => {
        const last = (name) => performance.getEntriesByName(name).at(-1)
        return {
          ready: performance.getEntriesByName('cg:verdict')[0].startTime,
          paste: last('bench:paste').startTime,
          verdict: last('cg:verdict').startTime,
          judge: last('cg:judge').duration
        }
      })()`)) as Omit<Timing, 'warm'>
      const judged = (await page.evaluate("performance.getEntriesByName('cg:judge').length")) as number
      await page.getByTestId('plan-input').fill(`${plan}\n`)
      await page.waitForFunction(`performance.getEntriesByName('cg:judge').length > ${judged}`)
      timings.push({ ...first, warm: (await page.evaluate("performance.getEntriesByName('cg:judge').at(-1).duration")) as number })
      await context.close()
    }
    return timings
  } finally {
    await browser.close()
    server.close()
  }
}
