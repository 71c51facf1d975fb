import type { Rule } from './rule.js'

/** Simplicity: more projects than the limit need a written reason. */
export const projectCountOverLimit: Rule = {
  id: 'CG010',
  slug: 'project-count-over-limit',
  description: 'The plan counts more projects than max-projects (3 by default) and no filled Complexity Tracking row justifies it.',
  example: '`- [x] **Current Count**: 5` with no row for the extra projects.',
  defaultSeverity: 'error',
  tags: ['gates', 'complexity'],
  check({ plan, config, report }) {
    for (const count of plan.projectCounts) {
      if (count.value <= config.maxProjects || count.rows.length > 0) continue
      report(
        count.range,
        `The plan counts ${count.value} projects, over the limit of ${config.maxProjects}, and no filled Complexity Tracking row justifies it: add a row for the extra project (Simplicity, Article VII) or merge projects.`
      )
    }
  }
}
