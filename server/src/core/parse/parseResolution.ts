import type {
  Citation,
  Closing,
  Division,
  DivisionKind,
  FootnoteDefinition,
  FootnoteReference,
  Heading,
  IssuingBody,
  OpeningLine,
  Paragraph,
  ParagraphNumber,
  ParseProblem,
  Punctuation,
  ResolutionDocument,
  Span,
  Subparagraph,
  TextField,
} from '../model';
import { scanCitations } from './citations';
import { planForm, readForm } from './forms';
import { blankedOut, htmlComments } from './comments';
import { parseHeader } from './header';
import { mastheadReader } from './mastheadWords';
import { field, isSuperscript, meaningfulEnd, scanItalics, stripMarkup } from './inline';
import { matchPhrase, readOpener, type Opening } from './opener';
import { leadingWords, matchOperativePhrase, matchPreambularPhrase } from './phrases';
import { detectLanguage, openingLineOf } from '../language/detectLanguage';
import { languageKnows } from '../language/languageSupport';
import { latinMark, type Language } from '../language/languages';
import { firstNonBlank, lineEnd, splitUnits, superscriptDigit, superscriptDigitOf, type Unit } from './units';
import { splitRunTogetherParagraphs } from './runTogetherParagraphs';

/** "[Adopted by a recorded vote of 31 to 11, …" or "[Adopted without a vote.]": the Human Rights Council's record of the vote. */
const VOTE_RECORD_START = /^\*?\[\*?Adopted (?:by a recorded vote|without a vote)\b/;
/** A line drawn with underscores, hyphens, dashes, equals signs or asterisks, as above footnotes. */
const RULE_LINE = /^[ \t]*[-_\u2013\u2014=*]{3,}[ \t]*$/;
const NUMBER_PREFIX = /^(\d+)(?:[ \t]+(bis|ter|quater|quinquies|sexies))?(?:\.|\*\.\*)(?=[ \t]|$)[ \t]*/;
const SUBPARAGRAPH_PREFIX = /^((?:[-+][ \t]+)?)(\(([a-z]{1,2}|[ivxl]+)\))(?=[ \t]|$)[ \t]*/;
/**
 * "1 - ", "١ -", "١.": operative numbers as an Arabic draft may write them, with a dash or in
 * Arabic-Indic digits. No official Arabic text is at hand to say which form it prints: both are
 * read, and "1." as everywhere.
 */
const ARABIC_NUMBER_PREFIX = /^([0-9\u0660-\u0669]+)(?:[ \t]+(bis|ter|quater|quinquies|sexies))?(?:\.(?=[ \t]|$)|[ \t]*[-–](?=[ \t]|$))[ \t]*/;

/** The number a paragraph opens with, in the forms of the draft's language. */
function numberPrefix(raw: string, language: Language): RegExpExecArray | null {
  return NUMBER_PREFIX.exec(raw) ?? (language === 'ar' ? ARABIC_NUMBER_PREFIX.exec(raw) : null);
}

/** The value of a number written in Western or Arabic-Indic digits ("١٢" is 12). */
export function numberValue(digits: string): number {
  return Number(digits.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)));
}

/** "a)", "i)": sub-paragraph labels as French and Spanish texts write them (conventions SP-04). */
const CLOSING_LABEL_PREFIX = /^((?:[-+][ \t]+)?)(([a-z]{1,2}|[ivxl]+)\))(?=[ \t]|$)[ \t]*/;

