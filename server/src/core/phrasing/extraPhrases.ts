import type { RuleOptions } from '../rules/rule';
import type { Language } from '../language/languages';
import { isOperativeAdverb, type Word } from '../parse/phrases';

/**
 * The option of UNR002 (operative phrases) and UNR005 (preambular phrases) that lists the opening
 * phrases a committee uses beyond the standard vocabulary. The editor settings
 * `unres.vocabulary.operative` / `.preambular` and the `vocabulary` object of `.unres.json` fill it.
 */
export const EXTRA_PHRASES_OPTION = 'extraPhrases';

/** The most words an extra phrase may have: the opening words of a paragraph are read up to this many. */
export const MAX_EXTRA_PHRASE_WORDS = 12;

/** A phrase as the configuration accepts it: words of letters, joined by single spaces, hyphens or apostrophes inside words. */
const PHRASE = /^\p{L}+(?:['’-]\p{L}+)*(?: \p{L}+(?:['’-]\p{L}+)*)*$/u;

/** The extra phrases among a rule's option values; none when the option is missing or not a list. */
export function extraPhrasesOf(options: RuleOptions): readonly string[] {
  const value = options[EXTRA_PHRASES_OPTION];
  return Array.isArray(value) ? value.filter((phrase): phrase is string => typeof phrase === 'string') : [];
}

/**
 * Checks one list of extra phrases. Keeps each phrase that is words only (spaces inside are made
 * single), drops a repeat, and names every entry it drops with `location[i]` in front. Never throws.
 */
export function checkPhraseList(value: unknown, location: string): { phrases: string[]; problems: { message: string }[] } {
  const problems: { message: string }[] = [];
  if (!Array.isArray(value)) {
    const found = value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
    return { phrases: [], problems: [{ message: `${location}: expected a list of phrases such as ["Takes cognizance of"], not ${found}; it is ignored` }] };
  }
  const phrases: string[] = [];
  value.forEach((entry, index) => {
    const where = `${location}[${index}]`;
    if (typeof entry !== 'string') {
      const found = entry === null ? 'null' : Array.isArray(entry) ? 'an array' : typeof entry === 'object' ? 'an object' : `a ${typeof entry}`;
      problems.push({ message: `${where}: expected a phrase (a string of words), not ${found}; it is ignored` });
      return;
    }
    const phrase = entry.trim().replace(/\s+/g, ' ');
    if (!PHRASE.test(phrase)) {
      problems.push({ message: `${where}: "${entry}" is not a phrase: write words only, without punctuation or italic markers; it is ignored` });
      return;
    }
    if (phrase.split(' ').length > MAX_EXTRA_PHRASE_WORDS) {
      problems.push({ message: `${where}: "${phrase}" has more than ${MAX_EXTRA_PHRASE_WORDS} words; it is ignored` });
      return;
    }
    if (!phrases.some((known) => known.toLowerCase() === phrase.toLowerCase())) phrases.push(phrase);
  });
  return { phrases, problems };
}

function startsWithPhrase(words: readonly Word[], from: number, phrase: string): boolean {
  const phraseWords = phrase.toLowerCase().split(' ');
  if (from + phraseWords.length > words.length) return false;
  return phraseWords.every((word, i) => words[from + i].text.toLowerCase() === word);
}

/**
 * Whether the opening words of a paragraph begin with one of the extra phrases (case aside). An
 * operative phrase may follow one or two of the adverbs standard phrases take ("Also endorses").
 */
export function opensWithExtraPhrase(kind: 'operative' | 'preambular', words: readonly Word[], phrases: readonly string[], language: Language = 'en'): boolean {
  if (phrases.length === 0 || words.length === 0) return false;
  const starts = [0];
  if (kind === 'operative') {
    for (let i = 0; i < Math.min(2, words.length - 1) && isOperativeAdverb(words[i].text, language); i++) starts.push(i + 1);
  }
  return starts.some((start) => phrases.some((phrase) => startsWithPhrase(words, start, phrase)));
}
