import { MEMBER_STATE_NAMES, OBSERVER_STATE_NAMES } from '../data/memberStates';
import { TREATIES, untsCitation, type Treaty } from '../data/treaties';
import type { TextEdit } from '../findings';
import { definitionBefore, footnoteIndex, ibidOf, treatySeriesLead, usualIbidForm } from '../footnotes/footnoteIndex';
import { MAX_IBID_CHAIN } from '../footnotes/renameFootnote';
import { footnoteMark, insertFootnote } from '../footnotes/renumberFootnotes';
import type { FootnoteDefinition, FootnoteForm, Paragraph, ResolutionDocument, Span, Subparagraph } from '../model';
import { isSuperscript } from '../parse/inline';
import { labelsWithClosingParenthesis, parseResolution } from '../parse/parseResolution';
import { isFootnoteDefinitionLine, lineEnd } from '../parse/units';
import { toRoman } from '../symbols/sessions';
import type { CompletionItem } from './completionItem';
import { offeredPhrases, phraseUses, repeatedForm, type PhraseUse } from './openers';
import { OPENING_LINES } from '../language/detectLanguage';
import type { Language } from '../language/languages';
import { repetitionWords } from '../phrasing/repetitionWords';
import { documentSession } from './sessions';
import { sessionOrdinalIn, sessionWordIn } from '../language/sessionOrdinals';

/** Where the cursor stands, read from the text before it on its line and the parsed document. */
interface Cursor {
  readonly doc: ResolutionDocument;
  readonly offset: number;
  readonly lineStart: number;
  /** The text of the line before the cursor. */
  readonly before: string;
  /** The text of the line after the cursor. */
  readonly after: string;
  /** A committee's own opening phrases (`extraPhrases` of UNR002 and UNR005), offered after the standard ones. */
  readonly extraPhrases: ExtraPhrases;
}

/** The extra opening phrases of a configuration, by part. */
export interface ExtraPhrases {
  readonly operative: readonly string[];
  readonly preambular: readonly string[];
}

/**
 * The completions at `offset` in a resolution: what a drafter writes there next. Each context
 * adds its items: a paragraph's number and opening phrase at the start of a paragraph, a session
 * in words after "at its", a footnote number where a footnote mark or definition starts, a
 * Member State in a sponsor line, a treaty's official title where one is being typed.
 */
export function completionsAt(doc: ResolutionDocument, offset: number, extraPhrases: ExtraPhrases = { operative: [], preambular: [] }): CompletionItem[] {
  if (offset < 0 || offset > doc.text.length) return [];
  const text = doc.text;
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  const cursor: Cursor = { doc, offset, lineStart, before: text.slice(lineStart, offset), after: text.slice(offset, lineEnd(text, offset)), extraPhrases };
  if (doc.comments.some((c) => c.start < offset && offset < c.end)) return [];
  const items = [
    ...openingLines(cursor),
    ...footnoteDefinitionNumbers(cursor),
    ...footnoteMarks(cursor),
    ...subparagraphLabels(cursor),
    ...paragraphOpeners(cursor),
    ...sessions(cursor),
    ...sponsors(cursor),
    ...treatyTitles(cursor),
  ];
  // One item is selected first: the first context's choice.
  const first = items.findIndex((i) => i.preselect);
  return items.map((item, i) => (item.preselect && i !== first ? { ...item, preselect: undefined } : item));
}

// ---------------------------------------------------------------------------------------------
// Opening line
// ---------------------------------------------------------------------------------------------

/**
 * On a line of its own before any paragraph of a draft without an opening line: the opening lines
 * of the organs in the draft's language ("The General Assembly,", "L'Assemblée générale,", "La
 * Asamblea General,"), the organ its heading names first. None in a language whose opening lines
 * unres does not know, and none once what is typed is not the start of one.
 */
