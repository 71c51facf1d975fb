import type { Range } from './range.js'
import type { Status } from './status.js'

/**
 * Where a status was read. A status word counts only in one of these
 * positions; anywhere else it is wording.
 */
export type StatusPosition =
  | 'checkbox'
  | 'leading-mark'
  | 'trailing'
  | 'answer'
  | 'cell'
  | 'status-label'
  | 'value'

/** One status read from one position of a gate. */
export interface StatusReading {
  status: Status
  position: StatusPosition
  /** The mark or word as written (`[x]`, `✅`, `PASS w/ one extraction`). */
  written: string
  /** Set when the word is in a status position but in no vocabulary row. */
  unmapped?: boolean
}

/** A principle of the constitution (or one of the nine default articles). */
export interface Principle {
  /** Roman numeral, upper case, or null when the principle has none. */
  numeral: string | null
  name: string | null
  /** Other names the principle answers to (the defaults' Test-First: TDD, test-driven). */
  aliases: string[]
  nonNegotiable: boolean
  /** Line of its heading in the constitution, when read from a file. */
  line: number | null
}

/** The constitution the gates were judged against. */
export interface Constitution {
  /** Path of the file read, or null for the built-in default articles. */
  path: string | null
  source: 'file' | 'default'
  principles: Principle[]
  /** The file was found but is still spec-kit's unfilled template. */
  unfilledTemplate: boolean
  /** Its `**Version**:` line, when it states one. */
  version?: Version & { line: number }
}

/** A version number as written (`v2.1.1`, `1.7`). */
export interface Version {
  major: number
  minor: number
  patch: number | null
  written: string
}

/** Where a plan names the constitution version it was checked against (`*Based on Constitution v2.1.1*`). */
export interface NamedVersion {
  version: Version
  /** From the word "constitution" (or its translation) to the end of the version. */
  range: Range
}

/** What a waiver directive does: `constitution-gate-<kind>`. */
export type WaiverKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file'

/** A `<!-- constitution-gate-… -->` comment of a plan, as written; the rules judge it. */
export interface WaiverDirective {
  /** What it does, or null for a `constitution-gate-` word that is no directive. */
  kind: WaiverKind | null
  /** The directive word as written, lower case (`constitution-gate-disable-next-line`). */
  written: string
  /** The rule ids or slugs it names, as written. */
  rules: string[]
  /** What follows ` -- `, on one line; null when nothing does. */
  reason: string | null
  /** The comment, from `<!--` to `-->` (or to the end of the plan when never closed). */
  range: Range
  /** False when no `-->` ends it: the rest of the plan is hidden in the comment. */
  closed: boolean
}

/**
 * A waiver directive judged against the rule registry and the settings. An
 * invalid one (any problem) waives nothing.
 */
export interface JudgedWaiver {
  directive: WaiverDirective
  /** The rules it names, in order, each once. */
  rules: Array<{ id: string; slug: string }>
  /** Why it is invalid, one clause each; empty when it is valid. */
  problems: string[]
  /** The lines it waives each rule on (none for an enable or an invalid directive). */
  spans: Array<{ ruleId: string; from: number; to: number }>
  /** For an enable: the ids of the rules whose open disable it ends. */
  closes: string[]
}

/** A heading that opens a gates section or a Complexity Tracking section. */
export interface SectionHeading {
  text: string
  depth: number
  range: Range
}

/**
 * What a gates section holds once read: gates or a verdict line
 * (`evaluated`), only template text (`unfilled`), or neither (`not-evaluated`).
 */
export type SectionState = 'evaluated' | 'unfilled' | 'not-evaluated'

export interface GateSection {
  heading: SectionHeading
  /** From the heading to the last line of content. */
  range: Range
  state: SectionState
}

/** What kind of markdown carried the gate. */
export type GateKind = 'task' | 'item' | 'heading' | 'paragraph' | 'row'

