export const id = 422;
export const ids = [422];
export const modules = {

/***/ 2422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scorePlan: () => (/* binding */ scorePlan),
  scoringsFor: () => (/* binding */ scoringsFor),
  unreadablePlan: () => (/* binding */ unreadablePlan)
});

// UNUSED EXPORTS: scoring

// EXTERNAL MODULE: ./src/parse/constitution.ts
var parse_constitution = __webpack_require__(8632);
// EXTERNAL MODULE: ./src/model/status.ts
var model_status = __webpack_require__(8203);
// EXTERNAL MODULE: ./src/parse/articles.ts
var parse_articles = __webpack_require__(108);
;// CONCATENATED MODULE: ./src/parse/placeholders.ts
/**
 * Template text left in a plan: the bracketed prompts of spec-kit's
 * templates (`[Gates determined based on constitution file]`,
 * `[e.g., 4th project]`, `[Yes/No]`, `[PRINCIPLE_1_NAME]`).
 */
const BRACKETED = /(?<![!\\])\[([^[\]\n]{1,200})\](?![([:])/gu;
const NOT_A_PROMPT = /^(?:\s*|[xX]|[✓✔✅☑❌✗✘⚠➖-]\uFE0F?|\^.*|\d+|n\/?a|ok|yes|no|pass|fail|partial)$/iu;
/** Whether the inside of a `[…]` is a template prompt rather than content (`[FLAKY]`, `[1]`). */
function isPrompt(inner) {
    const text = inner.trim();
    if (NOT_A_PROMPT.test(text))
        return false;
    if (/^#+$/u.test(text))
        return true;
    if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/u.test(text))
        return true;
    if (/^(?:e\.g\.|i\.e\.|if\b|number of\b|confirm\b|feature\b|name\b)/iu.test(text))
        return true;
    if (/\p{L}\s*\/\s*\p{L}/u.test(text))
        return true;
    return /\S\s+\S/u.test(text);
}
/**
 * The prompts in `source`, with offsets relative to `base`. Brackets inside
 * inline code are the author's own text (`[CONSTITUTION-EXCEPTION: …]`).
 */
function findPrompts(source, base) {
    const found = [];
    const code = source.includes('`') ? [...source.matchAll(/`+[^`\n]*`+/gu)].map((span) => [span.index ?? 0, (span.index ?? 0) + span[0].length]) : [];
    for (const match of source.matchAll(BRACKETED)) {
        const at = match.index ?? 0;
        if (code.some(([start, end]) => at >= (start ?? 0) && at < (end ?? 0)))
            continue;
        if (!isPrompt(match[1] ?? ''))
            continue;
        const start = base + (match.index ?? 0);
        found.push({ text: match[0], start, end: start + match[0].length });
    }
    return found;
}
/** Whether a whole cell or value is template text: one prompt and nothing else. */
function isOnlyPrompts(text) {
    const rest = text.replace(BRACKETED, (whole, inner) => (isPrompt(inner) ? '' : whole));
    return rest.trim() === '' && text.trim() !== '';
}
/** Whether a table cell is a bracketed stand-in (`[Reason]`) — template even as one word. */
function isBracketedCell(text) {
    return /^\[[^[\]]+\]$/u.test(text.trim()) && !NOT_A_PROMPT.test(text.trim().slice(1, -1));
}

// EXTERNAL MODULE: ./src/parse/read-status.ts
var read_status = __webpack_require__(7482);
;// CONCATENATED MODULE: ./src/parse/complexity.ts


const VIOLATION = /violat|違反|违反|违规|違規|위반|viola[cç]|versto/iu;
const WHY = /why|needed|necess|n[öo]tig|erforderlich|pourquoi|必要|需要|필요|por\s*qu[eé]/iu;
const SIMPLER = /simpl|einfacher|単純|简单|簡單|단순/iu;
const PRINCIPLE_COLUMN = /principle|article|gate|原則|原则|条|원칙|artikel|art[ií]culo|princ[ií]pio|artigo|grundsatz/iu;
/** Cells that say there is nothing: a row of them is no row at all. */
const NOTHING = /^[(（]?\s*(?:|-+|—|–|none(?:\s+identified)?|n\/?a(?:\s*[—–-].*)?|nothing|nil|no\s+(?:violations?|deviations?|exceptions?|complexity\b.*)|無し?|无|なし|없음|ninguno|ninguna|nenhum|keine|aucune?)\s*[)）]?\.?$/iu;
/** Cells left to be written later: the row justifies nothing yet. */
const PENDING = /^(?:tbd|todo|pending|to be (?:determined|decided|written)|\?+)\.?$/iu;
/**
 * Reads the tables of one Complexity Tracking section. Only a table whose
 * header reads as Violation / Why Needed / Simpler Alternative holds
 * justifications; others (`| Aspect | Approach | Rationale |`) are noted.
 */
function readComplexity(nodes, locate) {
    const content = { tables: [], rows: [], placeholders: [] };
    for (const node of nodes) {
        if (node.type === 'table')
            readTable(node, locate, content);
        else if (node.type === 'paragraph' || node.type === 'list' || node.type === 'blockquote') {
            const start = node.position?.start.offset ?? 0;
            const end = node.position?.end.offset ?? start;
            for (const prompt of findPrompts(locate.slice(start, end), start)) {
                content.placeholders.push({ text: prompt.text, range: locate.range(prompt.start, prompt.end), where: 'complexity', ifBlockFails: null });
            }
        }
    }
    return content;
}
function readTable(table, locate, content) {
    const [head, ...body] = table.children;
    const header = (head?.children ?? []).map((cell) => cellText(cell, locate));
    const kinds = [VIOLATION, WHY, SIMPLER].map((pattern) => header.findIndex((text) => pattern.test(text)));
    const justifies = kinds.filter((index) => index >= 0).length >= 2;
    content.tables.push({ header, range: rangeOf(head ?? table, locate), justifies });
    if (!justifies)
        return;
    const violationColumn = Math.max(0, kinds[0] ?? 0);
    const principleColumn = header.findIndex((text, index) => index !== violationColumn && PRINCIPLE_COLUMN.test(text));
    const required = [...new Set([violationColumn, ...kinds.filter((index) => index >= 0)])];
    for (const row of body) {
        const cells = header.map((_, index) => {
            const cell = row.children[index];
            return cell ? cellText(cell, locate) : '';
        });
        const wanted = required.map((index) => cells[index] ?? '');
        if (wanted.every((cell) => NOTHING.test(cell)))
            continue;
        const range = rangeOf(row, locate);
        const template = (cell) => isBracketedCell(cell) || isOnlyPrompts(cell) || PENDING.test(cell);
        const emptyCells = required.filter((index) => NOTHING.test(cells[index] ?? '') || template(cells[index] ?? ''));
        const kind = wanted.every((cell) => template(cell) || NOTHING.test(cell))
            ? 'template'
            : emptyCells.length > 0
                ? 'incomplete'
                : 'filled';
        content.rows.push({ cells, violation: cells[violationColumn] ?? '', principle: cells[principleColumn] ?? '', range, kind, emptyCells });
        if (kind === 'template') {
            content.placeholders.push({ text: cells.find(template) ?? '', range, where: 'complexity', ifBlockFails: null });
        }
    }
}
function cellText(node, locate) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    // A cell holding only a comment is empty as rendered: it justifies nothing.
    return (0,read_status/* cleanInline */.hp)(locate.slice(start, end).replace(/<!--[\s\S]*?-->/gu, '')).replace(/^\s*\|/u, '').replace(/\|\s*$/u, '').trim();
}
function rangeOf(node, locate) {
    return locate.range(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}
const LEVELS = ['Low', 'Medium', 'High', 'Critical'];
const SCORE = /complexity score[^:：]*[:：]\s*(.*)$/iu;
/** The seed's `**Current Complexity Score**: High` lines. Prompts and other scales are not scores. */
function readScores(lines, locate) {
    const scores = [];
    for (const { line, text } of lines) {
        const value = SCORE.exec((0,read_status/* cleanInline */.hp)(text))?.[1]?.trim();
        if (!value)
            continue;
        const level = LEVELS.find((candidate) => new RegExp(`^${candidate}\\b`, 'iu').test(value)) ?? null;
        if (level)
            scores.push({ level, written: value, range: locate.lines(line) });
    }
    return scores;
}

;// CONCATENATED MODULE: ./src/parse/read-item.ts



/** Labels whose value is the item's own status (`**Status**: PASS`). */
const STATUS_LABEL = /^(?:status|compliance status|state|状态|状態|상태|estado|statut|stand)$/iu;
const CHECKBOX = /^\s*\[([^\]\n]{0,3})\]\s+/u;
/**
 * A value that can only be a status: one to three words in capitals, five
 * letters or more in all, said as a verdict is (`NOTED`, `NOT STARTED`,
 * `ACCEPTABLE`, `IN REVIEW`, `ON HOLD`), so acronyms and names in capitals
 * (`TDD`, `YAGNI`, `REST API`, `STRUCTURED LOGGING`) stay wording.
 */
const STATUS_SHAPED = /^(?=(?:[^\p{L}]*\p{Lu}){5})(?:(?:\p{Lu}[\p{Lu}-]* ){0,2}\p{Lu}[\p{Lu}-]*(?:ED|BLE)|(?:IN|ON|UNDER|AWAITING|NEEDS)(?: \p{Lu}[\p{Lu}-]*){1,2})[.!]?$/u;
/**
 * Whether `value`, written after `label`, is a status word to map: the label
 * names a principle by its numeral (`IX. Contracts — NOTED`); after any other
 * label capitals are a value (`**Storage**: EMBEDDED`).
 */
function capitalsToMap(label, value) {
    const text = value.trim();
    return STATUS_SHAPED.test(text) && !parse_constitution/* NON_NEGOTIABLE */.h0.test(text) && (0,parse_articles/* labelArticles */.yN)(label).length > 0;
}
/** A reading made by `capitalsToMap`: a word, where an unknown symbol (`🟡`) has none. */
function isCapitalsReading(reading) {
    return reading.unmapped === true && reading.position !== 'status-label' && /\p{L}/u.test(reading.written);
}
const LABEL = /^([^:：\n?？]{1,80}?)\s*(?:[:：]|\s[—–-](?=\s))\s*/u;
const INLINE_STATUS_LABEL = /(?:^|[\s(;,.])(?:status|result|verdict)\s*[:：]\s*/giu;
/**
 * Reads the statuses of one item's text from every status position: the
 * checkbox, the leading mark or word, the value after a label, the answer
 * after a question, a `Status:` label, and the end of the first and last line.
 *
 * @param vocab
 *   The status vocabulary.
 * @param raw
 *   Markdown source of the item's first paragraph (or a heading's text).
 * @param plainLabels
 *   Whether a label that is not bold counts (`Projects: 2 ✓`); paragraphs
 *   need a bold one.
 */
function readItem(vocab, raw, plainLabels = true) {
    const item = readMasked(vocab, hideCodePunctuation(raw), plainLabels);
    if (!raw.includes('`'))
        return item;
    const show = (text) => text.replace(/[\uE000-\uE003]/gu, (char) => CODE_PUNCTUATION[char.charCodeAt(0) - 0xe000] ?? char);
    return {
        ...item,
        label: show(item.label),
        key: item.key === null ? null : show(item.key),
        value: show(item.value),
        answer: item.answer === null ? null : show(item.answer),
        readings: item.readings.map((reading) => ({ ...reading, written: show(reading.written) }))
    };
}
const CODE_PUNCTUATION = '?？:：';
/**
 * Question marks and colons inside code (a `?` key binding, `:root`) ask
 * nothing and end no label: hidden while the item is read.
 */
function hideCodePunctuation(raw) {
    if (!raw.includes('`'))
        return raw;
    return raw.replace(/`+[^`\n]*`+/gu, (code) => code.replace(/[?？:：]/gu, (char) => String.fromCharCode(0xe000 + CODE_PUNCTUATION.indexOf(char))));
}
/** Reads an item whose code punctuation is hidden; `readItem` shows it again. */
function readMasked(vocab, raw, plainLabels) {
    let source = raw.replace(/\r/g, '');
    let checkbox = null;
    const readings = [];
    const box = CHECKBOX.exec(source);
    if (box) {
        checkbox = box[1] ?? '';
        const status = vocab.checkbox(checkbox);
        readings.push({
            status: status ?? 'unevaluated',
            position: 'checkbox',
            written: `[${checkbox}]`,
            ...(status ? {} : { unmapped: true })
        });
        source = source.slice(box[0].length);
    }
    const text = (0,read_status/* cleanInline */.hp)(source).trim();
    const lines = text.split('\n');
    const first = lines[0] ?? '';
    const leading = (0,read_status/* leadingStatuses */.Zn)(vocab, text, 'leading-mark');
    readings.push(...leading);
    // Pictures before the name (`❌ 🧩 IV. Observability: …`) decorate it.
    const rest = (leading.length > 0 ? skipStatuses(text, leading) : text).replace(read_status/* PICTURES */.q$, '');
    let key = null;
    let value = rest;
    const bold = /^\s*(?:\S{1,2}\s*)?\*\*/u.test(source);
    const label = LABEL.exec(rest);
    if (label && (bold || (plainLabels && isPlainLabel(label[1] ?? '')))) {
        key = (label[1] ?? '').trim();
        value = rest.slice(label[0].length);
        const found = (0,read_status/* leadingStatuses */.Zn)(vocab, value, STATUS_LABEL.test(key) ? 'status-label' : 'value');
        readings.push(...found);
        if (found.length === 0 && STATUS_LABEL.test(key) && value.trim() !== '') {
            // A Status: label whose value is not a status is evidence when the
            // item has a status elsewhere; settled once every position is read.
            readings.push((0,read_status/* unmapped */.NW)(value, 'status-label'));
        }
        else if (readings.length === 0 && capitalsToMap(key, value)) {
            // `IX. Contracts reviewed — NOTED`: a word to map, not wording. Beside
            // another status it is more likely a name in capitals (`✅ I: LIBRARY-FIRST`).
            readings.push((0,read_status/* unmapped */.NW)(value, 'value'));
        }
    }
    const asked = question(value);
    if (asked) {
        readings.push(...(0,read_status/* leadingStatuses */.Zn)(vocab, asked.answer, 'answer'));
    }
    for (const line of new Set([first, lines[lines.length - 1] ?? ''])) {
        const trailing = (0,read_status/* trailingStatus */.lR)(vocab, line);
        if (trailing && line.trim() !== (leading[0]?.written ?? '').trim())
            readings.push(trailing);
    }
    for (const found of text.matchAll(INLINE_STATUS_LABEL)) {
        if (found.index === 0)
            continue;
        readings.push(...(0,read_status/* leadingStatuses */.Zn)(vocab, text, 'status-label', found.index + found[0].length));
    }
    return {
        label: describe(key, asked?.question ?? null, first, withoutStatus(rest.split('\n')[0] ?? '', readings.find((reading) => reading.position === 'trailing')?.written ?? null)),
        key,
        value: value.trim(),
        readings: settle(readings),
        question: asked !== null,
        answer: asked ? asked.answer.trim() : null,
        checkbox
    };
}
/** The text after the leading statuses (`✅ PASS`), for label and question reading. */
function skipStatuses(text, leading) {
    let index = 0;
    for (const reading of leading) {
        const at = text.indexOf(reading.written, index);
        if (at >= 0)
            index = at + reading.written.length;
    }
    return text.slice(index).replace(/^[\s:：\-–—]+/u, '');
}
/** The question at the start of `text`, and what answers it. */
function question(text) {
    const firstLine = text.split('\n')[0] ?? '';
    const mark = firstLine.search(/[?？]/u);
    if (mark < 0)
        return null;
    const asked = firstLine.slice(0, mark);
    // A '?' after a finished sentence belongs to prose, not to a gate's question;
    // "VII." and "Art." end no sentence.
    if (/(?:\p{Ll}{3,}[.!]|[。！])(?:\s|$)/u.test(asked) || /https?:\/\/\S*$/u.test(asked))
        return null;
    return { question: asked.trim() + (firstLine[mark] ?? '?'), answer: text.slice(mark + 1).replace(/^[\s→>=\-–—:]+/u, '') };
}
/**
 * The words after a heading's last colon or spaced dash when they can only be
 * a status the vocabulary does not know (`### VII. Simplicity — NOTED`).
 */
function wordToMap(line) {
    const split = /(?:[:：]|\s[—–-])\s*([^:：—–]*)$/u.exec(line);
    const tail = split?.[1]?.trim() ?? '';
    return split && capitalsToMap(line.slice(0, split.index), tail) ? (0,read_status/* unmapped */.NW)(tail, 'trailing') : null;
}
/** Drop the unmapped Status: reading when another position gave a status. */
function settle(readings) {
    const known = readings.filter((reading) => !(reading.unmapped && reading.position === 'status-label'));
    return known.length > 0 ? known : readings;
}
/** What an item is called: its label (with its question), its question, or its first line. */
function describe(key, asked, first, line) {
    if (key && asked)
        return `${key}: ${asked}`;
    if (key)
        return key;
    if (asked)
        return asked;
    return clip(line || first);
}
/**
 * A heading or item line without its trailing status and marks:
 * "II. CLI Interface — PASS", "VII. Simplicity **FAIL**" → the name.
 */
function withoutStatus(line, trailing) {
    let label = line;
    if (trailing) {
        const at = label.lastIndexOf(trailing);
        if (at > 0)
            label = label.slice(0, at).replace(/[\s(\[—–\-:|]+$/u, '');
    }
    return label.replace(/[\s✅✔✓☑❌✗✘⚠➖\uFE0F]+$/u, '').trim();
}
/** A label without bold: a few words, not a sentence ("I. Code Quality" is fine, "It works. Status" is not). */
function isPlainLabel(text) {
    const words = text.trim().split(/\s+/u);
    return words.length <= 8 && !/[.!。]\s/u.test(text.replace(/^\s*[IVXLC\d]{1,7}\.\s/u, ''));
}
/** A label short enough for a table cell or an annotation title. */
function clip(text, length = 100) {
    const line = text.replace(/\s+/gu, ' ').trim();
    return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}

;// CONCATENATED MODULE: ./src/parse/gates/collector.ts



const GATE_NOTE = /^\s*\*?_?\s*GATE\b/u;
const ARTICLE_BLOCK = /^\s*articles?\s+[IVXLC]+\b/iu;
const RECHECK_LABEL = /post[-\s]?design|re-?\s?check|re-?\s?evaluat/iu;
/**
 * What reading one gates section has collected so far, and where the reader
 * stands (the sub-headings and bold group label above it, the last gate):
 * the state every shape's reader (headings, paragraphs, lists, tables)
 * shares, and the steps they share.
 */
class Collector {
    section;
    depth;
    locate;
    vocab;
    content = {
        gates: [],
        summaries: [],
        placeholders: [],
        counts: [],
        blocks: new Map(),
        hasContent: false,
        hasTemplate: false,
        lastLine: 0
    };
    headings = [];
    /** A bold-only line ("**Testing (NON-NEGOTIABLE)**:") that names the items below it. */
    group = null;
    lastGate = null;
    constructor(section, depth, locate, vocab) {
        this.section = section;
        this.depth = depth;
        this.locate = locate;
        this.vocab = vocab;
    }
    source(node) {
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? start;
        return { text: this.locate.slice(start, end), start, range: this.locate.range(start, end) };
    }
    /**
     * Records what a node holds; says whether it is template text: nothing but
     * prompts, or spec-kit's `*GATE: …*` note.
     */
    seen(node) {
        const { text, start, range } = this.source(node);
        for (const prompt of findPrompts(text, start)) {
            this.content.placeholders.push({ text: prompt.text, range: this.locate.range(prompt.start, prompt.end), where: 'gates', ifBlockFails: null });
        }
        const plain = (0,read_status/* cleanInline */.hp)(text);
        const templateOnly = isOnlyPrompts(plain) || (node.type === 'paragraph' && GATE_NOTE.test(plain));
        if (templateOnly)
            this.content.hasTemplate = true;
        else
            this.content.hasContent = true;
        this.content.lastLine = Math.max(this.content.lastLine, range.endLine);
        return { text, range, templateOnly };
    }
    /** The lines of a paragraph, with their offsets in the file. */
    lines(node, text) {
        const base = node.position?.start.offset ?? 0;
        const out = [];
        let start = 0;
        for (const line of text.split('\n')) {
            const lead = line.length - line.trimStart().length;
            const body = line.replace(/\r$/u, '').trim();
            if (body !== '')
                out.push({ text: body, start: base + start + lead, end: base + start + lead + body.length });
            start += line.length + 1;
        }
        return out;
    }
    context() {
        return [...this.headings.map((heading) => heading.label), ...(this.group ? [this.group] : [])];
    }
    /** The seed article block (`#### Article VII: Simplicity Gate`) the reader is in, if any. */
    articleBlock() {
        return [...this.headings].reverse().find((heading) => ARTICLE_BLOCK.test(heading.label))?.label ?? null;
    }
    /**
     * A thematic break, or a re-check's label (`**Post-Design Re-Check**:`),
     * ends the principle's subsection above: what follows is not its.
     */
    endSubsection() {
        this.headings = [];
        this.group = null;
        this.lastGate = null;
    }
    /** A bold-only line names the items below it; a re-check's label starts afresh. */
    startGroup(label) {
        if (RECHECK_LABEL.test(label))
            this.endSubsection();
        this.group = label;
    }
    /** The gate text is evidence for: its owner, or the last gate above it. */
    target(owner = null) {
        return owner ?? this.lastGate;
    }
    /** Adds text to the gate it is evidence for: its owner, or the last gate above it. */
    evidence(text, owner = null) {
        const target = this.target(owner);
        if (target)
            target.text += ` ${text}`;
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
    gate(kind, label, wording, text, range, readings, parents) {
        const gate = {
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
        };
        this.content.gates.push(gate);
        const heading = this.headings[this.headings.length - 1];
        if (heading && kind !== 'heading') {
            heading.gates++;
            // A heading whose only status was a tagline in capitals names the gates below it; it judges nothing.
            if (heading.gate && heading.gate.readings.every(isCapitalsReading)) {
                this.content.gates.splice(this.content.gates.indexOf(heading.gate), 1);
                heading.gate = null;
            }
        }
        if (kind !== 'row')
            this.lastGate = gate;
        return gate;
    }
}

;// CONCATENATED MODULE: ./src/parse/gates/headings.ts


/**
 * A sub-heading of a gates section: it names the gates below it, and is a
 * gate itself when it carries a status (`### I. Library-First ✅`).
 */
function readHeading(reader, node) {
    if (node.depth <= reader.depth)
        return;
    const { text, range } = reader.seen(node);
    reader.headings = reader.headings.filter((heading) => heading.depth < node.depth);
    reader.group = null;
    const line = (0,read_status/* cleanInline */.hp)(text.replace(/^\s*#+\s*/u, '').replace(/\s+#+\s*$/u, '')).trim();
    const readings = (0,read_status/* leadingStatuses */.Zn)(reader.vocab, line, 'leading-mark');
    const trailing = (0,read_status/* trailingStatus */.lR)(reader.vocab, line) ?? (readings.length === 0 ? wordToMap(line) : null);
    if (trailing && line !== trailing.written)
        readings.push(trailing);
    const label = withoutStatus(line.replace(/^[^\p{L}\p{N}[(]+/u, ''), trailing?.written ?? null);
    const heading = { depth: node.depth, label, range, gate: null, gates: 0 };
    if (readings.length > 0)
        heading.gate = reader.gate('heading', label, label, line, range, readings, []);
    reader.headings.push(heading);
}

;// CONCATENATED MODULE: ./src/parse/summaries.ts


/**
 * Verdict lines and Progress Tracking lines: what an author says of the
 * gates as a whole.
 */
const SUMMARY_LABEL = new RegExp('^(?:(?:overall|final|initial|post[-‐–\\s]?design|pre[-‐–\\s]?design|post[-‐–\\s]?phase[-\\s]?\\d*|pre[-‐–\\s]?phase[-\\s]?\\d*|phase[-\\s]?-?\\d+|' +
    're-?\\s?check|constitution(?:al)?|compliance|gates?|check)\\s+)*' +
    '(?:result|results|status|verdict|outcome|evaluation|assessment|gate|gates|check|re-?\\s?check|conclusion|summary|overall|decision|compliance\\s+summary|overall\\s+compliance)$', 'iu');
/**
 * Whether a label heads a verdict line: `Gate result`, `Result`,
 * `Overall Status`, `Initial gate`, `Initial evaluation`,
 * `Post-Design Constitution Check`. A bare `Status` belongs to the item above
 * it and is read elsewhere.
 */
function isSummaryLabel(label) {
    // "Gate result (Phase 0 / after Phase 1)": the phase in brackets does not change what the line is.
    const plain = label.replace(/\([^)]*\)|（[^）]*）/gu, ' ').trim().replace(/\s+/gu, ' ');
    return SUMMARY_LABEL.test(plain) || TRANSLATED_SUMMARY_LABEL.test(plain) || CJK_SUMMARY_LABEL.test(plain);
}
/** Resultado, Resultado final, Ergebnis der Prüfung, Estado general, Résultat global… */
const TRANSLATED_SUMMARY_LABEL = new RegExp('^(?:(?:resultado|veredicto|veredito|conclusi[óo]n|conclus[ãa]o|resumen|resumo|ergebnis|gesamtergebnis|fazit|urteil|r[ée]sultat|bilan)' +
    '(?:\\s+(?:general|geral|final|global|gesamt|g[ée]n[ée]ral|definitivo))?(?:\\s+(?:de|del|da|do|des|du|der|de la)\\s+\\S.{0,40})?' +
    '|(?:estado|statut|stand)\\s+(?:general|geral|global|final|g[ée]n[ée]ral|gesamt))$', 'iu');
/** ゲート結果, 门控结论, 宪法检查结果, 게이트 결과, 総合判定: a verdict noun after words that say whose. */
const CJK_SUMMARY_LABEL = /^(?:ゲート|門|门控|闸门|閘門|関門|憲法|宪法|チェック|检查|檢查|確認|最終|最终|総合|总体|總體|全体|整体|整體|게이트|헌법|검사|점검|최종|종합|전체|の|\s)*(?:結果|结果|結論|结论|判定|評価|评估|評估|總結|总结|결과|결론|판정|평가)$/u;
/**
 * Labels that give one item (or a sub-heading with no gates under it yet)
 * its status, rather than summing up a section: `Result: PASS` under
 * `### I. Library-First`.
 */
const OWN_RESULT_LABEL = /^(?:result|verdict|outcome|resultado|veredicto|veredito|ergebnis|r[ée]sultat|結果|结果|判定|결과|판정)$/iu;
/** Headings under which a `Result:` line sums up, rather than judging one principle. */
const SUMMARY_HEADING = /summary|overall|conclusion|results?\b|verdict|assessment|outcome|decision|resumen|resumo|conclus|zusammenfassung|fazit|r[ée]sum[ée]|bilan|まとめ|総括|結論|结论|总结|總結|요약|결론|종합/iu;
const PROGRESS = /constitution(?:al)?\s+(?:check|gates?|compliance|re-?\s?check)|\ball\s+(?:constitutional\s+)?gates\b|憲法チェック|宪法检查|憲法檢查|헌법\s*(?:준수|검사)/iu;
const SAYS_FAILED = /\b(?:failed|fails|violated|did\s+not\s+pass|not\s+passed)\b/iu;
const NEGATED = /\b(?:no|none|zero|nothing|0)\b.*\b(?:failed|fails|violated)\b/iu;
/**
 * Whether a checked item states the constitution gates passed or failed
 * (`[x] Initial Constitution Check: PASS`, `[x] All Constitutional Gates passed`).
 */
function isProgressItem(text) {
    return PROGRESS.test(text);
}
/**
 * The verdict of a checked Progress Tracking item, or null for an unchecked
 * one (progress, not a verdict). A value in words the vocabulary does not
 * know (`BLOCKED`, `Failing`) is not evaluated, never a pass by its box.
 */
function progressVerdict(item) {
    const box = item.readings.find((reading) => reading.position === 'checkbox');
    if (!box || box.status === 'unevaluated')
        return null;
    const said = item.readings.filter((reading) => reading.position !== 'checkbox');
    // `[x] All constitutional gates failed`: the box says the step is done, the sentence how it went.
    const sentence = `${item.key ?? ''} ${item.value}`;
    if (said.length === 0 && SAYS_FAILED.test(sentence) && !NEGATED.test(sentence))
        return 'fail';
    if (said.length === 0 && (0,read_status/* statusLike */.g1)(item.value))
        return 'unevaluated';
    return item.readings.reduce((worst, reading) => (0,model_status/* worse */.JJ)(worst, reading.status), box.status);
}

;// CONCATENATED MODULE: ./src/parse/gates/fields.ts




/**
 * Labelled lines of a gates section: a `Status:` or `Result:` line that gives
 * an item or a heading its status, a verdict line that sums the section up,
 * and the fields (`Current Count: 5`, a seed block's `Justification:`).
 */
/** Labels that are fields, not gates. */
const FIELD = /^(?:justification|current count|project count|projects|number of projects)$/iu;
const COUNT_FIELD = /^(?:current count|project count|projects|number of projects)$/iu;
const fields_NOTHING = /^(?:n\/?a|none|-+|—)\.?$/iu;
/** A line that gives its item (or its section) a status or verdict: `Status: PASS`, `**Result**: FAIL`. */
const STATUS_LINE = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?(?:status|result|verdict|outcome)(?:\*\*|__)?\s*[:：]/iu;
/** Whether a line states a verdict or a status of its own (`**Result**: FAIL`, `Overall: PASS`). */
function isVerdictLine(reader, text) {
    const key = readItem(reader.vocab, text, true).key;
    return STATUS_LINE.test(text) || (key !== null && isSummaryLabel(key));
}
/**
 * A verdict line, or a `Status:` (or, under a heading with no gates yet,
 * `Result:`) line that gives its owner a status. True when `item` was one.
 *
 * @param owner
 *   The gate such a line belongs to when it is nested in an item.
 */
function labelled(reader, item, range, owner) {
    if (!item.key)
        return false;
    const heading = reader.headings[reader.headings.length - 1];
    // `Result:` under a principle's heading judges that principle; under a
    // summary heading, after its gates, or below a heading with its own
    // status, it sums the section up.
    const principleHeading = heading !== undefined && heading.gates === 0 && !heading.gate?.readings.length && !SUMMARY_HEADING.test(heading.label);
    const own = STATUS_LABEL.test(item.key) || (OWN_RESULT_LABEL.test(item.key) && (owner !== null || principleHeading));
    if (own) {
        const target = owner ?? (heading && (STATUS_LABEL.test(item.key) || principleHeading) ? headingGate(reader, heading) : null);
        if (target) {
            const found = item.readings.filter((r) => r.position === 'status-label' || r.position === 'value');
            // A Status: value that is no status word is evidence once the item has a status.
            target.readings.push(...found.filter((r) => !r.unmapped || !target.readings.some((known) => !known.unmapped)));
            // So is a heading's tagline in capitals (`### I. Library-First — SELF-CONTAINED`).
            if (target.readings.some((r) => !r.unmapped))
                target.readings = target.readings.filter((r) => !isCapitalsReading(r));
            target.text += ` ${item.value}`;
            return true;
        }
    }
    if (!own && !isSummaryLabel(item.key))
        return false;
    const reading = (0,read_status/* readVerdict */.wk)(reader.vocab, item.value);
    if (!reading)
        return false;
    reader.content.summaries.push({ text: clip(`${item.key}: ${item.value}`), range, status: reading.status, section: reader.section, inSection: true });
    return true;
}
/** The sub-heading a `Status:` line under it belongs to, made a gate if it is not one yet. */
function headingGate(reader, heading) {
    heading.gate ??= reader.gate('heading', heading.label, heading.label, heading.label, heading.range, [], []);
    return heading.gate;
}
/** `Current Count: 5`, `Projects: 2`, a seed block's `Justification:`. */
function field(reader, item, range) {
    if (COUNT_FIELD.test(item.key ?? '')) {
        const value = /^\s*(\d{1,4})\b/u.exec(item.value);
        if (value)
            reader.content.counts.push({ count: { value: Number(value[1]), range }, context: [...reader.context(), item.key ?? ''] });
        return;
    }
    const block = reader.articleBlock();
    if (block) {
        const filled = item.value !== '' && !isOnlyPrompts(item.value) && !fields_NOTHING.test(item.value);
        reader.content.blocks.set(block, filled ? 'filled' : 'empty');
        // `[If no, explain why]` asks for an answer only if a gate of the block does not pass.
        for (const placeholder of reader.content.placeholders) {
            if (placeholder.range.line >= range.line && placeholder.range.endLine <= range.endLine && /^\[if\b/iu.test(placeholder.text))
                placeholder.ifBlockFails = block;
        }
    }
    reader.evidence(item.value);
}

;// CONCATENATED MODULE: ./src/parse/gates/paragraphs.ts



const BOLD_START = /^\s*(?:\S{1,2}\s*)?(?:\*\*|__)/u;
const BOLD_ONLY = /^\s*(?:\*\*|__)[^*_\n]+(?:\*\*|__)(?:\s*\([^()\n]*\))?\s*[:：]?\s*$/u;
/**
 * A paragraph of a gates section: a group label (a bold-only line), a gate
 * when it opens with a status, a verdict or `Status:` line, a field, or
 * evidence for the gate above.
 */
function readParagraph(reader, node) {
    const { text, range, templateOnly } = reader.seen(node);
    if (templateOnly)
        return;
    const group = groupLabel(text);
    if (group !== null)
        return reader.startGroup(group);
    let lines = reader.lines(node, text);
    // A bold-only line that a status line continues (`**III. Test-First**  ⏎ ❌ **VIOLATION**: …`)
    // labels what follows, as it does above a blank line.
    const head = lines.length > 1 ? groupLabel(lines[0]?.text ?? '') : null;
    if (head !== null && opensWithStatus(reader, lines[1]?.text ?? '')) {
        reader.startGroup(head);
        lines = lines.slice(1);
    }
    // A line below the first that opens with a status (`✅ Library-First  ⏎ The
    // parser ships as a package.  ⏎ ❌ Security by Default`), or a verdict line
    // below other text, stands on its own, though markdown joins it into one
    // paragraph: read whole, the paragraph would be the first line's gate and a
    // ❌ further down would pass with it (no false pass). Then every line is read
    // as a paragraph of its own: a gate when it opens with a status, prose lines
    // evidence for the gate above them.
    const apart = lines.length > 1 && lines.slice(1).some((line) => opensWithStatus(reader, line.text) || isVerdictLine(reader, line.text));
    if (apart) {
        for (const line of lines)
            readLine(reader, line);
    }
    else if (head === null) {
        paragraphGate(reader, text, range);
    }
    else {
        const first = lines[0];
        const last = lines[lines.length - 1];
        paragraphGate(reader, reader.locate.slice(first.start, last.end), reader.locate.range(first.start, last.end));
    }
}
/**
 * One line of a paragraph read on its own: a bold-only line labels what follows, as above a blank line.
 *
 * @param within
 *   The label of the list item the line is written inside, which names a
 *   status that stands as its bold label (`  ❌ **VIOLATION**: …`).
 */
function readLine(reader, line, within) {
    const group = groupLabel(line.text);
    if (group !== null)
        reader.startGroup(group);
    else
        paragraphGate(reader, line.text, reader.locate.range(line.start, line.end), within);
}
/** Whether a paragraph (or a line of one) is a gate: it opens with a status mark or word, or a bold label carrying one. */
function opensWithStatus(reader, text) {
    const bold = BOLD_START.test(text);
    return readItem(reader.vocab, text, true).readings.some((reading) => reading.position === 'leading-mark' || bold);
}
function paragraphGate(reader, text, range, within) {
    const plain = (0,read_status/* cleanInline */.hp)(text).trim();
    const item = readItem(reader.vocab, text, true);
    if (labelled(reader, item, range, null))
        return;
    if (item.key && FIELD.test(item.key))
        return field(reader, item, range);
    // A paragraph is a gate when it opens with a status mark or word, or with
    // a bold label carrying one (`❌ **VIOLATION**: …`, `**Simplicity** ✅`).
    const bold = BOLD_START.test(text);
    if (item.readings.some((reading) => reading.position === 'leading-mark' || bold)) {
        // A bold label that is itself a status (`❌ **VIOLATION**: …`) names nothing: the bold line above does.
        const bolded = /^\s*(?:\S{1,2}\s*)?(?:\*\*|__)([^*_\n]+)(?:\*\*|__)/u.exec(text)?.[1]?.trim();
        const statusLabel = bolded !== undefined && (0,read_status/* statusAt */.Or)(reader.vocab, bolded, 0)?.end === bolded.length;
        const label = statusLabel ? (within ?? reader.group ?? item.label) : (item.key ?? item.label);
        reader.gate('paragraph', label, label, plain, range, item.readings, []);
        return;
    }
    reader.evidence(plain);
}
/** The group a bold-only line names (`**III. Test-First (NON-NEGOTIABLE)**`), or null for any other text. */
function groupLabel(text) {
    const plain = (0,read_status/* cleanInline */.hp)(text).trim().replace(/[:：]\s*$/u, '');
    return BOLD_ONLY.test(text) && !/[:：]\s*\S/u.test(plain) ? plain : null;
}

;// CONCATENATED MODULE: ./src/parse/table.ts


/** Words a status column is named by, first or last in its header: `Status`, `Gate Result`, `Compliance`, `Estado de cumplimiento`. */
const STATUS_TERM = /^(?:status|results?|verdict|outcome|assessment|evaluation|conformance|conformity|adherence|compliance|compliant|complies|estado|resultado|statut|r[ée]sultat|ergebnis|cumplimiento|conformidade|cumprimento|konformit[äa]t|conformit[ée]|evaluaci[oó]n|avalia[çc][ãa]o|bewertung|[ée]valuation)$/iu;
/** The header of a first column that lists principles or gates. */
const GATE_COLUMN = /principle|article|gate|check|rule|criteri|requirement|constitution|原則|原则|条|원칙|게이트|ゲート|门控|門控|検査|检查|artikel|art[ií]culo|princ[ií]pio|principe|artigo|grundsatz|r[èe]gle|regla/iu;
/** Words that make a header a notes column however it names compliance: `How this plan complies`, `Compliance plan`. */
const NOTES_TERM = /^(?:how|why|what|plans?|notes?|details?|evidence|rationale|approach|explanation|description|justification|comments?|remarks?|reasons?|mitigation|actions?|notas?|detalles|evidencia|justificaci[oó]n|notizen|hinweise|begr[üu]ndung|remarques?|commentaires?)$/iu;
/** Headers that are a status or a pass mark in themselves, and Chinese, Japanese and Korean ones, which run words together. */
const STATUS_HEADER = /^(?:pass\s*\/\s*fail|pass(?:ed|es)?|ok|met|checked|[✓✔✅☑]\uFE0F?(?:\s*\/\s*[✗✘❌]\uFE0F?)?)$|状态|状態|상태|结果|結果|判定|評価|评估|評估|평가|^(?:合规|合規|符合|遵守|準拠|適合|준수|충족|적합)\s*(?:性|状況|状况|狀況|情况|可否|여부)?$/iu;
/** A header that is only the name of a check phase ("Post-design", "Re-check"); "Phase 1 Validation" is a notes column. */
const PHASE_HEADER = /^(?:(?:pre|post)[-\s]?(?:design|phase\s*-?\d*|implementation)|initial(?:\s+check)?|re-?\s?check|phase\s*-?\d+|(?:before|after)(?:\s+design)?)(?:\s*\([^)]*\))?\??$/iu;
/**
 * A column holds statuses when its header names a status (Status, Result,
 * Compliance, Pass, 状态…) or is the name of a check phase (Pre-design,
 * Post-design), or, when no header does, when every non-empty cell of it
 * opens with a mark (`✅ …`, `[x]`), or is a status word in a table of
 * principles or gates (`PASS`, `N/A`, `No - …`).
 */
function readTableShape(vocab, header, rows) {
    const named = header.flatMap((name, index) => (namesStatus(name) || PHASE_HEADER.test(name.trim()) || namesPass(vocab, name) ? [index] : []));
    // Without a column named for them, statuses are found by their cells: a
    // column whose every cell opens with a mark, or — in a table of principles
    // or gates — one of status words. Beside a Status column, or in a table of
    // other things, a column of Yes/No answers another question (`Applies?`, `Breaking?`).
    const ofGates = GATE_COLUMN.test(header[0] ?? '') || (rows.length > 0 && rows.every((row) => (0,parse_articles/* labelArticles */.yN)((0,read_status/* cleanInline */.hp)(row[0] ?? '')).length > 0));
    const byCells = (name, index) => index > 0 && (allMarks(vocab, rows, index) || (ofGates && !namesNotes(name) && allStatuses(vocab, rows, index)));
    // A column named like a status whose cells are all prose (`Compliance: The parser ships as
    // a package`) is notes when another column holds the statuses: a row is one gate, not two.
    const prose = named.filter((index) => allProse(vocab, rows, index));
    const kept = named.filter((index) => !prose.includes(index));
    const fromCells = header.flatMap((name, index) => (!named.includes(index) && byCells(name, index) ? [index] : []));
    const statusColumns = named.length === 0 ? fromCells : kept.length > 0 ? kept : fromCells.length > 0 ? fromCells : named;
    const nameColumns = header.map((_, index) => index).filter((index) => !statusColumns.includes(index));
    const indexColumn = nameColumns[0] !== undefined && /^(?:#|no\.?|n[º°])$/iu.test(header[nameColumns[0]] ?? '');
    return {
        statusColumns,
        label(cells) {
            const [first, second] = nameColumns.map((index) => (0,read_status/* cleanInline */.hp)(cells[index] ?? '').trim());
            if (first === undefined)
                return '';
            const numeral = indexColumn || /^(?:[IVXLC]{1,7}|\d{1,2})\.?$/u.test(first);
            return numeral && second ? `${first.replace(/\.$/u, '')}. ${second}` : first;
        }
    };
}
/** Whether a header names a status: a status word first or last in it, and no word of notes. */
function namesStatus(header) {
    const name = header.replace(/\([^()]*\)|（[^（）]*）/gu, ' ').replace(/[\s?？:：.]+$/u, '').trim();
    if (STATUS_HEADER.test(name))
        return true;
    const words = name.split(/[\s/&+]+/u).filter((word) => word !== '');
    if (words.length === 0 || namesNotes(name))
        return false;
    return STATUS_TERM.test(words[0] ?? '') || STATUS_TERM.test(words[words.length - 1] ?? '');
}
/** Whether a header names notes (`Notes`, `How this plan complies`). */
function namesNotes(header) {
    return header.split(/[\s/&+?？:：.()]+/u).some((word) => NOTES_TERM.test(word));
}
/** A header that is itself a pass word asks whether each row passes: `Cumple`, `OK?`, `¿Cumple?`. */
function namesPass(vocab, header) {
    const name = (0,read_status/* cleanInline */.hp)(header).replace(/^[\s¿¡]+|[\s?？!]+$/gu, '');
    const word = vocab.wordAt(name, 0);
    return word !== null && word.end === name.length && word.status === 'pass';
}
/** Whether every non-empty cell of a column opens with a status mark or box (`✅ …`, `[x]`, `🔴`). */
function allMarks(vocab, rows, column) {
    const values = rows.map((row) => (0,read_status/* cleanInline */.hp)(row[column] ?? '').trim()).filter((value) => value !== '');
    return values.length > 0 && values.every((value) => vocab.markAt(value, 0) !== null || vocab.unknownSymbolAt(value, 0) !== null || /^\[[^\]]{0,3}\]/u.test(value));
}
/**
 * Whether every non-empty cell of a column is prose: three words or more
 * with no status, box, symbol or word to map at its start. `NOTED`, `🔴`,
 * `[?]`, and a word or two such as `Done` or `In progress` are statuses to map.
 */
function allProse(vocab, rows, column) {
    const values = rows.map((row) => (0,read_status/* cleanInline */.hp)(row[column] ?? '').trim()).filter((value) => value !== '');
    return (values.length > 0 &&
        values.every((value) => value.split(/\s+/u).length >= 3 && (0,read_status/* readCell */.$$)(vocab, value)?.every((reading) => reading.unmapped === true) === true && !/^\[/u.test(value) && vocab.unknownSymbolAt(value, 0) === null && !(0,read_status/* statusLike */.g1)(value)));
}
function allStatuses(vocab, rows, column) {
    const values = rows.map((row) => row[column] ?? '').filter((value) => value.trim() !== '');
    return values.length > 0 && values.every((value) => (0,read_status/* readCell */.$$)(vocab, value)?.every((reading) => !reading.unmapped) === true);
}

;// CONCATENATED MODULE: ./src/parse/gates/tables.ts


const COMMENT = /<!--[\s\S]*?-->/gu;
/** A status table: one gate per row and status column. */
function tables_readTable(reader, node) {
    // Records the table's prompts, every cell's included.
    reader.seen(node);
    const [head, ...body] = node.children;
    // A comment in a cell is not rendered: `PASS <!-- note -->` is a pass, a cell of comments is empty.
    const cells = (row) => row.children.map((cell) => reader.source(cell).text.replace(COMMENT, '').replace(/^\s*\||\|\s*$/gu, '').trim());
    const header = head ? cells(head).map((text) => (0,read_status/* cleanInline */.hp)(text)) : [];
    const rows = body.map(cells);
    const shape = readTableShape(reader.vocab, header, rows);
    if (shape.statusColumns.length === 0)
        return;
    body.forEach((row, index) => {
        const texts = rows[index] ?? [];
        const label = shape.label(texts);
        const evidence = texts.map((text) => (0,read_status/* cleanInline */.hp)(text)).join(' ');
        for (const column of shape.statusColumns) {
            const readings = (0,read_status/* readCell */.$$)(reader.vocab, texts[column] ?? '') ?? [{ status: 'unevaluated', position: 'cell', written: '' }];
            const name = shape.statusColumns.length > 1 ? `${label} (${header[column]})` : label;
            reader.gate('row', name, label, evidence, reader.source(row).range, readings, []);
        }
    });
}

;// CONCATENATED MODULE: ./src/parse/gates/lists.ts







/**
 * A list of a gates section, at any depth: task items and items that carry
 * a status or ask a question are gates; nested items are gates of their own
 * or evidence for the item above; `Status:` lines belong to their item.
 */
function readList(reader, list, owner, parents) {
    const stack = list.children.map((item) => ({ item, owner, parents })).reverse();
    while (stack.length > 0) {
        const { item, owner: above, parents: labels } = stack.pop();
        const [first, ...rest] = item.children;
        const made = first?.type === 'paragraph' ? listItem(reader, item, first, above, labels) : null;
        const holder = made ?? above;
        const inner = made ? [...labels, made.label] : labels;
        const nested = [];
        for (const child of first?.type === 'paragraph' ? rest : item.children) {
            if (child.type === 'list')
                nested.push(...child.children.map((next) => ({ item: next, owner: holder, parents: inner })));
            else if (child.type === 'table')
                tables_readTable(reader, child);
            else if (child.type === 'paragraph')
                innerParagraph(reader, child, holder);
        }
        stack.push(...nested.reverse());
    }
}
function listItem(reader, node, first, owner, parents) {
    const seen = reader.seen(first);
    const { templateOnly } = seen;
    let { text, range: firstRange } = seen;
    const lines = reader.lines(first, text);
    // A verdict line joined to the item's paragraph (no blank line before it) is not the item's.
    const verdict = lines.findIndex((line, index) => index > 0 && isVerdictLine(reader, line.text));
    // Nor is a line that opens with a status written left of the item's text
    // (a lazy continuation, `- ✅ Library-First  ⏎ ❌ Security by Default`):
    // markdown puts it in the item's paragraph, but its author wrote it at the
    // margin, as a line of a paragraph, where it is a gate of its own. Read as
    // the item's text it would be wording, and its ❌ would pass with the item's
    // ✅ (no false pass), so it is a gate whatever the item carries. A line
    // indented to the item's text (`  ✅ covered by contract tests`) stays the
    // item's, unless its status is worse than the item's (below).
    const start = first.position?.start.offset ?? 0;
    const column = columnOf(reader, start);
    const lazy = (line) => columnOf(reader, line.start) < column && opensWithStatus(reader, line.text);
    // Nor is a line indented to the item's text that opens with a status worse
    // than the item's own (see `innerParagraph`): `- ✅ Library-First  ⏎   ❌ Security`.
    // The item's own is what its text and `Status:` lines say above the first
    // such line, read once (a long item stays linear).
    let standing = null;
    const itemStatus = (index) => {
        if (standing !== null)
            return standing;
        const end = lines[(verdict > 0 ? Math.min(verdict, index) : index) - 1].end;
        const own = readItem(reader.vocab, boxed(node, reader.locate.slice(start, end)), true).readings;
        const labels = verdict > 0 ? lines.slice(verdict, index).filter((line) => STATUS_LINE.test(line.text)) : [];
        const given = labels.flatMap((line) => readItem(reader.vocab, line.text, true).readings.filter((r) => r.position === 'status-label' || r.position === 'value'));
        standing = worst([...own, ...given]) ?? statusOf(reader.target(owner));
        return standing;
    };
    const indented = (line, index) => worseLine(reader, line.text, () => itemStatus(index));
    const apart = lines.findIndex((line, index) => index > 0 && (lazy(line) || indented(line, index)));
    const split = [verdict, apart].filter((index) => index > 0).reduce((a, b) => Math.min(a, b), lines.length);
    if (split < lines.length) {
        const own = lines.slice(0, split);
        const last = own[own.length - 1];
        text = reader.locate.slice(start, last.end);
        firstRange = reader.locate.range(start, last.end);
    }
    const made = itemGate(reader, node, text, firstRange, templateOnly, owner, parents);
    // A `Status:` line there is the item's own; a verdict line sums the section up.
    for (const line of lines.slice(split, apart > 0 ? apart : lines.length)) {
        const range = reader.locate.range(line.start, line.end);
        if (!labelled(reader, readItem(reader.vocab, line.text, true), range, made ?? owner))
            reader.evidence((0,read_status/* cleanInline */.hp)(line.text), made ?? owner);
    }
    // From the lazy or worse status line on, the lines are read as those of a
    // paragraph; an indented one is inside the item, which names a bare `❌ **VIOLATION**`.
    for (const line of apart > 0 ? lines.slice(apart) : [])
        readLine(reader, line, columnOf(reader, line.start) < column ? undefined : (made ?? owner)?.label);
    return made;
}
/**
 * A paragraph of an item below its first (after a blank line): its prose and
 * its `Status:` line are the item's. But a line of it that opens with a status
 * worse than the item's own (fail, partial, justified or unevaluated under a
 * pass; fail or unevaluated under a partial) is a gate of its own, as a
 * paragraph that opens with a status is anywhere in a gates section, and so
 * are the lines after it, prose being its evidence: read as the item's
 * evidence, `- ✅ Library-First  ⏎⏎   ❌ Security by Default: tokens are
 * logged` would pass (no false pass). One with the same or a better status
 * (`  ✅ covered by contract tests`) is a note on the item and stays its
 * evidence: as a gate it would add a pass and change nothing the author said.
 * An item with no status of its own is measured against the gate its text is
 * evidence for, or against a pass when there is none.
 */
function innerParagraph(reader, node, holder) {
    const { text, range, templateOnly } = reader.seen(node);
    if (templateOnly)
        return;
    const lines = reader.lines(node, text);
    const standing = statusOf(reader.target(holder));
    const apart = lines.findIndex((line) => worseLine(reader, line.text, () => standing));
    if (apart === -1) {
        if (!labelled(reader, readItem(reader.vocab, text, true), range, holder))
            reader.evidence((0,read_status/* cleanInline */.hp)(text), holder);
        return;
    }
    if (apart > 0) {
        const start = lines[0].start;
        const end = lines[apart - 1].end;
        const own = reader.locate.slice(start, end);
        if (!labelled(reader, readItem(reader.vocab, own, true), reader.locate.range(start, end), holder))
            reader.evidence((0,read_status/* cleanInline */.hp)(own), holder);
    }
    for (const line of lines.slice(apart))
        readLine(reader, line, holder?.label);
}
/**
 * Whether a line opens with a status (as a paragraph's gate does) worse than
 * `standing`, read only then. A `Status:` (`Result:`, `Compliance Status:`…)
 * or verdict line is none: it gives the item its status or sums the section up.
 */
function worseLine(reader, text, standing) {
    if (!opensWithStatus(reader, text) || isVerdictLine(reader, text))
        return false;
    const item = readItem(reader.vocab, text, true);
    if (item.key !== null && STATUS_LABEL.test(item.key))
        return false;
    const status = worst(item.readings);
    const reference = standing();
    return status !== reference && (0,model_status/* worse */.JJ)(reference, status) === status;
}
/** A gate's status as written so far, or a pass when there is no gate: what a line inside it must be worse than. */
function statusOf(gate) {
    return worst(gate?.readings ?? []) ?? 'pass';
}
function worst(readings) {
    return readings.reduce((found, reading) => (found ? (0,model_status/* worse */.JJ)(found, reading.status) : reading.status), null);
}
/** The GFM extension leaves the checkbox out of a multi-line item's paragraph: put it back. */
function boxed(node, text) {
    return typeof node.checked === 'boolean' && !/^\s*\[/u.test(text) ? `[${node.checked ? 'x' : ' '}] ${text}` : text;
}
function itemGate(reader, node, text, firstRange, templateOnly, owner, parents) {
    const item = readItem(reader.vocab, boxed(node, text), true);
    const plain = (0,read_status/* cleanInline */.hp)(text).trim();
    if (item.checkbox !== null && isProgressItem(plain)) {
        const status = progressVerdict(item);
        if (status)
            reader.content.summaries.push({ text: clip(plain.replace(/^\[[^\]]*\]\s*/u, '')), range: firstRange, status, section: reader.section, inSection: true });
        return null;
    }
    if (item.checkbox === null && labelled(reader, item, firstRange, owner))
        return null;
    if (item.key && FIELD.test(item.key)) {
        field(reader, item, firstRange);
        // `- ❌ Project count: 4 (C2)`: the author judged the field, so it is a gate too.
        if (!item.readings.some((reading) => reading.position === 'leading-mark'))
            return null;
    }
    if (templateOnly || (item.checkbox === null && item.readings.length === 0 && !item.question && !hasStatusLine(reader, node))) {
        if (!templateOnly)
            reader.evidence(plain, owner);
        return null;
    }
    const range = { ...reader.source(node).range, endLine: firstRange.endLine, endColumn: firstRange.endColumn };
    const kind = item.checkbox !== null ? 'task' : 'item';
    const gate = reader.gate(kind, item.label, item.label, plain, range, item.readings, parents);
    gate.answer = item.answer;
    return gate;
}
/** The column of an offset as markdown counts it, a tab running to the next multiple of four. */
function columnOf(reader, offset) {
    const before = reader.locate.slice(offset - reader.locate.range(offset, offset).column + 1, offset);
    let column = 0;
    for (const char of before)
        column = char === '\t' ? column + 4 - (column % 4) : column + 1;
    return column;
}
/** Whether a nested line gives the item its status (`- IX. Integration-First ⏎   - Status: TBD`). */
function hasStatusLine(reader, node) {
    return node.children.slice(1).some((child) => {
        if (child.type === 'paragraph')
            return STATUS_LINE.test(reader.source(child).text);
        if (child.type !== 'list')
            return false;
        return child.children.some((inner) => inner.children[0]?.type === 'paragraph' && STATUS_LINE.test(reader.source(inner.children[0]).text));
    });
}

;// CONCATENATED MODULE: ./src/parse/gates/index.ts





/**
 * Reads the gates of one gates section: task items, items and headings with
 * a status, paragraphs that open with one, status-table rows, and questions.
 * Everything else is evidence for the gate above it, or a note. Each shape
 * has its reader here; they share one Collector.
 */
class SectionReader {
    reader;
    constructor(section, depth, locate, vocab) {
        this.reader = new Collector(section, depth, locate, vocab);
    }
    /** Reads the section's nodes (its own heading excluded). */
    read(nodes) {
        const reader = this.reader;
        for (const node of nodes) {
            if (node.type === 'heading')
                readHeading(reader, node);
            else if (node.type === 'paragraph')
                readParagraph(reader, node);
            else if (node.type === 'list')
                readList(reader, node, null, []);
            else if (node.type === 'table')
                tables_readTable(reader, node);
            else if (node.type === 'thematicBreak')
                reader.endSubsection();
            else if (node.type === 'blockquote' || node.type === 'code' || (node.type === 'html' && !/^\s*<!--/u.test(node.value)))
                reader.seen(node);
        }
        return reader.content;
    }
}

// EXTERNAL MODULE: ./src/parse/names.ts
var names = __webpack_require__(8483);
;// CONCATENATED MODULE: ./src/parse/link.ts


const ID_CELL = /^\W*[A-Z]{1,3}-?\d{1,3}\W*$/u;
/** The keys of every filled row; other rows justify nothing. */
function rowKeys(rows) {
    return rows.flatMap((row, index) => {
        if (row.kind !== 'filled')
            return [];
        const text = row.cells.join(' | ');
        // Numerals named anywhere ("Art VII"), or bare where only a principle can be: a Principle
        // column, the head of the Violation cell ("VIII: …"), a numeral in parentheses ("(VIII)").
        const articles = [...new Set([...(0,parse_articles/* citedArticles */.dA)(text), ...(0,parse_articles/* labelArticles */.yN)(row.principle), ...(0,parse_articles/* labelArticles */.yN)(row.violation), ...(0,parse_articles/* bracketedArticles */.nX)(row.violation)])];
        // Ids in the violation cell (`**C1**: …`) or in a cell of their own (an ID column).
        const ids = [...new Set([...(0,parse_articles/* citedIds */.I1)(row.violation), ...row.cells.filter((cell) => ID_CELL.test(cell)).flatMap(parse_articles/* citedIds */.I1)])];
        return [{ index, text, articles, ids, words: (0,names/* distinctiveWords */.WB)(row.violation) }];
    });
}
/**
 * Whether a row refers to a gate: it names the gate's article numeral or
 * principle or the gate's own name anywhere, its violation cell carries an id the gate cites (C1)
 * or shares a distinctive word with the gate's own words, or the gate itself
 * points to Complexity Tracking.
 */
function refersTo(row, gate) {
    if (gate.pointsToComplexity)
        return true;
    if (gate.articles.some((article) => row.articles.includes(article)))
        return true;
    // The principle's own name; aliases (TDD, "project") only place gates, or
    // any row about a project would justify every Simplicity gate.
    if (gate.principle?.name && (0,names/* namesPrinciple */.d4)(row.text, gate.principle.name))
        return true;
    if (gate.cites.some((id) => row.ids.includes(id)))
        return true;
    if (namesGate(row.text, (0,names/* ownName */.qU)(gate.label)))
        return true;
    return (0,names/* shareWord */.IX)((0,names/* distinctiveWords */.WB)(gate.wording), row.words);
}
/**
 * Whether a row writes a gate's own name: one of several words ("Test-First",
 * whose words are too short or common to link alone), or one in Chinese,
 * Japanese or Korean, which run words together. A single word links only
 * as a distinctive word.
 */
function namesGate(text, own) {
    if (!own.includes(' ') && !(0,names/* writtenCloseTogether */.c4)(own))
        return false;
    return (0,names/* holdsKey */.gR)((0,names/* nameKey */.Rc)(text), ` ${own} `);
}
/**
 * Indices of the rows that refer to `gate`. A gate that cites a row id (C1)
 * of the table's kind is justified by that row alone: were the row deleted,
 * "see Complexity Tracking" must not let another row stand in for it.
 */
function linkedRows(rows, gate) {
    const kinds = new Set(rows.flatMap((row) => row.ids.map(idKind)));
    const cited = gate.cites.filter((id) => kinds.has(idKind(id)));
    if (cited.length > 0)
        return rows.filter((row) => row.ids.some((id) => cited.includes(id))).map((row) => row.index);
    return rows.filter((row) => refersTo(row, gate)).map((row) => row.index);
}
/** The letters of an id: "C" for C12. */
function idKind(id) {
    return id.replace(/\d+$/u, '');
}

// EXTERNAL MODULE: ./src/parse/locate.ts
var parse_locate = __webpack_require__(1785);
;// CONCATENATED MODULE: ./src/parse/headings.ts



/**
 * Which headings open a gates section or a Complexity Tracking section:
 * English and the translations spec-kit users write, plus the config's own.
 */
const GATE_HEADINGS = [
    /constitution(?:al)?\s+(?:check|compliance|gates?|re-?\s?check|(?:re-?\s?)?evaluation)/iu,
    /pre-?\s?implementation\s+gates/iu,
    /phase\s*[-−–]\s*1\b/iu,
    /憲法(?:チェック|確認|檢查|複查|遵守)/u,
    /憲章(?:チェック|確認|遵守)/u,
    /宪法(?:检查|复查|合规)/u,
    /(?:章程|宪章)(?:检查|合规)/u,
    /헌법\s*(?:준수\s*확인|검사|확인|준수)/u,
    /verificaci[oó]n\s+(?:de\s+(?:la\s+)?)?constituci[oó]n|verificaci[oó]n\s+constitucional|cumplimiento\s+constitucional/iu,
    /verifica[cç][aã]o\s+(?:da\s+)?constitui[cç][aã]o|verifica[cç][aã]o\s+constitucional|conformidade\s+constitucional/iu,
    /verfassungs(?:prüfung|-?check|konformität)/iu,
    /v[ée]rification\s+de\s+la\s+constitution|v[ée]rification\s+constitutionnelle|conformit[ée]\s+constitutionnelle/iu
];
const COMPLEXITY_HEADINGS = [
    /complexity\s+tracking/iu,
    /複雑性(?:トラッキング|追跡)/u,
    /复杂(?:度|性)(?:跟踪|追踪)/u,
    /複雜(?:度|性)(?:追蹤|跟蹤)/u,
    /복잡(?:도|성)\s*(?:추적|트래킹)/u,
    /seguimiento\s+de\s+(?:la\s+)?complejidad/iu,
    /(?:rastreamento|acompanhamento)\s+d[ae]\s+complexidade/iu,
    /komplexitäts(?:verfolgung|-?tracking)/iu,
    /suivi\s+de\s+(?:la\s+)?complexit[ée]/iu
];
/** A heading that sums the gates up (`## Gate Summary`, `## Gate Results`) where no gates section encloses it. */
const GATE_SUMMARY = /\b(?:gates?|constitution(?:al)?)\b/iu;
const SEE_COMPLEXITY = /\b(?:see|per|in|refer\s+to|cf\.?)\s+(?:the\s+)?complexity\s+tracking/iu;
/** A gate's heading that refers to Complexity Tracking: it says "see", or it is a numbered principle with a status mark. */
function pointsToComplexity(heading) {
    return SEE_COMPLEXITY.test(heading) || (/[→⚠✅❌]/u.test(heading) && (0,parse_articles/* labelArticles */.yN)(heading).length > 0);
}
/**
 * What a heading opens.
 *
 * @param text
 *   The heading's text, markdown included.
 * @param extra
 *   Headings the configuration adds.
 */
function headingKind(text, extra) {
    const plain = (0,read_status/* cleanInline */.hp)(text).replace(/\s+/gu, ' ');
    const lower = plain.toLowerCase();
    // Complexity first: "Constitution Check violations (Complexity Tracking)" is about rows;
    // "III. Test-First ⚠️ (see Complexity Tracking)" is a gate that points to them.
    if (COMPLEXITY_HEADINGS.some((pattern) => pattern.test(plain)) && !pointsToComplexity(plain))
        return 'complexity';
    if (extra.complexity.some((heading) => lower.includes(heading.toLowerCase())))
        return 'complexity';
    if (GATE_HEADINGS.some((pattern) => pattern.test(plain)))
        return 'gates';
    if (extra.gates.some((heading) => lower.includes(heading.toLowerCase())))
        return 'gates';
    if (GATE_SUMMARY.test(plain) && SUMMARY_HEADING.test(plain))
        return 'verdicts';
    return null;
}

;// CONCATENATED MODULE: ./src/parse/near-miss.ts


/** The built-in headings a near miss is compared with, as findings name them. */
const NAMES = {
    gates: [
        'Constitution Check', 'Constitutional Check', 'Constitution Compliance', 'Constitutional Compliance', 'Constitution Gates',
        'Constitutional Gates', 'Constitution Re-check', 'Pre-Implementation Gates',
        '憲法チェック', '憲法確認', '宪法检查', '宪法复查', '憲法檢查', '헌법 준수 확인', '헌법 검사',
        'Verificación de la Constitución', 'Verificação da Constituição', 'Verfassungsprüfung', 'Vérification de la constitution'
    ],
    complexity: [
        'Complexity Tracking', '複雑性トラッキング', '复杂度跟踪', '複雜度追蹤', '복잡도 추적',
        'Seguimiento de la complejidad', 'Rastreamento da complexidade', 'Komplexitätsverfolgung', 'Suivi de la complexité'
    ]
};
/**
 * The words that make a heading about the section whatever else it says
 * (`## Constitution Review`, `## Complexity Notes`): a heading word that
 * starts with one, or is spelled within a letter or two of it, shares it.
 */
const KEY_WORDS = {
    gates: ['constitution', 'constitución', 'constituição', 'constitucional', 'verfassung', 'pre-implementation'],
    complexity: ['complexity', 'complejidad', 'complexidade', 'komplexität', 'complexité']
};
/** The same, in Chinese, Japanese and Korean, where words are not spaced. */
const KEY_STEMS = {
    gates: /憲法|宪法|憲章|宪章|章程|헌법/u,
    complexity: /複雑|复杂|複雜|복잡/u
};
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/**
 * The heading that comes closest to a built-in heading of `kind`, or null
 * when none is close. The plan's title (level 1) and headings that already
 * open a section are never taken.
 *
 * @param headings
 *   The plan's headings.
 * @param kind
 *   Which built-in headings to compare with.
 * @param extra
 *   Headings the configuration adds: those open sections, so they are no near miss.
 */
function nearHeading(headings, kind, extra = { gates: [], complexity: [] }) {
    let best = null;
    for (const heading of headings) {
        if (heading.depth < 2 || headingKind(heading.text, extra) !== null)
            continue;
        const text = (0,read_status/* cleanInline */.hp)(heading.text).toLowerCase().replace(/\s+/gu, ' ').trim();
        const tokens = words(text);
        let closest = null;
        const written = CJK.test(text);
        for (const name of NAMES[kind]) {
            // Names in Chinese, Japanese or Korean are compared with headings written in them only.
            if (CJK.test(name) && !written)
                continue;
            const distance = CJK.test(name) ? compactDistance(text, name) : windowDistance(tokens, name.toLowerCase());
            const close = distance <= Math.max(1, Math.floor(name.length / 8));
            if (!closest || distance < closest.distance)
                closest = { like: name, distance, close };
        }
        if (!closest || !(closest.close || sharesKeyWord(text, tokens, kind)))
            continue;
        if (!best || closest.distance < best.distance)
            best = { heading, like: closest.like, distance: closest.distance };
    }
    return best ? { heading: best.heading, like: best.like } : null;
}
/** A heading's words: spaces and punctuation split them, hyphens do not (`pre-implementation`). */
function words(text) {
    return text.split(/[\s:：()（）[\],.;/&|—–]+/u).filter((word) => word !== '');
}
/** Whether a heading holds a key word of the section, or a near spelling of one. */
function sharesKeyWord(text, tokens, kind) {
    if (KEY_STEMS[kind].test(text))
        return true;
    return tokens.some((word) => KEY_WORDS[kind].some((key) => word.startsWith(key) || distance(word, key, 2) <= (key.length >= 9 ? 2 : 1)));
}
/** The least edit distance between `name` and a run of as many of the heading's words. */
function windowDistance(tokens, name) {
    const size = name.split(' ').length;
    if (tokens.length <= size)
        return distance(tokens.join(' '), name, name.length);
    let least = Infinity;
    for (let start = 0; start + size <= tokens.length; start++)
        least = Math.min(least, distance(tokens.slice(start, start + size).join(' '), name, least));
    return least;
}
/** The least edit distance between a name written without spaces and a stretch of the heading about as long. */
function compactDistance(text, name) {
    const compact = text.replace(/\s+/gu, '');
    const bare = name.replace(/\s+/gu, '');
    let least = Infinity;
    for (let length = bare.length - 1; length <= bare.length + 1; length++) {
        if (length < 1 || length > compact.length)
            continue;
        for (let start = 0; start + length <= compact.length; start++)
            least = Math.min(least, distance(compact.slice(start, start + length), bare, least));
    }
    return Math.min(least, distance(compact, bare, least));
}
/**
 * Levenshtein distance between `a` and `b`, counted by code point; stops
 * early (returning `limit + 1`) once it cannot come under `limit`.
 */
function distance(a, b, limit) {
    const left = [...a];
    const right = [...b];
    if (Math.abs(left.length - right.length) > limit)
        return limit + 1;
    let row = Array.from({ length: right.length + 1 }, (_, i) => i);
    for (let i = 1; i <= left.length; i++) {
        const next = [i];
        let smallest = i;
        for (let j = 1; j <= right.length; j++) {
            const value = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1));
            next.push(value);
            smallest = Math.min(smallest, value);
        }
        if (smallest > limit)
            return limit + 1;
        row = next;
    }
    return row[right.length] ?? 0;
}

// EXTERNAL MODULE: ./src/parse/outline.ts
var outline = __webpack_require__(1969);
;// CONCATENATED MODULE: ./src/parse/principles.ts



/**
 * Matches gates to the principles of one constitution: by name first, then
 * by numeral, looking at a gate's own label and then at the headings and
 * labels above it, nearest first. A numeral counts only when the gate has no
 * name of its own, the principle has none, or the two names share a word:
 * plans copy the seed's numbering, which is not the repository's, so
 * "II. CLI Interface" is not a repository's "II. Security by Default", and
 * "Art III (Branching)" is not the default Test-First.
 */
class PrincipleMatcher {
    constitution;
    extraNonNegotiable;
    names;
    facts = new Map();
    /**
     * @param constitution
     *   The principles to match.
     * @param extraNonNegotiable
     *   Names or numerals the configuration declares non-negotiable.
     */
    constructor(constitution, extraNonNegotiable = []) {
        this.constitution = constitution;
        this.extraNonNegotiable = extraNonNegotiable;
        this.names = constitution.principles.flatMap((principle) => [principle.name, ...principle.aliases].flatMap((name) => {
            const key = name ? (0,names/* principleKey */.gg)(name) : '';
            if (key.trim() === '')
                return [];
            const short = (0,names/* initials */.yC)(key);
            return [{ principle, key }, ...(short ? [{ principle, key: ` ${short} ` }] : [])];
        }));
        // Longest names first: "Test-First Imperative" wins over "Test-First".
        this.names.sort((a, b) => b.key.length - a.key.length);
    }
    /**
     * @param label
     *   The gate's own label.
     * @param context
     *   Labels above it, outermost first.
     */
    match(label, context) {
        let principle = null;
        let articles = [];
        let nonNegotiable = false;
        for (const text of [label, ...[...context].reverse()]) {
            const facts = this.read(text);
            if (articles.length === 0)
                articles = facts.articles;
            principle ??= facts.principle;
            nonNegotiable ||= facts.nonNegotiable;
        }
        if (principle?.numeral && !articles.includes(principle.numeral))
            articles = [...articles, principle.numeral];
        return { principle, articles, nonNegotiable: nonNegotiable || principle?.nonNegotiable === true };
    }
    read(text) {
        const known = this.facts.get(text);
        if (known)
            return known;
        const key = (0,names/* nameKey */.Rc)(text);
        const articles = (0,parse_articles/* labelArticles */.yN)(text);
        // "(NO NEGOCIABLE)" says how the principle is held, not what it is called.
        const own = (0,names/* ownName */.qU)(text.replace(parse_constitution/* NON_NEGOTIABLE */.h0, ' '));
        const byName = this.names.find((name) => (0,names/* holdsKey */.gR)(key, name.key))?.principle ??
            // The gate's short name inside a longer principle name: "Simplicity" → "Simplicity & Minimal Dependencies".
            (own.length >= 4 ? (this.names.find((name) => name.key.includes(` ${own} `))?.principle ?? null) : null);
        const facts = {
            articles,
            principle: byName ?? this.byNumeral(articles, own),
            nonNegotiable: parse_constitution/* NON_NEGOTIABLE */.h0.test(text) ||
                this.extraNonNegotiable.some((entry) => articles.includes(entry.toUpperCase()) || ((0,names/* principleKey */.gg)(entry).trim() !== '' && key.includes((0,names/* principleKey */.gg)(entry))))
        };
        this.facts.set(text, facts);
        return facts;
    }
    byNumeral(articles, own) {
        for (const numeral of articles) {
            const found = this.constitution.principles.find((candidate) => candidate.numeral === numeral);
            if (!found)
                continue;
            // Only the principle's own name, not an alias the defaults give it ("repository pattern").
            if (found.name && (0,names/* nameWords */.Lo)(own).length > 0 && !(0,names/* namesShareWord */.Wr)(own, (0,names/* principleKey */.gg)(found.name)))
                continue;
            return found;
        }
        return null;
    }
}

// EXTERNAL MODULE: ./src/parse/blocks.ts + 1 modules
var blocks = __webpack_require__(6776);
;// CONCATENATED MODULE: ./src/parse/sections.ts



/**
 * Finds every gates section, Complexity Tracking section and gate summary section.
 *
 * @param headings
 *   The plan's headings in order.
 * @param lineCount
 *   Lines in the plan.
 * @param extra
 *   Headings the configuration adds.
 */
function sectionSpans(headings, lineCount, extra) {
    const spans = [];
    let gates = null;
    let complexity = null;
    let verdicts = null;
    for (const heading of headings) {
        if (verdicts && heading.depth <= verdicts.heading.depth) {
            closeLast(verdicts, heading.line - 1);
            verdicts = null;
        }
        if (gates && heading.depth <= gates.span.heading.depth) {
            closeSegment(gates, heading.line - 1);
            gates = null;
        }
        if (complexity && heading.depth <= complexity.heading.depth) {
            closeLast(complexity, heading.line - 1);
            complexity = null;
        }
        if (gates && gates.holeDepth > 0 && heading.depth <= gates.holeDepth) {
            gates.holeDepth = 0;
            gates.span.segments.push([heading.line, lineCount]);
        }
        const kind = headingKind(heading.text, extra);
        if (verdicts && kind !== null) {
            closeLast(verdicts, heading.line - 1);
            verdicts = null;
        }
        if (kind === 'verdicts' && !gates && !complexity) {
            verdicts = { kind, heading, segments: [[heading.line, lineCount]] };
            spans.push(verdicts);
        }
        else if (kind === 'complexity' && !complexity) {
            complexity = { kind, heading, segments: [[heading.line, lineCount]] };
            spans.push(complexity);
            if (gates && gates.holeDepth === 0) {
                closeSegment(gates, heading.line - 1);
                gates.holeDepth = heading.depth;
            }
        }
        else if (kind === 'gates' && !gates) {
            gates = { span: { kind, heading, segments: [[heading.line, lineCount]] }, holeDepth: 0 };
            spans.push(gates.span);
        }
    }
    if (gates)
        closeSegment(gates, lineCount);
    if (complexity)
        closeLast(complexity, lineCount);
    if (verdicts)
        closeLast(verdicts, lineCount);
    return spans;
}
function closeSegment(open, endLine) {
    if (open.holeDepth === 0)
        closeLast(open.span, endLine);
}
function closeLast(span, endLine) {
    const last = span.segments[span.segments.length - 1];
    if (last)
        last[1] = Math.max(last[0], Math.min(last[1], endLine));
}
/**
 * The blocks of a section, its segments in turn. HTML comments are ignored
 * everywhere, yet in CommonMark a line holding only a comment (or a waiver
 * directive, blanked to spaces before parsing) ends a table: the rows after
 * it would turn into a paragraph no rule reads, a false pass. So such lines
 * between table rows are left out and the segment read again, every node
 * keeping its real line, column and offset.
 *
 * @param text
 *   The plan as the rules read it (waiver directives blanked).
 * @param source
 *   The plan as written, with the same line starts.
 */
function readSection(text, source, lineStarts, span) {
    return span.segments.flatMap(([start, end]) => {
        const nodes = (0,blocks/* readBlocks */.v)(text, lineStarts, start, end);
        const hidden = commentsInTables(nodes, text, source, lineStarts, end);
        return hidden.size === 0 ? nodes : readWithout(hidden, text, lineStarts, start, end);
    });
}
const BLOCK_START = /^(?:[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|#|>|`{3}|~{3}|<)/u;
const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/u;
/** Comment-only lines right after a table that more pipe rows of it follow, up to a blank line or another block. */
function commentsInTables(nodes, text, source, lineStarts, last) {
    const hidden = new Set();
    const line = (number) => (0,outline/* lineText */.oZ)(text, lineStarts, number).trim();
    const isRow = (number) => number <= last && line(number).includes('|') && !BLOCK_START.test(line(number));
    const visit = (children) => {
        for (const node of children) {
            if (node.type === 'table' && node.position) {
                let at = node.position.end.line + 1;
                for (;;) {
                    const through = commentRun(source, lineStarts, at, last);
                    const row = through + 1;
                    // A row with a delimiter row under it starts a table of its own.
                    if (through === 0 || !isRow(row) || (row < last && DELIMITER_ROW.test(line(row + 1))))
                        break;
                    for (let number = at; number <= through; number++)
                        hidden.add(number);
                    at = row + 1;
                    while (isRow(at) && commentRun(source, lineStarts, at, last) === 0)
                        at++;
                }
            }
            else if (node.type === 'list' || node.type === 'listItem')
                visit(node.children);
        }
    };
    visit(nodes);
    return hidden;
}
/** The last line of a run of lines, from `line`, that hold only HTML comments in the source; 0 when `line` holds anything else. */
function commentRun(source, lineStarts, line, last) {
    let end = 0;
    for (let next = line; next <= last;) {
        const through = onlyComments(source, lineStarts, next, last);
        if (through === 0)
            break;
        end = through;
        next = through + 1;
    }
    return end;
}
/** The line where the comments starting `line` end, when nothing but comments and spaces is on those lines; else 0. */
function onlyComments(source, lineStarts, line, last) {
    let offset = lineStarts[line - 1] ?? source.length;
    let current = line;
    let found = false;
    for (;;) {
        while (source[offset] === ' ' || source[offset] === '\t')
            offset++;
        if (!source.startsWith('<!--', offset))
            break;
        const close = source.indexOf('-->', offset + 4);
        if (close < 0)
            return 0;
        offset = close + 3;
        while ((lineStarts[current] ?? Infinity) <= close)
            current++;
        found = true;
    }
    const lineEnd = (lineStarts[current] ?? source.length + 1) - 1;
    return found && current <= last && source.slice(offset, lineEnd).trim() === '' ? current : 0;
}
/** Lines `start`..`end` read without the `hidden` ones, positions mapped back to the plan's. */
function readWithout(hidden, text, lineStarts, start, end) {
    const kept = [];
    let joined = '';
    for (let number = start; number <= end; number++) {
        if (hidden.has(number))
            continue;
        kept.push(number);
        joined += text.slice(lineStarts[number - 1] ?? text.length, lineStarts[number] ?? text.length);
    }
    const starts = (0,outline/* lineStartsOf */.xV)(joined);
    const nodes = (0,blocks/* readBlocks */.v)(joined, starts, 1, kept.length);
    const move = (point) => {
        const real = kept[point.line - 1] ?? start;
        point.offset = (lineStarts[real - 1] ?? 0) + (point.offset ?? 0) - (starts[point.line - 1] ?? 0);
        point.line = real;
    };
    const visit = (node) => {
        if (node.position) {
            move(node.position.start);
            move(node.position.end);
        }
        if ('children' in node)
            for (const child of node.children)
                visit(child);
    };
    for (const node of nodes)
        visit(node);
    return nodes;
}

// EXTERNAL MODULE: ./src/parse/versions.ts
var versions = __webpack_require__(8330);
// EXTERNAL MODULE: ./src/parse/vocabulary.ts
var parse_vocabulary = __webpack_require__(5799);
// EXTERNAL MODULE: ./src/parse/waivers.ts
var parse_waivers = __webpack_require__(4618);
;// CONCATENATED MODULE: ./src/parse/plan.ts

















const POINTS_TO_COMPLEXITY = /complexity\s+tracking|複雑性(?:トラッキング|追跡)|复杂度跟踪|複雜度追蹤|복잡도\s*추적/iu;
const defaultVocabulary = new parse_vocabulary/* Vocabulary */.VI();
/**
 * Reads one plan: its gates sections, their gates and verdict lines, its
 * Complexity Tracking rows, and how the rows justify the gates.
 *
 * @param source
 *   The plan's markdown (LF or CRLF; a BOM is ignored).
 * @param path
 *   Its path, as findings will name it.
 * @param options
 *   Vocabulary, constitution, extra headings and non-negotiable principles.
 */
function parsePlan(source, path, options = {}) {
    const written = source.startsWith('\uFEFF') ? source.slice(1) : source;
    const waivers = (0,parse_waivers/* readWaivers */.Sr)(written);
    // The rules read the plan as if its waiver comments were not there (a directive in a table cell is no status).
    const text = (0,parse_waivers/* hideWaivers */.u5)(written, waivers);
    const vocab = options.vocabulary ?? defaultVocabulary;
    const constitution = options.constitution ?? (0,parse_constitution/* defaultConstitution */.xI)();
    const { lineStarts, headings, checkedItems, scoreLines } = (0,outline/* outline */.rj)(text);
    const locate = new parse_locate/* Locator */.h(text, lineStarts);
    const extra = options.headings ?? { gates: [], complexity: [] };
    const spans = sectionSpans(headings, lineStarts.length, extra);
    const plan = {
        path,
        lineCount: lineStarts.length,
        sections: [],
        gates: [],
        summaries: [],
        placeholders: [],
        complexityTables: [],
        rows: [],
        projectCounts: [],
        complexityScores: readScores(scoreLines, locate),
        constitution,
        nearHeadings: { gates: null, complexity: null },
        unreadable: null,
        waivers,
        versionsNamed: (0,versions/* namedVersions */.f)(text)
    };
    const raw = [];
    const blocks = new Map();
    const countContexts = [];
    for (const span of spans) {
        const nodes = readSection(text, written, lineStarts, span);
        const body = withoutHeading(nodes, span);
        if (span.kind === 'complexity') {
            const content = readComplexity(body, locate);
            plan.complexityTables.push(...content.tables);
            plan.rows.push(...content.rows);
            plan.placeholders.push(...content.placeholders);
            continue;
        }
        if (span.kind === 'verdicts') {
            // Only its verdict lines count: they speak for the whole plan.
            const { summaries } = new SectionReader(-1, span.heading.depth, locate, vocab).read(body);
            plan.summaries.push(...summaries.map((summary) => ({ ...summary, section: null, inSection: false })));
            continue;
        }
        const index = plan.sections.length;
        const content = new SectionReader(index, span.heading.depth, locate, vocab).read(body);
        raw.push(...content.gates);
        plan.summaries.push(...content.summaries);
        plan.placeholders.push(...content.placeholders);
        content.blocks.forEach((value, key) => blocks.set(key, value));
        for (const { count, context } of content.counts) {
            plan.projectCounts.push({ ...count, rows: [] });
            countContexts.push(context);
        }
        const heading = {
            text: (0,read_status/* cleanInline */.hp)(span.heading.text),
            depth: span.heading.depth,
            range: locate.lines(span.heading.line, span.heading.endLine)
        };
        const verdict = headingVerdict(span.heading.text, index, heading.range, vocab);
        if (verdict)
            plan.summaries.push(verdict);
        const evaluated = content.gates.length > 0 || content.summaries.length > 0 || verdict !== null;
        plan.sections.push({
            heading,
            range: locate.lines(span.heading.line, Math.max(content.lastLine, span.heading.endLine)),
            state: evaluated ? 'evaluated' : content.hasTemplate && !content.hasContent ? 'unfilled' : 'not-evaluated'
        });
    }
    if (plan.sections.length === 0)
        plan.nearHeadings.gates = near(headings, 'gates', extra, locate);
    if (!spans.some((span) => span.kind === 'complexity'))
        plan.nearHeadings.complexity = near(headings, 'complexity', extra, locate);
    plan.summaries.push(...planSummaries(checkedItems, spans, plan.sections, vocab, locate));
    plan.summaries.sort((a, b) => a.range.line - b.range.line);
    const keys = rowKeys(plan.rows);
    const matcher = new PrincipleMatcher(constitution, options.nonNegotiable ?? []);
    plan.gates = raw.map((gate) => resolveGate(gate, matcher, keys, blocks));
    plan.projectCounts.forEach((count, i) => {
        const context = countContexts[i] ?? [];
        const match = matcher.match('projects', context);
        count.rows = linkedRows(keys, { label: 'projects', wording: 'projects', articles: match.articles, principle: match.principle, cites: [], pointsToComplexity: false });
    });
    return plan;
}
/** The heading closest to a built-in one of `kind`, as findings show it. */
function near(headings, kind, extra, locate) {
    const found = nearHeading(headings, kind, extra);
    if (!found)
        return null;
    const { heading, like } = found;
    return { text: `${'#'.repeat(heading.depth)} ${(0,read_status/* cleanInline */.hp)(heading.text).trim()}`, range: locate.lines(heading.line, heading.endLine), like };
}
function withoutHeading(nodes, span) {
    const first = nodes[0];
    return first?.type === 'heading' && first.position?.start.line === span.heading.line ? nodes.slice(1) : nodes;
}
/**
 * Checked Progress Tracking and Validation Checklist lines outside the gates
 * sections that state the gates passed or failed. Unchecked ones are
 * progress, not verdicts. An "Initial" check speaks for the first gates
 * section, a "Post-Design" or re-check for the sections that are re-checks
 * (or the last one); any other for every section.
 */
function planSummaries(lines, spans, sections, vocab, locate) {
    const inGates = (line) => spans.some((span) => span.kind === 'gates' && span.segments.some(([start, end]) => line >= start && line <= end));
    const rechecks = sections.flatMap((section, index) => (RECHECK.test(section.heading.text) ? [index] : []));
    const summaries = [];
    for (const { line, text } of lines) {
        if (inGates(line) || !isProgressItem(text))
            continue;
        const status = progressVerdict(readItem(vocab, text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/u, ''), true));
        if (!status)
            continue;
        const body = clip((0,read_status/* cleanInline */.hp)(text).replace(/^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\s*/u, ''));
        const scope = sections.length < 2 ? [null] : INITIAL.test(body) ? [0] : RECHECK.test(body) ? (rechecks.length > 0 ? rechecks : [sections.length - 1]) : [null];
        for (const section of scope)
            summaries.push({ text: body, range: locate.lines(line), status, section, inSection: false });
    }
    return summaries;
}
const INITIAL = /\b(?:initial|pre[-\s]?design|phase\s*0)\b/iu;
const RECHECK = /\b(?:post[-\s]?design|re-?\s?check|re-?\s?evaluat|after|phase\s*1)\b/iu;
/** A gates section's heading that carries a status (`### Post-Design Re-check: ❌ FAIL`) is its verdict. */
function headingVerdict(text, section, range, vocab) {
    const plain = (0,read_status/* cleanInline */.hp)(text);
    const readings = [...(0,read_status/* leadingStatuses */.Zn)(vocab, plain, 'leading-mark'), ...[(0,read_status/* trailingStatus */.lR)(vocab, plain)].filter((r) => r !== null)];
    if (readings.length === 0)
        return null;
    return { text: clip(plain), range, status: worstOf(readings) ?? 'unevaluated', section, inSection: true };
}
function worstOf(readings) {
    return readings.reduce((worst, reading) => (worst ? (0,model_status/* worse */.JJ)(worst, reading.status) : reading.status), null);
}
/**
 * Ties a gate to its principle and rows and settles its status. In a seed
 * article block an unchecked box reads "not compliant" (fail) once the block
 * justifies itself or a row refers to it; without either it is unevaluated.
 */
function resolveGate(gate, matcher, keys, blocks) {
    const match = matcher.match(gate.label, gate.context);
    const cites = (0,parse_articles/* citedIds */.I1)(gate.text);
    const pointsToComplexity = POINTS_TO_COMPLEXITY.test(gate.text);
    const rows = keys.length === 0 ? [] : linkedRows(keys, { label: gate.label, wording: gate.wording, articles: match.articles, principle: match.principle, cites, pointsToComplexity });
    const articleBlock = gate.block ? { heading: gate.block, justification: blocks.get(gate.block) ?? 'none' } : null;
    let readings = gate.readings;
    if (articleBlock && (articleBlock.justification === 'filled' || rows.length > 0)) {
        readings = readings.map((reading) => (reading.position === 'checkbox' && reading.written === '[ ]' ? { ...reading, status: 'fail' } : reading));
    }
    const claimed = worstOf(readings) ?? 'unevaluated';
    let status = claimed;
    if ((0,model_status/* needsJustification */.Mp)(claimed)) {
        if (match.nonNegotiable || rows.length === 0)
            status = claimed === 'justified' ? 'fail' : claimed;
        else
            status = 'justified';
    }
    return {
        section: gate.section,
        kind: gate.kind,
        label: gate.label,
        wording: gate.wording,
        context: gate.context,
        text: gate.text,
        range: gate.range,
        readings,
        answer: gate.answer,
        articles: match.articles,
        principle: match.principle,
        nonNegotiable: match.nonNegotiable,
        cites,
        pointsToComplexity,
        articleBlock,
        claimed,
        status,
        rows
    };
}

// EXTERNAL MODULE: ./src/score/evaluate.ts + 1 modules
var evaluate = __webpack_require__(4994);
;// CONCATENATED MODULE: ./src/score/scoring.ts




/** Prepares a run: the vocabulary is compiled once for every plan. */
function scoring(config, constitution = defaultConstitution()) {
    return { config, constitution, vocabulary: new Vocabulary(config.statuses) };
}
/**
 * Prepared runs for one configuration, one per constitution, each made on
 * first use: a run over plans judged by several constitutions (a monorepo,
 * a base and a head) compiles the vocabulary once and shares it.
 */
function scoringsFor(config) {
    const vocabulary = new parse_vocabulary/* Vocabulary */.VI(config.statuses);
    const runs = new Map();
    return (constitution) => {
        let run = runs.get(constitution);
        if (!run)
            runs.set(constitution, (run = { config, constitution, vocabulary }));
        return run;
    };
}
/**
 * Scores one plan. The parsed tree is dropped as soon as the report is made,
 * so a run over many plans holds one tree at a time.
 */
function scorePlan(source, path, run) {
    const plan = parsePlan(source, path, {
        vocabulary: run.vocabulary,
        constitution: run.constitution,
        headings: { gates: run.config.gateHeadings, complexity: run.config.complexityHeadings },
        nonNegotiable: run.config.nonNegotiable
    });
    return (0,evaluate/* evaluate */._)(plan, run.config);
}
/** The report of a plan that could not be read: a failure, never a silent pass. */
function unreadablePlan(path, reason, run) {
    const plan = parsePlan('', path, { constitution: run.constitution });
    plan.unreadable = reason;
    return (0,evaluate/* evaluate */._)(plan, run.config);
}


/***/ })

};
