import { describe, expect, it } from '@jest/globals'
import { lineText, outline } from '../../src/parse/outline.js'
import { sectionSpans } from '../../src/parse/sections.js'

const none = { gates: [], complexity: [] }

describe('outline', () => {
  it('should find ATX and one-line setext headings, not those in code, comments or front matter', () => {
    const text = [
      '---', 'title: x', '# not a heading', '---',
      '# Plan',
      '```md', '## In code', '```',
      '<!--', '## In a comment', '-->',
      'Constitution Check', '------------------',
      'A paragraph', 'of two lines', '---',
      '    ## indented code',
      '~~~~', '## tilde fence', '~~~~',
      '### Done ###'
    ].join('\n')
    const { headings } = outline(text)
    expect(headings.map((h) => [h.depth, h.text, h.line])).toEqual([
      [1, 'Plan', 5],
      [2, 'Constitution Check', 12],
      [3, 'Done', 21]
    ])
  })

  it('should number CRLF lines like LF ones', () => {
    const { lineStarts } = outline('a\r\nb\r\nc')
    expect(lineText('a\r\nb\r\nc', lineStarts, 2)).toBe('b')
  })

  it('should collect checked items and complexity score lines outside code', () => {
    const { checkedItems, scoreLines } = outline('- [x] Initial Constitution Check: PASS\n- [ ] Post-Design\n```\n- [x] in code\n```\n**Current Complexity Score**: Low\n')
    expect(checkedItems.map((l) => l.line)).toEqual([1])
    expect(scoreLines.map((l) => l.line)).toEqual([6])
  })
})

describe('sectionSpans', () => {
  it('should cut a Complexity Tracking subsection out of a gates section, and resume after it', () => {
    const text = ['## Phase -1: Pre-Implementation Gates', '#### Article I', '### Complexity Tracking', 'rows', '### Constitutional Compliance Check', 'more', '## Phase 0'].join('\n')
    const { headings, lineStarts } = outline(text)
    const spans = sectionSpans(headings, lineStarts.length, none)
    expect(spans.map((s) => [s.kind, s.segments])).toEqual([
      ['gates', [[1, 2], [5, 6]]],
      ['complexity', [[3, 4]]]
    ])
  })

  it('should treat a nested gates heading as part of its section, and a later one as a section of its own', () => {
    const text = ['## Constitution Check', '### Constitution Re-check', '## Design', '## Constitution Check (Post-Design)'].join('\n')
    const { headings, lineStarts } = outline(text)
    expect(sectionSpans(headings, lineStarts.length, none).map((s) => s.heading.line)).toEqual([1, 4])
  })
})
