import { describe, expect, it } from '@jest/globals'
import { findPrompts, isOnlyPrompts, isPrompt } from '../../src/parse/placeholders.js'

describe('placeholders', () => {
  it.each([
    ['Gates determined based on constitution file', true],
    ['e.g., 4th project', true],
    ['Yes/No', true],
    ['Low/Medium/High/Critical', true],
    ['PRINCIPLE_1_NAME', true],
    ['###', true],
    ['FLAKY', false],
    ['x', false],
    ['1', false],
    ['^note', false]
  ])('should tell whether [%s] is a template prompt', (inner, expected) => {
    expect(isPrompt(inner)).toBe(expected)
  })

  it('should skip links and keep offsets', () => {
    expect(findPrompts('see [the docs](http://x) and [If no, explain why]', 10)).toEqual([{ text: '[If no, explain why]', start: 39, end: 59 }])
    expect(isOnlyPrompts('[current need]')).toBe(true)
    expect(isOnlyPrompts('[current need] and more')).toBe(false)
  })

  it('should skip brackets inside inline code', () => {
    expect(findPrompts('tagged `[CONSTITUTION-EXCEPTION: Tech Debt]`, then [If no, explain why]', 0)).toEqual([{ text: '[If no, explain why]', start: 51, end: 71 }])
  })
})