/** Whether a language labels sub-paragraphs "a)", "i)" (conventions SP-04, ML-05). */
export function labelsWithClosingParenthesis(language: Language): boolean {
  return language === 'fr' || language === 'es';
}
const CLOSING_MEETING = /^\*?\s*\d{1,4}(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?(?:plenary\s+)?meeting\b/;
const DATE_ONLY = /^\*?\s*\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\s*\*?$/;
/** "Annex", "Annex II", "Annex I Global Digital Compact", "**Annex**". */
const ANNEX_LINE = /^\*{0,2}Annex(?:es)?\*{0,2}(?:[ \t]+([IVXL]+|\d{1,2})(?=[ \t]|$))?(?:[ \t]+([^]*))?$/;
/** "I", "XIII Contingency fund", "II. Credentials of representatives": a section's numeral and heading. */
const SECTION_LINE = /^\*{0,2}([IVXL]{1,6})\.?\*{0,2}\.?(?:[ \t]+([^]*))?$/;
/** "A", "B. Evolution of the margin": a part's letter and heading. */
const PART_LINE = /^\*{0,2}([A-Z])\.?\*{0,2}\.?(?:[ \t]+([^]*))?$/;
const CLOSING_MARKS = ',;.:';
/** A heading among the resolution's own paragraphs: a budget resolution's run to 20 words and more. */
const HEADING_MAX_WORDS = 40;
/** A division's label and heading stand on one line, or a few when a long heading wraps. */
const DIVISION_HEADING_MAX_LINES = 3;
/** Longer than any opening line, with its italics and spacing. */
const MAX_OPENING_LINE_LENGTH = 1000;

interface SubparagraphDraft {
  label: TextField;
  level: 1 | 2;
  ordinal: number;
  pieces: Span[];
  contentStart: number;
  children: SubparagraphDraft[];
  /** Whether lines it introduces with a colon follow it ("Panel 1: …;"): they are part of it. */
  listing?: boolean;
}

interface ParagraphDraft {
  kind: 'preambular' | 'operative';
  number?: ParagraphNumber;
  /** The paragraph's own text, in pieces. */
  contentPieces: Span[];
  subparagraphs: SubparagraphDraft[];
  /** The leading words of the first piece and their phrase in the paragraph's vocabulary, when read to place the paragraph. */
  opening?: Opening;
  division?: number;
}

interface DivisionDraft {
  kind: DivisionKind;
  label?: TextField;
  ordinal?: number;
  heading?: TextField;
  headingSpan: Span;
  start: number;
  end: number;
  parent?: number;
  own: boolean;
  opening?: OpeningLine;
  introducedBy?: ParagraphDraft;
}

/** A division's label line as read: its kind, label, position and the heading after it, if any. */
interface DivisionLine {
  kind: 'section' | 'part' | 'annex';
  label?: TextField;
  ordinal?: number;
  heading?: TextField;
}

/** What a continuation block is appended to: the paragraph itself or its last sub-paragraph. */
type Target = { paragraph: ParagraphDraft; sub?: SubparagraphDraft };

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

function romanValue(label: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
  let total = 0;
  for (let i = 0; i < label.length; i++) {
    const v = values[label[i]] ?? 0;
    const next = values[label[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function letterValue(label: string): number {
  // (a) ... (z), then (aa), (bb) ... as long lists continue.
  if (label.length === 2 && label[0] === label[1]) return 26 + LETTERS.indexOf(label[0]) + 1;
  return label.length === 1 ? LETTERS.indexOf(label) + 1 : 0;
}

/** The vocabulary a paragraph's phrase came from, and the phrase. */
function firstLetterIsLower(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '*' || c === '[' || c === '“' || c === '"' || c === '‘' || c === "'" || c === ' ') continue;
    return c !== c.toUpperCase() && c === c.toLowerCase();
  }
  return false;
}

function punctuationOf(text: string, piece: Span): Punctuation | undefined {
  const end = meaningfulEnd(text, piece.start, piece.end);
  if (end <= piece.start) return undefined;
  // A full-width mark ("；" in Chinese) is read as the mark it stands for.
  const char = latinMark(text[end - 1]);
  return CLOSING_MARKS.includes(char) ? { char, span: { start: end - 1, end } } : undefined;
}

/** What a host knows of a document before it is read. */
export interface ParseOptions {
  /** The language the project or the editor sets (`.unres.json`, `unres.language`); a comment in the file wins over it. */
  readonly language?: Language;
}

/**
 * Parses the text of a resolution into its model: its language first (see `detectLanguage`), then
 * its masthead, opening line, paragraphs, footnotes and citations in that language. Never throws;
 * text it cannot place becomes a problem.
 */
export function parseResolution(source: string, options: ParseOptions = {}): ResolutionDocument {
  const problems: ParseProblem[] = [];
  const language = detectLanguage(source, options.language);
  const lang = language.code;
  const comments = htmlComments(source);
  const text = blankedOut(source, comments);
  const closingLabels = labelsWithClosingParenthesis(lang);
  // The closing lines ("75e séance plénière", a date) in the draft's language, where its words are known.
  const masthead = mastheadReader(lang);
  const closingMeeting = lang === 'en' ? CLOSING_MEETING : masthead?.closingMeeting;
  const dateOnly = lang === 'en' ? DATE_ONLY : masthead?.dateOnly;
  const units = splitRunTogetherParagraphs(text, splitUnits(text, source, { closingLabels, dashNumbers: lang === 'ar', skipPageFurniture: true }), lang, closingMeeting);
  const footnoteUnits: Unit[] = [];

  let openingIndex = -1;
  let opening: OpeningLine | undefined;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (unit.kind !== 'text' || unit.lines.length !== 1) continue;
    // An opening line is a few words: a long line (a whole paragraph, a text without line breaks) is not one.
    if (unit.span.end - unit.span.start > MAX_OPENING_LINE_LENGTH) continue;
    const { plain } = stripMarkup(text, unit.span);
    const line = openingLineOf(plain);
    if (line) {
      openingIndex = i;
      opening = readOpeningLine(text, unit.span, line.body);
      break;
    }
  }

  // "A" alone above "The General Assembly,": the resolution is in parts, and this is the first.
  let firstPartIndex = -1;
  for (let j = openingIndex - 1; j >= 0 && units[j].kind !== 'footnote'; j--) {
    const line = readDivisionLine(text, units[j]);
    if (line?.kind === 'part' && !line.heading) firstPartIndex = j;
    break;
  }

  // Without an opening line, an amendment's body starts at its first instruction, a decision's at
  // its sentence, any other's at the first block that looks like a paragraph.
  const form = openingIndex < 0 ? planForm(text, units) : undefined;
  let bodyStart = openingIndex + 1;
  if (form) bodyStart = form.bodyStart;
  else if (openingIndex < 0) {
    bodyStart = units.findIndex((u) => u.kind === 'footnote' || (u.kind === 'text' && looksLikeParagraphStart(text, u, lang)));
    if (bodyStart < 0) bodyStart = units.length;
  }

  const headerUnits: Unit[] = [];
  for (let i = 0; i < Math.min(bodyStart, units.length); i++) {
    const unit = units[i];
    if (i === openingIndex || i === firstPartIndex) continue;
    if (unit.kind === 'footnote') {
      footnoteUnits.push(unit);
    } else {
      headerUnits.push(unit);
    }
  }
  // Front matter: the comments before the first line of the header ("<!-- symbol: A/RES/78/228 -->").
  const headerStart = headerUnits[0]?.span.start ?? units[Math.min(bodyStart, units.length - 1)]?.span.start ?? text.length;
  const frontMatter = comments.filter((c) => c.end <= headerStart).map((c) => source.slice(c.start, c.end));
  const header = parseHeader(text, headerUnits, frontMatter.map((raw, i) => ({ raw, start: comments[i].start })), problems, lang);
  const issuingBody: IssuingBody = opening?.body ?? header.organ ?? 'General Assembly';

  const preamble: ParagraphDraft[] = [];
  const operative: ParagraphDraft[] = [];
  const annexedDrafts: ParagraphDraft[] = [];
  const headings: Heading[] = [];
  const divisions: DivisionDraft[] = [];
  /** The divisions open at this point of the text, outermost first. */
  const open: number[] = [];
  let closing: Closing | undefined;
  let annex: Span | undefined;
  let target: Target | undefined;
  let inOperativePart = false;
  /** Whether the bracketed vote record after the closing lines has closed its bracket. */
  let voteRecordClosed = false;
  /** Footnotes or a running head came since the last block of text: a page ended there. */
  let pageEndedSinceLastText = false;
  /** A division whose heading may still follow on the next line. */
  let awaitingHeading: DivisionDraft | undefined;
  /** Where the last block of text ended. */
  let previousTextEnd = 0;
  /** The number of the resolution's last numbered operative paragraph, and the ordinal of its last section and part. */
  let lastOwnNumber: number | undefined;
  const lastOwnOrdinal: { section?: number; part?: number } = {};

  const innermost = (): number | undefined => (open.length > 0 ? open[open.length - 1] : undefined);
  const inAnnexed = (): boolean => open.length > 0 && !divisions[open[open.length - 1]].own;
  const introducedAt = (): number => open.findIndex((d) => divisions[d].kind === 'introduced');

  const openDivision = (kind: DivisionKind, span: Span, line?: Omit<DivisionLine, 'kind'>, introducedBy?: ParagraphDraft): DivisionDraft => {
    if (kind === 'annex') open.length = 0;
    else if (kind === 'section' || kind === 'part') {
      // A new section closes the section before it (and what lies inside it), not the annex around it.
      for (let at = open.length - 1; at >= 0; at--) {
        const k = divisions[open[at]].kind;
        if (k === kind) {
          open.length = at;
          break;
        }
        if (k === 'annex' || k === 'introduced') break;
      }
    }
    const parent = innermost();
    const own = kind !== 'annex' && kind !== 'introduced' && (parent === undefined || divisions[parent].own);
    const draft: DivisionDraft = { kind, ...line, headingSpan: span, start: span.start, end: span.end, parent, own, introducedBy };
    divisions.push(draft);
    open.push(divisions.length - 1);
    if (own && (kind === 'section' || kind === 'part')) {
      lastOwnOrdinal[kind] = line?.ordinal;
      inOperativePart = false;
    }
    target = undefined;
    awaitingHeading = line?.heading ? undefined : draft;
    return draft;
  };
  const closeIntroduced = (): void => {
    const at = introducedAt();
    if (at >= 0) open.length = at;
  };

  const startParagraph = (kind: 'preambular' | 'operative', contentStart: number, unitEnd: number, number?: ParagraphNumber, opening?: ParagraphDraft['opening']): ParagraphDraft => {
    const annexedText = inAnnexed();
    const draft: ParagraphDraft = { kind: annexedText ? (number ? 'operative' : 'preambular') : kind, number, contentPieces: [{ start: contentStart, end: unitEnd }], subparagraphs: [], opening, division: innermost() };
    if (annexedText) annexedDrafts.push(draft);
    else (kind === 'operative' ? operative : preamble).push(draft);
    if (!annexedText && kind === 'operative' && number) lastOwnNumber = number.value;
    target = { paragraph: draft };
    return draft;
  };

  /** A numbered paragraph that takes up the resolution's own numbering with an operative verb ("11. *Decides*"). */
  const resumesOwnNumbering = (unit: Unit, numbered: RegExpExecArray | null): boolean => {
    if (!numbered || lastOwnNumber === undefined || numberValue(numbered[1]) !== lastOwnNumber + 1) return false;
    return matchOperativePhrase(leadingWords(text, unit.span.start + numbered[0].length, unit.span.end, lang), lang) !== undefined;
  };

  if (firstPartIndex >= 0) {
    const letter = units[firstPartIndex];
    openDivision('part', letter.span, readDivisionLine(text, letter)).opening = opening;
    awaitingHeading = undefined;
  }

  /** A section or part line that takes up the resolution's own sections or parts ("XIII" after "XII"). */
  const resumesOwnDivisions = (line: DivisionLine | undefined): boolean =>
    (line?.kind === 'section' || line?.kind === 'part') && lastOwnOrdinal[line.kind] !== undefined && line.ordinal === lastOwnOrdinal[line.kind]! + 1;

  for (let i = bodyStart; i < units.length; i++) {
    const unit = units[i];
    if (unit.kind === 'footnote') {
      footnoteUnits.push(unit);
      pageEndedSinceLastText = true;
      continue;
    }
    if (isRunningHead(text, unit, header.symbol?.text)) {
      pageEndedSinceLastText = true;
      continue;
    }
    const raw = text.slice(unit.span.start, unit.span.end);
    const afterPageBreak = pageEndedSinceLastText || unit.blankLinesBefore >= 2;
    pageEndedSinceLastText = false;
    const divisionLine = readDivisionLine(text, unit);
    const annexed = open.length > 0 && divisions[open[0]].kind === 'annex';
    // The divisions still open when a block comes reach to the block before it.
    for (const d of open) divisions[d].end = Math.max(divisions[d].end, previousTextEnd);
    previousTextEnd = unit.span.end;

    if (closing && !annexed) {
      if (divisionLine?.kind === 'annex') {
        annex ??= { start: unit.span.start, end: text.length };
        openDivision('annex', firstLineSpan(text, unit), divisionLine);
      } else if (!closing.date && dateOnly?.test(raw)) {
        closing = { ...closing, span: { start: closing.span.start, end: unit.span.end }, date: field(text, unit.span) };
      } else if (RULE_LINE.test(raw)) {
        // The line a draft draws above the footnotes of its last page ("______", "---").
      } else if ((closing.voteRecord && !voteRecordClosed) || (!closing.voteRecord && VOTE_RECORD_START.test(raw))) {
        closing = { ...closing, voteRecord: { start: closing.voteRecord?.start ?? unit.span.start, end: unit.span.end } };
        voteRecordClosed = /\]\**\s*$/.test(raw);
      } else {
        problems.push({ span: firstLineSpan(text, unit), code: 'text-after-closing', message: 'This text stands after the closing lines (meeting and date) of the resolution.' });
      }
      continue;
    }

    const numbered = numberPrefix(raw, lang);
    const openingLine = unit.lines.length === 1 && unit.span.end - unit.span.start <= MAX_OPENING_LINE_LENGTH ? openingLineOf(stripMarkup(text, unit.span).plain) : undefined;
    // An introduced text runs until the resolution takes up its own thread again.
    if (introducedAt() >= 0) {
      if (!closing && !annexed && (closingMeeting?.test(raw) || openingLine || resumesOwnDivisions(divisionLine) || resumesOwnNumbering(unit, numbered))) {
        closeIntroduced();
      }
    }

    if (!closing && !annexed && closingMeeting?.test(raw)) {
      const [first, second] = unit.lines;
      closing = {
        span: unit.span,
        meeting: field(text, { start: firstNonBlank(text, first), end: first.end }),
        date: second ? field(text, { start: firstNonBlank(text, second), end: second.end }) : undefined,
      };
      open.length = 0;
      target = undefined;
      continue;
    }

    if (divisionLine?.kind === 'annex') {
      annex ??= { start: unit.span.start, end: text.length };
      openDivision('annex', firstLineSpan(text, unit), divisionLine);
      continue;
    }
    const role = form?.roleOf(i);
    if (role === 'skip') {
      target = undefined;
      continue;
    }
    if (role) {
      // The first block of paragraphs an amendment quotes: paragraphs of the part its instruction names.
      inOperativePart = role === 'operative';
      target = undefined;
    }
    if (openingLine && !inAnnexed()) {
      // "The General Assembly," again, under a part's letter: the part is a sentence of its own.
      const at = innermost();
      if (at !== undefined && !divisions[at].opening) divisions[at].opening = readOpeningLine(text, unit.span, openingLine.body);
      inOperativePart = false;
      target = undefined;
      awaitingHeading = undefined;
      continue;
    }
    const lowerStart = firstLetterIsLower(text, unit.span.start, unit.span.end);
    const sub = SUBPARAGRAPH_PREFIX.exec(raw) ?? (closingLabels ? CLOSING_LABEL_PREFIX.exec(raw) : null);
    // A paragraph whose text ends with a colon and has no sub-paragraphs introduces what follows:
    // a text it adopts, a table, a schedule, quoted wording.
    if (!inAnnexed() && target && !target.sub && target.paragraph.kind === 'operative' && target.paragraph.subparagraphs.length === 0 && !sub && !lowerStart && !resumesOwnNumbering(unit, numbered) && !resumesOwnDivisions(divisionLine)) {
      const pieces = target.paragraph.contentPieces;
      if (punctuationOf(text, pieces[pieces.length - 1])?.char === ':') {
        const introducedBy = target.paragraph;
        openDivision('introduced', firstLineSpan(text, unit), undefined, introducedBy);
      }
    }
    if (divisionLine) {
      openDivision(divisionLine.kind, firstLineSpan(text, unit), divisionLine);
      continue;
    }

    if (awaitingHeading) {
      const candidate = awaitingHeading;
      awaitingHeading = undefined;
      if (!numbered && !sub && !lowerStart && unit.lines.length <= DIVISION_HEADING_MAX_LINES && punctuationOf(text, unit.span) === undefined) {
        candidate.heading = field(text, unit.span);
        candidate.headingSpan = { start: candidate.headingSpan.start, end: unit.span.end };
        continue;
      }
    }

    if (numbered) {
      const value = numberValue(numbered[1]);
      const numberText = numbered[2] ? `${numbered[1]} ${numbered[2]}` : numbered[1];
      // "1 - ": the span ends one past the number, as it ends past the "." of "1.", so that the number alone is span.end - 1.
      const dash = /[ \t]*[-–][ \t]*$/.exec(numbered[0]);
      const numberEnd = unit.span.start + (dash ? dash.index : raw.indexOf('.', numbered[1].length));
      startParagraph('operative', unit.span.start + numbered[0].length, unit.span.end, {
        span: { start: unit.span.start, end: numberEnd + 1 },
        text: numberText,
        value,
        suffix: numbered[2],
      });
      if (!inAnnexed()) inOperativePart = true;
      continue;
    }

    if (sub) {
      if (!target) {
        if (!inAnnexed()) problems.push({ span: firstLineSpan(text, unit), code: 'misplaced-subparagraph', message: `Sub-paragraph ${sub[2]} does not follow a paragraph it could belong to.` });
        startParagraph(inOperativePart ? 'operative' : 'preambular', unit.span.start, unit.span.end);
        continue;
      }
      const labelStart = unit.span.start + sub[1].length;
      const draft: SubparagraphDraft = {
        label: { span: { start: labelStart, end: labelStart + sub[2].length }, text: sub[2] },
        level: 1,
        ordinal: 0,
        pieces: [{ start: labelStart, end: unit.span.end }],
        contentStart: unit.span.start + sub[0].length,
        children: [],
      };
      placeSubparagraph(target.paragraph, draft, sub[3]);
      target = { paragraph: target.paragraph, sub: draft };
      continue;
    }

    if (target && (lowerStart || (afterPageBreak && continuesAcrossPageBreak(text, target, unit, lang)) || continuesList(text, target))) {
      const piece = { start: unit.span.start, end: unit.span.end };
      if (target.sub) {
        target.sub.listing ||= punctuationOf(text, target.sub.pieces[target.sub.pieces.length - 1])?.char === ':';
        target.sub.pieces.push(piece);
      }
      else target.paragraph.contentPieces.push(piece);
      continue;
    }

    const words = leadingWords(text, unit.span.start, unit.span.end, lang);
    const kind = inOperativePart ? 'operative' : 'preambular';
    const phrase = matchPhrase(words, kind, lang);
    const punctuation = punctuationOf(text, unit.span);
    if (inAnnexed()) {
      // Another text's own headings ("Guiding principles", "Action 1 …" titles, table rows) may be long.
      if (!punctuation && !lowerStart && unit.lines.length <= DIVISION_HEADING_MAX_LINES) {
        headings.push({ span: unit.span, text: field(text, unit.span).text, part: 'annexed', division: innermost() });
        target = undefined;
        continue;
      }
      startParagraph('preambular', unit.span.start, unit.span.end, undefined, { words, phrase });
      continue;
    }
    if (!punctuation && phrase.vocabulary === 'unknown' && unit.lines.length === 1 && countWords(raw) <= HEADING_MAX_WORDS && !lowerStart) {
      headings.push({ span: unit.span, text: field(text, unit.span).text, part: inOperativePart ? 'operative' : 'preamble', division: innermost() });
      target = undefined;
      continue;
    }
    if (!inOperativePart && phrase.vocabulary === 'operative' && punctuation?.char !== ',') {
      inOperativePart = true;
      startParagraph('operative', unit.span.start, unit.span.end, undefined, { words, phrase: matchPhrase(words, 'operative', lang) });
      continue;
    }
    startParagraph(kind, unit.span.start, unit.span.end, undefined, { words, phrase });
  }

  for (const d of open) divisions[d].end = Math.max(divisions[d].end, previousTextEnd);

  const footnoteDefinitions = footnoteUnits.map((unit) => readFootnoteDefinition(text, unit));
  const footnoteReferences: FootnoteReference[] = [];
  const citations: Citation[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (unit.kind === 'text') scanFootnoteReferences(text, unit.span, footnoteReferences);
    scanCitations(text, unit.kind === 'footnote' ? footnoteContentSpan(text, unit.span) : unit.span, issuingBody, citations, lang);
  }
  citations.sort((a, b) => a.span.start - b.span.start);

  const finished = new Map<ParagraphDraft, Paragraph>();
  const finish = (draft: ParagraphDraft, index: number): Paragraph => {
    const paragraph = finishParagraph(text, draft, index, problems, lang);
    finished.set(draft, paragraph);
    return paragraph;
  };
  const preambleParagraphs = preamble.map(finish);
  const operativeParagraphs = operative.map(finish);
  const annexed = annexedDrafts.map(finish);
  const read = readForm(text, units, form, {
    header,
    opening,
    preamble: preambleParagraphs,
    operative: operativeParagraphs,
    headings,
    divisions: divisions.map((d) => finishDivision(d, finished)),
    annexed,
    problems,
    end: closing?.span.start ?? annex?.start ?? text.length,
  });
  const doc: ResolutionDocument = {
    text,
    language,
    documentKind: read.documentKind,
    header,
    opening,
    preamble: read.preamble,
    operative: read.operative,
    headings: read.headings,
    divisions: read.divisions,
    annexed: read.annexed,
    footnoteReferences,
    footnoteDefinitions,
    citations,
    closing,
    comments,
    source,
    annex,
    amendment: read.amendment,
    decision: read.decision,
    // A masthead in a language whose masthead words unres does not read yet is left unread, not reported line by line.
    problems: languageKnows(lang, 'mastheadWords') ? read.problems : read.problems.filter((problem) => problem.code !== 'unrecognized-header-line'),
  };
  read.problems.sort((a, b) => a.span.start - b.span.start);
  return doc;
}

/**
 * Whether a parsed document is a resolution, a decision or an amendment to a draft: it has an
 * opening line such as "The General Assembly,", a sponsor or adoption line, or numbered paragraphs
 * that open with operative verbs.
 */
export function isResolution(doc: ResolutionDocument): boolean {
  return doc.documentKind === 'resolution' || doc.documentKind === 'decision' || doc.documentKind === 'amendment';
}

/**
 * Whether unres reads a parsed document: a resolution, decision or amendment, or another document
 * under a United Nations masthead (a note by the Secretariat), whose footnotes and citations it
 * checks. Not a README or meeting notes.
 */
export function isUnitedNationsText(doc: ResolutionDocument): boolean {
  return doc.documentKind !== 'none';
}

function finishDivision(draft: DivisionDraft, finished: ReadonlyMap<ParagraphDraft, Paragraph>): Division {
  return {
    kind: draft.kind,
    label: draft.label,
    ordinal: draft.ordinal,
    heading: draft.heading,
    headingSpan: draft.headingSpan,
    span: { start: draft.start, end: draft.end },
    parent: draft.parent,
    own: draft.own,
    opening: draft.opening,
    introducedBy: draft.introducedBy && finished.get(draft.introducedBy),
  };
}

/**
 * Reads a line that opens a division: "Annex II Declaration on Future Generations", "XIII
 * Contingency fund", "II. Credentials of representatives", "B", "A. Plenary meetings". A heading
 * after the label starts with a capital letter or a figure and ends without punctuation, so that
 * "A Credentials Committee of nine members shall be appointed …." stays a paragraph.
 */
function readDivisionLine(text: string, unit: Unit): DivisionLine | undefined {
  if (unit.kind !== 'text' || unit.lines.length > DIVISION_HEADING_MAX_LINES) return undefined;
  const raw = text.slice(unit.span.start, unit.span.end);
  const first = raw.charCodeAt(0);
  // Only lines that start with a capital letter or a star can be one: most paragraphs are passed at once.
  if (!(first >= 65 && first <= 90) && first !== 42) return undefined;
  const annexLine = ANNEX_LINE.exec(raw);
  if (annexLine && (!annexLine[2] || /^[\p{Lu}\d“"]/u.test(annexLine[2]))) {
    const labelText = annexLine[1];
    const labelAt = labelText ? unit.span.start + raw.indexOf(labelText, 5) : -1;
    return {
      kind: 'annex',
      label: labelText ? { span: { start: labelAt, end: labelAt + labelText.length }, text: labelText } : undefined,
      ordinal: labelText ? (/\d/.test(labelText) ? Number(labelText) : romanValue(labelText.toLowerCase())) : undefined,
      heading: annexLine[2] ? headingField(text, unit, raw.length - annexLine[2].length) : undefined,
    };
  }
  const section = SECTION_LINE.exec(raw);
  const part = section && ROMAN.test(section[1].toLowerCase()) ? undefined : PART_LINE.exec(raw);
  const line = section && ROMAN.test(section[1].toLowerCase()) ? section : part;
  if (!line) return undefined;
  const heading = line[2] ?? '';
  if (heading !== '' && !/^[\p{Lu}\d“"]/u.test(heading.replace(/^\*+/, ''))) return undefined;
  if (heading !== '' && ',;.:'.includes(text[meaningfulEnd(text, unit.span.start, unit.span.end) - 1])) return undefined;
  if (heading === '' && unit.lines.length > 1) return undefined;
  const labelAt = unit.span.start + raw.indexOf(line[1]);
  const label = { span: { start: labelAt, end: labelAt + line[1].length }, text: line[1] };
  const ordinal = line === section ? romanValue(line[1].toLowerCase()) : line[1].charCodeAt(0) - 64;
  return { kind: line === section ? 'section' : 'part', label, ordinal, heading: heading ? headingField(text, unit, raw.length - heading.length) : undefined };
}

function headingField(text: string, unit: Unit, offsetInUnit: number): TextField {
  return field(text, { start: unit.span.start + offsetInUnit, end: unit.span.end });
}

function firstLineSpan(text: string, unit: Unit): Span {
  return { start: unit.span.start, end: Math.min(unit.span.end, lineEnd(text, unit.span.start)) };
}

function countWords(raw: string): number {
  return raw.split(/\s+/).filter((w) => w !== '').length;
}

function looksLikeParagraphStart(text: string, unit: Unit, language: Language): boolean {
  const raw = text.slice(unit.span.start, unit.span.end);
  if (numberPrefix(raw, language)) return true;
  const words = leadingWords(text, unit.span.start, unit.span.end, language);
  return (matchPreambularPhrase(words, language) ?? matchOperativePhrase(words, language)) !== undefined && /[,;.:]\s*$/.test(text.slice(unit.span.start, meaningfulEnd(text, unit.span.start, unit.span.end)));
}

/**
 * Whether a block after a page break goes on with the paragraph before it: that paragraph's text
 * stopped without punctuation (or inside italics, a title cut by the page), or an operative
 * paragraph, a sub-paragraph or a preambular paragraph whose phrase is in italics stopped at a
 * comma or a semicolon (inside a list: "entitled “…”; GC(69)/DEC/11, entitled …") and the block
 * does not open like a paragraph or a heading.
 */
function continuesAcrossPageBreak(text: string, target: Target, unit: Unit, language: Language): boolean {
  const pieces = target.sub ? target.sub.pieces : target.paragraph.contentPieces;
  const last = pieces[pieces.length - 1];
  const mark = punctuationOf(text, last)?.char;
  const words = leadingWords(text, unit.span.start, unit.span.end, language);
  const opensParagraph = matchOperativePhrase(words, language) !== undefined || matchPreambularPhrase(words, language) !== undefined;
  if (text[unit.span.start] === '*') return mark === undefined && (scanItalics(text, [last]).unterminated || !opensParagraph);
  if (mark === undefined) return true;
  // A preambular paragraph ends with a comma: the block goes on with it only when the paragraph's
  // phrase is in italics and the block opens in roman with no phrase ("*Reaffirming* …,¹³" then
  // the footnotes, then "Agenda 2063 adopted by the African Union, …").
  const preambleGoesOn = target.paragraph.kind === 'preambular' && text[target.paragraph.contentPieces[0].start] === '*';
  if ((mark !== ',' && mark !== ';') || (!target.sub && target.paragraph.kind !== 'operative' && !preambleGoesOn)) return false;
  // A heading after the page break ends without punctuation: it is no continuation.
  return !opensParagraph && punctuationOf(text, unit.span) !== undefined;
}

/** Whether a sub-paragraph ends with a colon that introduces lines of its own ("… the following themes:"). */
function continuesList(text: string, target: Target): boolean {
  const sub = target.sub;
  if (!sub || sub.children.length > 0) return false;
  return sub.listing === true || punctuationOf(text, sub.pieces[sub.pieces.length - 1])?.char === ':';
}

function readOpeningLine(text: string, span: Span, body: IssuingBody): OpeningLine {
  const raw = text.slice(span.start, span.end);
  // The name runs from its first letter to its last ("The General Assembly", "L’Assemblée générale"), whatever the language.
  const nameAt = raw.search(/\p{L}/u);
  const lastLetter = raw.length - [...raw].reverse().join('').search(/\p{L}/u);
  let italic: OpeningLine['italic'] = 'none';
  if (raw.includes('*')) {
    const scan = scanItalics(text, [span]);
    const first = scan.first;
    italic = first && first.start <= span.start + nameAt && first.end >= span.start + lastLetter ? 'full' : 'partial';
  }
  const commaAt = raw.lastIndexOf(',');
  return { span, body, italic, comma: commaAt > nameAt ? { start: span.start + commaAt, end: span.start + commaAt + 1 } : undefined };
}

function placeSubparagraph(paragraph: ParagraphDraft, draft: SubparagraphDraft, label: string): void {
  const topLevel = paragraph.subparagraphs;
  const lastTop = topLevel[topLevel.length - 1];
  const isRoman = ROMAN.test(label);
  // "(i)" after "(h)" is the ninth letter; after any other letter it opens a second level.
  const continuesLetters = lastTop !== undefined && lastTop.level === 1 && letterValue(label) === lastTop.ordinal + 1 && lastTop.label.text.replace(/[()]/g, '') !== 'i';
  if (isRoman && lastTop && !continuesLetters && (lastTop.children.length > 0 || label === 'i' || !LETTERS.includes(label) || letterValue(label) !== lastTop.ordinal + 1)) {
    draft.level = 2;
    draft.ordinal = romanValue(label);
    lastTop.children.push(draft);
    return;
  }
  draft.level = 1;
  draft.ordinal = isRoman && !lastTop && label !== 'v' && label !== 'x' && label !== 'l' ? romanValue(label) : letterValue(label) || romanValue(label);
  topLevel.push(draft);
}

function finishSubparagraph(text: string, draft: SubparagraphDraft, problems: ParseProblem[]): Subparagraph {
  const last = draft.pieces[draft.pieces.length - 1];
  const contentPieces = [{ start: draft.contentStart, end: draft.pieces[0].end }, ...draft.pieces.slice(1)];
  if (scanItalics(text, contentPieces).unterminated) {
    problems.push({ span: draft.label.span, code: 'unterminated-italics', message: `Italics opened in sub-paragraph ${draft.label.text} are never closed.` });
  }
  return {
    label: draft.label,
    level: draft.level,
    ordinal: draft.ordinal,
    span: { start: draft.pieces[0].start, end: last.end },
    pieces: draft.pieces,
    content: { start: draft.contentStart, end: last.end },
    punctuation: punctuationOf(text, last),
    children: draft.children.map((c) => finishSubparagraph(text, c, problems)),
  };
}

function finishParagraph(text: string, draft: ParagraphDraft, index: number, problems: ParseProblem[], language: Language): Paragraph {
  const subparagraphs = draft.subparagraphs.map((s) => finishSubparagraph(text, s, problems));
  const pieces: Span[] = [];
  const numberStart = draft.number?.span.start;
  draft.contentPieces.forEach((piece, i) => pieces.push(i === 0 && numberStart !== undefined ? { start: numberStart, end: piece.end } : piece));
  const addSubPieces = (subs: readonly Subparagraph[]): void => {
    for (const s of subs) {
      for (const piece of s.pieces) pieces.push(piece);
      addSubPieces(s.children);
    }
  };
  addSubPieces(subparagraphs);
  pieces.sort((a, b) => a.start - b.start);

  const contentPieces = draft.contentPieces;
  const lastContent = contentPieces[contentPieces.length - 1];
  const italics = scanItalics(text, contentPieces);
  if (italics.unterminated) {
    problems.push({
      span: draft.number?.span ?? { start: contentPieces[0].start, end: Math.min(contentPieces[0].end, lineEnd(text, contentPieces[0].start)) },
      code: 'unterminated-italics',
      message: `Italics opened in ${draft.number ? `paragraph ${draft.number.text}` : 'this paragraph'} are never closed.`,
    });
  }
  return {
    kind: draft.kind,
    index,
    span: { start: pieces[0].start, end: pieces[pieces.length - 1].end },
    pieces,
    number: draft.number,
    content: { start: contentPieces[0].start, end: lastContent.end },
    contentPieces,
    opener: readOpener(text, draft.kind, draft.contentPieces, draft.opening, italics, language),
    punctuation: punctuationOf(text, lastContent),
    subparagraphs,
    division: draft.division,
  };
}

function readFootnoteDefinition(text: string, unit: Unit): FootnoteDefinition {
  const start = unit.span.start;
  let i = start;
  let form: FootnoteDefinition['form'];
  let label: string;
  let number: number | undefined;
  if (isSuperscript(text[i])) {
    let value = 0;
    while (i < unit.span.end && isSuperscript(text[i])) value = value * 10 + superscriptDigit(text[i++]);
    form = 'superscript';
    label = String(value);
    number = value;
  } else if (text.startsWith('[^', i)) {
    const close = text.indexOf(']:', i);
    label = text.slice(i + 2, close);
    i = close + 2;
    form = 'markdown';
    number = /^\d+$/.test(label) ? Number(label) : undefined;
  } else {
    // "\*", "\*\*", "\*\*\*": a note marked with one asterisk or more (a document's second note has two).
    label = '';
    while (i < unit.span.end && label.length < MAX_ASTERISKS && (text[i] === '*' || (text[i] === '\\' && text[i + 1] === '*'))) {
      i += text[i] === '\\' ? 2 : 1;
      label += '*';
    }
    form = 'asterisk';
  }
  const marker = { start, end: i };
  while (i < unit.span.end && (text[i] === ' ' || text[i] === '\t')) i++;
  return { span: unit.span, marker, label, number, form, content: { start: i, end: unit.span.end } };
}

function footnoteContentSpan(text: string, span: Span): Span {
  let i = span.start;
  while (i < span.end && text[i] !== ' ' && text[i] !== '\t') i++;
  return { start: i, end: span.end };
}

/** The most asterisks of a note's mark ("\\*\\*\\*"): documents mark a third note so at most. */
const MAX_ASTERISKS = 3;

/** The characters a footnote mark starts with: a superscript digit, "[" of "[^n]", "\\" of "\*", "*". */
const MARK_START = /[\u00b2\u00b3\u00b9\u2070\u2074-\u2079[\\*]/g;

/** Footnote marks in running text: superscript digits, "[^n]", "\*" and a sponsor line's "*". */
function scanFootnoteReferences(text: string, span: Span, out: FootnoteReference[]): void {
  // One search in the unit for the characters a mark starts with, instead of a test per character.
  const unit = text.slice(span.start, span.end);
  MARK_START.lastIndex = 0;
  for (let found = MARK_START.exec(unit); found; found = MARK_START.exec(unit)) {
    let i = span.start + found.index;
    const c = text.charCodeAt(i);
    if (superscriptDigitOf(c) >= 0) {
      const start = i;
      let value = 0;
      for (let digit = superscriptDigitOf(c); i < span.end && digit >= 0; digit = superscriptDigitOf(text.charCodeAt(++i))) value = value * 10 + digit;
      out.push({ span: { start, end: i }, label: String(value), number: value, form: 'superscript' });
      i--;
    } else if (c === 91 /* [ */ && text[i + 1] === '^') {
      const closeInUnit = unit.indexOf(']', i - span.start);
      const close = closeInUnit < 0 ? -1 : span.start + closeInUnit;
      if (close > i + 2 && text[close + 1] !== ':' && !/\s/.test(text.slice(i + 2, close))) {
        const label = text.slice(i + 2, close);
        out.push({ span: { start: i, end: close + 1 }, label, number: /^\d+$/.test(label) ? Number(label) : undefined, form: 'markdown' });
        i = close;
      }
    } else if (c === 92 /* \\ */ && text[i + 1] === '*') {
      const start = i;
      let label = '*';
      for (i += 2; label.length < MAX_ASTERISKS && text[i] === '\\' && text[i + 1] === '*'; i += 2) label += '*';
      out.push({ span: { start, end: i }, label, form: 'asterisk' });
      i--;
    } else if (c === 42 /* * */ && text[i - 1] === ':' && /^\s*(?:revised )?draft (?:resolution|decision)/.test(text.slice(i + 1, Math.min(span.end, i + 40)))) {
      out.push({ span: { start: i, end: i + 1 }, label: '*', form: 'asterisk' });
    }
    MARK_START.lastIndex = i + 1 - span.start;
  }
}

/** The longest title a running head prints beside the symbol (with the gap between them). */
const MAX_RUNNING_TITLE = 200;

/**
 * The running head a text copied from a PDF keeps at the top of each page after the first: the
 * document's own symbol, alone or with the title beside it ("A/RES/80/99    Early warning
 * systems", "Early warning systems    A/RES/80/99"). Read only when the masthead gives the symbol.
 */
function isRunningHead(text: string, unit: Unit, symbol: string | undefined): boolean {
  // Every block of the body comes here: a paragraph is passed over before any markup is stripped.
  if (!symbol || unit.lines.length !== 1 || unit.span.end - unit.span.start > symbol.length + MAX_RUNNING_TITLE) return false;
  const line = stripMarkup(text, unit.span).plain.trim();
  if (!line.startsWith(symbol) && !line.endsWith(symbol)) return false;
  if (line === symbol) return true;
  const rest = line.startsWith(symbol) ? line.slice(symbol.length) : line.slice(0, line.length - symbol.length);
  return /^[ \t]{3,}\S|\t\S/.test(rest) || /\S(?:[ \t]{3,}|\t)$/.test(rest);
}
