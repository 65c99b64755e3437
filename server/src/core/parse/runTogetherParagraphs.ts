import { openingLineOf } from '../language/detectLanguage';
import type { Language } from '../language/languages';
import type { Span } from '../model';
import { meaningfulEnd, stripMarkup } from './inline';
import { leadingWords, matchOperativePhrase, matchPreambularPhrase } from './phrases';
import { firstNonBlank, type Unit } from './units';

/** Longer lines are not opening lines. */
const MAX_OPENING_LINE = 80;

/**
 * Splits the blocks in which paragraphs run together. Text copied from a PDF viewer keeps the
 * printed lines but loses the blank line between paragraphs: "The General Assembly," and the
 * whole preamble come as one block, the masthead often with them. A block is split before and
 * after an opening line, and before a line that opens with a capital and a preambular or
 * operative phrase of the vocabulary ("Noting with concern", "Decides") when the line before it
 * ends a paragraph (",", ";", ":", "."), or with the closing meeting line ("58th plenary meeting",
 * `closingMeeting`) after the last paragraph. Numbered paragraphs and sub-paragraphs already start
 * blocks of their own (`splitUnits`).
 */
export function splitRunTogetherParagraphs(text: string, units: readonly Unit[], language: Language, closingMeeting?: RegExp): Unit[] {
  const result: Unit[] = [];
  for (const unit of units) {
    if (unit.kind !== 'text' || unit.lines.length < 2) {
      result.push(unit);
      continue;
    }
    const opening = unit.lines.map((line) => isOpeningLine(text, line));
    let first = 0;
    for (let k = 1; k < unit.lines.length; k++) {
      if (!opening[k - 1] && !opening[k] && !startsParagraph(text, unit.lines[k - 1], unit.lines[k], language, closingMeeting)) continue;
      result.push(piece(text, unit, first, k));
      first = k;
    }
    result.push(first === 0 ? unit : piece(text, unit, first, unit.lines.length));
  }
  return result;
}

function piece(text: string, unit: Unit, from: number, to: number): Unit {
  const lines = unit.lines.slice(from, to);
  return { kind: 'text', lines, blankLinesBefore: from === 0 ? unit.blankLinesBefore : 0, span: { start: firstNonBlank(text, lines[0]), end: lines[lines.length - 1].end } };
}

/** An opening line as it stands alone: capitalized, with its comma ("The General Assembly,"), not "the General Assembly," wrapped in a sentence. */
function isOpeningLine(text: string, line: Span): boolean {
  const start = firstNonBlank(text, line);
  if (line.end - start > MAX_OPENING_LINE) return false;
  const plain = stripMarkup(text, { start, end: line.end }).plain.trim();
  return plain[0] !== plain[0]?.toLowerCase() && openingLineOf(plain)?.comma === true;
}

/** Whether `line` opens a paragraph after `previous`, neither of them an opening line. */
function startsParagraph(text: string, previous: Span, line: Span, language: Language, closingMeeting: RegExp | undefined): boolean {
  const end = meaningfulEnd(text, previous.start, previous.end);
  if (!/[,;:.،؛，；：。]/.test(text[end - 1] ?? '')) return false;
  const start = firstNonBlank(text, line);
  if (closingMeeting?.test(text.slice(start, line.end))) return true;
  let letter = start;
  while (letter < line.end && text[letter] === '*') letter++;
  const first = text[letter] ?? '';
  if (first === first.toLowerCase()) return false;
  const words = leadingWords(text, start, line.end, language);
  return matchPreambularPhrase(words, language) !== undefined || matchOperativePhrase(words, language) !== undefined;
}
