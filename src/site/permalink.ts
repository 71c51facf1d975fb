/** What a permalink carries: the three boxes, as typed. */
export interface State {
  plan: string
  constitution: string
  settings: string
}

/** The format's tag: a later format can still read today's links. */
const VERSION = 'v1.'

/**
 * The most a link may inflate to: three boxes at the default max-file-size
 * (1 MiB) and then some. A crafted link that expands further is refused
 * before it can freeze the tab.
 */
export const MAX_STATE_BYTES = 4 * 1024 * 1024

/** A link that cannot be read; its message is one line for the page. */
export class PermalinkError extends Error {
  override readonly name = 'PermalinkError'
}

/**
 * The fragment (without `#`) that holds the three boxes: JSON, deflated by
 * the browser's CompressionStream, in base64url. It stays in the URL's
 * fragment, which browsers never send to a server.
 *
 * @param state
 *   The boxes.
 */
export async function encodeState(state: State): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify([state.plan, state.constitution, state.settings]))
  const deflated = new Response(new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw')))
  return VERSION + toBase64Url(new Uint8Array(await deflated.arrayBuffer()))
}

/**
 * The boxes a fragment holds, or null when the fragment is not a permalink
 * (empty, or an ordinary `#anchor`).
 *
 * @param fragment
 *   `location.hash`, with or without its `#`.
 * @throws PermalinkError
 *   When the link is damaged or inflates past MAX_STATE_BYTES.
 */
export async function decodeState(fragment: string): Promise<State | null> {
  const body = fragment.replace(/^#/u, '')
  if (!body.startsWith(VERSION)) return null
  const bytes = fromBase64Url(body.slice(VERSION.length))
  const json = await inflate(bytes)
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    throw damaged('its text is cut or altered')
  }
  if (!Array.isArray(value) || value.length !== 3 || !value.every((box) => typeof box === 'string')) throw damaged('it holds something other than three boxes')
  const [plan, constitution, settings] = value as [string, string, string]
  return { plan, constitution, settings }
}

/** Inflates, counting as it goes, so a bomb is stopped at the limit rather than after it. */
async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.byteLength
      if (total > MAX_STATE_BYTES) {
        await reader.cancel()
        throw new PermalinkError(`this link is larger than ${MAX_STATE_BYTES / 1024 / 1024} MiB once unpacked; it was not opened.`)
      }
      chunks.push(value)
    }
  } catch (error) {
    if (error instanceof PermalinkError) throw error
    throw damaged('it does not unpack')
  }
  const joined = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    joined.set(chunk, at)
    at += chunk.byteLength
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(joined)
}

function damaged(why: string): PermalinkError {
  return new PermalinkError(`this link is damaged (${why}); nothing was restored.`)
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  // One character at a time: spreading a large array into fromCharCode overflows the stack.
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i] ?? 0)
  return btoa(binary).replace(/\+/gu, '-').replace(/\//gu, '_').replace(/=+$/u, '')
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/u.test(text)) throw damaged('it has characters base64url does not use')
  let binary: string
  try {
    binary = atob(text.replace(/-/gu, '+').replace(/_/gu, '/'))
  } catch {
    throw damaged('its text is cut')
  }
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
