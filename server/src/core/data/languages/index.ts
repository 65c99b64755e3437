import { FRENCH_VOCABULARY } from './french';
import type { Language, LanguageVocabulary } from './languageVocabulary';
import { SPANISH_VOCABULARY } from './spanish';

/**
 * The vocabularies of the languages other than English that have one, each read in official
 * texts of that language (see README.md beside this file). A language without one is read for its
 * structure only.
 */
export const LANGUAGE_VOCABULARIES: Readonly<Partial<Record<Language, LanguageVocabulary>>> = {
  fr: FRENCH_VOCABULARY,
  es: SPANISH_VOCABULARY,
};

export type { Language, LanguageVocabulary } from './languageVocabulary';
