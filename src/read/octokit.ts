import type { getOctokit } from '@actions/github'

/** The REST client every GitHub call goes through (made by src/publish/octokit.ts). */
export type Octokit = ReturnType<typeof getOctokit>
