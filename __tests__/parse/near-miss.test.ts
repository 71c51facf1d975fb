import { describe, expect, it } from '@jest/globals'
import { nearHeading } from '../../src/parse/near-miss.js'
import { outline } from '../../src/parse/outline.js'

/** The heading of `lines` that comes closest to a built-in heading of `kind`: its text and what it looks like. */
function near(kind: 'gates' | 'complexity', ...lines: string[]): [string, string] | null {
  const found = nearHeading(outline(`# Implementation Plan: Widgets\n\n${lines.join('\n\n')}\n`).headings, kind)
  return found ? [found.heading.text, found.like] : null
}

describe('nearHeading', () => {
  it.each([
    ['## Constitution Chek', 'Constitution Check'],
    ['### Consitution Check (Post-Design)', 'Constitution Check'],
    ['## Constitutional Complience', 'Constitutional Compliance'],
    ['## Pre-Implementation Gate', 'Pre-Implementation Gates'],
    ['## Constitutoin Gates', 'Constitution Gates'],
    ['## 憲法チェク', '憲法チェック'],
    ['## Verfassungsprufung', 'Verfassungsprüfung']
  ])('should take %s for %s', (heading, like) => {
    expect(near('gates', '## Summary', heading, '## Project Structure')).toEqual([heading.replace(/^#+\s*/u, ''), like])
  })

  it('should take a heading that shares the key word of a gates heading', () => {
    expect(near('gates', '## Constitution Review')?.[0]).toBe('Constitution Review')
  })

  it('should take the closest of several', () => {
    expect(near('gates', '## Constitution Notes', '## Constitution Chek')).toEqual(['Constitution Chek', 'Constitution Check'])
  })

  it.each([
    '## Constraints',
    '## Summary',
    '## Project Structure',
    '## Technical Context',
    '## Phase 0: Outline & Research',
    '## Phase 1: Design & Contracts',
    '## Progress Tracking',
    '## Complexity Tracking',
    '## Constraints & Assumptions',
    '## Construction Notes',
    '## Contracts',
    '## Testing Strategy'
  ])('should not claim %s for the gates', (heading) => {
    expect(near('gates', heading)).toBeNull()
  })

  it("should not claim the plan's title", () => {
    expect(nearHeading(outline('# Implementation Plan: Constitution Checker\n\n## Summary\n').headings, 'gates')).toBeNull()
  })

  it.each([
    ['## Complexity Trackng', 'Complexity Tracking'],
    ['## Complexty Tracking', 'Complexity Tracking'],
    ['## Complexity', 'Complexity Tracking'],
    ['### Complexity Justification', 'Complexity Tracking'],
    ['## 複雑性トラキング', '複雑性トラッキング']
  ])('should take %s for %s', (heading, like) => {
    expect(near('complexity', '## Constitution Check', heading)).toEqual([heading.replace(/^#+\s*/u, ''), like])
  })

  it.each(['## Progress Tracking', '## Completion Tracking', '## Complex Types', '## Compatibility', '## Summary', '## Constraints', '## Constitution Check'])(
    'should not claim %s for Complexity Tracking',
    (heading) => {
      expect(near('complexity', heading)).toBeNull()
    }
  )
})
