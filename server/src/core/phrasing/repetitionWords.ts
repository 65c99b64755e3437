import type { Language } from '../language/languages';
import { isRepetitionModifier } from '../parse/phrases';

/** The words that mark a repeated opening phrase: the first repetition, and a later one. */
export interface RepetitionWords {
  readonly also: string;
  readonly further: string;
}

/**
 * "also" and "further" in English; "également" and "en outre" in French ("Prie également",
 * "Rappelant en outre"); "también" and "además" in Spanish ("Recordando también") (issue 19,
 * conventions OP-05, ML-04, ML-06). Unlike English, French and Spanish put the word after the verb.
 */
const REPETITION_WORDS: Readonly<Partial<Record<Language, RepetitionWords>>> = {
  en: { also: 'also', further: 'further' },
  fr: { also: 'également', further: 'en outre' },
  es: { also: 'también', further: 'además' },
};

/** The repetition words of a language, when its vocabulary lists both as repetition modifiers; none in the other languages. */
export function repetitionWords(language: Language): RepetitionWords | undefined {
  const words = REPETITION_WORDS[language];
  const listed = (phrase: string): boolean => phrase.split(' ').every((word) => isRepetitionModifier(word, language));
  return words && listed(words.also) && listed(words.further) ? words : undefined;
}
