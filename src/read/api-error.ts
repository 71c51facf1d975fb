/** The permission a request needs, for the hint an error gives. */
export type Permission = 'contents: read' | 'pull-requests: read' | 'checks: write' | 'pull-requests: write'

/** An API request that failed, said as what was being done, what GitHub answered and what to check. */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    message: string,
    readonly status: number | undefined
  ) {
    super(message)
  }
}

/**
 * Runs one API request (or a paginated series), turning a failure into an
 * ApiError that says what was being done and what to check: "listing the
 * files of pull request #7: HTTP 404 Not Found — does the token have
 * pull-requests: read?". GitHub answers 404 rather than 403 to a token that
 * may not see a repository, so both point at the permission.
 *
 * @param doing
 *   What the request was for, with the commit when there is one.
 * @param permission
 *   What the token needs for it.
 */
export async function request<T>(doing: string, permission: Permission, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (error instanceof ApiError) throw error
    throw apiError(doing, permission, error)
  }
}

/** The ApiError for a failed request. */
export function apiError(doing: string, permission: Permission, error: unknown): ApiError {
  const status = (error as { status?: number }).status
  // Octokit appends the documentation URL (" - https://…"): the hint says more.
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.replace(/ - https?:\/\/\S+$/u, '').trim() || 'no answer'
  const answer = status ? `HTTP ${status} ${message}` : message
  const hint =
    status === 401
      ? ' — the token is invalid or expired'
      : status === 403 || status === 404
        ? ` — does the token have ${permission}?`
        : status !== undefined && status >= 500
          ? ' — GitHub failed to answer; re-run the job'
          : ''
  return new ApiError(`${doing}: ${answer}${hint}`, status)
}
