import type { Span } from '../model';

/** A line of the text, without its line ending. */
export type Line = Span;

/**
 * A run of lines the parser reads as one element: a paragraph (wrapped or not), a footnote
 * definition, a sub-paragraph, or a block of header lines.
 */
export interface Unit {
  readonly kind: 'text' | 'footnote';
  readonly span: Span;
  readonly lines: readonly Line[];
  /** Blank lines between this unit and the one before; a printed page break shows as several. */
  readonly blankLinesBefore: number;
}

/** The value of a superscript digit (⁰ to ⁹), or -1. */
export function superscriptDigit(ch: string): number {
  return superscriptDigitOf(ch.charCodeAt(0));
}

/** The value of the superscript digit with this UTF-16 code (⁰ to ⁹), or -1. */
export function superscriptDigitOf(code: number): number {
  if (code === 0x00b9) return 1;
  if (code === 0x00b2 || code === 0x00b3) return code - 0x00b0;
  if (code === 0x2070) return 0;
  if (code >= 0x2074 && code <= 0x2079) return code - 0x2070;
  return -1;
}

const FOOTNOTE_DEFINITION_START = /^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+[ \t]|\[\^[^\]\s]+\]:|(?:\\?\*){1,3}[ \t])/;
const SUBPARAGRAPH_START = /^(?:[-+][ \t]+)?\((?:[a-z]{1,2}|[ivxl]+)\)(?:[ \t]|$)/;
/** "a)", "i)": the labels French and Spanish texts write, with a closing parenthesis only (conventions SP-04). */
const CLOSING_LABEL_START = /^(?:[-+][ \t]+)?(?:[a-z]{1,2}|[ivxl]+)\)(?:[ \t]|$)/;
const NUMBERED_START = /^\d+(?:[ \t]+(?:bis|ter|quater|quinquies|sexies))?\.(?:[ \t]|$)/;
/** "1 - ", "١ -", "١.": a number as an Arabic draft may write it, in Western or Arabic-Indic digits. */
const DASH_NUMBERED_START = /^[0-9\u0660-\u0669]+(?:\.|[ \t]*[-–])(?:[ \t]|$)/;

export function isFootnoteDefinitionLine(lineText: string): boolean {
  return FOOTNOTE_DEFINITION_START.test(lineText);
}

/** Splits the text into lines, ending them at "\n", "\r\n" or a lone "\r". One pass, by native searches. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  // The next "\n" and the next "\r" are each looked for again only once passed: linear, also in a
  // text with only one kind of line ending.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (;;) {
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (end < 0) break;
    lines.push({ start, end });
    start = end + (end === cr && lf === end + 1 ? 2 : 1);
  }
  lines.push({ start, end: text.length });
  return lines;
}

function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 /* space */ && c !== 9 /* \t */ && c !== 0xa0 && c !== 0xfeff) return false;
  }
  return true;
}

/** The offset of the first non-blank character of a line (the line's end when it is blank). */
export function firstNonBlank(text: string, line: Line): number {
  let i = line.start;
  for (let c = text.charCodeAt(i); i < line.end && (c === 32 /* space */ || c === 9 /* \t */ || c === 0xfeff); c = text.charCodeAt(i)) i++;
  return i;
}

/** The end of the line that contains `from` (the offset of its line ending, or the end of the text). */
export function lineEnd(text: string, from: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); i < text.length && c !== 10 /* \n */ && c !== 13 /* \r */; c = text.charCodeAt(i)) i++;
  return i;
}

/**
 * Groups the lines of the text into units. Linear in the length of the text. `source` is the text
 * before its HTML comments were blanked out: a line that held only a comment is passed over as if
 * it were not there (it neither ends a paragraph nor adds a blank line). `forms` names the forms
 * of the draft's language: "a)" and "i)" as French and Spanish label sub-paragraphs, "1 - " and
 * Arabic-Indic digits as Arabic drafts may number paragraphs. `skipPageFurniture` passes over the
 * job numbers, bar codes and page numbers of a text copied from a PDF, as page breaks.
 */
/**
 * The lines a UN document prints at the foot or head of its pages, which a text copied from its
 * PDF keeps: the job number ("25-20512 (E)    181225"), its bar code ("*2520512*") and the page
 * number ("2/3"), alone or beside the job number ("2/3    25-20512").
 */
