import { describe, expect, it } from '@jest/globals'
import { readItem } from '../../src/parse/read-item.js'
import { readCell, statusAt } from '../../src/parse/read-status.js'
import { Vocabulary } from '../../src/parse/vocabulary.js'
import { score } from '../helpers/fixtures.js'

const vocab = new Vocabulary()
/** The status a whole status cell reads, and the word, or null when it holds no built-in word. */
const cell = (text: string) => {
  const reading = readCell(vocab, text)?.[0]
  return reading && !reading.unmapped ? [reading.status, reading.written] : null
}

/** "Not evaluated" in each built-in language (VERDICT-RULES: translations built in for every row). */
const words: Array<[string, string]> = [
  ['es', 'PENDIENTE'], ['es', 'Por hacer'], ['es', 'Diferido'], ['es', 'No evaluado'],
  ['pt', 'Pendente'], ['pt', 'A fazer'], ['pt', 'Adiado'], ['pt', 'Não avaliado'], ['pt', 'Nao avaliado'],
  ['de', 'Ausstehend'], ['de', 'Offen'], ['de', 'Zurückgestellt'], ['de', 'Nicht bewertet'],
  ['fr', 'En attente'], ['fr', 'À faire'], ['fr', 'Reporté'], ['fr', 'Non évalué'],
  ['ja', '保留'], ['ja', '未評価'], ['ja', '未確認'], ['ja', '未定'],
  ['zh', '待定'], ['zh', '待评估'], ['zh', '未评估'], ['zh', '待处理'], ['zh', '待處理'], ['zh', '待評估'], ['zh', '未評估'],
  ['ko', '보류'], ['ko', '미정'], ['ko', '미평가'], ['ko', '검토 중'], ['ko', '검토중']
]

describe('the built-in "not evaluated" words of every language', () => {
  it.each(words)('should read the %s word "%s" as not evaluated, whole, in any case', (_, word) => {
    expect(cell(word)).toEqual(['unevaluated', word])
    expect(cell(word.toLowerCase())).toEqual(['unevaluated', word.toLowerCase()])
  })

  it.each(words)('should read the %s word "%s" after a label, and before punctuation, a dash or a mark', (_, word) => {
    for (const text of [`I. Library-First: ${word}`, `I. Library-First: ${word}.`, `I. Library-First: ${word} — next sprint`, `**I. Library-First**: **${word}**`, `${word}: the parser tests`]) {
      // The value and the end of the line may both read it; each must say the same.
      const readings = [...new Set(readItem(vocab, text).readings.map((reading) => `${reading.status}${reading.unmapped ? ' (to map)' : ''}`))]
      expect([text, readings]).toEqual([text, ['unevaluated']])
    }
    expect(statusAt(vocab, `${word} ⚠️`, 0)).toMatchObject({ status: 'unevaluated', written: word })
  })

  it('should make `- III. Testes primeiro: PENDENTE` a gate not evaluated', () => {
    const report = score('# Plano de implementação\n\n## Verificação da Constituição\n- ✅ I. Biblioteca primeiro\n- III. Testes primeiro: PENDENTE\n')
    expect(report.gates.map((gate) => gate.status)).toEqual(['pass', 'unevaluated'])
    expect(report.verdict).toBe('fail')
    expect(report.findings.filter((finding) => finding.severity === 'error').map((finding) => `${finding.ruleId}@${finding.range.line}`)).toEqual(['CG004@5'])
  })

  it('should read the longest word first, before the fail word it starts with', () => {
    expect(cell('NO EVALUADO')).toEqual(['unevaluated', 'NO EVALUADO'])
    expect(cell('Não avaliado — falta o teste')).toEqual(['unevaluated', 'Não avaliado'])
    expect(cell('Non évalué (voir C1)')).toEqual(['unevaluated', 'Non évalué'])
    expect(cell('Nicht bewertet')).toEqual(['unevaluated', 'Nicht bewertet'])
  })

  it('should hold the new words to the word rule: a word of a sentence is wording', () => {
    for (const text of ['Pendientes de revisión', 'Offen für Erweiterungen', 'Offener Punkt', 'Adiados para depois', 'Reportée', 'En attente de revue', 'À faire plus tard', 'Por hacer la migración', '未定义的行为', '保留现有接口', '待定义', '未确认的需求', '검토 중인 항목', '미정의 동작', '보류된 작업']) {
      expect([text, statusAt(vocab, text, 0)]).toEqual([text, null])
    }
  })

  it('should not take 対応中 (being handled) as a built-in word: it is one to map', () => {
    expect(cell('対応中')).toBeNull()
    expect(readCell(vocab, '対応中')?.[0]).toMatchObject({ status: 'unevaluated', unmapped: true })
  })
})
