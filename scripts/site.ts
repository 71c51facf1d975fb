// `npm run site`: builds the playground into site/ — one bundled script of the
// scorer for the browser (esbuild), the page and its stylesheet. The output
// is the same bytes for the same sources. Usage: npm run site [-- <outdir>]
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { REPOSITORY_URL } from '../src/meta.js'

const root = fileURLToPath(new URL('..', import.meta.url))

/** What the browser bundle must never contain: the layers that read files or call GitHub. */
const FORBIDDEN = /^(?:node:|src\/read\/|src\/publish\/(?!outcome\.ts$)|src\/(?:main|cli|bin|index)\.ts$)|node_modules\/(?:@actions|@octokit|undici)\//u

/** Each file of the built site and its size, raw and gzipped. */
export type SiteFiles = Record<string, { bytes: number; gzip: number }>

/** What a build wrote, and the modules its script was bundled from (repository-relative). */
export interface Site {
  files: SiteFiles
  modules: string[]
}

/**
 * Builds the playground.
 *
 * @param outdir
 *   Where to write it; emptied first. Default: site/ in the repository.
 * @throws Error
 *   When the bundle would pull in a Node.js builtin or a layer that reads
 *   files or calls GitHub (esbuild itself refuses builtins for the browser).
 */
export async function buildSite(outdir = join(root, 'site')): Promise<Site> {
  rmSync(outdir, { recursive: true, force: true })
  mkdirSync(outdir, { recursive: true })
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/site/main.ts'],
    outfile: join(outdir, 'app.js'),
    tsconfig: 'src/site/tsconfig.json',
    bundle: true,
    // A classic script, not a module: a module is refused to a page opened from disk (file:// has no origin).
    format: 'iife',
    platform: 'browser',
    target: ['es2022', 'chrome111', 'firefox113', 'safari16.4'],
    minify: true,
    charset: 'utf8',
    loader: { '.md': 'text' },
    metafile: true,
    logLevel: 'silent'
  })
  const modules = Object.keys(result.metafile.inputs)
    .map((path) => (path.startsWith('node:') ? path : relative(root, resolve(root, path)).split('\\').join('/')))
    .sort()
  const forbidden = modules.filter((path) => FORBIDDEN.test(path))
  if (forbidden.length > 0) throw new Error(`the playground bundle must not include ${forbidden.join(', ')}`)
  // The page links to the repository package.json names, as every finding's rule link does.
  writeFileSync(join(outdir, 'index.html'), readFileSync(join(root, 'site-src', 'index.html'), 'utf8').replaceAll('%REPOSITORY_URL%', REPOSITORY_URL))
  copyFileSync(join(root, 'site-src', 'style.css'), join(outdir, 'style.css'))
  const files: SiteFiles = {}
  for (const file of readdirSync(outdir).sort()) {
    const bytes = readFileSync(join(outdir, file))
    files[file] = { bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
  }
  return { files, modules }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const outdir = resolve(process.argv[2] ?? join(root, 'site'))
  try {
    const { files } = await buildSite(outdir)
    const total = Object.values(files).reduce((sum, file) => ({ bytes: sum.bytes + file.bytes, gzip: sum.gzip + file.gzip }), { bytes: 0, gzip: 0 })
    for (const [file, size] of Object.entries(files)) console.log(`${file.padEnd(12)} ${(size.bytes / 1024).toFixed(1).padStart(7)} KB  ${(size.gzip / 1024).toFixed(1).padStart(6)} KB gzip`)
    console.log(`site: ${relative(process.cwd(), outdir) || '.'}/ — ${(total.bytes / 1024).toFixed(0)} KB, ${(total.gzip / 1024).toFixed(0)} KB gzip`)
  } catch (error) {
    // esbuild's own errors are already a list; keep the first line of each.
    const message = error instanceof Error ? error.message.split('\n').slice(0, 3).join(' ') : String(error)
    console.error(`npm run site: ${message}`)
    process.exitCode = 1
  }
}
