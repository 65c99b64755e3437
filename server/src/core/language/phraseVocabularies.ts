// The opening phrases of each language, in the one shape the phrase matcher reads. English comes
// from data/vocabulary.ts; French and Spanish from data/languages/, whose entries each name the
// official texts they were read in. Russian, Arabic and Chinese have no sourced vocabulary yet:
// their lists are empty, and the rules that need them stay quiet.
import { LANGUAGE_VOCABULARIES } from '../data/languages';
import type { LanguagePhraseEntry, LanguageVocabulary } from '../data/languages/languageVocabulary';
import {
  ATTITUDE_NOUNS,
  INTENSITY_ADJECTIVES,
  IRREGULAR_PARTICIPLES,
  OPERATIVE_ADVERBS,
  OPERATIVE_PHRASES,
  PREAMBULAR_ADVERBS,
  PREAMBULAR_PHRASES,
  REPETITION_MODIFIERS,
  type PhraseEntry,
} from '../data/vocabulary';
import type { Language } from './languages';

/** What the phrase matcher needs of a language. */
export interface PhraseVocabulary {
  readonly operativePhrases: readonly PhraseEntry[];
  readonly preambularPhrases: readonly PhraseEntry[];
  readonly operativeAdverbs: readonly PhraseEntry[];
  readonly repetitionModifiers: readonly PhraseEntry[];
  readonly preambularAdverbs: readonly PhraseEntry[];
  readonly attitudeNouns: readonly PhraseEntry[];
  readonly intensityAdjectives: readonly PhraseEntry[];
  readonly irregularParticiples: readonly PhraseEntry[];
  /**
   * Whether the lists hold every phrase a resolution of the language opens with (English, read in
   * the whole corpus), or only those read so far in official texts (French, Spanish): where they do
   * not, an opening phrase missing from them may still be right, and only one close to a listed
   * phrase (a slip of the pen) is reported.
   */
  readonly complete: boolean;
  /** The word that joins two phrases: "and", "et", "y". */
  readonly conjunction: string;
  /** The particles that may end an opening phrase ("Calls for", "Prend note de", "Toma nota de"). */
  readonly particles: readonly string[];
  /** Whether an unlisted word has the shape of an adverb ("deeply", "profondément", "profundamente"). */
  hasAdverbShape(word: string): boolean;
  /** Whether an unlisted word has the shape of a past participle ("considered", "examiné", "examinado"). */
  hasParticipleShape(word: string): boolean;
}

const ENGLISH: PhraseVocabulary = {
  operativePhrases: OPERATIVE_PHRASES,
  preambularPhrases: PREAMBULAR_PHRASES,
  operativeAdverbs: OPERATIVE_ADVERBS,
  repetitionModifiers: REPETITION_MODIFIERS,
  preambularAdverbs: PREAMBULAR_ADVERBS,
  attitudeNouns: ATTITUDE_NOUNS,
  intensityAdjectives: INTENSITY_ADJECTIVES,
  irregularParticiples: IRREGULAR_PARTICIPLES,
  complete: true,
  conjunction: 'and',
  particles: ['for', 'upon', 'on', 'to', 'of', 'with', 'by'],
  hasAdverbShape: (word) => word.length >= 6 && word.endsWith('ly'),
  hasParticipleShape: (word) => word.length > 4 && word.endsWith('ed'),
};

/** A language without a sourced vocabulary: structure is read, phrases are not matched. */
const NONE: PhraseVocabulary = {
  operativePhrases: [],
  preambularPhrases: [],
  operativeAdverbs: [],
  repetitionModifiers: [],
  preambularAdverbs: [],
  attitudeNouns: [],
  intensityAdjectives: [],
  irregularParticiples: [],
  complete: false,
  conjunction: '',
  particles: [],
  hasAdverbShape: () => false,
  hasParticipleShape: () => false,
};

/** An entry read in official texts of another language, as the matcher takes it. */
function asPhraseEntry(entry: LanguagePhraseEntry): PhraseEntry {
  return { pattern: entry.pattern, sources: ['OFFICIAL_LANGUAGES'], symbol: entry.sources[0]?.symbol };
}

function fromLanguage(
  vocabulary: LanguageVocabulary | undefined,
  words: Pick<PhraseVocabulary, 'conjunction' | 'particles' | 'hasAdverbShape' | 'hasParticipleShape'>,
): PhraseVocabulary {
  if (!vocabulary) return NONE;
  return {
    operativePhrases: vocabulary.operativePhrases.map(asPhraseEntry),
    preambularPhrases: vocabulary.preambularPhrases.map(asPhraseEntry),
    operativeAdverbs: vocabulary.operativeAdverbs.map(asPhraseEntry),
    repetitionModifiers: vocabulary.repetitionModifiers.map(asPhraseEntry),
    preambularAdverbs: vocabulary.preambularAdverbs.map(asPhraseEntry),
    attitudeNouns: vocabulary.attitudeNouns.map(asPhraseEntry),
    intensityAdjectives: vocabulary.intensityAdjectives.map(asPhraseEntry),
    irregularParticiples: [],
    complete: false,
    ...words,
  };
}

const FRENCH = fromLanguage(LANGUAGE_VOCABULARIES.fr, {
  conjunction: 'et',
  particles: ['de', 'à', 'par', 'sur', 'pour', 'avec', 'du', 'des', 'aux', 'au'],
  // "profondément", "vivement", "fermement".
  hasAdverbShape: (word) => word.length >= 7 && word.endsWith('ment'),
  // "examiné", "examinée", "pris" is listed where the texts use it.
  hasParticipleShape: (word) => word.length > 4 && /(?:é|ée|és|ées|i|u)$/.test(word),
});

const SPANISH = fromLanguage(LANGUAGE_VOCABULARIES.es, {
  conjunction: 'y',
  particles: ['de', 'a', 'por', 'con', 'en', 'sobre', 'del', 'al'],
  // "profundamente", "enérgicamente".
  hasAdverbShape: (word) => word.length >= 8 && word.endsWith('mente'),
  // "examinado", "recibido".
  hasParticipleShape: (word) => word.length > 5 && /(?:ado|ido|ada|ida)$/.test(word),
});

/** The phrase vocabulary of a language. */
export function phraseVocabulary(language: Language): PhraseVocabulary {
  switch (language) {
    case 'en':
      return ENGLISH;
    case 'fr':
      return FRENCH;
    case 'es':
      return SPANISH;
    default:
      return NONE;
  }
}

/** The vocabulary of a language other than English, with its opening lines and document words, when it has one. */
export function languageVocabulary(language: Language): LanguageVocabulary | undefined {
  return LANGUAGE_VOCABULARIES[language];
}
