import type { ItalicExtent, Opener, Span } from '../model';
import { meaningfulEnd, type ItalicScan } from './inline';
import { leadingWords, matchOperativePhrase, matchPreambularPhrase, type PhraseMatch, type Word } from './phrases';

const CLOSING_MARKS = ',;.:';

/** The leading words of a paragraph and the phrase they begin with, read once to place the paragraph. */
export interface Opening {
  readonly words: readonly Word[];
  readonly phrase: ReturnType<typeof matchPhrase>;
}

/** The phrase `words` begin with, in the paragraph's own vocabulary first, then in the other. */
export function matchPhrase(words: readonly Word[], kind: 'preambular' | 'operative'): { vocabulary: Opener['vocabulary']; match?: PhraseMatch } {
  const own = kind === 'operative' ? matchOperativePhrase(words) : matchPreambularPhrase(words);
  if (own) return { vocabulary: kind, match: own };
  const other = kind === 'operative' ? matchPreambularPhrase(words) : matchOperativePhrase(words);
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
): Opener | undefined {
  const first = contentPieces[0];
  const words = opening?.words ?? leadingWords(text, first.start, first.end);
  if (words.length === 0) return undefined;
  const { vocabulary, match } = opening?.phrase ?? matchPhrase(words, kind);
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

  let italic: ItalicExtent;
  if (!italics.first || italics.first.start >= phraseEnd) italic = 'none';
  else if (!run) italic = 'partial';
  else if (reachesEnd(run.end) && !reachesEnd(phraseEnd)) italic = 'paragraph';
  else if (run.end <= phraseEnd && words.some((w, i) => i + 1 >= (match?.coreWordCount ?? phraseWords) && i < phraseWords && w.span.end === run.end)) italic = 'phrase';
  else italic = run.end < phraseEnd ? 'partial' : 'beyond';

  // Where the italics mark one of the phrase's accepted ends, the phrase ends there.
  if (italic === 'phrase' && run) phraseWords = words.findIndex((w) => w.span.end === run.end) + 1;
  return {
    text: words.slice(0, phraseWords).map((w) => w.text).join(' '),
    span: { start: span.start, end: words[phraseWords - 1].span.end },
    vocabulary,
    italicSpan: run,
    italic,
  };
}
