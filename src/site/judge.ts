import type { Config } from '../config/config.js'
import { defaultConfig } from '../config/defaults.js'
import { ConfigError } from '../config/errors.js'
import { configFileLayer } from '../config/file.js'
import { resolveConfig } from '../config/resolve.js'
import type { PlanReport } from '../model/report.js'
import { defaultConstitution, readConstitution } from '../parse/constitution.js'
import { type Conclusion, conclusionOf } from '../publish/outcome.js'
import { scorePlan, scoring, unreadablePlan } from '../score/scoring.js'

/** The paths the three boxes stand for, as findings and messages name them. */
export const PLAN_PATH = 'plan.md'
export const CONSTITUTION_PATH = '.specify/memory/constitution.md'
export const SETTINGS_PATH = '.github/constitution-gate.yml'

/** What the user typed into the three boxes. */
export interface Inputs {
  plan: string
  /** Empty: the nine default articles. */
  constitution: string
  /** YAML, as in `.github/constitution-gate.yml`; empty: the defaults. */
  settings: string
}

/** One problem of the settings box, where it was written. */
export interface SettingsProblem {
  line: number | null
  column: number | null
  message: string
}

/** Everything the page shows for one set of inputs. */
export interface Judgement {
  /** Null while the plan box is empty. */
  report: PlanReport | null
  /** The configuration the plan was scored with: the defaults while the settings have problems. */
  config: Config
  /** The settings as written (schema keys), once valid; empty otherwise. */
  settings: Record<string, unknown>
  problems: SettingsProblem[]
  /** What the check run would conclude: fail-on decides between failure and neutral. */
  conclusion: Conclusion
}

/**
 * Scores the plan box as the Action would score that file, against the
 * constitution box and with the settings box as its configuration file. The
 * settings are validated by the same schema; while they have problems the
 * plan is scored with the defaults, so the page never goes blank mid-edit.
 *
 * @param inputs
 *   The three boxes.
 */
export async function judge(inputs: Inputs): Promise<Judgement> {
  const { config, settings, problems } = await settle(inputs.settings)
  const constitution = inputs.constitution.trim() === '' ? defaultConstitution() : readConstitution(inputs.constitution, CONSTITUTION_PATH)
  const run = scoring(config, constitution)
  let report: PlanReport | null = null
  if (inputs.plan.trim() !== '') {
    // The Action reads no plan over max-file-size; the page holds the same line.
    const bytes = new TextEncoder().encode(inputs.plan).length
    report =
      bytes > config.maxFileSize
        ? unreadablePlan(PLAN_PATH, `it is ${bytes} bytes, over the ${config.maxFileSize}-byte limit (max-file-size)`, run)
        : scorePlan(inputs.plan, PLAN_PATH, run)
  }
  const conclusion = conclusionOf({ plans: report ? [report] : [], failed: report?.verdict === 'fail' ? 1 : 0, score: report?.score ?? null }, config.failOn)
  return { report, config, settings, problems, conclusion }
}

/** The settings box as a configuration, or its problems and the defaults. */
async function settle(text: string): Promise<Pick<Judgement, 'config' | 'settings' | 'problems'>> {
  if (text.trim() === '') return { config: defaultConfig(), settings: {}, problems: [] }
  try {
    const layer = await configFileLayer(SETTINGS_PATH, text)
    const { config } = await resolveConfig([layer])
    return { config, settings: layer.values, problems: [] }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    return { config: defaultConfig(), settings: {}, problems: error.message.split('\n').map(problem) }
  }
}

const LOCATED = /^(\d+):(\d+): (.*)$/su

/** `.github/constitution-gate.yml:3:1: unknown key 'x'.` → line 3, column 1, the rest. */
function problem(message: string): SettingsProblem {
  const located = message.startsWith(`${SETTINGS_PATH}:`) ? LOCATED.exec(message.slice(SETTINGS_PATH.length + 1)) : null
  if (!located) return { line: null, column: null, message }
  return { line: Number(located[1]), column: Number(located[2]), message: located[3] ?? '' }
}
