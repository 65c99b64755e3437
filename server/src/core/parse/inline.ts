import type { Span, TextField } from '../model';
import { isWhitespaceCode } from './chars';
import { superscriptDigit, superscriptDigitOf } from './units';

/**
 * The text of `text[span]` without markup: italic and bold markers removed, backslash escapes
 * resolved, link artefacts "[64/293](#)" reduced to their text. `offsets[i]` is the source
 * offset of `plain[i]`.
 */
export function stripMarkup(text: string, span: Span): { plain: string; offsets: number[] } {
  const raw = text.slice(span.start, span.end);
  if (!/[*\\[]/.test(raw)) {
    return { plain: raw, offsets: Array.from({ length: raw.length }, (_, i) => span.start + i) };
  }
  let plain = '';
  const offsets: number[] = [];
  for (let i = span.start; i < span.end; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < span.end && /[*_[\]\\]/.test(text[i + 1])) {
      plain += text[i + 1];
      offsets.push(i + 1);
      i++;
    } else if (c === '*') {
      continue;
    } else if (c === '[' && text[i + 1] !== '^') {
      const close = linkEnd(text, i, span.end);
      if (close) {
        for (let j = i + 1; j < close.textEnd; j++) {
          if (text[j] === '*') continue;
          plain += text[j];
          offsets.push(j);
        }
        i = close.end - 1;
      } else {
        plain += c;
        offsets.push(i);
      }
    } else {
      plain += c;
      offsets.push(i);
    }
  }
  return { plain, offsets };
}

/** For a "[text](target)" starting at `open`, where its text and the whole link end. */
export function linkEnd(text: string, open: number, limit: number): { textEnd: number; end: number } | undefined {
  for (let j = open + 1; j < limit; j++) {
    const c = text[j];
    if (c === '\n' || c === '\r' || c === '[') return undefined;
    if (c === ']') {
      if (text[j + 1] !== '(') return undefined;
      for (let k = j + 2; k < limit; k++) {
        const d = text[k];
        if (d === ')') return { textEnd: j, end: k + 1 };
        if (d === '\n' || d === '\r' || d === ' ' || d === '(') return undefined;
      }
      return undefined;
    }
  }
  return undefined;
}

/** A text field for a span: the span and its text without markup, whitespace runs folded. */
export function field(text: string, span: Span): TextField {
  return { span, text: stripMarkup(text, span).plain.replace(/\s+/g, ' ').trim() };
}

/** Whether `ch` is a character of a footnote mark: a superscript digit. */
export function isSuperscript(ch: string): boolean {
  return superscriptDigit(ch) >= 0;
}

/**
 * The end of the meaningful text in `[start, end)`: trailing whitespace, italic markers and
 * footnote marks ("¹⁰", "[^3]", "\*") are not part of it. A paragraph's closing punctuation is
 * the character just before the returned offset.
 */
export function meaningfulEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start) {
    const c = text.charCodeAt(i - 1);
    if (c === 32 /* space */ || c === 9 /* \t */ || c === 10 /* \n */ || c === 13 /* \r */ || c === 42 /* * */ || superscriptDigitOf(c) >= 0) {
      if (c === 42 && text.charCodeAt(i - 2) === 92 /* \\ */) i -= 2;
      else i--;
      continue;
    }
    if (c === 93 /* ] */) {
      // A footnote label is short: look back a few characters only, never across the text.
      const from = Math.max(start, i - 16);
      const open = from + text.slice(from, i).lastIndexOf('[^');
      if (open >= from && /^\[\^[^\]\s]+\]$/.test(text.slice(open, i))) {
        i = open;
        continue;
      }
    }
    break;
  }
  return i;
}

/** The first italic run of `pieces` and whether the italics close before the end. */
export interface ItalicScan {
  /** Source span of the text of the first italic run, from its first character to its last. */
  readonly first?: Span;
  /** Whether the first run begins right at the start of the scanned text. */
  readonly atStart: boolean;
  /** True when an italic run is still open at the end of the pieces. */
  readonly unterminated: boolean;
}

function isItalicMarker(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 42 /* * */) return false;
  const before = text.charCodeAt(i - 1);
  return before !== 92 /* \\ */ && before !== 42 && text.charCodeAt(i + 1) !== 42;
}

/**
 * Scans pieces of one paragraph for italics. A run may cross from one piece into the next (a page
 * break inside italics); a run left open at the end reaches the end of the last piece.
 */
export function scanItalics(text: string, pieces: readonly Span[]): ItalicScan {
  let open = -1;
  let first: Span | undefined;
  let atStart = false;
  // Only the asterisks matter, found by a search in each piece; the text around the first is read only when needed.
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    const slice = text.slice(piece.start, piece.end);
    for (let at = slice.indexOf('*'); at >= 0; at = slice.indexOf('*', at + 1)) {
      const i = piece.start + at;
      if (!isItalicMarker(text, i)) continue;
      if (open < 0) {
        open = i + 1;
        if (!first) atStart = !hasTextBefore(text, pieces, p, i);
      } else {
        if (!first) first = trimSpan(text, { start: open, end: i });
        open = -1;
      }
    }
  }
  if (open >= 0 && !first) first = trimSpan(text, { start: open, end: lastTextEnd(text, pieces) });
  return { first, atStart, unterminated: open >= 0 };
}

const isBlankCode = (c: number): boolean => c === 32 /* space */ || c === 9 /* \t */ || c === 10 /* \n */ || c === 13 /* \r */;

/**
 * Whether the pieces hold anything but blanks before offset `end` of piece `last`. Asked at the
 * first italic marker: every asterisk before it is no marker, and counts as text.
 */
function hasTextBefore(text: string, pieces: readonly Span[], last: number, end: number): boolean {
  for (let p = 0; p <= last; p++) {
    const to = p === last ? end : pieces[p].end;
    for (let i = pieces[p].start; i < to; i++) if (!isBlankCode(text.charCodeAt(i))) return true;
  }
  return false;
}

/** The end of the last character of the pieces that is neither a blank nor an italic marker; the start of the first piece if none is. */
function lastTextEnd(text: string, pieces: readonly Span[]): number {
  for (let p = pieces.length - 1; p >= 0; p--) {
    for (let i = pieces[p].end - 1; i >= pieces[p].start; i--) {
      if (!isBlankCode(text.charCodeAt(i)) && !isItalicMarker(text, i)) return i + 1;
    }
  }
  return pieces.length ? pieces[0].start : 0;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
