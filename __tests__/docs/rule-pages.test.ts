import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { rules } from '../../src/rules/index.js'
import { type Example, judge, pageProblems, readExamples, runExample } from './examples.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** A docs file's text, or null when it does not exist. */
function read(path: string): string | null {
  return existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : null
}

const pagePath = (id: string) => `docs/rules/${id.toLowerCase()}.md`
const fence = (info: string, body: string) => `\`\`\`${info}\n${body}\n\`\`\`\n`
const example = (expect: Example['expect'], plan: string, rules: string[] = []): Example => ({ expect, rules, plan, constitution: null, config: null, line: 1 })

describe('the docs examples runner', () => {
  it('should read failing and passing plans with the constitution and config above them, and call any other markdown block, or a companion no example follows, a stray', () => {
    const page = [
      fence('markdown constitution', '### I. Speed (NON-NEGOTIABLE)'),
      fence('yaml config', 'max-projects: 5'),
      fence('markdown fails CG005 CG012', '# A'),
      fence('markdown passes', '# B'),
      fence('markdown', '| a fragment |'),
      fence('markdown fail', '# misspelt'),
      fence('markdown passes CG001', '# a passing example names no rule'),
      fence('text', 'not markdown: left alone'),
      fence('markdown constitution', '### I. Speed'),
      fence('markdown constitution', '### I. Size'),
      fence('markdown passes', '# C'),
      fence('yaml config', 'max-projects: 4')
    ].join('\n')
    const { examples, strays } = readExamples(page)
    expect(examples.map(({ expect, rules, plan, constitution, config }) => ({ expect, rules, plan, constitution, config }))).toEqual([
      { expect: 'fails', rules: ['CG005', 'CG012'], plan: '# A\n', constitution: '### I. Speed (NON-NEGOTIABLE)', config: 'max-projects: 5' },
      { expect: 'passes', rules: [], plan: '# B\n', constitution: null, config: null },
      { expect: 'passes', rules: [], plan: '# C\n', constitution: '### I. Size', config: null }
    ])
    expect(strays).toEqual(['17: markdown', '21: markdown fail', '25: markdown passes CG001', '33: markdown constitution (no example follows it)', '45: yaml config (no example follows it)'])
  })

  it("should catch a failing example that is a fragment and fires CG001 instead of its page's rule", async () => {
    const fragment = example('fails', '| VII. Simplicity | PASS |\n\n| Redis cache | p95 latency | an in-process cache is lost on restart |\n')
    const outcome = await runExample(fragment)
    expect(outcome.findings.map((finding) => finding.ruleId)).toEqual(['CG001'])
    expect(judge(fragment, outcome, rules, 'CG009')).toEqual([expect.stringMatching(/^CG009 is not reported at warning \(reported: CG001 error line 1: /u), expect.stringMatching(/^a failing example of warnings only exits 1, not 0/u)])
  })

  it("should catch a passing example that exits 0 but still warns with its page's rule", async () => {
    const plan = '# Plan\n\n## Constitution Check\n- [x] I. Library-First\n\n## Complexity Tracking\n| Violation | Why Needed | Simpler Alternative Rejected Because |\n|---|---|---|\n| Redis cache | p95 latency | an in-process cache is lost on restart |\n'
    const passing = example('passes', plan)
    const outcome = await runExample(passing)
    expect(outcome.code).toBe(0)
    expect(judge(passing, outcome, rules, 'CG009')).toEqual([expect.stringMatching(/^a passing example reports CG009 \(reported: CG009 warning line 9: /u)])
    expect(judge(passing, outcome, rules)).toEqual([])
  })

  it('should name a rule id that is not in the registry, and a severity other than the default', () => {
    const outcome = { code: 1, stderr: '', findings: [{ ruleId: 'CG003', severity: 'warning', message: 'm', line: 3 }] }
    expect(judge(example('fails', '# P', ['CG999']), outcome, rules, 'CG003')).toEqual(['CG999 is no rule of the registry', 'CG003 is not reported at error (reported: CG003 warning line 3: m)'])
  })

  it('should ask a page for both examples or the sentence that the rule cannot be shown in a plan', () => {
    expect(pageProblems('CG099', '# CG099\n\n## Fails\n\n' + fence('markdown fails', '# P'))).toEqual([
      'CG099: the page needs a "markdown fails" and a "markdown passes" example, or the sentence that the rule cannot be shown in a plan alone'
    ])
    expect(pageProblems('CG099', '# CG099\n\nThis rule cannot be shown in a plan alone: it is about the file.\n')).toEqual([])
    expect(pageProblems('CG099', fence('markdown fails', '# P') + fence('markdown passes', '# Q') + fence('markdown', '| row |'))).toEqual([
      'CG099: line 7: markdown is a markdown block that does not run (write markdown fails, markdown passes or markdown constitution)'
    ])
  })
})

describe('rule pages', () => {
  it('should give every rule in the registry a page with a failing and a passing example (or the sentence that it cannot be shown in a plan), and no fragment', () => {
    const problems = rules.flatMap((rule) => {
      const text = read(pagePath(rule.id))
      return text === null ? [`${rule.id}: ${pagePath(rule.id)} does not exist`] : pageProblems(rule.id, text)
    })
    expect(problems).toEqual([])
  })

  for (const rule of rules) {
    const text = read(pagePath(rule.id))
    for (const found of text === null ? [] : readExamples(text).examples) {
      const what = found.expect === 'passes' ? `exit 0 without ${rule.id}` : `report ${[rule.id, ...found.rules].join(', ')}`
      it(`should ${what}: ${pagePath(rule.id)}:${found.line} (markdown ${found.expect})`, async () => {
        expect(judge(found, await runExample(found), rules, rule.id)).toEqual([])
      })
    }
  }
})

describe('docs/formats.md', () => {
  const text = read('docs/formats.md')

  it('should exist, and hold only markdown blocks that run', () => {
    expect(text).not.toBeNull()
    const { examples, strays } = readExamples(text ?? '')
    expect(strays).toEqual([])
    expect(examples.length).toBeGreaterThan(20)
  })

  for (const found of text === null ? [] : readExamples(text).examples) {
    const what = found.expect === 'passes' ? 'exit 0' : `exit 1${found.rules.length > 0 ? ` reporting ${found.rules.join(', ')}` : ''}`
    it(`should ${what}: docs/formats.md:${found.line} (markdown ${found.expect})`, async () => {
      expect(judge(found, await runExample(found), rules)).toEqual([])
    })
  }
})
