/** Where a piece of configuration came from, and where each key of it was written. */
export interface ConfigLayer {
  /** What set these values, as the effective-configuration report names it: a file, "input", "flag". */
  origin: string
  /** Values by schema (kebab-case) key. */
  values: Record<string, unknown>
  /**
   * Where the value at `path` was written, for error messages
   * (`.github/constitution-gate.yml:4:3`, `input 'rules' line 2`, `--max-projects`).
   */
  locate(path: ReadonlyArray<string | number>): string
}
