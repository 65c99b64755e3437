import type { Language } from '../language/languages';
import type { ItalicExtent, Opener, Span } from '../model';
import { meaningfulEnd, type ItalicScan } from './inline';
import { italicEnds } from './italicExtent';
import { leadingWords, matchOperativePhrase, matchPreambularPhrase, type PhraseMatch, type Word } from './phrases';

const CLOSING_MARKS = ',;.:';

/** The leading words of a paragraph and the phrase they begin with, read once to place the paragraph. */
export interface Opening {
  readonly words: readonly Word[];
  readonly phrase: ReturnType<typeof matchPhrase>;
}

/** The phrase `words` begin with, in the paragraph's own vocabulary first, then in the other. */
export function matchPhrase(words: readonly Word[], kind: 'preambular' | 'operative', language: Language): { vocabulary: Opener['vocabulary']; match?: PhraseMatch } {
  const own = kind === 'operative' ? matchOperativePhrase(words, language) : matchPreambularPhrase(words, language);
  if (own) return { vocabulary: kind, match: own };
  const other = kind === 'operative' ? matchPreambularPhrase(words, language) : matchOperativePhrase(words, language);
  if (other) return { vocabulary: kind === 'operative' ? 'preambular' : 'operative', match: other };
  return { vocabulary: 'unknown' };
}

/** The opening phrase of a paragraph and how far the italics it starts with reach. */
export function readOpener(
  text: string,
  kind: 'preambular' | 'operative',
  contentPieces: readonly Span[],
  opening: Opening | undefined,
  italics: ItalicScan,
  language: Language,
): Opener | undefined {
  const first = contentPieces[0];
  const words = opening?.words ?? leadingWords(text, first.start, first.end, language);
  if (words.length === 0) return undefined;
  const { vocabulary, match } = opening?.phrase ?? matchPhrase(words, kind, language);
  const last = contentPieces[contentPieces.length - 1];
  const contentEnd = meaningfulEnd(text, last.start, last.end);
  const run = italics.atStart ? italics.first : undefined;
  const reachesEnd = (end: number): boolean => end >= contentEnd - (CLOSING_MARKS.includes(text[contentEnd - 1]) ? 1 : 0);

  let phraseWords: number;
  if (match) phraseWords = match.wordCount;
  else if (run && !reachesEnd(run.end)) phraseWords = Math.max(1, words.filter((w) => w.span.end <= run.end).length);
  else phraseWords = 1;
  const phraseEnd = words[phraseWords - 1].span.end;
  const span = { start: words[0].span.start, end: phraseEnd };

  const { head, ends } = match ? italicEnds(words, match) : { head: phraseWords, ends: new Set([phraseWords]) };
  // A comma or colon set in italics with the phrase is read with it ("*Reaffirms,* in this regard, …").
  const runEnd = run ? endBeforeMarks(text, run) : 0;
  const endsAtWord = words.findIndex((w) => w.span.end === runEnd) + 1;

  let italic: ItalicExtent;
  if (!italics.first || italics.first.start >= phraseEnd) italic = 'none';
  else if (!run) italic = 'partial';
  else if (reachesEnd(run.end) && !reachesEnd(phraseEnd)) italic = 'paragraph';
  else if (endsAtWord >= head && ends.has(endsAtWord)) italic = 'phrase';
  else italic = runEnd < phraseEnd ? 'partial' : 'beyond';

  // Where the italics stop at an optional end of the phrase ("*Takes note* of"), the phrase ends
  // there; short of the vocabulary's core ("*Recalling* also"), the phrase keeps its words.
  if (italic === 'phrase' && endsAtWord < phraseWords && endsAtWord >= (match?.coreWordCount ?? 1)) phraseWords = endsAtWord;
  return {
    text: words.slice(0, phraseWords).map((w) => w.text).join(' '),
    span: { start: span.start, end: words[phraseWords - 1].span.end },
    vocabulary,
    italicSpan: run,
    italic,
  };
}

/** The end of an italic run without the commas, colons and semicolons it closes on. */
function endBeforeMarks(text: string, run: Span): number {
  let end = run.end;
  while (end > run.start && CLOSING_MARKS.includes(text[end - 1])) end--;
  return end;
}
