import { describe, expect, it } from '@jest/globals'
import { parseSetting } from '../../src/config/values.js'

describe('parseSetting', () => {
  it('should read lists one item per line and maps one entry per line', () => {
    expect(parseSetting('gate-headings', 'Revisión\n\n  Prüfung  \n', "input 'gate-headings'")).toEqual(['Revisión', 'Prüfung'])
    expect(parseSetting('rules', 'CG004: warning\ncomplexity-row-unused = off\n', "input 'rules'")).toEqual({ CG004: 'warning', 'complexity-row-unused': 'off' })
    expect(parseSetting('max-projects', ' 4 ', "input 'max-projects'")).toBe(4)
    expect(parseSetting('fail-on', 'warning', "input 'fail-on'")).toBe('warning')
  })

  it('should read an empty value as "not set", never as an empty list', () => {
    expect(parseSetting('plans', '', "input 'plans'")).toBeUndefined()
    expect(parseSetting('rules', '\n  \n', "input 'rules'")).toBeUndefined()
  })

  it('should quote the input and the line of a malformed entry', () => {
    expect(() => parseSetting('rules', 'CG004: warning\nCG005 off', "input 'rules'")).toThrow("input 'rules' line 2: expected 'name: value', got 'CG005 off'.")
    expect(() => parseSetting('max-projects', 'three', "input 'max-projects'")).toThrow("input 'max-projects': expected a whole number of 1 or more, got 'three'.")
  })
})
