export const id = 597;
export const ids = [597];
export const modules = {

/***/ 8597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scorePlan: () => (/* binding */ scorePlan),
  scoring: () => (/* binding */ scoring),
  unreadablePlan: () => (/* binding */ unreadablePlan)
});

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
    return (0,read_status/* cleanInline */.hp)(locate.slice(start, end)).replace(/^\s*\|/u, '').replace(/\|\s*$/u, '').trim();
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

;// CONCATENATED MODULE: ./src/parse/table.ts


/** Words a status column is named by, first or last in its header: `Status`, `Gate Result`, `Compliance`, `Estado de cumplimiento`. */
const STATUS_TERM = /^(?:status|results?|verdict|outcome|assessment|evaluation|conformance|conformity|adherence|compliance|compliant|complies|estado|resultado|statut|r[ée]sultat|ergebnis|cumplimiento|conformidade|cumprimento|konformit[äa]t|conformit[ée])$/iu;
/** The header of a first column that lists principles or gates. */
const GATE_COLUMN = /principle|article|gate|check|rule|criteri|requirement|constitution|原則|原则|条|원칙|게이트|ゲート|门控|門控|検査|检查|artikel|art[ií]culo|princ[ií]pio|principe|artigo|grundsatz|r[èe]gle|regla/iu;
/** Words that make a header a notes column however it names compliance: `How this plan complies`, `Compliance plan`. */
const NOTES_TERM = /^(?:how|why|what|plans?|notes?|details?|evidence|rationale|approach|explanation|description|justification|comments?|remarks?|reasons?|mitigation|actions?|notas?|detalles|evidencia|justificaci[oó]n|notizen|hinweise|begr[üu]ndung|remarques?|commentaires?)$/iu;
/** Headers that are a status or a pass mark in themselves, and Chinese, Japanese and Korean ones, which run words together. */
const STATUS_HEADER = /^(?:pass\s*\/\s*fail|pass(?:ed|es)?|ok|met|checked|[✓✔✅☑]\uFE0F?(?:\s*\/\s*[✗✘❌]\uFE0F?)?)$|状态|状態|상태|结果|結果|判定|^(?:合规|合規|符合|遵守|準拠|適合|준수|충족|적합)\s*(?:性|状況|状况|狀況|情况|可否|여부)?$/iu;
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
    const statusColumns = named.length > 0 ? named : header.flatMap((name, index) => (byCells(name, index) ? [index] : []));
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
function allStatuses(vocab, rows, column) {
    const values = rows.map((row) => row[column] ?? '').filter((value) => value.trim() !== '');
    return values.length > 0 && values.every((value) => (0,read_status/* readCell */.$$)(vocab, value)?.every((reading) => !reading.unmapped) === true);
}

;// CONCATENATED MODULE: ./src/parse/gates.ts





const GATE_NOTE = /^\s*\*?_?\s*GATE\b/u;
const FIELD = /^(?:justification|current count|project count|projects|number of projects)$/iu;
const COUNT_FIELD = /^(?:current count|project count|projects|number of projects)$/iu;
const ARTICLE_BLOCK = /^\s*articles?\s+[IVXLC]+\b/iu;
const BOLD_START = /^\s*(?:\S{1,2}\s*)?(?:\*\*|__)/u;
const RECHECK_LABEL = /post[-\s]?design|re-?\s?check|re-?\s?evaluat/iu;
const BOLD_ONLY = /^\s*(?:\*\*|__)[^*_\n]+(?:\*\*|__)(?:\s*\([^()\n]*\))?\s*[:：]?\s*$/u;
const gates_NOTHING = /^(?:n\/?a|none|-+|—)\.?$/iu;
/** A line that gives its item (or its section) a status or verdict: `Status: PASS`, `**Result**: FAIL`. */
const STATUS_LINE = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?(?:status|result|verdict|outcome)(?:\*\*|__)?\s*[:：]/iu;
/**
 * Reads the gates of one gates section: task items, items and headings with
 * a status, paragraphs that open with one, status-table rows, and questions.
 * Everything else is evidence for the gate above it, or a note.
 */
