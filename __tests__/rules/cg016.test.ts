import { describe, expect, it } from '@jest/globals'
import { readConstitution } from '../../src/parse/constitution.js'
import { score } from '../helpers/fixtures.js'

const template = '# [PROJECT_NAME] Constitution\n\n## Core Principles\n\n### [PRINCIPLE_1_NAME]\n[PRINCIPLE_1_DESCRIPTION]\n'

describe('CG016 constitution-template', () => {
  it('should warn on the constitution file, and fall back to the default articles', () => {
    const constitution = readConstitution(template, '.specify/memory/constitution.md')
    expect(constitution.source).toBe('default')
    const report = score('## Constitution Check\n\n- ✅ Article III: Test-First\n', {}, constitution)
    const finding = report.findings.find((f) => f.ruleId === 'CG016')
    expect(finding).toMatchObject({ path: '.specify/memory/constitution.md', severity: 'warning' })
    expect(report.gates[0]?.nonNegotiable).toBe(true)
  })

  it('should stay quiet for a real constitution', () => {
    const constitution = readConstitution('## Principles\n\n### I. Library-First\n', 'c.md')
    expect(score('## Constitution Check\n\n- ✅ I. Library-First\n', {}, constitution).findings).toEqual([])
  })
})
