import type { TextEdit } from '../findings';
import type { Opener, Span } from '../model';

/** The offsets of the `*` markers around an italic run, found from the run's text span. */
export function italicMarkers(text: string, run: Span): { open: number; close: number } | undefined {
  let open = run.start - 1;
  while (open >= 0 && (text[open] === ' ' || text[open] === '\t')) open--;
  let close = run.end;
  while (close < text.length && (text[close] === ' ' || text[close] === '\t')) close++;
  if (text[open] !== '*' || text[close] !== '*') return undefined;
  return { open, close };
}

/**
 * The edits that make exactly `phrase` italic, given the italic run the paragraph starts with (if
 * any): the run's markers are removed and new ones put around the phrase. Undefined when the run's
 * markers cannot be found (an unclosed run, which the parser reports itself).
 */
export function italicizeExactly(text: string, phrase: Span, run: Span | undefined): TextEdit[] | undefined {
  if (!run) return markersAround(text, phrase);
  const markers = italicMarkers(text, run);
  if (!markers) return undefined;
  const edits: TextEdit[] = [];
  // Opening marker: keep it when it already stands right before the phrase.
  if (markers.open + 1 !== phrase.start) {
    edits.push({ span: { start: markers.open, end: markers.open + 1 }, newText: '' });
    edits.push({ span: { start: phrase.start, end: phrase.start }, newText: '*' });
  }
  if (markers.close !== phrase.end) {
    edits.push({ span: { start: phrase.end, end: phrase.end }, newText: '*' });
    edits.push({ span: { start: markers.close, end: markers.close + 1 }, newText: '' });
  }
  return edits.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/**
 * The edits that put single `*` markers around a phrase that is not in italics. Asterisks
 * touching the phrase that made no italics ("**Decides**" in bold, a stray "Decides*") become
 * those markers: adding more next to them would make a longer run that is still not italics, and
 * each fix would call for another. Undefined when such a run is escaped by a backslash, as a literal asterisk.
 */
function markersAround(text: string, phrase: Span): TextEdit[] | undefined {
  let before = phrase.start;
  while (before > 0 && text[before - 1] === '*') before--;
  let after = phrase.end;
  while (after < text.length && text[after] === '*') after++;
  if (before > 0 && before < phrase.start && text[before - 1] === '\\') return undefined;
  return [
    { span: { start: before, end: phrase.start }, newText: '*' },
    { span: { start: phrase.end, end: after }, newText: '*' },
  ];
}

/**
 * An edit that replaces the words in `span` with `newText`. When italic markers stand inside the
 * span ("*Recalling* also"), the replacement takes in the italic run's opening marker and comes
 * out wholly italic, so no marker is left unpaired; undefined when the markers cannot be placed.
 */
export function replaceWords(text: string, span: Span, newText: string, run: Span | undefined): TextEdit | undefined {
  if (!text.slice(span.start, span.end).includes('*')) return { span, newText };
  const markers = run && italicMarkers(text, run);
  if (!markers || markers.close >= span.end || markers.open >= span.start) return undefined;
  if (text.slice(markers.close + 1, span.end).includes('*') || text.slice(markers.open + 1, span.start).trim() !== '') return undefined;
  return { span: { start: markers.open, end: span.end }, newText: `*${newText}*` };
}

/**
 * The edits that replace the words in `span` with `newText` and leave `newText`, and only it, in
 * italics, as an opening phrase is set: a reworded phrase then needs no second fix for its
 * italics. The italics edits that touch the words are folded into their replacement. Undefined
 * when the italics cannot be placed.
 */
export function replaceWordsInItalics(text: string, span: Span, newText: string, run: Span | undefined): TextEdit[] | undefined {
  // A marker inside the words: the replacement takes in the run and comes out wholly italic.
  if (text.slice(span.start, span.end).includes('*')) {
    const edit = replaceWords(text, span, newText, run);
    return edit && [edit];
  }
  const italics = italicizeExactly(text, span, run);
  if (!italics) return undefined;
  let start = span.start;
  let end = span.end;
  let before = '';
  let after = '';
  const others: TextEdit[] = [];
  for (const edit of italics) {
    if (edit.span.end === span.start) {
      start = edit.span.start;
      before = edit.newText;
    } else if (edit.span.start === span.end) {
      end = edit.span.end;
      after = edit.newText;
    } else {
      others.push(edit);
    }
  }
  return [...others, { span: { start, end }, newText: before + newText + after }].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/**
 * The edits that write `phrase` over the words of `span` (an opener, or its adverbs and the words
 * a suggestion replaces), in italics as an opening phrase is set, so that fix-all needs no second
 * pass for them. Only the words are replaced in a paragraph wholly in italics (the italics are
 * the paragraph's, not the phrase's) and where italics over part of the phrase do not start it
 * (left to the italics rules, which offer no fix either).
 */
export function rewordOpener(text: string, opener: Opener, span: Span, phrase: string): TextEdit[] | undefined {
  const wordsOnly = opener.italic === 'paragraph' || (opener.italic === 'partial' && !opener.italicSpan);
  const inItalics = wordsOnly ? undefined : replaceWordsInItalics(text, span, phrase, opener.italicSpan);
  if (inItalics) return inItalics;
  const edit = replaceWords(text, span, phrase, opener.italicSpan);
  return edit && [edit];
}
