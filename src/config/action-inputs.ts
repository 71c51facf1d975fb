/**
 * The Action's own inputs, besides the configuration settings (which come
 * from the schema, one input per key). `action.yml` is generated from both.
 */
export const actionInputs = [
  {
    name: 'token',
    description: 'Token for the GitHub API: to list the changed files, read plans without a checkout, and create the check run (checks: write).',
    default: '${{ github.token }}'
  },
  {
    name: 'config',
    description:
      'Path of the YAML configuration file. Empty: .github/constitution-gate.yml (or .yaml) when the repository has it, found with or without a checkout. For pull requests it is read from the base commit.',
    default: ''
  },
  {
    name: 'check-name',
    description: 'Name of the check run: what branch protection requires. Keep it stable (no matrix or event in it).',
    default: 'Constitution gate'
  },
  {
    name: 'annotations',
    description:
      'How findings are annotated: check-run (a check run; a token that cannot create one is an error), workflow-commands (::error lines, no Checks API), or auto (a check run, falling back to workflow commands when the token may not create one, as for pull requests from forks).',
    default: 'auto'
  },
  {
    name: 'compare-base',
    description:
      "Score the base version of each changed plan too (pull requests, merge groups, pushes; with the base's rules), and show per plan the score before → after, each gate whose status changed, and the findings the change added and resolved. One read per changed plan that exists at the base. false turns it off.",
    default: 'true'
  },
  {
    name: 'comment',
    description:
      'A pull-request comment with the summary: off, on-failure (only while the change fails, then updated to say it was fixed), or always. One comment per check name, updated in place. Needs pull-requests: write; without it (forks) a notice, never a failure.',
    default: 'off'
  },
  {
    name: 'amendment-impact',
    description:
      "When a pull request changes a constitution in use, every plan it judges is scored against the base and the head constitution, and the summary lists the plans whose verdict the amendment changes: report (the conclusion is unchanged) or fail (plans the new constitution fails fail the run).",
    default: 'report'
  }
] as const

/** The Action's outputs. */
export const actionOutputs = [
  { name: 'conclusion', description: 'success, failure, or neutral (no plan changed, or fail-on: never).' },
  { name: 'score', description: 'Mean score of the checked plans that have one, 0 to 1 (4 decimals); empty when none has.' },
  { name: 'plans-checked', description: 'How many plans were checked.' },
  { name: 'plans-failed', description: 'How many plans fail.' },
  { name: 'report', description: "Path of the JSON report (schema/report.schema.json) in the runner's temp directory." },
  { name: 'check-run-id', description: 'Id of the check run created; empty when findings went to workflow commands.' },
  { name: 'new-findings', description: 'How many findings the change added (every finding of a plan new in the change).' },
  { name: 'waivers', description: 'How many findings are waived by a directive in the plan.' }
] as const
