import { CONFIG_PATHS, type Config } from '../config/config.js'
import { ConfigError } from '../config/errors.js'
import type { Constitution } from '../model/plan.js'
import type { JudgedBy, RulesFile } from '../model/report.js'
import { defaultConstitution, readConstitution } from '../parse/constitution.js'
import type { Octokit } from '../publish/octokit.js'
import { listTree, type Repo } from '../read/github-files.js'
import type { RepositoryFiles } from '../read/repository.js'
import { constitutionCandidates, isRulesPath } from '../read/rules-paths.js'

/** Rules files are small; a larger one is not read. */
const RULES_FILE_BYTES = 1024 * 1024

type Text = { path: string; text: string }

/**
 * The rules at one commit (the base of a pull request, otherwise the judged
 * commit): the configuration file and the constitution of each plan. Which
 * default paths exist is known from the workspace when it holds that commit,
 * otherwise from one recursive tree listing; when GitHub truncates the
 * listing (very large repositories) each default path is probed instead, a
 * 404 meaning absent. Only files that exist are read, each once.
 */
export class RulesAtCommit {
  private listing: Promise<Set<string> | null> | null = null
  private readonly texts = new Map<string, Promise<Text | null>>()
  private readonly constitutions = new Map<string, Constitution>()
  /** Plans judged by each constitution path ('' for the default articles), in first-use order. */
  private readonly used = new Map<string, number>()
  /** One instance, so that the plans it judges share one prepared run. */
  private readonly defaults = defaultConstitution()
  private configured: Promise<Text | null> | null = null

  constructor(
    readonly files: RepositoryFiles,
    private readonly octokit: Octokit,
    private readonly repo: Repo,
    private readonly log: { info(message: string): void; warning(message: string): void }
  ) {}

  get sha(): string {
    return this.files.sha
  }

  /**
   * The configuration file: the one named (which must exist), else the first
   * default path present, else none.
   *
   * @throws ConfigError
   *   When the named file does not exist at this commit.
   */
  async configFile(named: string): Promise<Text | null> {
    if (named) {
      const found = await this.read(named)
      if (!found) throw new ConfigError(`input 'config': the file '${named}' does not exist at ${this.sha.slice(0, 7)}.`)
      return found
    }
    return this.first(CONFIG_PATHS)
  }

  /**
   * The constitution that judges a plan: the configured one for every plan,
   * else the nearest `.specify/memory/constitution.md` or
   * `memory/constitution.md` above the plan, else the nine default articles.
   *
   * @param head
   *   The judged commit's files: a configured constitution that exists only
   *   there is new in the change, and the defaults judge until it is merged.
   * @param count
   *   Whether the plan counts in what judged the report's plans.
   * @throws ConfigError
   *   When the configured constitution exists at neither commit.
   */
  async constitutionFor(plan: string, config: Config, head: RepositoryFiles, count = true): Promise<Constitution> {
    const found = config.constitution ? await (this.configured ??= this.readConfigured(config.constitution, head)) : await this.first(constitutionCandidates(plan))
    const key = found?.path ?? ''
    // Only the plans of the report count; a base version scored for comparison does not.
    if (count) this.used.set(key, (this.used.get(key) ?? 0) + 1)
    if (!found) return this.defaults
    let constitution = this.constitutions.get(found.path)
    if (!constitution) {
      constitution = readConstitution(found.text, found.path)
      this.constitutions.set(found.path, constitution)
    }
    return constitution
  }

  /**
   * Reads the configured constitution once, before any plan, so that a
   * wrong path is a configuration error even when no plan changed.
   */
  async checkConfigured(config: Config, head: RepositoryFiles): Promise<void> {
    if (config.constitution) await (this.configured ??= this.readConfigured(config.constitution, head))
  }

  private async readConfigured(path: string, head: RepositoryFiles): Promise<Text | null> {
    const found = await this.read(path)
    if (found) return found
    if (head !== this.files && 'text' in (await head.read(path, RULES_FILE_BYTES))) {
      this.log.warning(`The constitution '${path}' is new in this change: the plans are judged by the default articles until it is merged.`)
      return null
    }
    throw new ConfigError(`constitution: the file '${path}' does not exist at ${this.sha.slice(0, 7)}.`)
  }

  /** What judged the plans, for the reports. */
  judgedBy(config: Text | null): JudgedBy {
    const file = (path: string): RulesFile => ({ path, sha: this.sha })
    return {
      constitutions: [...this.used].map(([path, plans]) => ({ file: path ? file(path) : null, plans })),
      config: config ? file(config.path) : null
    }
  }

  /** The first of `paths` that exists at this commit and can be read. */
  private async first(paths: readonly string[]): Promise<Text | null> {
    for (const path of paths) {
      if (!(await this.present(path))) continue
      const found = await this.read(path)
      if (found) return found
    }
    return null
  }

  private async present(path: string): Promise<boolean> {
    if (this.files.local) return this.files.has(path)
    const listing = await (this.listing ??= this.list())
    // A truncated listing cannot say: the read is the probe.
    return listing ? listing.has(path) : (await this.read(path)) !== null
  }

  private async list(): Promise<Set<string> | null> {
    const { files, truncated } = await listTree(this.octokit, this.repo, this.sha)
    if (truncated) {
      this.log.info(`GitHub truncated the file list of ${this.sha.slice(0, 7)}: the configuration and constitution paths are probed one by one.`)
      return null
    }
    return new Set(files.map((entry) => entry.path).filter(isRulesPath))
  }

  private read(path: string): Promise<Text | null> {
    let text = this.texts.get(path)
    if (!text) {
      text = this.files.read(path, RULES_FILE_BYTES).then((read) => ('text' in read ? { path, text: read.text } : null))
      this.texts.set(path, text)
    }
    return text
  }
}
