import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { REPOSITORY_URL, RULE_DOCS_BASE, VERSION } from '../../src/meta.js'
import { formatSarif } from '../../src/report/sarif.js'
import { rules } from '../../src/rules/index.js'
import { summarize } from '../../src/score/summarize.js'
import { loadFixture, score } from '../helpers/fixtures.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
/** The repository's web address, read from package.json the way a person would. */
const web = String(manifest.repository.url).replace(/^git\+/u, '').replace(/\.git$/u, '')

describe('package metadata', () => {
  it('should name the repository, its home page and its issues, all on the same host and path', () => {
    expect(web).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/u)
    expect(manifest.homepage.startsWith(web)).toBe(true)
    expect(manifest.bugs.url).toBe(`${web}/issues`)
  })

  it('should ship the MIT licence it declares', () => {
    expect(manifest.license).toBe('MIT')
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /u)
  })
})

describe('one place for the docs URL', () => {
  it('should derive the version and the repository from package.json', () => {
    expect(VERSION).toBe(manifest.version)
    expect(REPOSITORY_URL).toBe(web)
    expect(RULE_DOCS_BASE).toBe(`${web}/blob/main/docs/rules`)
  })

  it('should link every finding and every SARIF rule to a rule page that exists, under the repository', () => {
    const report = summarize([score(loadFixture('plans/seed-simplicity-without-row.md').text)])
    const findings = report.plans.flatMap((plan) => plan.findings)
    expect(findings.length).toBeGreaterThan(0)
    for (const finding of findings) {
      expect(finding.docs).toBe(`${web}/blob/main/docs/rules/${finding.ruleId.toLowerCase()}.md`)
    }
    const driver = JSON.parse(formatSarif(report, VERSION)).runs[0].tool.driver
    expect(driver.informationUri).toBe(web)
    for (const rule of driver.rules) {
      const page = (rule.helpUri as string).slice(`${web}/blob/main/`.length)
      expect(rule.helpUri).toBe(`${web}/blob/main/${page}`)
      expect(existsSync(join(root, page))).toBe(true)
    }
    expect(driver.rules).toHaveLength(rules.length)
  })

  it('should give the committed JSON schemas ids under the same repository', () => {
    for (const file of readdirSync(join(root, 'schema')).filter((name) => name.endsWith('.json'))) {
      const schema = JSON.parse(readFileSync(join(root, 'schema', file), 'utf8'))
      expect(schema.$id).toBe(`${web}/blob/main/schema/${file}`)
    }
  })

  it('should hard-code the repository nowhere else in src/', () => {
    const repository = new URL(web).pathname.slice(1)
    const offenders: string[] = []
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) visit(path)
        else if (path.endsWith('.ts') && readFileSync(path, 'utf8').includes(repository)) offenders.push(path.slice(root.length))
      }
    }
    visit(join(root, 'src'))
    expect(offenders).toEqual([])
  })
})
