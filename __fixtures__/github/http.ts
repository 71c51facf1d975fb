/**
 * Pieces of GitHub's REST conventions shared by the emulator's routes: pagination and
 * its Link header, error bodies, URL building, timestamps, user objects.
 */
import { REPOSITORY_ID, type Reply } from './model.js'

export const DOCS = {
  root: 'https://docs.github.com/rest',
  listFiles: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests-files',
  compare: 'https://docs.github.com/rest/commits/commits#compare-two-commits',
  contents: 'https://docs.github.com/rest/repos/contents#get-repository-content',
  tree: 'https://docs.github.com/rest/git/trees#get-a-tree',
  createRun: 'https://docs.github.com/rest/checks/runs#create-a-check-run',
  updateRun: 'https://docs.github.com/rest/checks/runs#update-a-check-run',
  getRun: 'https://docs.github.com/rest/checks/runs#get-a-check-run',
  annotations: 'https://docs.github.com/rest/checks/runs#list-check-run-annotations',
  comments: 'https://docs.github.com/rest/issues/comments'
} as const

/** GitHub's error body: `{message, documentation_url, status}` (status is a string). */
export function error(status: number, message: string, documentationUrl: string = DOCS.root, extra: Record<string, unknown> = {}): Reply {
  return { status, body: { message, documentation_url: documentationUrl, ...extra, status: String(status) } }
}

export function notFound(documentationUrl: string = DOCS.root): Reply {
  return error(404, 'Not Found', documentationUrl)
}

/** `per_page` defaults to 30 and is capped at 100; `page` starts at 1. Junk falls back to the defaults. */
export function pageParams(query: URLSearchParams): { perPage: number; page: number } {
  const perPage = Number.parseInt(query.get('per_page') ?? '', 10)
  const page = Number.parseInt(query.get('page') ?? '', 10)
  return { perPage: perPage > 0 ? Math.min(perPage, 100) : 30, page: page > 0 ? page : 1 }
}

/**
 * GitHub's Link header: absolute URLs on the repository-id form of the path
 * (`/repositories/{id}/...`), the request's query kept in its order with `page` set,
 * relations in GitHub's order prev, next, last, first. No header when everything fits one page.
 */
export function linkHeader(base: string, subPath: string, query: URLSearchParams, page: number, lastPage: number): string | undefined {
  if (lastPage <= 1 && page <= 1) return undefined
  const href = (target: number): string => {
    const params = new URLSearchParams(query)
    params.set('page', String(target))
    return `<${base}/repositories/${REPOSITORY_ID}/${subPath}?${params.toString()}>`
  }
  const links: string[] = []
  if (page > 1) links.push(`${href(Math.min(page - 1, lastPage))}; rel="prev"`)
  if (page < lastPage) links.push(`${href(page + 1)}; rel="next"`)
  if (page !== lastPage) links.push(`${href(lastPage)}; rel="last"`)
  if (page > 1) links.push(`${href(1)}; rel="first"`)
  return links.join(', ')
}

/** One page of `items` and its Link header. */
export function paginate<T>(items: T[], base: string, subPath: string, query: URLSearchParams): { items: T[]; headers: Record<string, string> } {
  const { perPage, page } = pageParams(query)
  const lastPage = Math.max(1, Math.ceil(items.length / perPage))
  const link = linkHeader(base, subPath, query, page, lastPage)
  return { items: items.slice((page - 1) * perPage, page * perPage), headers: link ? { link } : {} }
}

/** Percent-encodes each segment of a repository path, keeping the slashes. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

/** GitHub's timestamps: ISO 8601 in UTC, to the second. */
export function timestamp(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/u, 'Z')
}

/** A "simple user" object as GitHub embeds it (commit authors, app owners). */
export function simpleUser(login: string, id: number, type: 'User' | 'Organization' | 'Bot' = 'User'): Record<string, unknown> {
  const url = `https://api.github.com/users/${login}`
  return {
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    site_admin: false
  }
}
