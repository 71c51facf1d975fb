import { readFileSync } from 'node:fs'

/** The plans the playground's tests paste: the repository's examples and a partial II. */
export const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8')

/** A gate of principle II that is partial, justified by a filled Complexity Tracking row. */
export const justifiedTwo = [
  '# Plan',
  '',
  '## Constitution Check',
  '',
  '| Principle | Status |',
  '|---|---|',
  '| I. Library-First | ✅ PASS |',
  '| II. CLI Interface | ⚠️ PARTIAL |',
  '',
  '## Complexity Tracking',
  '',
  '| Violation | Why Needed | Simpler Alternative Rejected Because |',
  '|---|---|---|',
  '| Article II: the importer has no CLI yet | a batch job calls it | a CLI now would ship unused flags |',
  ''
].join('\n')

/** A constitution that makes II non-negotiable. */
export const strictTwo = '# Constitution\n\n## Core Principles\n\n### I. Library-First\n\nEvery feature is a library.\n\n### II. CLI Interface (NON-NEGOTIABLE)\n\nEvery library has a CLI.\n'
