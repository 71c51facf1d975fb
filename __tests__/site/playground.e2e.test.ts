// The built playground in a real browser: Debian's Chromium driven by
// playwright-core, the page served on 127.0.0.1 by a server this file starts.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import { buildSite } from '../../scripts/site.js'
import { ACTION } from '../../src/site/workflow.js'
import { CHROMIUM, CONTRAST_FAILURES, launchChromium, serveStatic } from './browser.js'
import { example, justifiedTwo, strictTwo } from './plans.js'

const present = existsSync(CHROMIUM)
// On a user's machine without Chromium the suite is skipped, saying so; CI installs it and never skips.
if (!present && process.env.CI !== 'true') process.stderr.write(`playground browser tests skipped: ${CHROMIUM} is absent (apt-get install chromium)\n`)
const suite = present || process.env.CI === 'true' ? describe : describe.skip

const failing = example('failing-plan.md')
const passing = example('passing-plan.md')

suite('the playground in a browser', () => {
  let dir = ''
  let server: Server
  let origin = ''
  let browser: Browser
  const requests: string[] = []

  beforeAll(async () => {
    if (!present) throw new Error(`${CHROMIUM} is missing: CI must install it (.ci/run runs apt-get install -y chromium; CHROMIUM_PATH names another)`)
    dir = mkdtempSync(join(tmpdir(), 'cg-site-'))
    await buildSite(dir)
    ;({ server, origin } = await serveStatic(dir))
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  /** A page in a context of its own, every request of which is recorded. */
  async function open(hash = ''): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    context.on('request', (request) => requests.push(request.url()))
    const page = await context.newPage()
    await page.goto(`${origin}/${hash}`)
    await page.getByTestId('verdict').and(page.locator('[data-verdict]')).waitFor()
    return page
  }

  async function fill(page: Page, testId: string, text: string): Promise<void> {
    await page.getByTestId(testId).fill(text)
  }

  const verdictOf = (page: Page, verdict: 'pass' | 'fail') => page.locator(`[data-testid=verdict][data-verdict=${verdict}]`).waitFor()

  it('should fail a failing plan with a CG003 finding linked to its rule, and mark its line', async () => {
    const page = await open()
    await fill(page, 'plan-input', failing)
    await verdictOf(page, 'fail')
    await expect(page.getByTestId('verdict').textContent()).resolves.toMatch(/FAIL.*score 50%.*failure/su)
    const rule = page.getByTestId('findings').getByRole('link', { name: 'CG003' })
    await expect(rule.getAttribute('href')).resolves.toMatch(/\/docs\/rules\/cg003\.md$/u)
    const line = page.locator('#line-18')
    await expect(line.getAttribute('class')).resolves.toContain('tone-bad')
    await expect(line.locator('.tags').textContent()).resolves.toBe('FAIL · CG003')
    expect(await page.getByTestId('gates').locator('tbody tr').count()).toBe(6)
    expect(await page.getByTestId('gates').locator('tbody tr').nth(3).textContent()).toMatch(/^18VII\. Simplicity.*VII.*✗ FAIL/su)
  })

  it('should also work from the built page opened from disk (file://), with no server', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(String(error)))
    await page.goto(`file://${join(dir, 'index.html')}`)
    await page.getByTestId('verdict').and(page.locator('[data-verdict]')).waitFor()
    await fill(page, 'plan-input', failing)
    await verdictOf(page, 'fail')
    expect(errors).toEqual([])
    await context.close()
  })

  it('should pass a passing plan', async () => {
    const page = await open()
    await fill(page, 'plan-input', passing)
    await verdictOf(page, 'pass')
    await expect(page.getByTestId('verdict').textContent()).resolves.toMatch(/PASS.*score 100%.*success/su)
    await expect(page.getByTestId('findings').textContent()).resolves.toBe('No findings.')
  })

  it('should turn a justified partial II into a CG005 error under a constitution that makes II non-negotiable', async () => {
    const page = await open()
    await fill(page, 'plan-input', justifiedTwo)
    await verdictOf(page, 'pass')
    await expect(page.locator('#line-14 .tags').textContent()).resolves.toBe('JUSTIFIES 8')
    await fill(page, 'constitution-input', strictTwo)
    await verdictOf(page, 'fail')
    const finding = page.getByTestId('findings').locator('li')
    await expect(finding.textContent()).resolves.toMatch(/error.*CG005.*Line 8/su)
    await expect(page.getByTestId('verdict').textContent()).resolves.toContain('non-negotiable: II. CLI Interface')
  })

  it('should name an unknown settings key and its line, then clear once fixed', async () => {
    const page = await open()
    await fill(page, 'plan-input', failing)
    await fill(page, 'settings-input', '# ours\nmax-projects: 4\nfail-onn: never\n')
    const error = page.getByTestId('settings-error')
    await error.waitFor({ state: 'visible' })
    await expect(error.textContent()).resolves.toContain("Line 3, column 1: unknown key 'fail-onn'. Did you mean 'fail-on'?")
    await expect(page.getByTestId('settings-input').getAttribute('aria-invalid')).resolves.toBe('true')
    await fill(page, 'settings-input', '# ours\nmax-projects: 4\nfail-on: never\n')
    await error.waitFor({ state: 'hidden' })
    await expect(page.getByTestId('verdict').textContent()).resolves.toContain('would conclude neutral')
    await expect(page.getByTestId('workflow').textContent()).resolves.toBe(
      `- uses: ${ACTION}\n  with:\n    max-projects: 4\n    fail-on: never\n`
    )
  })

  it('should restore the plan, constitution, settings and verdict from a permalink opened in a new page', async () => {
    const page = await open()
    await fill(page, 'constitution-input', strictTwo)
    await fill(page, 'settings-input', 'rules:\n  CG005: warning\n')
    const before = (await page.getByTestId('permalink').getAttribute('href')) ?? ''
    await fill(page, 'plan-input', justifiedTwo)
    await page.locator('[data-testid=findings] li', { hasText: 'CG005' }).waitFor()
    // The link is compressed after the verdict shows (CompressionStream is asynchronous): wait for
    // the one that holds the plan, not the one written before it.
    await page.waitForFunction((previous) => {
      // Runs in the page; the tests' types have no DOM.
      const page = globalThis as unknown as { document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null } }
      const href = page.document.querySelector('[data-testid=permalink]')?.getAttribute('href') ?? ''
      return href !== previous && href.includes('#v1.')
    }, before)
    const link = await page.getByTestId('permalink').getAttribute('href')
    expect(link).toMatch(new RegExp(`^${origin}/#v1\\.[\\w-]+$`, 'u'))
    expect(new URL(page.url()).hash).toBe(new URL(link ?? '').hash)
    const restored = await open(new URL(link ?? '').hash)
    await expect(restored.getByTestId('plan-input').inputValue()).resolves.toBe(justifiedTwo)
    await expect(restored.getByTestId('constitution-input').inputValue()).resolves.toBe(strictTwo)
    await expect(restored.getByTestId('settings-input').inputValue()).resolves.toBe('rules:\n  CG005: warning\n')
    await verdictOf(restored, 'pass')
    await expect(restored.getByTestId('findings').textContent()).resolves.toMatch(/warning.*CG005/su)
    const damaged = await open('#v1.AAAA')
    await expect(damaged.locator('#link-note').textContent()).resolves.toMatch(/^This link is damaged/u)
    await expect(damaged.getByTestId('plan-input').inputValue()).resolves.toBe('')
  })

  it('should take a finding about the constitution to its line in the constitution box', async () => {
    const page = await open()
    await fill(page, 'plan-input', passing)
    await fill(page, 'constitution-input', '# [PROJECT_NAME] Constitution\n\n### [PRINCIPLE_1_NAME]\n')
    const finding = page.getByTestId('findings').locator('li', { hasText: 'CG016' })
    await expect(finding.getByRole('button').textContent()).resolves.toMatch(/^Constitution line 1 /u)
    await finding.getByRole('button').click()
    await expect(page.evaluate("[document.activeElement.id, document.activeElement.selectionStart, document.activeElement.selectionEnd]")).resolves.toEqual(['constitution', 0, '# [PROJECT_NAME] Constitution'.length])
  })

  it('should scroll the plan to a finding clicked, and focus its line', async () => {
    const page = await open()
    const padding = Array.from({ length: 150 }, (_, i) => `Background paragraph ${i + 1}.\n`).join('')
    await fill(page, 'plan-input', `${padding}\n${failing}`)
    await verdictOf(page, 'fail')
    const line = 151 + 18
    const inView = () =>
      page.evaluate(`(() => {
        const view = document.querySelector('[data-testid=plan-view]').getBoundingClientRect()
        const line = document.getElementById('line-${line}').getBoundingClientRect()
        return line.top >= view.top && line.bottom <= view.bottom && line.top >= 0 && line.bottom <= innerHeight
      })()`)
    await expect(inView()).resolves.toBe(false)
    await page.getByTestId('findings').locator('li', { hasText: 'CG003' }).getByRole('button').click()
    await expect(inView()).resolves.toBe(true)
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe(`line-${line}`)
  })

  it('should work from the keyboard alone, with a visible focus', async () => {
    const page = await open()
    const focused = () => page.evaluate(`(() => { const el = document.activeElement; const s = getComputedStyle(el); return [el.id, s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2] })()`)
    const order: unknown[] = []
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab')
      order.push(await focused())
    }
    expect(order).toEqual([
      ['example-failing', true],
      ['example-passing', true],
      ['plan', true],
      ['constitution', true],
      ['settings', true]
    ])
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Tab')
    await expect(focused()).resolves.toEqual(['example-failing', true])
    await page.keyboard.press('Enter')
    await verdictOf(page, 'fail')
    // On through the boxes, the permalink and the first finding's rule link to the finding itself.
    let presses = 0
    while (!(await page.evaluate("document.activeElement.matches('[data-testid=findings] button')")) && presses < 15) {
      await page.keyboard.press('Tab')
      presses++
    }
    expect(presses).toBe(8)
    await page.keyboard.press('Enter')
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('line-17')
  })

  it('should meet WCAG AA contrast for every visible text, with findings and a settings error shown', async () => {
    const page = await open()
    await fill(page, 'plan-input', failing)
    await fill(page, 'settings-input', 'nope: 1\n')
    await page.getByTestId('settings-error').waitFor({ state: 'visible' })
    await expect(page.evaluate(CONTRAST_FAILURES)).resolves.toEqual([])
  })

  it('should keep judging offline once loaded, and debounce typing', async () => {
    const page = await open()
    await page.context().setOffline(true)
    await page.getByTestId('plan-input').focus()
    await page.keyboard.type('## Constitution Check\n\n- [x] I. Library-First\n', { delay: 5 })
    await verdictOf(page, 'pass')
    const judged = await page.evaluate("performance.getEntriesByName('cg:judge').length")
    expect(judged).toBeLessThan(6)
  })

  it('should make no request beyond 127.0.0.1 during the whole run', () => {
    expect(requests.length).toBeGreaterThan(20)
    expect(requests.filter((url) => new URL(url).host !== new URL(origin).host)).toEqual([])
  })
})
