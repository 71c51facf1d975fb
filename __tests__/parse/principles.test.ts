import { describe, expect, it } from '@jest/globals'
import { defaultConstitution, readConstitution } from '../../src/parse/constitution.js'
import { PrincipleMatcher } from '../../src/parse/principles.js'

/** A repository whose numbering is not the seed's: its II is a non-negotiable Security by Default. */
const repo = readConstitution(
  '# Constitution\n\n## Core Principles\n\n### I. Library-First\nLibraries.\n\n### II. Security by Default (NON-NEGOTIABLE)\nNo secrets.\n\n' +
    '### III. Test-First Development\nTests first.\n\n### IV. 正確性と安全\n正しく。\n',
  '.specify/memory/constitution.md'
)
const match = (label: string, context: string[] = []) => new PrincipleMatcher(repo).match(label, context)

describe('PrincipleMatcher', () => {
  it('should not tie a gate with a name of its own to the principle its numeral names elsewhere', () => {
    expect(match('II. CLI Interface')).toMatchObject({ principle: null, articles: ['II'], nonNegotiable: false })
    expect(match('Article III: Port collisions')).toMatchObject({ principle: null, articles: ['III'] })
  })

  it('should not take the numeral from a heading above whose name is another', () => {
    expect(match('Compliance: one binary?', ['II. CLI Interface'])).toMatchObject({ principle: null, nonNegotiable: false })
  })

  it('should still match a gate by its name, whatever its numeral', () => {
    expect(match('III. Test-First (NON-NEGOTIABLE)')).toMatchObject({ principle: { name: 'Test-First Development' }, nonNegotiable: true })
    expect(match('VII. Security by Default')).toMatchObject({ principle: { name: 'Security by Default' }, nonNegotiable: true })
  })

  it.each(['Principle II', 'Art. II', 'II', 'Article II compliance', 'II. ✅'])('should let the numeral decide for %s, which has no name', (label) => {
    expect(match(label)).toMatchObject({ principle: { name: 'Security by Default' }, nonNegotiable: true })
  })

  it('should let the numeral decide when the name shares a word with the principle it numbers', () => {
    expect(match('II. Secure Defaults')).toMatchObject({ principle: { name: 'Security by Default' }, nonNegotiable: true })
    expect(match('III. Tests before code')).toMatchObject({ principle: { name: 'Test-First Development' } })
    expect(match('IV. 正確性')).toMatchObject({ principle: { name: '正確性と安全' } })
  })

  it('should not count a word every X-First name ends with as shared', () => {
    const security = readConstitution('### I. Security-First (NON-NEGOTIABLE)\nNo secrets.\n', 'c.md')
    expect(new PrincipleMatcher(security).match('I. Library-First', [])).toMatchObject({ principle: null, nonNegotiable: false })
    expect(new PrincipleMatcher(defaultConstitution()).match('I. Security & Privacy First', [])).toMatchObject({ principle: null })
  })

  it('should know a test-driven principle, in any built-in language, by TDD', () => {
    const french = readConstitution('### VI. Développement piloté par les tests (NON-NÉGOCIABLE)\nTests.\n', 'c.md')
    expect(new PrincipleMatcher(french).match('VI (TDD)', [])).toMatchObject({ principle: { numeral: 'VI' }, nonNegotiable: true })
    const german = readConstitution('### 2. Testgetriebene Entwicklung\nTests zuerst.\n', 'c.md')
    expect(new PrincipleMatcher(german).match('Test-First', [])).toMatchObject({ principle: { numeral: 'II' } })
  })

  it('should keep the default articles to the same rule', () => {
    const defaults = new PrincipleMatcher(defaultConstitution())
    expect(defaults.match('Art III (Branching)', [])).toMatchObject({ principle: null, nonNegotiable: false })
    expect(defaults.match('Article III', [])).toMatchObject({ principle: { name: 'Test-First' }, nonNegotiable: true })
    expect(defaults.match('III. Test-First Imperative', [])).toMatchObject({ principle: { name: 'Test-First' }, nonNegotiable: true })
    expect(defaults.match('IV. Observability', [])).toMatchObject({ principle: { numeral: 'IV' } })
  })
})
