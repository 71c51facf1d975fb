// The repository's own example plans, bundled as text by esbuild (scripts/site.ts).
import failing from '../../examples/failing-plan.md'
import passing from '../../examples/passing-plan.md'

/** The plans the example buttons load. */
export const examples: Record<'failing' | 'passing', string> = { failing, passing }