export interface Gate {
  /** Index of its gates section in `Plan.sections`. */
  section: number
  kind: GateKind
  /** What the gate is called, as plain text. */
  label: string
  /**
   * Its own words (its first line, or its row's name cells): a row that shares
   * a distinctive word with them refers to it.
   */
  wording: string
  /** Headings, group labels and parent items above it, nearest last. */
  context: string[]
  /** Label, evidence and notes: where cited ids and pointers are looked for. */
  text: string
  range: Range
  readings: StatusReading[]
  /** What follows its question, if it asks one (`Version assigned? 2.0.0`); evidence unless it opens with a status. */
  answer: string | null
  /** Roman numerals of the articles/principles the gate refers to. */
  articles: string[]
  /** The principle it was matched to, if any. */
  principle: Principle | null
  nonNegotiable: boolean
  /** Ids it cites (C1, C2) and whether it points to Complexity Tracking. */
  cites: string[]
  pointsToComplexity: boolean
  /** Set for the seed's `#### Article …` blocks, where an unchecked box means "not compliant". */
  articleBlock: ArticleBlock | null
  /** Status as written: the worst of `readings`, or unevaluated when there is none. */
  claimed: Status
  /** Final status, after Complexity Tracking rows were weighed. */
  status: Status
  /** Indices into `Plan.rows` of the filled rows that refer to this gate. */
  rows: number[]
}

/** A seed-format article block and what its Justification item says. */
export interface ArticleBlock {
  heading: string
  justification: 'filled' | 'empty' | 'none'
}

/** A verdict line (`**Gate result: PASS.**`) or a checked Progress Tracking line. */
export interface Summary {
  text: string
  range: Range
  status: Status
  /** Index of the gates section it sums up, or null for the whole plan. */
  section: number | null
  /** Written inside that gates section (rather than in Progress Tracking or a heading). */
  inSection: boolean
}

/** Template text left in the plan (`[Gates determined based on constitution file]`). */
export interface Placeholder {
  text: string
  range: Range
  where: 'gates' | 'complexity'
  /**
   * For a conditional prompt in a seed article block's Justification
   * (`[If no, explain why]`): the block's heading. The prompt needs an answer
   * only when a gate of that block does not pass.
   */
  ifBlockFails: string | null
}

/** What a Complexity Tracking row amounts to. */
export type RowKind = 'filled' | 'incomplete' | 'template'

export interface ComplexityRow {
  cells: string[]
  /** The cell that names the violation. */
  violation: string
  /** The cell of a Principle / Article column, if the table has one ('' otherwise). */
  principle: string
  range: Range
  kind: RowKind
  /** Indices of the cells that are empty or template text. */
  emptyCells: number[]
}

/** A table under a Complexity Tracking heading. */
export interface ComplexityTable {
  header: string[]
  /** Its header row, where a finding about its shape points. */
  range: Range
  /** Whether its header reads as Violation / Why Needed / Simpler Alternative. */
  justifies: boolean
}

/** A `Current Count:` or `Projects: N` field of a gates section. */
export interface ProjectCount {
  value: number
  range: Range
  /** Indices into `Plan.rows` of filled rows that justify the count. */
  rows: number[]
}

export type ComplexityLevel = 'Low' | 'Medium' | 'High' | 'Critical'

/** The seed's `**Current Complexity Score**: …` line. */
export interface ComplexityScore {
  level: ComplexityLevel | null
  written: string
  range: Range
}

/** A heading close to a built-in section heading without being one (`## Constitution Chek`). */
export interface NearHeading {
  /** The heading as written, with its `#` marks. */
  text: string
  range: Range
  /** The built-in heading it looks like. */
  like: string
}

/** Everything the rules read about one plan file. */
export interface Plan {
  path: string
  lineCount: number
  sections: GateSection[]
  gates: Gate[]
  summaries: Summary[]
  placeholders: Placeholder[]
  complexityTables: ComplexityTable[]
  rows: ComplexityRow[]
  projectCounts: ProjectCount[]
  complexityScores: ComplexityScore[]
  constitution: Constitution
  /**
   * Headings close to a gates or a Complexity Tracking heading, looked for
   * only when the plan has no such section, so findings can name them.
   */
  nearHeadings: { gates: NearHeading | null; complexity: NearHeading | null }
  /** Set when the file could not be read as a plan (binary, too large, a symlink…). */
  unreadable: string | null
  /** Its waiver directives, in order. */
  waivers: WaiverDirective[]
  /** Where it names the constitution version it was checked against. */
  versionsNamed: NamedVersion[]
}
