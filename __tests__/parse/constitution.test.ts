import { describe, expect, it } from '@jest/globals'
import { citedArticles, labelArticles, roman } from '../../src/parse/articles.js'
import { defaultConstitution, readConstitution } from '../../src/parse/constitution.js'
import { PrincipleMatcher } from '../../src/parse/principles.js'

const matchPrinciple = (label: string, context: string[], constitution: Parameters<typeof readConstitution> extends never ? never : ReturnType<typeof defaultConstitution>, extra: string[]) =>
  new PrincipleMatcher(constitution, extra).match(label, context)

describe('articles', () => {
  it('should read the numerals a text cites', () => {
    expect(citedArticles('Integration-First Gate (Articles IV & IX)')).toEqual(['IV', 'IX'])
    expect(citedArticles('Art VII drift; see Principle 3')).toEqual(['VII', 'III'])
    expect(citedArticles('Article II - Constitution')).toEqual(['II'])
    expect(citedArticles('principles in this plan')).toEqual([])
    expect(labelArticles('III — Test Locally Before Cloud')).toEqual(['III'])
    expect(labelArticles('I think so')).toEqual([])
    expect(roman('12')).toBe('XII')
    expect(roman('IIII')).toBeNull()
  })
})

describe('readConstitution', () => {
  it('should read numbered principles and which are non-negotiable', () => {
    const text = '# C\n\n## Core Principles\n\n### I. Library-First\nEvery feature is a library.\n\n### III. Test-First (NON-NEGOTIABLE)\nTDD.\n\n### V. Observability\n\nThis principle is non negotiable.\n'
    const constitution = readConstitution(text, 'c.md')
    expect(constitution.principles.map((p) => [p.numeral, p.name, p.nonNegotiable])).toEqual([
      ['I', 'Library-First', false],
      ['III', 'Test-First', true],
      ['V', 'Observability', true]
    ])
  })

  it('should fall back to the default articles for the unfilled template', () => {
    const constitution = readConstitution('### [PRINCIPLE_1_NAME]\n', 'c.md')
    expect(constitution).toMatchObject({ source: 'default', unfilledTemplate: true, path: 'c.md' })
  })

  it("should know spec-kit's own template, example comments and all, as unfilled", () => {
    const text =
      '# [PROJECT_NAME] Constitution\n<!-- Example: Spec Constitution, TaskFlow Constitution, etc. -->\n\n## Core Principles\n\n' +
      '### [PRINCIPLE_1_NAME]\n<!-- Example: I. Library-First -->\n[PRINCIPLE_1_DESCRIPTION]\n\n' +
      '### [PRINCIPLE_3_NAME]\n<!-- Example: III. Test-First (NON-NEGOTIABLE) -->\n[PRINCIPLE_3_DESCRIPTION]\n'
    expect(readConstitution(text, 'c.md')).toMatchObject({ source: 'default', unfilledTemplate: true })
  })

  it('should not take NON-NEGOTIABLE from an example comment left under a filled principle', () => {
    const constitution = readConstitution('### III. Quality Gates\n<!-- Example: III. Test-First (NON-NEGOTIABLE) -->\nLint and type-check.\n', 'c.md')
    expect(constitution.principles.map((p) => [p.name, p.nonNegotiable])).toEqual([['Quality Gates', false]])
  })

  it('should read the filled principles of a constitution with the template pasted after them', () => {
    const text =
      '# Photo Site Constitution\n\n### I. Static-First Delivery (NON-NEGOTIABLE)\nStatic files.\n\n### II. Performance Budgets\nBudgets.\n\n' +
      '# [PROJECT_NAME] Constitution\n\n### [PRINCIPLE_1_NAME]\n[PRINCIPLE_1_DESCRIPTION]\n\n### III. [PRINCIPLE_3_NAME]\n<!-- Example: III. Test-First (NON-NEGOTIABLE) -->\n'
    const constitution = readConstitution(text, 'c.md')
    expect(constitution).toMatchObject({ source: 'file', unfilledTemplate: false })
    expect(constitution.principles.map((p) => [p.numeral, p.name, p.nonNegotiable])).toEqual([
      ['I', 'Static-First Delivery', true],
      ['II', 'Performance Budgets', false]
    ])
  })
})

describe('matchPrinciple', () => {
  const defaults = defaultConstitution()
  it('should match the default articles by name first', () => {
    expect(matchPrinciple('Compliance: Will tests be written first?', ['Article III: Test-First Imperative'], defaults, []).principle?.name).toBe('Test-First')
    expect(matchPrinciple('Testing (TDD, every file has a test)', [], defaults, []).nonNegotiable).toBe(true)
  })

  it('should not take a default numeral for a gate with another name ("Art III (Branching)")', () => {
    const match = matchPrinciple('Art III (Branching)', [], defaults, [])
    expect(match).toMatchObject({ principle: null, articles: ['III'], nonNegotiable: false })
  })

  it("should match a repository's principles by numeral only when the gate has no other name", () => {
    const constitution = readConstitution('### III. Port collisions\n', 'c.md')
    expect(matchPrinciple('Article III', [], constitution, []).principle?.name).toBe('Port collisions')
    expect(matchPrinciple('Article III: Test-First', [], constitution, [])).toMatchObject({ principle: null, articles: ['III'], nonNegotiable: false })
  })

  it('should match a principle of three or more words by its initials (TDD)', () => {
    const constitution = readConstitution('### I. Test-Driven Development (NON-NEGOTIABLE)\nTests first.\n\n### II. CLI Interface\nText in, text out.\n', 'c.md')
    expect(matchPrinciple('TDD: contract tests only after the prototype', [], constitution, [])).toMatchObject({ principle: { name: 'Test-Driven Development' }, nonNegotiable: true })
    // Two initials are too few to tell: "CI" is not CLI Interface.
    expect(matchPrinciple('CI runs the tests', [], constitution, []).principle).toBeNull()
  })
})
