import type { RootContent } from 'mdast'
import type { Gate, Placeholder, ProjectCount, StatusReading, Summary, GateKind } from '../../model/plan.js'
import type { Range } from '../../model/range.js'
import type { Locator } from '../locate.js'
import { findPrompts, isOnlyPrompts } from '../placeholders.js'
import { clip, isCapitalsReading } from '../read-item.js'
import { cleanInline } from '../read-status.js'
import type { Vocabulary } from '../vocabulary.js'

/** A gate as read from its section, before it is tied to the constitution and the rows. */
export type RawGate = Pick<Gate, 'section' | 'kind' | 'label' | 'wording' | 'context' | 'text' | 'range' | 'readings' | 'answer'> & {
  /** Heading of the seed-style article block it sits in, if any. */
  block: string | null
}

/** A project count and the labels above it, for tying rows to it. */
export interface RawCount {
  count: Omit<ProjectCount, 'rows'>
  context: string[]
}

/** What one gates section holds. */
export interface SectionContent {
  gates: RawGate[]
  summaries: Summary[]
  placeholders: Placeholder[]
  counts: RawCount[]
  /** Seed article blocks by heading: whether their Justification item is filled. */
  blocks: Map<string, 'filled' | 'empty'>
  /** Whether anything but template text, GATE notes and comments is there. */
  hasContent: boolean
  /** Whether template text (a prompt, the GATE note) is there. */
  hasTemplate: boolean
  /** Last line with content. */
  lastLine: number
}

/** A sub-heading of the section the reader is under. */
export interface SubHeading {
  depth: number
  label: string
  range: Range
  gate: RawGate | null
  /** Gates read under it so far: a `Result:` line after them sums them up. */
  gates: number
}

/** One line of a paragraph, with its offsets in the file. */
export interface SourceLine {
  text: string
  start: number
  end: number
}

export type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } } }

const GATE_NOTE = /^\s*\*?_?\s*GATE\b/u
const ARTICLE_BLOCK = /^\s*articles?\s+[IVXLC]+\b/iu
const RECHECK_LABEL = /post[-\s]?design|re-?\s?check|re-?\s?evaluat/iu

/**
 * What reading one gates section has collected so far, and where the reader
 * stands (the sub-headings and bold group label above it, the last gate):
 * the state every shape's reader (headings, paragraphs, lists, tables)
 * shares, and the steps they share.
 */
export class Collector {
  readonly content: SectionContent = {
    gates: [],
    summaries: [],
    placeholders: [],
    counts: [],
    blocks: new Map(),
    hasContent: false,
    hasTemplate: false,
    lastLine: 0
  }
  headings: SubHeading[] = []
  /** A bold-only line ("**Testing (NON-NEGOTIABLE)**:") that names the items below it. */
  group: string | null = null
  private lastGate: RawGate | null = null

  constructor(
    readonly section: number,
    readonly depth: number,
    readonly locate: Locator,
    readonly vocab: Vocabulary
  ) {}

  source(node: Positioned): { text: string; start: number; range: Range } {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    return { text: this.locate.slice(start, end), start, range: this.locate.range(start, end) }
  }

  /**
   * Records what a node holds; says whether it is template text: nothing but
   * prompts, or spec-kit's `*GATE: …*` note.
   */
  seen(node: Positioned): { text: string; range: Range; templateOnly: boolean } {
    const { text, start, range } = this.source(node)
    for (const prompt of findPrompts(text, start)) {
      this.content.placeholders.push({ text: prompt.text, range: this.locate.range(prompt.start, prompt.end), where: 'gates', ifBlockFails: null })
    }
    const plain = cleanInline(text)
    const templateOnly = isOnlyPrompts(plain) || ((node as RootContent).type === 'paragraph' && GATE_NOTE.test(plain))
    if (templateOnly) this.content.hasTemplate = true
    else this.content.hasContent = true
    this.content.lastLine = Math.max(this.content.lastLine, range.endLine)
    return { text, range, templateOnly }
  }

  /** The lines of a paragraph, with their offsets in the file. */
  lines(node: Positioned, text: string): SourceLine[] {
    const base = node.position?.start.offset ?? 0
    const out: SourceLine[] = []
    let start = 0
    for (const line of text.split('\n')) {
      const lead = line.length - line.trimStart().length
      const body = line.replace(/\r$/u, '').trim()
      if (body !== '') out.push({ text: body, start: base + start + lead, end: base + start + lead + body.length })
      start += line.length + 1
    }
    return out
  }

  context(): string[] {
    return [...this.headings.map((heading) => heading.label), ...(this.group ? [this.group] : [])]
  }

  /** The seed article block (`#### Article VII: Simplicity Gate`) the reader is in, if any. */
  articleBlock(): string | null {
    return [...this.headings].reverse().find((heading) => ARTICLE_BLOCK.test(heading.label))?.label ?? null
  }

  /**
   * A thematic break, or a re-check's label (`**Post-Design Re-Check**:`),
   * ends the principle's subsection above: what follows is not its.
   */
  endSubsection(): void {
    this.headings = []
    this.group = null
    this.lastGate = null
  }

  /** A bold-only line names the items below it; a re-check's label starts afresh. */
  startGroup(label: string): void {
    if (RECHECK_LABEL.test(label)) this.endSubsection()
    this.group = label
  }

  /** The gate text is evidence for: its owner, or the last gate above it. */
  target(owner: RawGate | null = null): RawGate | null {
    return owner ?? this.lastGate
  }

  /** Adds text to the gate it is evidence for: its owner, or the last gate above it. */
  evidence(text: string, owner: RawGate | null = null): void {
    const target = this.target(owner)
    if (target) target.text += ` ${text}`
  }

  /**
   * Records a gate.
   *
   * @param label
   *   What findings call it.
   * @param wording
   *   Its own words (first line, or a row's name cells), whose distinctive
   *   words tie Complexity Tracking rows to it.
   * @param text
   *   Everything it says, for cited ids and pointers.
   */
  gate(kind: GateKind, label: string, wording: string, text: string, range: Range, readings: StatusReading[], parents: string[]): RawGate {
    const gate: RawGate = {
      section: this.section,
      kind,
      label: clip(label),
      wording,
      context: [...this.context(), ...parents],
      text: `${label} ${text}`,
      range,
      readings,
      answer: null,
      block: this.articleBlock()
    }
    this.content.gates.push(gate)
    const heading = this.headings[this.headings.length - 1]
    if (heading && kind !== 'heading') {
      heading.gates++
      // A heading whose only status was a tagline in capitals names the gates below it; it judges nothing.
      if (heading.gate && heading.gate.readings.every(isCapitalsReading)) {
        this.content.gates.splice(this.content.gates.indexOf(heading.gate), 1)
        heading.gate = null
      }
    }
    if (kind !== 'row') this.lastGate = gate
    return gate
  }
}
