import { describe, expect, it } from '@jest/globals'
import { NON_NEGOTIABLE, readConstitution } from '../../src/parse/constitution.js'
import { PrincipleMatcher } from '../../src/parse/principles.js'
import { readItem } from '../../src/parse/read-item.js'
import { readCell, statusAt } from '../../src/parse/read-status.js'
import { Vocabulary } from '../../src/parse/vocabulary.js'
import { linesOf, score } from '../helpers/fixtures.js'

const vocab = new Vocabulary()
/** The status of a whole status cell, and the word it was read from. */
const cell = (text: string) => {
  const reading = readCell(vocab, text)?.[0]
  return reading && !reading.unmapped ? [reading.status, reading.written] : null
}

describe('the built-in yes / no / not-applicable words of every language', () => {
  it.each([
    ['es', 'Sí', 'pass'], ['es', 'SI', 'pass'], ['es', 'No aplica', 'n/a'], ['es', 'No aplicable', 'n/a'],
    ['pt', 'Sim', 'pass'], ['pt', 'Não', 'fail'], ['pt', 'NAO', 'fail'], ['pt', 'Não se aplica', 'n/a'], ['pt', 'Não aplicável', 'n/a'],
    ['de', 'Ja', 'pass'], ['de', 'Nein', 'fail'], ['de', 'Entfällt', 'n/a'], ['de', 'Nicht zutreffend', 'n/a'], ['de', 'Nicht anwendbar', 'n/a'],
    ['fr', 'Oui', 'pass'], ['fr', 'Non', 'fail'], ['fr', 'Sans objet', 'n/a'], ['fr', 'Non applicable', 'n/a'],
    ['ja', 'はい', 'pass'], ['ja', 'いいえ', 'fail'], ['ja', '非該当', 'n/a'], ['ja', '対象外', 'n/a'],
    ['zh', '是', 'pass'], ['zh', '否', 'fail'],
    ['ko', '예', 'pass'], ['ko', '아니오', 'fail'], ['ko', '아니요', 'fail'], ['ko', '해당없음', 'n/a']
  ])('should read the %s cell "%s" as %s, whole', (_, word, status) => {
    expect(cell(word)).toEqual([status, word])
  })

  it('should read the longest word first: "Non" does not cut a longer status short', () => {
    expect(cell('NON-COMPLIANT')).toEqual(['fail', 'NON-COMPLIANT'])
    expect(cell('Non conforme')).toEqual(['fail', 'Non conforme'])
    expect(cell('Non applicable — pas de CLI')).toEqual(['n/a', 'Non applicable'])
    expect(cell('No aplica: sin CLI')).toEqual(['n/a', 'No aplica'])
    expect(cell('Não se aplica.')).toEqual(['n/a', 'Não se aplica'])
  })

  it('should hold the new words to the word rule', () => {
    expect(statusAt(vocab, 'Sim — uma biblioteca', 0)?.status).toBe('pass')
    expect(statusAt(vocab, 'Ja, als Bibliothek', 0)?.status).toBe('pass')
    expect(statusAt(vocab, 'Non, trois projets', 0)?.status).toBe('fail')
    for (const text of ['Si el proyecto crece', 'Sim card support', 'Simple', 'Janvier', 'Nonetheless', 'Non négociable', 'NON-NEGOTIABLE', 'Nein-Sager', 'Ouistiti']) {
      expect([text, statusAt(vocab, text, 0)]).toEqual([text, null])
    }
  })

  it('should read a one-character CJK word only as a whole value', () => {
    expect(readItem(vocab, '使用≤3个项目？ 否').readings.map((r) => r.status)).toEqual(['fail'])
    expect(readItem(vocab, '**简单性**：是').readings.map((r) => r.status)).toEqual(['pass'])
    for (const text of ['是一个独立的库', '是，我们使用库', '否则需要第四个项目', '예: 라이브러리로 구현', '예를 들어 CLI']) {
      expect([text, readCell(vocab, text)?.every((r) => r.unmapped === true)]).toEqual([text, true])
      expect([text, readItem(vocab, `- ${text}`).readings]).toEqual([text, []])
    }
  })

  it('should need no mapping for a French plan whose Résultat column says Sans objet', () => {
    const text = '# Plan\n\n## Vérification de la constitution\n\n| Principe | Résultat |\n|---|---|\n| I. Bibliothèque d’abord | Oui |\n| II. Interface CLI | Sans objet |\n'
    const report = score(text)
    expect(report.gates.map((gate) => gate.status)).toEqual(['pass', 'n/a'])
    expect(report.findings.filter((finding) => finding.severity !== 'notice').map((f) => f.ruleId)).toEqual([])
  })
})

describe('NON-NEGOTIABLE in the built-in languages', () => {
  it.each(['NO NEGOCIABLE', 'No-negociable', 'INEGOCIÁVEL', 'INNEGOCIÁVEL', 'innegociável', 'NÃO NEGOCIÁVEL', 'Nicht verhandelbar', 'NON NÉGOCIABLE', 'non-négociable'])('should know %s', (word) => {
    expect(NON_NEGOTIABLE.test(`### III. Tests (${word})`)).toBe(true)
    const constitution = readConstitution(`### III. Qualidade dos testes (${word})\nTestes primeiro.\n`, 'c.md')
    expect(constitution.principles.map((p) => [p.name, p.nonNegotiable])).toEqual([['Qualidade dos testes', true]])
  })

  it("should make a gate whose own label says it non-negotiable, and leave the numeral to decide", () => {
    const constitution = readConstitution('### III. Calidad de las pruebas\nPruebas primero.\n', 'c.md')
    expect(new PrincipleMatcher(constitution).match('III (NO NEGOCIABLE)', [])).toMatchObject({ principle: { numeral: 'III' }, nonNegotiable: true })
    const text = '## Constitution Check\n\n- ⚠️ **III (INNEGOCIÁVEL)**: testes depois\n'
    expect(linesOf(score(text, {}, constitution), 'CG005')).toEqual([3])
  })
})
