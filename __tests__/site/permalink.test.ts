import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { decodeState, encodeState, MAX_STATE_BYTES, PermalinkError } from '../../src/site/permalink.js'

const plan = readFileSync(new URL('../../examples/failing-plan.md', import.meta.url), 'utf8')

/** Raw deflate of some bytes, base64url, as a hand-made fragment. */
async function fragmentOf(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  return `v1.${Buffer.from(await new Response(stream).arrayBuffer()).toString('base64url')}`
}

describe('permalink', () => {
  it('should restore exactly the three boxes it was made from', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string(), async (a, b, c) => {
        const state = { plan: a, constitution: b, settings: c }
        const fragment = await encodeState(state)
        expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]*$/u)
        expect(await decodeState(fragment)).toEqual(state)
        expect(await decodeState(`#${fragment}`)).toEqual(state)
      }),
      { numRuns: 100 }
    )
  })

  it('should be much shorter than the plan it carries', async () => {
    const long = Array.from({ length: 20 }, () => plan).join('\n')
    const fragment = await encodeState({ plan: long, constitution: '', settings: '' })
    expect(fragment.length).toBeLessThan(long.length / 10)
    expect((await decodeState(fragment))?.plan).toBe(long)
  })

  it('should leave fragments it did not make alone', async () => {
    expect(await decodeState('')).toBeNull()
    expect(await decodeState('#')).toBeNull()
    expect(await decodeState('#findings')).toBeNull()
  })

  it('should refuse a damaged link with one line saying so', async () => {
    const fragment = await encodeState({ plan, constitution: '', settings: '' })
    await expect(decodeState(fragment.slice(0, 40))).rejects.toThrow(PermalinkError)
    await expect(decodeState('v1.not*base64')).rejects.toThrow(/^this link is damaged/u)
    await expect(decodeState(await fragmentOf(new TextEncoder().encode('{"plan": 1}')))).rejects.toThrow(/^this link is damaged/u)
  })

  it('should stop inflating a link that expands past the limit', async () => {
    const bomb = await fragmentOf(new Uint8Array(MAX_STATE_BYTES + 1024))
    expect(bomb.length).toBeLessThan(20_000)
    await expect(decodeState(bomb)).rejects.toThrow(/larger than/u)
  })
})
