import { describe, expect, it } from '@jest/globals'
import { readItem } from '../../src/parse/read-item.js'
import { Vocabulary } from '../../src/parse/vocabulary.js'

const vocab = new Vocabulary()
const statuses = (text: string) => readItem(vocab, text).readings.map((r) => `${r.position}:${r.status}`)

describe('readItem', () => {
  it('should read every status position of an item', () => {
    expect(statuses('[x] Using ≤3 projects? **YES** - one app')).toEqual(['checkbox:pass', 'answer:pass'])
    expect(statuses('[⚠] Each library has a CLI?\n→ **PARTIAL** — see C1')).toEqual(['checkbox:partial', 'answer:partial'])
    expect(statuses('**Art VII (Framework-first)**: ⚠️ **One drift, justified**')).toEqual(['value:partial'])
    expect(statuses('**II. Simplicity** — **PARTIAL**')).toEqual(['value:partial', 'trailing:partial'])
    expect(statuses('✅ No magic numbers: constants extracted')).toEqual(['leading-mark:pass'])
    expect(statuses('Foo bar. Status: FAIL')).toEqual(['trailing:fail', 'status-label:fail'])
  })

  it('should leave wording alone', () => {
    expect(statuses('[x] Tests are written and confirmed to FAIL before any implementation?')).toEqual(['checkbox:pass'])
    expect(statuses('Breaking changes handled? No breaking changes - additive only')).toEqual([])
  })

  it('should tell an unanswered question from an answered one', () => {
    expect(readItem(vocab, 'Using framework directly?')).toMatchObject({ question: true, answer: '' })
    expect(readItem(vocab, 'Version number assigned? 2.0.0')).toMatchObject({ question: true, answer: '2.0.0' })
    expect(readItem(vocab, 'Why? Because we said so.')).toMatchObject({ question: true })
    expect(readItem(vocab, 'It works. Does it scale? Yes')).toMatchObject({ question: false, answer: null })
  })

  it('should name the item by its label, or its question, or its first line', () => {
    expect(readItem(vocab, '[x] **Compliance**: Is this feature starting as a library?').label).toBe('Compliance: Is this feature starting as a library?')
    expect(readItem(vocab, '✅ Context-First: an independent context').label).toBe('Context-First')
    expect(readItem(vocab, '[x] Adheres to project structure').label).toBe('Adheres to project structure')
  })

  it('should leave a status at the end of the first line out of the name', () => {
    expect(readItem(vocab, 'VII. Simplicity **FAIL**').label).toBe('VII. Simplicity')
    expect(readItem(vocab, 'VIII. Anti-Abstraction (FAIL)').label).toBe('VIII. Anti-Abstraction')
    expect(readItem(vocab, 'I. Library-First ✅').label).toBe('I. Library-First')
    expect(readItem(vocab, 'Simplicity FAIL (see notes)').label).toBe('Simplicity')
  })

  it('should read a checkbox with any mark inside, and flag an unknown one', () => {
    expect(statuses('[✓] done')).toEqual(['checkbox:pass'])
    expect(statuses('[❌] Initial Constitution Check: FAIL')).toEqual(['checkbox:fail', 'value:fail', 'trailing:fail'])
    expect(readItem(vocab, '[~] maybe').readings[0]).toMatchObject({ status: 'unevaluated', unmapped: true })
  })
})
