import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { type Browser, chromium } from 'playwright-core'

/**
 * Debian's Chromium (the `chromium` package). CHROMIUM_PATH names another
 * Chromium or Chrome, such as /usr/bin/google-chrome on GitHub's runners.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/**
 * Starts the browser headless, with nothing of its own on the network
 * (no background updates, sync or QUIC probing). launch() gives it a fresh,
 * empty profile directory.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8'
}

/**
 * Serves a folder on 127.0.0.1 at a free port, as GitHub Pages would serve
 * site/: `/` is index.html, anything outside the folder is 404.
 */
export async function serveStatic(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
    const file = join(dir, normalize(path === '/' ? '/index.html' : path))
    if (!file.startsWith(dir + sep)) {
      response.writeHead(404).end()
      return
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end()
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

/**
 * A script for page.evaluate: every visible element that holds text, whose
 * colour on its background is under WCAG AA (4.5:1, or 3:1 for large text).
 * The background is the nearest one that is painted; the page's are opaque.
 */
export const CONTRAST_FAILURES = `(() => {
  const rgb = (value) => (value.match(/[\\d.]+/g) || []).map(Number)
  const luminance = ([r, g, b]) => {
    const channel = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4 }
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
  }
  const background = (element) => {
    for (let node = element; node; node = node.parentElement) {
      const color = rgb(getComputedStyle(node).backgroundColor)
      if (color.length === 3 || (color.length === 4 && color[3] > 0)) return color.slice(0, 3)
    }
    return [255, 255, 255]
  }
  const failures = []
  for (const element of document.querySelectorAll('body *')) {
    const text = [...element.childNodes].filter((node) => node.nodeType === 3).map((node) => node.textContent).join('').trim()
    if (!text) continue
    const box = element.getBoundingClientRect()
    if (box.width <= 1 || box.height <= 1 || element.closest('[hidden]')) continue
    const style = getComputedStyle(element)
    const [a, b] = [luminance(rgb(style.color)), luminance(background(element))]
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
    const size = parseFloat(style.fontSize)
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700)
    if (ratio < (large ? 3 : 4.5)) failures.push({ text: text.slice(0, 40), color: style.color, ratio: Math.round(ratio * 100) / 100 })
  }
  return failures
})()`