class SectionReader {
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
    /** Reads the section's nodes (its own heading excluded). */
    read(nodes) {
        for (const node of nodes) {
            if (node.type === 'heading')
                this.heading(node);
            else if (node.type === 'paragraph')
                this.paragraph(node);
            else if (node.type === 'list')
                this.list(node, null, []);
            else if (node.type === 'table')
                this.table(node);
            else if (node.type === 'thematicBreak')
                this.endSubsection();
            else if (node.type === 'blockquote' || node.type === 'code' || (node.type === 'html' && !/^\s*<!--/u.test(node.value)))
                this.note(node);
        }
        return this.content;
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
    heading(node) {
        if (node.depth <= this.depth)
            return;
        const { text, range } = this.seen(node);
        this.headings = this.headings.filter((heading) => heading.depth < node.depth);
        this.group = null;
        const line = (0,read_status/* cleanInline */.hp)(text.replace(/^\s*#+\s*/u, '').replace(/\s+#+\s*$/u, '')).trim();
        const readings = (0,read_status/* leadingStatuses */.Zn)(this.vocab, line, 'leading-mark');
        const trailing = (0,read_status/* trailingStatus */.lR)(this.vocab, line) ?? (readings.length === 0 ? wordToMap(line) : null);
        if (trailing && line !== trailing.written)
            readings.push(trailing);
        const label = withoutStatus(line.replace(/^[^\p{L}\p{N}[(]+/u, ''), trailing?.written ?? null);
        const heading = { depth: node.depth, label, range, gate: null, gates: 0 };
        if (readings.length > 0)
            heading.gate = this.gate('heading', label, label, line, range, readings, []);
        this.headings.push(heading);
    }
    paragraph(node) {
        const { text, range, templateOnly } = this.seen(node);
        if (templateOnly)
            return;
        const group = groupLabel(text);
        if (group !== null)
            return this.startGroup(group);
        let lines = this.lines(node, text);
        // A bold-only line that a status line continues (`**III. Test-First**  ⏎ ❌ **VIOLATION**: …`)
        // labels what follows, as it does above a blank line.
        const head = lines.length > 1 ? groupLabel(lines[0]?.text ?? '') : null;
        if (head !== null && this.opensWithStatus(lines[1]?.text ?? '')) {
            this.startGroup(head);
            lines = lines.slice(1);
        }
        // Lines that each open with a status (`✅ Library-First  ⏎ ❌ Simplicity`),
        // or a verdict line below other text, stand on their own, though markdown
        // joins them into one paragraph.
        const apart = lines.length > 1 && (lines.every((line) => this.opensWithStatus(line.text)) || lines.slice(1).some((line) => this.isVerdictLine(line.text)));
        if (apart) {
            for (const line of lines)
                this.paragraphGate(line.text, this.locate.range(line.start, line.end));
        }
        else if (head === null) {
            this.paragraphGate(text, range);
        }
        else {
            const first = lines[0];
            const last = lines[lines.length - 1];
            this.paragraphGate(this.locate.slice(first.start, last.end), this.locate.range(first.start, last.end));
        }
    }
    /** Whether a line states a verdict or a status of its own (`**Result**: FAIL`, `Overall: PASS`). */
    isVerdictLine(text) {
        const key = readItem(this.vocab, text, true).key;
        return STATUS_LINE.test(text) || (key !== null && isSummaryLabel(key));
    }
    /** Whether a paragraph (or a line of one) is a gate: it opens with a status mark or word, or a bold label carrying one. */
    opensWithStatus(text) {
        const bold = BOLD_START.test(text);
        return readItem(this.vocab, text, true).readings.some((reading) => reading.position === 'leading-mark' || bold);
    }
    paragraphGate(text, range) {
        const plain = (0,read_status/* cleanInline */.hp)(text).trim();
        const item = readItem(this.vocab, text, true);
        if (this.labelled(item, range, null))
            return;
        if (item.key && FIELD.test(item.key))
            return this.field(item, range);
        // A paragraph is a gate when it opens with a status mark or word, or with
        // a bold label carrying one (`❌ **VIOLATION**: …`, `**Simplicity** ✅`).
        const bold = BOLD_START.test(text);
        if (item.readings.some((reading) => reading.position === 'leading-mark' || bold)) {
            // A bold label that is itself a status (`❌ **VIOLATION**: …`) names nothing: the bold line above does.
            const bolded = /^\s*(?:\S{1,2}\s*)?(?:\*\*|__)([^*_\n]+)(?:\*\*|__)/u.exec(text)?.[1]?.trim();
            const statusLabel = bolded !== undefined && (0,read_status/* statusAt */.Or)(this.vocab, bolded, 0)?.end === bolded.length;
            const label = statusLabel ? (this.group ?? item.label) : (item.key ?? item.label);
            this.gate('paragraph', label, label, plain, range, item.readings, []);
            return;
        }
        this.evidence(plain);
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
    /**
     * A verdict line, or a `Status:` (or, under a heading with no gates yet,
     * `Result:`) line that gives its owner a status. True when `item` was one.
     *
     * @param owner
     *   The gate such a line belongs to when it is nested in an item.
     */
    labelled(item, range, owner) {
        if (!item.key)
            return false;
        const heading = this.headings[this.headings.length - 1];
        // `Result:` under a principle's heading judges that principle; under a
        // summary heading, after its gates, or below a heading with its own
        // status, it sums the section up.
        const principleHeading = heading !== undefined && heading.gates === 0 && !heading.gate?.readings.length && !SUMMARY_HEADING.test(heading.label);
        const own = STATUS_LABEL.test(item.key) || (OWN_RESULT_LABEL.test(item.key) && (owner !== null || principleHeading));
        if (own) {
            const target = owner ?? (heading && (STATUS_LABEL.test(item.key) || principleHeading) ? this.headingGate(heading) : null);
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
        const reading = (0,read_status/* readVerdict */.wk)(this.vocab, item.value);
        if (!reading)
            return false;
        this.content.summaries.push({ text: clip(`${item.key}: ${item.value}`), range, status: reading.status, section: this.section, inSection: true });
        return true;
    }
    /** The sub-heading a `Status:` line under it belongs to, made a gate if it is not one yet. */
    headingGate(heading) {
        heading.gate ??= this.gate('heading', heading.label, heading.label, heading.label, heading.range, [], []);
        return heading.gate;
    }
    list(list, owner, parents) {
        const stack = list.children.map((item) => ({ item, owner, parents })).reverse();
        while (stack.length > 0) {
            const { item, owner: above, parents: labels } = stack.pop();
            const [first, ...rest] = item.children;
            const made = first?.type === 'paragraph' ? this.listItem(item, first, above, labels) : null;
            const holder = made ?? above;
            const inner = made ? [...labels, made.label] : labels;
            const nested = [];
            for (const child of first?.type === 'paragraph' ? rest : item.children) {
                if (child.type === 'list')
                    nested.push(...child.children.map((next) => ({ item: next, owner: holder, parents: inner })));
                else if (child.type === 'table')
                    this.table(child);
                else if (child.type === 'paragraph') {
                    const { text, range, templateOnly } = this.seen(child);
                    if (templateOnly)
                        continue;
                    if (!this.labelled(readItem(this.vocab, text, true), range, holder))
                        this.evidence((0,read_status/* cleanInline */.hp)(text), holder);
                }
            }
            stack.push(...nested.reverse());
        }
    }
    listItem(node, first, owner, parents) {
        const seen = this.seen(first);
        const { templateOnly } = seen;
        let { text, range: firstRange } = seen;
        // A verdict line joined to the item's paragraph (no blank line before it) is not the item's.
        const lines = this.lines(first, text);
        const verdict = lines.findIndex((line, index) => index > 0 && this.isVerdictLine(line.text));
        if (verdict > 0) {
            const own = lines.slice(0, verdict);
            const last = own[own.length - 1];
            text = this.locate.slice(first.position?.start.offset ?? 0, last.end);
            firstRange = this.locate.range(first.position?.start.offset ?? 0, last.end);
        }
        const made = this.itemGate(node, text, firstRange, templateOnly, owner, parents);
        // A `Status:` line there is the item's own; a verdict line sums the section up.
        for (const line of verdict > 0 ? lines.slice(verdict) : []) {
            const range = this.locate.range(line.start, line.end);
            if (!this.labelled(readItem(this.vocab, line.text, true), range, made ?? owner))
                this.evidence((0,read_status/* cleanInline */.hp)(line.text), made ?? owner);
        }
        return made;
    }
    itemGate(node, text, firstRange, templateOnly, owner, parents) {
        // The GFM extension leaves the checkbox out of a multi-line item's paragraph.
        const boxed = typeof node.checked === 'boolean' && !/^\s*\[/u.test(text) ? `[${node.checked ? 'x' : ' '}] ${text}` : text;
        const item = readItem(this.vocab, boxed, true);
        const plain = (0,read_status/* cleanInline */.hp)(text).trim();
        if (item.checkbox !== null && isProgressItem(plain)) {
            const status = progressVerdict(item);
            if (status)
                this.content.summaries.push({ text: clip(plain.replace(/^\[[^\]]*\]\s*/u, '')), range: firstRange, status, section: this.section, inSection: true });
            return null;
        }
        if (item.checkbox === null && this.labelled(item, firstRange, owner))
            return null;
        if (item.key && FIELD.test(item.key)) {
            this.field(item, firstRange);
            // `- ❌ Project count: 4 (C2)`: the author judged the field, so it is a gate too.
            if (!item.readings.some((reading) => reading.position === 'leading-mark'))
                return null;
        }
        if (templateOnly || (item.checkbox === null && item.readings.length === 0 && !item.question && !this.hasStatusLine(node))) {
            if (!templateOnly)
                this.evidence(plain, owner);
            return null;
        }
        const range = { ...this.source(node).range, endLine: firstRange.endLine, endColumn: firstRange.endColumn };
        const kind = item.checkbox !== null ? 'task' : 'item';
        const gate = this.gate(kind, item.label, item.label, plain, range, item.readings, parents);
        gate.answer = item.answer;
        return gate;
    }
    /** Whether a nested line gives the item its status (`- IX. Integration-First ⏎   - Status: TBD`). */
    hasStatusLine(node) {
        return node.children.slice(1).some((child) => {
            if (child.type === 'paragraph')
                return STATUS_LINE.test(this.source(child).text);
            if (child.type !== 'list')
                return false;
            return child.children.some((inner) => inner.children[0]?.type === 'paragraph' && STATUS_LINE.test(this.source(inner.children[0]).text));
        });
    }
    /** `Current Count: 5`, `Projects: 2`, a seed block's `Justification:`. */
    field(item, range) {
        if (COUNT_FIELD.test(item.key ?? '')) {
            const value = /^\s*(\d{1,4})\b/u.exec(item.value);
            if (value)
                this.content.counts.push({ count: { value: Number(value[1]), range }, context: [...this.context(), item.key ?? ''] });
            return;
        }
        const block = this.articleBlock();
        if (block) {
            const filled = item.value !== '' && !isOnlyPrompts(item.value) && !gates_NOTHING.test(item.value);
            this.content.blocks.set(block, filled ? 'filled' : 'empty');
            // `[If no, explain why]` asks for an answer only if a gate of the block does not pass.
            for (const placeholder of this.content.placeholders) {
                if (placeholder.range.line >= range.line && placeholder.range.endLine <= range.endLine && /^\[if\b/iu.test(placeholder.text))
                    placeholder.ifBlockFails = block;
            }
        }
        this.evidence(item.value);
    }
    /** A status table: one gate per row and status column. */
    table(node) {
        // Records the table's prompts, every cell's included.
        this.seen(node);
        const [head, ...body] = node.children;
        const cells = (row) => row.children.map((cell) => this.source(cell).text.replace(/^\s*\||\|\s*$/gu, '').trim());
        const header = head ? cells(head).map((text) => (0,read_status/* cleanInline */.hp)(text)) : [];
        const rows = body.map(cells);
        const shape = readTableShape(this.vocab, header, rows);
        if (shape.statusColumns.length === 0)
            return;
        body.forEach((row, index) => {
            const texts = rows[index] ?? [];
            const label = shape.label(texts);
            const evidence = texts.map((text) => (0,read_status/* cleanInline */.hp)(text)).join(' ');
            for (const column of shape.statusColumns) {
                const readings = (0,read_status/* readCell */.$$)(this.vocab, texts[column] ?? '') ?? [{ status: 'unevaluated', position: 'cell', written: '' }];
                const name = shape.statusColumns.length > 1 ? `${label} (${header[column]})` : label;
                this.gate('row', name, label, evidence, this.source(row).range, readings, []);
            }
        });
    }
    note(node) {
        this.seen(node);
    }
    /** Adds text to the gate it is evidence for: its owner, or the last gate above it. */
    evidence(text, owner = null) {
        const target = owner ?? this.lastGate;
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
/** The group a bold-only line names (`**III. Test-First (NON-NEGOTIABLE)**`), or null for any other text. */
function groupLabel(text) {
    const plain = (0,read_status/* cleanInline */.hp)(text).trim().replace(/[:：]\s*$/u, '');
    return BOLD_ONLY.test(text) && !/[:：]\s*\S/u.test(plain) ? plain : null;
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

;// CONCATENATED MODULE: ./src/parse/locate.ts
/**
 * Turns offsets of the plan's text into GitHub's 1-based lines and columns.
 * Columns count UTF-16 code units, as mdast does.
 */
class Locator {
    text;
    lineStarts;
    constructor(text, lineStarts) {
        this.text = text;
        this.lineStarts = lineStarts;
    }
    /** The 1-based line holding `offset`. */
    lineOf(offset) {
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if ((this.lineStarts[middle] ?? 0) <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return low + 1;
    }
    /** The range from `start` to `end` (exclusive) offsets. */
    range(start, end) {
        const line = this.lineOf(start);
        const last = Math.max(start, end - 1);
        const endLine = this.lineOf(last);
        return {
            line,
            column: start - (this.lineStarts[line - 1] ?? 0) + 1,
            endLine,
            endColumn: last - (this.lineStarts[endLine - 1] ?? 0) + 2
        };
    }
    /** A range covering lines `line`..`endLine` whole. */
    lines(line, endLine = line) {
        const next = this.lineStarts[endLine];
        const end = next === undefined ? this.text.length : next - 1;
        const text = this.text.slice(this.lineStarts[endLine - 1] ?? end, end).replace(/\r$/u, '');
        return { line, column: 1, endLine, endColumn: text.length + 1 };
    }
    /** Source text between two offsets. */
    slice(start, end) {
        return this.text.slice(start, end);
    }
}

;// CONCATENATED MODULE: ./src/parse/block-lines.ts
function lineOf(number, start, text) {
    let firstIndex = 0;
    let firstColumn = 0;
    while (firstIndex < text.length && (text[firstIndex] === ' ' || text[firstIndex] === '\t')) {
        firstColumn = text[firstIndex] === '\t' ? firstColumn + 4 - (firstColumn % 4) : firstColumn + 1;
        firstIndex++;
    }
    return { number, start, text, firstIndex, firstColumn, end: text.trimEnd().length };
}
const FENCE = /^(`{3,}|~{3,})(.*)$/u;
const ATX = /^(#{1,6})(?:[ \t]+|$)/u;
const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/u;
const BULLET = /^([-*+])(?:[ \t]|$)/u;
const ORDERED = /^(\d{1,9})([.)])(?:[ \t]|$)/u;
const TASK = /^\[([ xX])\](?=[ \t]|$)/u;
const DELIMITER_CELL = /^:?-+:?$/u;
const HTML_START = /^<(?:!--|[a-zA-Z][\w-]*(?:[\s/>]|$)|\/[a-zA-Z])/u;
/** Where a view's content starts, `columns` further in (tabs to the next multiple of 4), never past non-space. */
function advance(view, columns) {
    const { text } = view.line;
    let from = view.from;
    let column = view.column;
    const target = column + columns;
    while (from < text.length && column < target && (text[from] === ' ' || text[from] === '\t')) {
        column = text[from] === '\t' ? column + 4 - (column % 4) : column + 1;
        from++;
    }
    return { line: view.line, from, column };
}
/** A view past its list marker: the marker's characters (no tabs in them) and the spaces after, up to `columns`. */
function pastMarker(view, columns) {
    const { text } = view.line;
    let from = view.from;
    let column = view.column;
    const target = view.column + columns;
    while (from < text.length && column < target) {
        column = text[from] === '\t' ? column + 4 - (column % 4) : column + 1;
        from++;
    }
    return { line: view.line, from, column };
}
/** Index and column of the first non-space character of a view's content (cached per line for the leading run). */
function first(view) {
    const { line } = view;
    if (view.from <= line.firstIndex)
        return { index: line.firstIndex, column: line.firstColumn };
    let index = view.from;
    let column = view.column;
    while (index < line.text.length && (line.text[index] === ' ' || line.text[index] === '\t')) {
        column = line.text[index] === '\t' ? column + 4 - (column % 4) : column + 1;
        index++;
    }
    return { index, column };
}
/** Columns of space before the content of a view. */
function indentOf(view) {
    return first(view).column - view.column;
}
function content(view) {
    return view.line.text.slice(view.from);
}
function isBlank(view) {
    return first(view).index >= view.line.end;
}
/** The content with up to three columns of indentation removed (what block starts are tested on). */
function body(view) {
    const start = first(view);
    return start.column - view.column <= 3 ? view.line.text.slice(start.index) : '';
}
function position(startLine, startIndex, endLine, endIndex) {
    return {
        start: { line: startLine.number, column: startIndex + 1, offset: startLine.start + startIndex },
        end: { line: endLine.number, column: endIndex + 1, offset: endLine.start + endIndex }
    };
}
/** Index just past the last non-space character of a view's line. */
function trimmedEnd(view) {
    return view.line.end;
}
/** Index of the first non-space character of a view's content. */
function firstChar(view) {
    return first(view).index;
}
function markerOf(view) {
    if (indentOf(view) > 3)
        return null;
    const text = body(view);
    if (THEMATIC.test(text))
        return null;
    const bullet = BULLET.exec(text);
    const ordered = bullet ? null : ORDERED.exec(text);
    const mark = bullet?.[0].trimEnd() ?? ordered?.[0].trimEnd();
    if (!mark)
        return null;
    const markerColumn = indentOf(view);
    const after = text.slice(mark.length);
    const spaces = after.length - after.trimStart().length;
    const empty = after.trim() === '';
    const gap = empty || spaces > 4 ? 1 : spaces;
    return { ordered: !bullet, kind: bullet ? (bullet[1] ?? '-') : (ordered?.[2] ?? '.'), contentColumn: markerColumn + mark.length + gap, empty };
}
function cellsOf(row) {
    let text = row.trim();
    if (text.startsWith('|'))
        text = text.slice(1);
    if (text.endsWith('|') && !text.endsWith('\\|'))
        text = text.slice(0, -1);
    return splitCells(text).map((cell) => cell.text);
}
/** Cells split on unescaped pipes, with their offsets in `text`. */
function splitCells(text) {
    const cells = [];
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
        if (i < text.length && (text[i] !== '|' || text[i - 1] === '\\'))
            continue;
        const raw = text.slice(start, i);
        const lead = raw.length - raw.trimStart().length;
        const trimmed = raw.trim();
        cells.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
        start = i + 1;
    }
    return cells;
}
function isDelimiterRow(view) {
    const text = body(view);
    if (!text.includes('-') || (!text.includes('|') && !text.includes(':')))
        return false;
    const cells = cellsOf(text);
    return cells.length > 0 && cells.every((cell) => DELIMITER_CELL.test(cell));
}

;// CONCATENATED MODULE: ./src/parse/blocks.ts

/**
 * A line-based reader of the block structure of a gates or Complexity
 * Tracking section: headings, paragraphs, (nested, task) lists, GFM tables,
 * block quotes, code and HTML. It yields mdast nodes with exact positions
 * but no inline children (the rules read the source text), in time linear in
 * the section, where micromark spends 70–150 µs a block (10,000 gate items,
 * 2 s). `__tests__/parse/blocks.test.ts` checks it against
 * mdast-util-from-markdown on every corpus plan.
 */
/**
 * Reads lines `startLine`..`endLine` of `text` as blocks.
 *
 * @param text
 *   The whole file.
 * @param lineStarts
 *   Offsets of its lines.
 */
function readBlocks(text, lineStarts, startLine, endLine) {
    const views = [];
    for (let number = startLine; number <= endLine; number++) {
        const start = lineStarts[number - 1] ?? text.length;
        const next = lineStarts[number];
        const end = next === undefined ? text.length : next - 1;
        views.push({ line: lineOf(number, start, text.slice(start, end).replace(/\r$/u, '')), from: 0, column: 0 });
    }
    return new Reader(views, 0).blocks(0, views.length);
}
/** Lists nest at most this deep; past it, list markers are read as text (no stack overflow, linear time). */
const MAX_NESTING = 100;
class Reader {
    views;
    depth;
    constructor(views, depth) {
        this.views = views;
        this.depth = depth;
    }
    /** The list marker a view starts with; a lazy continuation line starts nothing. */
    marker(view) {
        return this.depth < MAX_NESTING && !view.lazy ? markerOf(view) : null;
    }
    /**
     * Whether the view at `i` opens a block that ends a paragraph. A table
     * cannot start on a lazy continuation line (its delimiter row would be
     * lazy too), so `tables` is false there.
     */
    interrupts(i, tables = true) {
        const view = this.views[i];
        if (view.lazy)
            return false;
        const text = body(view);
        if (text === '')
            return false;
        if (ATX.test(text) || FENCE.test(text) || text.startsWith('>') || THEMATIC.test(text) || text.startsWith('<!--'))
            return true;
        const marker = this.marker(view);
        if (marker && !marker.empty && (!marker.ordered || /^1[.)]/u.test(text)))
            return true;
        return tables && this.tableAt(i);
    }
    /** Whether a GFM table starts at view `i`: a row, then a delimiter row of as many cells. */
    tableAt(i) {
        const view = this.views[i];
        const next = this.views[i + 1];
        const text = body(view);
        return text.includes('|') && next !== undefined && !next.lazy && isDelimiterRow(next) && cellsOf(text).length === cellsOf(body(next)).length;
    }
    /** The blocks of views `from` (inclusive) to `to` (exclusive). */
    blocks(from, to) {
        const nodes = [];
        let i = from;
        while (i < to) {
            const view = this.views[i];
            if (isBlank(view)) {
                i++;
                continue;
            }
            const text = body(view);
            if (text === '') {
                i = this.indentedCode(i, to, nodes);
                // As in micromark, an ordered list not starting at 1 cannot follow indented code directly.
                const next = this.views[i];
                if (i < to && next && !isBlank(next) && /^(?:\d{1,9})[.)]/u.test(body(next)) && !/^0*1[.)]/u.test(body(next)))
                    i = this.paragraph(i, to, nodes);
                continue;
            }
            const fence = FENCE.exec(text);
            if (fence && !(fence[1]?.startsWith('`') && fence[2]?.includes('`')))
                i = this.fenced(i, to, fence[1] ?? '```', nodes);
            else if (ATX.test(text))
                i = this.atx(i, nodes);
            else if (THEMATIC.test(text)) {
                nodes.push({ type: 'thematicBreak', position: position(view.line, firstChar(view), view.line, trimmedEnd(view)) });
                i++;
            }
            else if (text.startsWith('>'))
                i = this.quote(i, to, nodes);
            else if (HTML_START.test(text))
                i = this.html(i, to, text.startsWith('<!--'), nodes);
            else if (this.marker(view))
                i = this.list(i, to, nodes);
            else if (i + 1 < to && this.tableAt(i))
                i = this.table(i, to, nodes);
            else
                i = this.paragraph(i, to, nodes);
        }
        return nodes;
    }
    indentedCode(i, to, nodes) {
        let last = i;
        let j = i;
        while (j < to && (isBlank(this.views[j]) || indentOf(this.views[j]) >= 4)) {
            if (!isBlank(this.views[j]))
                last = j;
            j++;
        }
        const first = this.views[i];
        const end = this.views[last];
        nodes.push({ type: 'code', lang: null, meta: null, value: '', position: position(first.line, first.from, end.line, trimmedEnd(end)) });
        return last + 1;
    }
    fenced(i, to, opener, nodes) {
        let j = i + 1;
        while (j < to) {
            const close = body(this.views[j]);
            if (close.startsWith(opener[0] ?? '`') && /^(`{3,}|~{3,})\s*$/u.test(close) && close.trim().length >= opener.length && close[0] === opener[0])
                break;
            j++;
        }
        const first = this.views[i];
        const last = this.views[Math.min(j, to - 1)];
        nodes.push({ type: 'code', lang: null, meta: null, value: '', position: position(first.line, firstChar(first), last.line, last.line.text.length) });
        return Math.min(j + 1, to);
    }
    atx(i, nodes) {
        const view = this.views[i];
        const depth = (ATX.exec(body(view))?.[1]?.length ?? 1);
        nodes.push({ type: 'heading', depth, children: [], position: position(view.line, firstChar(view), view.line, trimmedEnd(view)) });
        return i + 1;
    }
    quote(i, to, nodes) {
        let j = i + 1;
        // A lazy line continues the quote's paragraph, unless it starts a block or a list item.
        while (j < to && !isBlank(this.views[j]) && (body(this.views[j]).startsWith('>') || (!this.interrupts(j, false) && !this.marker(this.views[j]))))
            j++;
        const first = this.views[i];
        const last = this.views[j - 1];
        nodes.push({ type: 'blockquote', children: [], position: position(first.line, firstChar(first), last.line, trimmedEnd(last)) });
        return j;
    }
    html(i, to, comment, nodes) {
        let j = i;
        if (comment) {
            while (j < to && !content(this.views[j]).includes('-->'))
                j++;
            j = Math.min(j, to - 1);
        }
        else {
            while (j + 1 < to && !isBlank(this.views[j + 1]))
                j++;
        }
        const first = this.views[i];
        const last = this.views[j];
        const start = firstChar(first);
        const value = comment ? `<!--${first.line.text.slice(start + 4)}` : first.line.text.slice(start);
        nodes.push({ type: 'html', value, position: position(first.line, start, last.line, trimmedEnd(last)) });
        return j + 1;
    }
    paragraph(i, to, nodes) {
        let j = i + 1;
        while (j < to && !isBlank(this.views[j])) {
            // A setext underline turns the paragraph into a heading (before `---` can read as a break).
            const underline = body(this.views[j]);
            if (/^(?:=+|-+)[ \t]*$/u.test(underline)) {
                const first = this.views[i];
                const depth = underline.startsWith('=') ? 1 : 2;
                nodes.push({ type: 'heading', depth, children: [], position: position(first.line, firstChar(first), this.views[j].line, trimmedEnd(this.views[j])) });
                return j + 1;
            }
            if (this.interrupts(j))
                break;
            j++;
        }
        const first = this.views[i];
        const last = this.views[j - 1];
        nodes.push({ type: 'paragraph', children: [], position: position(first.line, firstChar(first), last.line, trimmedEnd(last)) });
        return j;
    }
    table(i, to, nodes) {
        let j = i + 2;
        while (j < to && !isBlank(this.views[j]) && indentOf(this.views[j]) < 4 && !this.interrupts(j, false))
            j++;
        const rows = [];
        for (let k = i; k < j; k++) {
            if (k === i + 1)
                continue;
            const view = this.views[k];
            const start = firstChar(view);
            let text = view.line.text.slice(start).trimEnd();
            let offset = start;
            if (text.startsWith('|')) {
                text = text.slice(1);
                offset++;
            }
            if (text.endsWith('|') && !text.endsWith('\\|'))
                text = text.slice(0, -1);
            const children = splitCells(text).map((cell) => ({
                type: 'tableCell',
                children: [],
                position: position(view.line, offset + cell.start, view.line, offset + cell.end)
            }));
            rows.push({ type: 'tableRow', children, position: position(view.line, start, view.line, trimmedEnd(view)) });
        }
        const first = this.views[i];
        const last = this.views[j - 1];
        nodes.push({ type: 'table', align: [], children: rows, position: position(first.line, firstChar(first), last.line, trimmedEnd(last)) });
        return j;
    }
    /** A list: consecutive items of one kind; each item holds the lines indented under it. */
    list(i, to, nodes) {
        const first = this.marker(this.views[i]);
        const items = [];
        let j = i;
        let end = i;
        while (j < to) {
            const marker = this.marker(this.views[j]);
            if (!marker || marker.kind !== first.kind || marker.ordered !== first.ordered)
                break;
            end = this.itemEnd(j, to, marker);
            items.push(this.item(j, end, marker));
            j = end;
            while (j < to && isBlank(this.views[j]))
                j++;
        }
        const start = this.views[i];
        const last = this.views[end - 1];
        nodes.push({
            type: 'list',
            ordered: first.ordered,
            spread: false,
            children: items,
            position: position(start.line, firstChar(start), last.line, trimmedEnd(last))
        });
        return end;
    }
    /**
     * Index just past the last non-blank line of the item starting at `i`:
     * lines indented to its content, and lazy continuation lines of a
     * paragraph it leaves open (never of code, a fence or a table).
     */
    itemEnd(i, to, marker) {
        let last = i;
        let fence = null;
        let open = this.opensParagraph(pastMarker(this.views[i], marker.contentColumn), false);
        if (FENCE.test(body(pastMarker(this.views[i], marker.contentColumn))))
            fence = body(pastMarker(this.views[i], marker.contentColumn)).slice(0, 3);
        for (let j = i + 1; j < to; j++) {
            const view = this.views[j];
            if (isBlank(view)) {
                open = false;
                continue;
            }
            if (indentOf(view) >= marker.contentColumn) {
                last = j;
                const inner = advance(view, marker.contentColumn);
                const text = body(inner);
                if (fence !== null) {
                    if (text.startsWith(fence) && /^(`{3,}|~{3,})\s*$/u.test(text))
                        fence = null;
                }
                else if (FENCE.test(text))
                    fence = text.slice(0, 3);
                open = fence === null && this.opensParagraph(inner, open);
                continue;
            }
            const lazy = open && fence === null && j === last + 1 && !this.interrupts(j, false) && !this.marker(view);
            if (!lazy)
                break;
            last = j;
        }
        return last + 1;
    }
    /** Whether a line (seen inside its container) leaves a paragraph open, for lazy continuation. */
    opensParagraph(view, open) {
        if (isBlank(view))
            return false;
        if (indentOf(view) >= 4)
            return open;
        const text = body(view);
        if (ATX.test(text) || FENCE.test(text) || THEMATIC.test(text) || HTML_START.test(text) || text.startsWith('>') || isDelimiterRow(view))
            return false;
        const marker = this.marker(view);
        return marker ? !marker.empty : true;
    }
    item(i, end, marker) {
        const view = this.views[i];
        const markerStart = firstChar(view);
        const inner = [pastMarker(view, marker.contentColumn)];
        for (let k = i + 1; k < end; k++) {
            const line = this.views[k];
            const lazy = !isBlank(line) && indentOf(line) < marker.contentColumn;
            inner.push({ ...advance(line, Math.min(marker.contentColumn, indentOf(line))), ...(lazy ? { lazy } : {}) });
        }
        const task = TASK.exec(content(inner[0]));
        const children = new Reader(inner, this.depth + 1).blocks(0, inner.length);
        const last = this.views[end - 1];
        return {
            type: 'listItem',
            spread: false,
            checked: task ? task[1] !== ' ' : null,
            children: children,
            position: position(view.line, markerStart, last.line, trimmedEnd(last))
        };
    }
}

// EXTERNAL MODULE: ./src/parse/outline.ts
var outline = __webpack_require__(1969);
;// CONCATENATED MODULE: ./src/parse/principles.ts



/**
 * Matches gates to the principles of one constitution: by name first, then
 * by numeral, looking at a gate's own label and then at the headings and
 * labels above it, nearest first. With the default articles a numeral counts
 * only when the gate has no name of its own or the article has none:
 * "Art III (Branching)" is not Test-First.
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
        const own = (0,names/* ownName */.qU)(text);
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
            if (this.constitution.source === 'default' && found.name && own !== '')
                continue;
            return found;
        }
        return null;
    }
}

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

// EXTERNAL MODULE: ./src/parse/vocabulary.ts
var vocabulary = __webpack_require__(5799);
;// CONCATENATED MODULE: ./src/parse/plan.ts















const POINTS_TO_COMPLEXITY = /complexity\s+tracking|複雑性(?:トラッキング|追跡)|复杂度跟踪|複雜度追蹤|복잡도\s*추적/iu;
const defaultVocabulary = new vocabulary/* Vocabulary */.VI();
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
    const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
    const vocab = options.vocabulary ?? defaultVocabulary;
    const constitution = options.constitution ?? (0,parse_constitution/* defaultConstitution */.xI)();
    const { lineStarts, headings, checkedItems, scoreLines } = (0,outline/* outline */.rj)(text);
    const locate = new Locator(text, lineStarts);
    const spans = sectionSpans(headings, lineStarts.length, options.headings ?? { gates: [], complexity: [] });
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
        unreadable: null
    };
    const raw = [];
    const blocks = new Map();
    const countContexts = [];
    for (const span of spans) {
        const nodes = span.segments.flatMap(([start, end]) => readBlocks(text, lineStarts, start, end));
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

// EXTERNAL MODULE: ./src/rules/index.ts + 19 modules
var rules = __webpack_require__(3030);
;// CONCATENATED MODULE: ./src/score/evaluate.ts


/**
 * Runs every rule that is not turned off over one plan and weighs the result:
 * a plan fails when any finding is an error; its score is the share of
 * evaluated gates that pass or are justified (N/A left out), or null when it
 * has no gate to score.
 */
function evaluate(plan, config) {
    const findings = [];
    for (const rule of rules/* rules */.aO) {
        const severity = config.rules[rule.id] ?? rule.defaultSeverity;
        if (severity === 'off')
            continue;
        rule.check({
            plan,
            config,
            report(range, message, path) {
                findings.push({ ruleId: rule.id, slug: rule.slug, severity, message, path: path ?? plan.path, range, docs: (0,rules/* docsUrl */.fs)(rule) });
            }
        });
    }
    findings.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column || a.ruleId.localeCompare(b.ruleId));
    const counts = Object.fromEntries(model_status/* statuses */.bM.map((status) => [status, 0]));
    for (const gate of plan.gates)
        counts[gate.status]++;
    const scored = plan.gates.length - counts['n/a'];
    return {
        path: plan.path,
        verdict: findings.some((finding) => finding.severity === 'error') ? 'fail' : 'pass',
        score: scored > 0 ? (counts.pass + counts.justified) / scored : null,
        counts,
        gates: plan.gates,
        rows: plan.rows,
        findings,
        constitution: plan.constitution
    };
}

;// CONCATENATED MODULE: ./src/score/scoring.ts




/** Prepares a run: the vocabulary is compiled once for every plan. */
function scoring(config, constitution = (0,parse_constitution/* defaultConstitution */.xI)()) {
    return { config, constitution, vocabulary: new vocabulary/* Vocabulary */.VI(config.statuses) };
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
    return evaluate(plan, run.config);
}
/** The report of a plan that could not be read: a failure, never a silent pass. */
function unreadablePlan(path, reason, run) {
    const plan = parsePlan('', path, { constitution: run.constitution });
    plan.unreadable = reason;
    return evaluate(plan, run.config);
}


/***/ })

};
