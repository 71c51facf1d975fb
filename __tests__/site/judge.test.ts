import { describe, expect, it } from '@jest/globals'
import { judge } from '../../src/site/judge.js'
import { example, justifiedTwo, strictTwo } from './plans.js'

describe('judge', () => {
  it('should score a plan with the defaults when the other boxes are empty', async () => {
    const judgement = await judge({ plan: example('failing-plan.md'), constitution: '', settings: '' })
    expect(judgement.report?.verdict).toBe('fail')
    expect(judgement.report?.findings.map((finding) => finding.ruleId)).toContain('CG003')
    expect(judgement.conclusion).toBe('failure')
    expect(judgement.problems).toEqual([])
    expect((await judge({ plan: example('passing-plan.md'), constitution: '', settings: '' })).report?.verdict).toBe('pass')
  })

  it('should give no report for an empty plan box', async () => {
    expect((await judge({ plan: ' \n\n', constitution: '', settings: '' })).report).toBeNull()
  })

  it('should judge against the pasted constitution', async () => {
    const lenient = await judge({ plan: justifiedTwo, constitution: '', settings: '' })
    expect(lenient.report?.verdict).toBe('pass')
    expect(lenient.report?.gates.find((gate) => gate.articles.includes('II'))?.status).toBe('justified')
    const strict = await judge({ plan: justifiedTwo, constitution: strictTwo, settings: '' })
    expect(strict.report?.verdict).toBe('fail')
    expect(strict.report?.findings.filter((finding) => finding.ruleId === 'CG005').map((finding) => [finding.range.line, finding.severity])).toEqual([[8, 'error']])
  })

  it('should apply valid settings and keep them as written for the workflow', async () => {
    const judgement = await judge({ plan: example('failing-plan.md'), constitution: '', settings: 'fail-on: never\nrules:\n  gate-unjustified: warning\n' })
    expect(judgement.problems).toEqual([])
    expect(judgement.settings).toEqual({ 'fail-on': 'never', rules: { 'gate-unjustified': 'warning' } })
    expect(judgement.report?.findings.find((finding) => finding.ruleId === 'CG003')?.severity).toBe('warning')
    expect(judgement.conclusion).toBe('neutral')
  })

  it('should report every settings problem with its line, column and key, and score with the defaults meanwhile', async () => {
    const judgement = await judge({ plan: example('failing-plan.md'), constitution: '', settings: '# team settings\nmax-projects: 4\nfail-onn: warning\nrules:\n  CG999: off\n' })
    expect(judgement.problems).toEqual([
      { line: 3, column: 1, message: "unknown key 'fail-onn'. Did you mean 'fail-on'?" },
      { line: 5, column: 3, message: "unknown rule 'CG999'. Did you mean 'CG009'?" }
    ])
    expect(judgement.settings).toEqual({})
    expect(judgement.config.maxProjects).toBe(3)
    expect(judgement.report?.verdict).toBe('fail')
  })

  it('should report malformed YAML and a settings text that is not a mapping', async () => {
    const [broken] = (await judge({ plan: '', constitution: '', settings: 'max-projects: 4\nfail-on: never\nfail-on: error\n' })).problems
    expect(broken?.line).toBe(3)
    expect(broken?.message).toMatch(/^invalid YAML: /u)
    expect((await judge({ plan: '', constitution: '', settings: '- a list\n' })).problems).toEqual([
      { line: 1, column: 1, message: 'the configuration must be a mapping of keys to values, not a list.' }
    ])
  })

  it('should treat a plan over max-file-size as unreadable, as the Action does', async () => {
    const judgement = await judge({ plan: example('passing-plan.md'), constitution: '', settings: 'max-file-size: 100\n' })
    expect(judgement.report?.verdict).toBe('fail')
    expect(judgement.report?.findings.map((finding) => finding.ruleId)).toEqual(['CG017'])
  })
})
