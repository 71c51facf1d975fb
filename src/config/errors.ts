/**
 * A configuration problem the user must fix: bad YAML, a wrong type, an
 * unknown key or rule. Its message names where (file:line:column, an input
 * or a flag) and is shown as is, never with a stack trace.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
}
