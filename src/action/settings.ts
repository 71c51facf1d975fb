import * as core from '@actions/core'
import { ConfigError } from '../config/errors.js'
import { configFileLayer } from '../config/file.js'
import { inputLayer } from '../config/inputs.js'
import type { ConfigLayer } from '../config/layer.js'
import { type ResolvedConfig, resolveConfig } from '../config/resolve.js'
import { validateLayer } from '../config/validate.js'
import type { RepositoryFiles } from '../read/repository.js'
import { type AmendmentMode, amendmentMode } from './amendment.js'
import { commentMode } from './comment.js'
import { ANNOTATION_MODES, type AnnotationMode, publishConfigError } from './publish.js'
import type { RulesAtCommit } from './rules.js'
import type { Run } from './run.js'

/** Everything the run was asked to do, read and validated. */
export interface Settings extends ResolvedConfig {
  /** The configuration file read at the rules' commit, if any. */
  file: Awaited<ReturnType<RulesAtCommit['configFile']>>
  /** The inputs' layer, applied again over a base's configuration file. */
  inputs: ConfigLayer
  compareBase: boolean
  amendment: AmendmentMode
}

/**
 * Reads the Action's inputs and the configuration file at the rules'
 * commit: defaults < the YAML file < inputs, validated against the schema.
 * Sets the run's annotation and comment modes. A configuration error is
 * posted as a failing check run (so a required check never waits), then
 * thrown.
 *
 * @throws ConfigError
 *   Naming the input, or the file, line and key.
 */
export async function readSettings(run: Run, rules: RulesAtCommit, head: RepositoryFiles): Promise<Settings> {
  try {
    run.mode = annotationMode(core.getInput('annotations'))
    run.comment = commentMode(core.getInput('comment'))
    const compareBase = switchInput('compare-base', true)
    const amendment = amendmentMode(core.getInput('amendment-impact'))
    const inputs = inputLayer((name) => core.getInput(name))
    await validateLayer(inputs)
    const file = await rules.configFile(core.getInput('config').trim())
    const resolved = await resolveConfig(file ? [await configFileLayer(file.path, file.text), inputs] : [inputs])
    await rules.checkConfigured(resolved.config, head)
    return { ...resolved, file, inputs, compareBase, amendment }
  } catch (error) {
    if (error instanceof ConfigError) await publishConfigError(run.octokit, run.repo, run.mode, run.checkName, run.target.headSha, error.message)
    throw error
  }
}

/** A true/false input; empty means the default. */
function switchInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase()
  if (value === '') return fallback
  if (value === 'true' || value === 'false') return value === 'true'
  throw new ConfigError(`input '${name}': expected true or false, got '${core.getInput(name).trim()}'.`)
}

function annotationMode(value: string): AnnotationMode {
  const mode = (value.trim() || 'auto') as AnnotationMode
  if (!ANNOTATION_MODES.includes(mode)) throw new ConfigError(`input 'annotations': must be one of ${ANNOTATION_MODES.join(', ')}, not '${value}'.`)
  return mode
}
