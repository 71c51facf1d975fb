/** How loud a finding is. `off` drops the rule. */
export type Severity = 'error' | 'warning' | 'notice' | 'off'

export const severities: readonly Severity[] = ['error', 'warning', 'notice', 'off']

const rank: Record<Severity, number> = { off: 0, notice: 1, warning: 2, error: 3 }

/** Whether `severity` is at least as loud as `threshold`. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return rank[severity] >= rank[threshold]
}
