import { describe, expect, it } from '@jest/globals'
import { cleanInline, readCell, readVerdict, statusAt, trailingStatus } from '../../src/parse/read-status.js'
import { Vocabulary } from '../../src/parse/vocabulary.js'

const vocab = new Vocabulary()
const at = (text: string) => statusAt(vocab, text, 0)?.status ?? null

describe('statusAt', () => {
  it.each([
    ['PASS', 'pass'],
    ['PASS.', 'pass'],
    ['PASS - all principles', 'pass'],
    ['PASS (no violations)', 'pass'],
    ['PASS w/ one tracked extraction', 'pass'],
    ['PASS with two documented exceptions', 'partial'],
    ['PASS (with documented violations)', 'partial'],
    ['No — uses a wrapper', 'fail'],
    ['No breaking changes', null],
    ['Nothing to do', null],
    ['NO CUMPLE: falta', 'fail'],
    ['N/A', 'n/a'],
    ['N/A for web app', null],
    ['non-compliant', 'fail'],
    ['Non Compliant.', 'fail'],
    ['CONDITIONAL PASS', 'partial'],
    ['JUSTIFIED VIOLATION', 'justified'],
    ['DEFERRED', 'unevaluated'],
    ['✅ whatever follows', 'pass'],
    ['⚠️ TENSION (see Complexity Tracking)', 'partial'],
    ['❌ غير مُطبق', 'fail'],
    ['合格', 'pass'],
    ['Passing grade', null],
    ['OKAY', null]
  ])('should read "%s" as %s', (text, status) => {
    expect(at(text)).toBe(status)
  })

  it('should read a word the configuration adds, and a mark', () => {
    const custom = new Vocabulary({ NOTED: 'pass', '🟢': 'pass' })
    expect(statusAt(custom, 'NOTED', 0)?.status).toBe('pass')
    expect(statusAt(custom, '🟢 done', 0)?.status).toBe('pass')
    expect(at('NOTED')).toBeNull()
  })
})

describe('trailingStatus', () => {
  it.each([
    ['### I. Library-First ✅', 'pass'],
    ['Projects: 2 (frontend, backend) ✓', 'pass'],
    ['FORBIDDEN: skipping RED ✓ (will strictly follow)', 'pass'],
    ['Simplicity Gate — PASS', 'pass'],
    ['Simplicity Gate: FAIL', 'fail'],
    ['Simplicity (PASS)', 'pass'],
    ['Criteria — NOT MET', 'fail'],
    ['Tests must pass', null],
    ['Tests must PASS', 'pass'],
    ['Using ≤3 projects?', null],
    ['no new warnings.', null]
  ])('should read the end of "%s" as %s', (line, status) => {
    expect(trailingStatus(vocab, line)?.status ?? null).toBe(status)
  })
})

describe('readCell', () => {
  it('should read marks, words, checkboxes, an empty cell and an unknown word', () => {
    expect(readCell(vocab, '✅ PASS')?.map((r) => r.status)).toEqual(['pass', 'pass'])
    expect(readCell(vocab, '**PASS** — already standing practice')?.[0]?.status).toBe('pass')
    expect(readCell(vocab, '[x]')?.[0]?.status).toBe('pass')
    expect(readCell(vocab, '[ ]')?.[0]?.status).toBe('unevaluated')
    expect(readCell(vocab, '   ')).toBeNull()
    expect(readCell(vocab, '?')?.[0]?.status).toBe('unevaluated')
    expect(readCell(vocab, 'NOTED')?.[0]).toMatchObject({ status: 'unevaluated', unmapped: true, written: 'NOTED' })
  })
})

describe('readVerdict', () => {
  it.each([
    ['PASS.', 'pass'],
    ['No violations.', 'pass'],
    ['No unjustified violations', 'pass'],
    ['None', 'pass'],
    ['FAIL (7 violations documented)', 'fail'],
    ['✅ **PASS** - All gates satisfied.', 'pass'],
    ['PASS with deviations documented', 'partial'],
    ['Design is constitution-compliant.', null]
  ])('should read "%s" as %s', (value, status) => {
    expect(readVerdict(vocab, value)?.status ?? null).toBe(status)
  })
})

describe('cleanInline', () => {
  it('should drop emphasis and code ticks but keep snake_case', () => {
    expect(cleanInline('**PASS** `x` *y* __z__ a_b_c')).toBe('PASS x y z a_b_c')
  })
})
