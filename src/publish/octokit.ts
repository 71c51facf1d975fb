import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

import type { Octokit } from '../read/octokit.js'

export type { Octokit }

/** Options of the client; tests shorten the waits. */
export interface ClientOptions {
  /** Where to log a retry, once per retried request. */
  log: (message: string) => void
  /** Milliseconds per unit of retry delay (GitHub's Retry-After is in seconds). Default 1000. */
  retryUnitMs?: number
}

/**
 * A client that retries server errors (up to 3 times, backing off) and waits
 * out primary and secondary rate limits (up to twice), spacing its writes a
 * second apart as GitHub asks. The token is never logged.
 */
export function client(token: string, options: ClientOptions): Octokit {
  const unit = options.retryUnitMs ?? 1000
  const onLimit = (kind: string) => (after: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    if (retryCount >= 2) return false
    options.log(`GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${after} s.`)
    return true
  }
  return getOctokit(
    token,
    {
      retry: { retryAfterBaseValue: unit },
      throttle: { retryAfterBaseValue: unit, fallbackSecondaryRateRetryAfter: 60, onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') }
    },
    retry,
    throttling
  )
}