function openingLines(c: Cursor): CompletionItem[] {
  const { doc } = c;
  if (doc.opening || doc.amendment || doc.decision || c.after.trim() !== '') return [];
  const m = /^[ \t]*(\p{L}[\p{L}’' ]*)?$/u.exec(c.before);
  if (!m) return [];
  const first = doc.preamble[0] ?? doc.operative[0];
  if (first && first.span.start < c.offset) return [];
  const language = doc.language.code;
  // The organ the adoption line names comes first, then the masthead's (its council's under the Assembly).
  const named = doc.header.adoption?.body.text;
  const rank = (body: string): number => (body === named ? 2 : body === doc.header.organ ? 1 : 0);
  const typed = (m[1] ?? '').replace(/’/g, "'").toLowerCase();
  const lines = OPENING_LINES.filter((entry) => entry.language === language && entry.line.replace(/’/g, "'").toLowerCase().startsWith(typed)).sort((a, b) => rank(b.body) - rank(a.body));
  const replace: Span = { start: c.offset - (m[1]?.length ?? 0), end: c.offset };
  return lines.map((entry, i) => ({
    kind: 'openingLine' as const,
    label: `${entry.line},`,
    detail: `Opening line of a resolution of the ${entry.body}`,
    newText: `${entry.line},`,
    replace,
    preselect: i === 0 ? true : undefined,
  }));
}

// ---------------------------------------------------------------------------------------------
// Paragraph openers
// ---------------------------------------------------------------------------------------------

/** The start of a paragraph as typed so far: an optional number, then the opening phrase begun. */
const OPENER_START = /^([ \t]*)(\d+(?: bis| ter)?\.[ \t]+)?(\*?[\p{L}’' -]*)$/u;
/** A line that ends a paragraph, an opening line or a footnote definition: its last mark before any footnote marks. */
const ENDS_ELEMENT = /[,;.:]\**(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\^[^\]]+\])?\**[ \t]*$/;

function previousNonBlankLine(text: string, lineStart: number): string | undefined {
  let end = lineStart - 1;
  while (end >= 0) {
    if (text[end] === '\n' && text[end - 1] === '\r') end--;
    let start = end;
    while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
    const line = text.slice(start, end);
    if (line.trim() !== '') return line;
    end = start - 1;
  }
  return undefined;
}

function paragraphOpeners(c: Cursor): CompletionItem[] {
  const { doc } = c;
  const m = OPENER_START.exec(c.before);
  if (!m || !/^[ \t*]*$/.test(c.after)) return [];
  if (!doc.opening || c.offset <= doc.opening.span.end) return [];
  if (doc.closing && c.offset >= doc.closing.span.start) return [];
  // A paragraph starts after a blank line or after a line that ends one (a hard-wrapped
  // paragraph goes on after a line that does not).
  const previousLine = previousNonBlankLine(doc.text, c.lineStart);
  const lineJustBefore = doc.text.slice(0, c.lineStart).replace(/\r?\n$/, '').split(/\r?\n|\r/).pop() ?? '';
  if (previousLine !== undefined && lineJustBefore.trim() !== '' && !ENDS_ELEMENT.test(previousLine)) return [];
  // A line that opens with a footnote mark is a definition, not a paragraph.
  if (/^[⁰¹²³⁴⁵⁶⁷⁸⁹^]/.test(c.before.trimStart())) return [];

  const indent = m[1];
  const typedNumber = m[2];
  const replaceStart = c.lineStart + indent.length + (typedNumber?.length ?? 0);
  const trailingItalic = /^\**/.exec(c.after)![0].length;
  const replace: Span = { start: typedNumber ? replaceStart : c.lineStart + indent.length, end: c.offset + trailingItalic };

  const paragraphs = [...doc.preamble, ...doc.operative].filter((p) => p.span.start < c.lineStart).sort((a, b) => a.span.start - b.span.start);
  const previous = paragraphs[paragraphs.length - 1];
  const operativeAfter = doc.operative.some((p) => p.span.start >= c.offset);
  const items: CompletionItem[] = [];
  if (previous?.kind === 'operative') {
    items.push(...operativeItems(c, replace, typedNumber, nextNumber(previous)));
  } else {
    if (!typedNumber) items.push(...preambularItems(c, replace));
    if (!operativeAfter && (doc.operative.length === 0 || doc.operative.every((p) => p.span.start < c.lineStart))) {
      items.push(...operativeItems(c, replace, typedNumber, 1));
    }
  }
  return items;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The label of the sub-paragraph after `sub` in its sequence: (b) after (a), (iv) after (iii), b) after a) in French and Spanish; undefined after (z). */
function nextLabel(sub: Pick<Subparagraph, 'level' | 'ordinal'>, language: Language): string | undefined {
  const bare = sub.level === 2 ? toRoman(sub.ordinal + 1).toLowerCase() : sub.ordinal < LETTERS.length ? LETTERS[sub.ordinal] : undefined;
  return bare && labelOf(bare, language);
}

/** A label as the language writes it: "(a)" in English, "a)" in French and Spanish (conventions SP-04). */
function labelOf(bare: string, language: Language): string {
  return labelsWithClosingParenthesis(language) ? `${bare})` : `(${bare})`;
}

/**
 * On a new line after a paragraph's sub-paragraphs: the next sub-paragraph's label, "(c) " after
 * (b), "(iii) " after (ii) and then the next letter, "(i) " under a sub-paragraph that ends with a
 * colon. The next operative paragraph's number follows among the paragraph openers.
 */
function subparagraphLabels(c: Cursor): CompletionItem[] {
  const { doc } = c;
  const m = /^([ \t]*)(\(?[a-z]{0,5}\)?)$/.exec(c.before);
  if (!m || c.after.trim() !== '' || !doc.opening || c.offset <= doc.opening.span.end) return [];
  const previous = [...doc.preamble, ...doc.operative].filter((p) => p.span.start < c.lineStart).sort((a, b) => a.span.start - b.span.start).pop();
  const lastTop = previous?.subparagraphs[previous.subparagraphs.length - 1];
  if (!previous || !lastTop || lastTop.span.end > c.lineStart) return [];
  const lastChild = lastTop.children[lastTop.children.length - 1];
  const labels: string[] = [];
  const language = doc.language.code;
  if (lastChild) labels.push(nextLabel(lastChild, language) ?? '');
  else if (lastTop.punctuation?.char === ':') labels.push(labelOf('i', language));
  labels.push(nextLabel(lastTop, language) ?? '');
  const replace: Span = { start: c.lineStart + m[1].length, end: c.offset };
  return labels
    .filter((label) => label !== '')
    .map((label, i) => ({
      kind: 'subparagraphLabel' as const,
      label,
      detail: `Sub-paragraph ${label} of ${previous.number ? `paragraph ${previous.number.text}` : 'the paragraph above'}`,
      newText: `${label} `,
      replace,
      preselect: i === 0 ? true : undefined,
    }));
}

function nextNumber(previous: Paragraph): number | undefined {
  return previous.number ? previous.number.value + 1 : undefined;
}

/** Whether a phrase offered is the one a paragraph used: "Takes note" and "Takes note of" are one. */
function useOf(uses: ReadonlyMap<string, PhraseUse>, phrase: string): PhraseUse | undefined {
  for (const [base, use] of uses) {
    if (base === phrase || (base.startsWith(`${phrase} `) && /^(?:of|to|with|by)$/.test(base.slice(phrase.length + 1)))) return use;
  }
  return undefined;
}

function usedIn(use: PhraseUse): string {
  return use.first.number ? `paragraph ${use.first.number.text}` : `the ${use.first.kind} paragraph ${use.first.index + 1}`;
}

function operativeItems(c: Cursor, replace: Span, typedNumber: string | undefined, number: number | undefined): CompletionItem[] {
  const earlier = c.doc.operative.filter((p) => p.span.start < c.lineStart);
  const language = c.doc.language.code;
  const uses = phraseUses('operative', earlier, language);
  const prefix = typedNumber || number === undefined ? '' : `${number}. `;
  const items: CompletionItem[] = [];
  if (!typedNumber && number !== undefined) {
    items.push({ kind: 'paragraphNumber', label: `${number}.`, detail: `Operative paragraph ${number}`, newText: prefix, replace });
  }
  const repeated: Array<{ item: CompletionItem; lastUse: number }> = [];
  const plain: CompletionItem[] = [];
  for (const phrase of offeredPhrases('operative', language)) {
    const use = useOf(uses, phrase);
    if (use) {
      // DGACM order: "Also" for the first repetition, "Further" after it (conventions OP-05);
      // official texts also repeat "Also" ("Also decides" three times in A/RES/79/122).
      const modifiers: Array<'also' | 'further'> = use.also ? ['further', 'also'] : ['also', 'further'];
      for (const modifier of modifiers) {
        const form = repeatedForm('operative', phrase, modifier, language);
        if (!form) continue;
        const item: CompletionItem = {
          kind: 'operativePhrase',
          label: form,
          detail: `${phrase} was used in ${usedIn(use)}: ${repetitionNote(modifier, language)}`,
          newText: `${prefix}*${form}* `,
          replace,
        };
        repeated.push({ item, lastUse: use.last.span.start });
      }
    }
    plain.push({
      kind: 'operativePhrase',
      label: phrase,
      detail: use ? `Operative phrase, used in ${usedIn(use)}` : 'Operative phrase',
      newText: `${prefix}*${phrase}* `,
      replace,
    });
  }
  for (const phrase of c.extraPhrases.operative) {
    if (!plain.some((item) => item.label.toLowerCase() === phrase.toLowerCase())) {
      plain.push({ kind: 'operativePhrase', label: phrase, detail: 'Operative phrase of the committee (unres.vocabulary)', newText: `${prefix}*${phrase}* `, replace });
    }
  }
  // The verb of the nearest paragraph above first: the one a drafter most likely goes on with.
  const ordered = repeated.sort((a, b) => b.lastUse - a.lastUse).map((r, i) => (i === 0 ? { ...r.item, preselect: true } : r.item));
  return [...items, ...ordered, ...plain];
}

/** What a repetition word marks, in the draft's words: '"Also" marks its first repetition', '"en outre" marks a later one'. */
function repetitionNote(modifier: 'also' | 'further', language: Language): string {
  const word = language === 'en' ? (modifier === 'also' ? 'Also' : 'Further') : (repetitionWords(language)?.[modifier] ?? modifier);
  return modifier === 'also' ? `"${word}" marks its first repetition` : `"${word}" marks a later one`;
}

function preambularItems(c: Cursor, replace: Span): CompletionItem[] {
  const earlier = c.doc.preamble.filter((p) => p.span.start < c.lineStart);
  const language = c.doc.language.code;
  const uses = phraseUses('preambular', earlier, language);
  const repeated: CompletionItem[] = [];
  const plain: CompletionItem[] = [];
  for (const phrase of offeredPhrases('preambular', language)) {
    const use = useOf(uses, phrase);
    if (use) {
      for (const modifier of use.also ? (['further', 'also'] as const) : (['also', 'further'] as const)) {
        const form = repeatedForm('preambular', phrase, modifier, language);
        if (!form) continue;
        repeated.push({ kind: 'preambularPhrase', label: form, detail: `${phrase} was used in ${usedIn(use)}`, newText: `*${form}* `, replace });
      }
    }
    plain.push({ kind: 'preambularPhrase', label: phrase, detail: use ? `Preambular phrase, used in ${usedIn(use)}` : 'Preambular phrase', newText: `*${phrase}* `, replace });
  }
  for (const phrase of c.extraPhrases.preambular) {
    if (!plain.some((item) => item.label.toLowerCase() === phrase.toLowerCase())) {
      plain.push({ kind: 'preambularPhrase', label: phrase, detail: 'Preambular phrase of the committee (unres.vocabulary)', newText: `*${phrase}* `, replace });
    }
  }
  return [...repeated, ...plain];
}

// ---------------------------------------------------------------------------------------------
// Sessions
// ---------------------------------------------------------------------------------------------

/**
 * "at its eigh", "à sa quatre", "en su octogésimo p": a session being written, with the part of its
 * name typed so far, in the draft's language; `follows` tells whether the word "session" is
 * already written after the cursor.
 */
const SESSION_CONTEXTS: Partial<Record<Language, { ordinal: RegExp; year?: RegExp; follows: RegExp }>> = {
  en: { ordinal: /\b(?:at|of|to|for|until|before|by) its ([\p{L}-]*)$/u, year: /\b(?:at|of|to|for|until|before|by) its (\d{0,4})$/, follows: /^\s*session\b/ },
  fr: { ordinal: /(?:^|[\s(])(?:à|de|pour|avant|jusqu['’]à) sa ([\p{L}-]*(?: et [\p{L}]*)?)$/u, follows: /^\s*session\b/ },
  es: { ordinal: /(?:^|[\s(])(?:en|de|para|hasta|antes de) su ([\p{L}]*(?: [\p{L}]*)?)$/u, follows: /^\s*período\s+de\s+sesiones\b/ },
};

function sessions(c: Cursor): CompletionItem[] {
  const session = documentSession(c.doc);
  if (!session) return [];
  const language = c.doc.language.code;
  const context = SESSION_CONTEXTS[language];
  const word = sessionWordIn(language);
  const pattern = session.naming === 'year' ? context?.year : context?.ordinal;
  const m = pattern?.exec(c.before);
  if (!context || !word || !m) return [];
  const replace: Span = { start: c.offset - m[1].length, end: c.offset };
  const sessionFollows = context.follows.test(c.after);
  const name = (n: number): string | undefined => (session.naming === 'year' ? String(n) : sessionOrdinalIn(language, n));
  const current = name(session.number);
  const offsets = [1, 2, 3, 0];
  const items: CompletionItem[] = [];
  for (const offset of offsets) {
    const value = name(session.number + offset);
    if (!value) continue;
    const detail =
      offset === 0
        ? `The present session (${current})`
        : offset === 1
          ? `The session after the present one (${current}): where a report requested now is considered`
          : `${offset} sessions after the present one (${current})`;
    items.push({
      kind: 'session',
      label: `${value} ${word}`,
      detail,
      newText: sessionFollows ? value : `${value} ${word}`,
      replace,
      preselect: offset === 1 ? true : undefined,
    });
  }
  return items;
}

// ---------------------------------------------------------------------------------------------
// Footnotes
// ---------------------------------------------------------------------------------------------

function footnoteForm(doc: ResolutionDocument): FootnoteForm {
  return doc.footnoteReferences.some((r) => r.form === 'superscript') || !doc.footnoteReferences.some((r) => r.form === 'markdown') ? 'superscript' : 'markdown';
}

/** At the start of a line in a footnote block: the numbers referenced in the text and not yet defined. */
function footnoteDefinitionNumbers(c: Cursor): CompletionItem[] {
  const { doc } = c;
  const m = /^([ \t]*)(\^|\[\^\d*|[⁰¹²³⁴⁵⁶⁷⁸⁹]*)$/.exec(c.before);
  if (!m || c.after.trim() !== '' || !doc.opening || c.offset <= doc.opening.span.end) return [];
  const previousLine = previousNonBlankLine(doc.text, c.lineStart);
  if (m[2] === '' && !(previousLine !== undefined && isFootnoteDefinitionLine(previousLine.trimStart()))) return [];
  const index = footnoteIndex(doc);
  const defined = new Set(index.numberedDefinitions.map((d) => d.number));
  const referenced = [...new Set(doc.footnoteReferences.filter((r) => r.number !== undefined && r.span.start < c.lineStart).map((r) => r.number!))];
  const undefinedNumbers = referenced.filter((n) => !defined.has(n)).sort((a, b) => a - b);
  if (undefinedNumbers.length === 0) return [];
  const previousDefinition = [...doc.footnoteDefinitions].reverse().find((d) => d.span.end <= c.lineStart && d.number !== undefined);
  const after = previousDefinition?.number ?? 0;
  const ordered = [...undefinedNumbers.filter((n) => n > after), ...undefinedNumbers.filter((n) => n <= after)];
  const form = footnoteForm(doc);
  const replace: Span = { start: c.lineStart + m[1].length, end: c.offset };
  return ordered.map((n, i) => ({
    kind: 'footnoteNumber' as const,
    label: `${footnoteMark(form, n, true)} footnote ${n}`,
    detail: `Definition of footnote ${n}, referenced in the text and not yet defined`,
    newText: `${footnoteMark(form, n, true)} `,
    replace,
    preselect: i === 0 ? true : undefined,
  }));
}

/** In running text, after "^", "[^" or superscript digits: the mark of the next footnote there. */
function footnoteMarks(c: Cursor): CompletionItem[] {
  const { doc } = c;
  const m = /(?:\[\^\d*|\^|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(c.before);
  if (!m || c.before.slice(0, m.index).trim() === '') return [];
  const inParagraph = [...doc.preamble, ...doc.operative].some((p) => p.span.start < c.offset && c.offset <= p.span.end + 1);
  if (!inParagraph) return [];
  const start = c.offset - m[0].length;
  const end = m[0].startsWith('[^') && c.after.startsWith(']') ? c.offset + 1 : c.offset;
  if (isSuperscript(doc.text[end] ?? '')) return [];
  const removed = doc.text.slice(0, start) + doc.text.slice(end);
  const insertion = insertFootnote(parseResolution(removed), start);
  if (!insertion) return [];
  const shift = end - start;
  const mark = insertion.edits.find((e) => e.span.start === start && e.span.end === start && isMark(e.newText, insertion.number));
  if (!mark) return [];
  const additionalEdits = insertion.edits.filter((e) => e !== mark).map((e) => shiftEdit(e, start, shift));
  const renumbered = insertion.edits.length - 2;
  return [
    {
      kind: 'footnoteNumber',
      label: `${mark.newText} footnote ${insertion.number}`,
      detail: `Footnote ${insertion.number}: the mark, an empty definition in its place${renumbered > 0 ? ', and the footnotes after it renumbered' : ''}`,
      newText: mark.newText,
      replace: { start, end },
      additionalEdits,
      preselect: true,
    },
  ];
}

function isMark(text: string, number: number): boolean {
  return text === footnoteMark('superscript', number) || text === footnoteMark('markdown', number);
}

/** An edit computed on the text without `[start, start + shift)`, placed in the text with it. */
function shiftEdit(edit: TextEdit, start: number, shift: number): TextEdit {
  const move = (o: number): number => (o >= start ? o + shift : o);
  return { span: { start: move(edit.span.start), end: move(edit.span.end) }, newText: edit.newText };
}

// ---------------------------------------------------------------------------------------------
// Sponsors
// ---------------------------------------------------------------------------------------------

const MAX_SPONSOR_LINE = 12000;
const SPONSOR_LINE_END = /:(?:\\?\*)?[ \t]*(?:revised )?draft (?:resolution|decision)[ \t]*$/i;

const fold = (s: string): string => s.toLowerCase().replace(/'/g, '’');

function sponsors(c: Cursor): CompletionItem[] {
  const { doc } = c;
  // The cursor stands in the list of a sponsor line, before its ": draft resolution". A longer
  // line is no sponsor line (fewer than 200 States).
  if (c.before.length + c.after.length > MAX_SPONSOR_LINE) return [];
  if ((doc.opening && c.offset > doc.opening.span.start) || !SPONSOR_LINE_END.test(c.after)) return [];
  const names = [...MEMBER_STATE_NAMES, ...OBSERVER_STATE_NAMES];
  // The name being typed starts after the last separator that leaves a prefix of some name.
  const starts = [0];
  for (const sep of c.before.matchAll(/, | and /g)) starts.push(sep.index + sep[0].length);
  let typedStart = starts[starts.length - 1];
  for (const s of starts) {
    const typed = fold(c.before.slice(s));
    if (typed !== '' && names.some((n) => fold(n).startsWith(typed))) {
      typedStart = s;
      break;
    }
  }
  const lineText = c.before + c.after;
  const listed = new Set(
    lineText
      .slice(0, lineText.search(SPONSOR_LINE_END))
      .split(/, /)
      .flatMap((part) => (names.includes(part.trim()) ? [part.trim()] : splitOnAnd(part, names)))
      .map(fold),
  );
  const typed = c.before.slice(typedStart);
  listed.delete(fold(typed));
  const replace: Span = { start: c.lineStart + typedStart, end: c.offset };
  return names
    .filter((n) => !listed.has(fold(n)))
    .map((n) => ({
      kind: 'memberState' as const,
      label: n,
      detail: OBSERVER_STATE_NAMES.includes(n) ? 'Non-member observer State' : 'Member State (United Nations short name)',
      newText: n,
      replace,
    }));
}

/** "Ghana and Norway" gives both names; "Trinidad and Tobago" stays one. */
function splitOnAnd(part: string, names: readonly string[]): string[] {
  const trimmed = part.trim();
  for (let i = trimmed.indexOf(' and '); i >= 0; i = trimmed.indexOf(' and ', i + 1)) {
    const left = trimmed.slice(0, i);
    const right = trimmed.slice(i + 5);
    if (names.includes(left) || names.includes(right)) return [left, right];
  }
  return [trimmed];
}

// ---------------------------------------------------------------------------------------------
// Treaty titles
// ---------------------------------------------------------------------------------------------

/** The fewest characters of a title typed before titles are offered: "Convention on" is a start, "Co" is not. */
const MIN_TITLE_PREFIX = 8;

const foldTitle = (s: string): string => s.replace(/\s+/g, ' ').replace(/’/g, "'").toLowerCase();

let foldedTitles: Array<{ treaty: Treaty; title: string }> | undefined;
let longestTitle: number | undefined;

function treatyTitles(c: Cursor): CompletionItem[] {
  const { doc } = c;
  if (!doc.opening || c.offset <= doc.opening.span.end || (doc.closing && c.offset >= doc.closing.span.start)) return [];
  if (/^[\p{L}\p{Nd}]/u.test(c.after)) return [];
  // Candidate starts: each capitalized word of the line before the cursor, the earliest first,
  // no further back than the longest title reaches.
  longestTitle ??= Math.max(...TREATIES.map((t) => t.title.length));
  const windowStart = Math.max(0, c.before.length - longestTitle);
  const before = c.before.slice(windowStart);
  for (const w of before.matchAll(/(?<![\p{L}\p{Nd}’'-])[\p{Lu}]/gu)) {
    if (w.index === 0 && windowStart > 0 && /[\p{L}\p{Nd}’'-]/u.test(c.before[windowStart - 1])) continue;
    const typed = before.slice(w.index);
    if (typed.length < MIN_TITLE_PREFIX || !typed.includes(' ')) continue;
    const folded = foldTitle(typed);
    foldedTitles ??= TREATIES.map((treaty) => ({ treaty, title: foldTitle(treaty.title) }));
    const matches = foldedTitles.filter((t) => t.title.startsWith(folded) && t.title !== folded).map((t) => t.treaty);
    if (matches.length === 0) continue;
    const replace: Span = { start: c.lineStart + windowStart + w.index, end: c.offset };
    const plan = footnotePlan(doc, replace);
    return matches.flatMap((treaty, rank) => {
      const plain: CompletionItem = { kind: 'treatyTitle', label: treaty.title, detail: 'Official title', newText: treaty.title, replace };
      const withFootnote = plan && footnotedTitle(doc, plan, treaty, replace);
      const items = withFootnote ? [withFootnote, plain] : [plain];
      return rank === 0 ? [{ ...items[0], preselect: true }, ...items.slice(1)] : items;
    });
  }
  return [];
}

/** Whether a *Treaty Series* footnote of the document already cites this treaty. */
function alreadyCited(doc: ResolutionDocument, treaty: Treaty): boolean {
  const unts = treaty.unts;
  if (!unts?.registrationNumber) return false;
  return doc.citations.some((citation) => citation.kind === 'treatySeries' && citation.registrationNumber === unts.registrationNumber && citation.volumes.some((v) => unts.volumes.includes(v)));
}

/** Stands for the citation in a footnote planned before the treaty is chosen. */
const CITATION_SLOT = '\u0000citation';

/** Where a footnote after the typed title goes, the same for every treaty offered there. */
interface FootnotePlan {
  readonly number: number;
  readonly mark: string;
  /** The other edits, in the text as it is; the definition's holds `CITATION_SLOT`. */
  readonly edits: readonly TextEdit[];
  /** "Ibid." replaces "United Nations, *Treaty Series*": the footnote printed before it cites the same series (conventions FN-04). */
  readonly ibid?: string;
}

function footnotePlan(doc: ResolutionDocument, replace: Span): FootnotePlan | undefined {
  if (isSuperscript(doc.text[replace.end] ?? '')) return undefined;
  // The typed words hold no footnote mark: the footnote goes where it would go at their start,
  // and its mark moves to the end of the title.
  const insertion = insertFootnote(doc, replace.start, CITATION_SLOT);
  if (!insertion) return undefined;
  const mark = insertion.edits.find((e) => e.span.start === replace.start && e.span.end === replace.start && isMark(e.newText, insertion.number));
  const definition = insertion.edits.find((e) => e.newText.includes(CITATION_SLOT));
  if (!mark || !definition) return undefined;
  const edits = insertion.edits.filter((e) => e !== mark);
  if (edits.some((e) => e.span.start < replace.end && e.span.end > replace.start)) return undefined;
  const index = footnoteIndex(doc);
  const printedBefore = [...index.numberedDefinitions].reverse().find((d) => d.span.end <= definition.span.start);
  return { number: insertion.number, mark: mark.newText, edits, ibid: printedBefore && ibidAfterSeries(doc, printedBefore) };
}

/** "*Ibid.*" (in the document's usual form) when a footnote printed after `previous` would repeat its United Nations *Treaty Series*. */
function ibidAfterSeries(doc: ResolutionDocument, previous: FootnoteDefinition): string | undefined {
  const index = footnoteIndex(doc);
  let source: FootnoteDefinition | undefined = previous;
  for (let depth = 0; source && ibidOf(doc, source) && depth < MAX_IBID_CHAIN; depth++) source = definitionBefore(index, source);
  const lead = source && treatySeriesLead(doc, source);
  if (!lead || !/^United Nations\b/.test(doc.text.slice(lead.start, lead.end))) return undefined;
  return usualIbidForm(doc) === 'italic' ? '*Ibid.*' : 'Ibid.';
}

/**
 * The title with the footnote that gives its *Treaty Series* citation (conventions §8.1): the
 * mark after the title, the definition where "Insert footnote" puts it, the footnotes after it
 * renumbered. A treaty a footnote already cites is not cited again.
 */
function footnotedTitle(doc: ResolutionDocument, plan: FootnotePlan, treaty: Treaty, replace: Span): CompletionItem | undefined {
  const full = untsCitation(treaty);
  if (!full || alreadyCited(doc, treaty)) return undefined;
  const citation = plan.ibid ? full.replace(/^United Nations, \*Treaty Series\*/, plan.ibid) : full;
  return {
    kind: 'treatyTitle',
    label: treaty.title,
    description: 'with Treaty Series footnote',
    detail: `Official title, and footnote ${plan.number}: ${citation.replace(/\*/g, '')}.`,
    newText: treaty.title + plan.mark,
    replace,
    additionalEdits: plan.edits.map((e) => ({ span: e.span, newText: e.newText.replace(CITATION_SLOT, `${citation}.`) })),
  };
}
