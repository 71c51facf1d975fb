import { execFileSync } from 'node:child_process'
import { ConfigError } from '../config/errors.js'

/** Git's own output for a repository can be large; plans and rules files are small. */
const MAX_BUFFER = 256 * 1024 * 1024

/**
 * The files of a repository at one commit, read with git: for `check
 * --base <ref>`, which judges the plans at that commit by the rules there.
 */
export class GitCommit {
  private files: Set<string> | null = null

  private constructor(
    private readonly root: string,
    /** The commit's full sha. */
    readonly sha: string
  ) {}

  /**
   * @param root
   *   The repository root.
   * @param ref
   *   Any git revision: a branch, a tag, a sha, `HEAD~1`.
   * @throws ConfigError
   *   When git is missing, the root is no repository, or the ref names no commit.
   */
  static open(root: string, ref: string): GitCommit {
    let sha: string
    try {
      sha = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim()
    } catch {
      sha = ''
    }
    if (!/^[0-9a-f]{40,64}$/u.test(sha)) throw new ConfigError(`--base: '${ref}' is not a commit of this repository.`)
    return new GitCommit(root, sha)
  }

  /** Whether a path (relative to the root) is a file of the commit. */
  has(path: string): boolean {
    // Run in the root, ls-tree lists the files below it, relative to it: the root may be a
    // subfolder of the repository (a spec-kit project in a monorepo).
    this.files ??= new Set(git(this.root, ['ls-tree', '-r', '-z', '--name-only', this.sha]).split('\0').filter(Boolean))
    return this.files.has(path)
  }

  /** A file's text at the commit, or null when it is not a file there. */
  read(path: string): string | null {
    if (!this.has(path)) return null
    // `./` makes the path relative to the root, not to the repository's top folder.
    return git(this.root, ['show', `${this.sha}:./${path}`])
  }
}

function git(root: string, args: readonly string[]): string {
  try {
    return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: MAX_BUFFER, stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    const said = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0] || (error as Error).message.split('\n')[0]
    throw new ConfigError(`--base: git ${args[0]} failed in ${root}: ${said}`)
  }
}
