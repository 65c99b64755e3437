import type { Language, LanguageVocabulary } from './languageVocabulary';

/**
 * The vocabularies of the languages other than English that have one, each read in official
 * texts of that language (see README.md beside this file). A language without one is read for its
 * structure only.
 */
export const LANGUAGE_VOCABULARIES: Readonly<Partial<Record<Language, LanguageVocabulary>>> = {};

export type { Language, LanguageVocabulary } from './languageVocabulary';
