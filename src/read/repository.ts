import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Octokit } from './octokit.js'
import { readContent } from './contents.js'
import type { Repo } from './github-files.js'
import { readPlanFile, type PlanText } from './plan-file.js'

/**
 * Files of the repository at one commit: from the workspace when it is
 * checked out at that commit (no API call), otherwise through the contents
 * API (one call a file). Counts the API reads, for the log.
 */
export class RepositoryFiles {
  apiReads = 0

  constructor(
    private readonly octokit: Octokit,
    private readonly repo: Repo,
    readonly sha: string,
    /** The workspace, when it holds this very commit. */
    private readonly workspace: string | null
  ) {}

  /** Whether the files are read from the workspace. */
  get local(): boolean {
    return this.workspace !== null
  }

  /** Reads a file without trusting it (no symlink followed, nothing outside the repository, size cap). */
  async read(path: string, maxBytes: number): Promise<PlanText> {
    if (this.workspace !== null) return readPlanFile(this.workspace, path, maxBytes)
    this.apiReads++
    return readContent(this.octokit, this.repo, path, this.sha, maxBytes)
  }

  /** Whether a path exists in the workspace (only for files read from one). */
  has(path: string): boolean {
    return this.workspace !== null && existsSync(join(this.workspace, path))
  }
}
