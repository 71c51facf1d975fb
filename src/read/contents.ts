import type { Octokit } from './octokit.js'
import { apiError } from './api-error.js'
import type { Repo } from './github-files.js'
import { decodePlan, type PlanText } from './plan-file.js'

/**
 * Reads a file at a commit through the contents API, without a checkout and
 * without trusting it: a symlink or a submodule is refused (never followed),
 * a directory or a missing file is unreadable, a file over `maxBytes` is not
 * decoded.
 */
export async function readContent(octokit: Octokit, repo: Repo, path: string, ref: string, maxBytes: number): Promise<PlanText> {
  let data
  try {
    ;({ data } = await octokit.rest.repos.getContent({ ...repo, path, ref }))
  } catch (error) {
    if ((error as { status?: number }).status === 404) return { unreadable: `it does not exist at ${ref.slice(0, 7)}` }
    throw apiError(`reading ${path} at ${ref.slice(0, 7)}`, 'contents: read', error)
  }
  if (Array.isArray(data)) return { unreadable: 'it is a directory' }
  if (data.type === 'symlink') return { unreadable: 'it is a symbolic link, which is never followed' }
  if (data.type === 'submodule') return { unreadable: 'it is a submodule' }
  if (data.type !== 'file') return { unreadable: `it is a ${data.type}, not a file` }
  if (data.size > maxBytes) return { unreadable: `it is ${data.size} bytes, over the ${maxBytes}-byte limit (max-file-size)` }
  return decodePlan(Buffer.from(data.content ?? '', 'base64'))
}