const PAGE_FURNITURE = /^(?:\d{2}-\d{5}(?:[ \t]*\([A-Z]\))?(?:[ \t]+\d{6}){0,2}|\\?\*\d{7}\\?\*|\d{1,3}\/\d{1,3}(?:[ \t]+\d{2}-\d{5})?|\d{2}-\d{5}[ \t]+\d{1,3}\/\d{1,3})[ \t]*$/;

/** Whether a line (from its first non-blank character) is page furniture: a job number, its bar code, a page number. */
export function isPageFurniture(lineText: string): boolean {
  return lineText.length <= 200 && PAGE_FURNITURE.test(lineText);
}

export function splitUnits(text: string, source: string = text, forms: { closingLabels?: boolean; dashNumbers?: boolean; skipPageFurniture?: boolean } = {}): Unit[] {
  const units: Unit[] = [];
  let current: { kind: Unit['kind']; lines: Line[]; blankLinesBefore: number } | undefined;
  let blanks = 0;
  // Blank lines on either side of a comment line stand for one gap: the longer run counts.
  let blanksBeforeComment = 0;

  const close = (): void => {
    if (!current) return;
    const { lines } = current;
    units.push({ kind: current.kind, lines, blankLinesBefore: current.blankLinesBefore, span: { start: firstNonBlank(text, lines[0]), end: lines[lines.length - 1].end } });
    current = undefined;
  };

  for (const line of splitLines(text)) {
    if (isBlank(text, line)) {
      if (source !== text && !isBlank(source, line)) {
        blanksBeforeComment = Math.max(blanksBeforeComment, blanks);
        blanks = 0;
        continue;
      }
      close();
      blanks++;
      continue;
    }
    const from = firstNonBlank(text, line);
    const lineText = text.slice(from, line.end);
    if (forms.skipPageFurniture === true && isPageFurniture(lineText)) {
      // Passed over as a page break: the paragraph before it may go on after it.
      close();
      blanks = Math.max(blanks + 1, 2);
      continue;
    }
    const footnote = FOOTNOTE_DEFINITION_START.test(lineText);
    const startsUnit = footnote || SUBPARAGRAPH_START.test(lineText) || (forms.closingLabels === true && CLOSING_LABEL_START.test(lineText)) || (forms.dashNumbers === true && DASH_NUMBERED_START.test(lineText)) || NUMBERED_START.test(lineText) || current?.kind === 'footnote' && !/^\s/.test(text.slice(line.start, line.end));
    if (!current || startsUnit) {
      close();
      current = { kind: footnote ? 'footnote' : 'text', lines: [line], blankLinesBefore: Math.max(blanks, blanksBeforeComment) };
    } else {
      current.lines.push(line);
    }
    blanks = 0;
    blanksBeforeComment = 0;
  }
  close();
  return units;
}

/** Longer lines are not masthead lines (the longest, a sponsor line, lists fewer than 200 States). */
export const MAX_MASTHEAD_LINE = 12000;

/**
 * Where a masthead line is split into columns: a tab, three spaces or more, or the " | " between
 * the cells of a Word table row (at the start of the line when the first cell is empty).
 */
const COLUMN_GAP = /\t[ \t]*| {3,}| \| |^\| | \|$/g;

/**
 * The columns of a masthead line, each its own line to read. A masthead printed in columns
 * reaches unres on one line when it is pasted from a Word table ("United Nations⇥A/80/L.12"),
 * converted from a PDF with its layout kept ("General Assembly        Distr.: Limited") or read
 * from a Word file, whose table cells the Word reader joins with " | ". Two spaces do not split:
 * a typing slip in a sponsor line or a title is not a column.
 */
export function mastheadColumns(text: string, line: Span): Span[] {
  const start = firstNonBlank(text, line);
  if (line.end - start > MAX_MASTHEAD_LINE) return [{ start, end: line.end }];
  const content = text.slice(start, line.end);
  const columns: Span[] = [];
  let from = 0;
  for (const gap of content.matchAll(COLUMN_GAP)) {
    const at = gap.index!;
    if (content.slice(from, at).trim() !== '') columns.push({ start: start + from, end: start + at });
    from = at + gap[0].length;
  }
  if (content.slice(from).trim() !== '' || columns.length === 0) columns.push({ start: start + from, end: line.end });
  return columns;
}
