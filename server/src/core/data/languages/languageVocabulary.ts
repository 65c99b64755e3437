import type { IssuingBody } from '../../model';
import type { PhraseEntry } from '../vocabulary';

/**
 * The six official languages of the United Nations, by their ISO 639-1 codes. A draft is written
 * in one of them; unres reads its structure in all six and its vocabulary in those that have a
 * sourced vocabulary (English, French, Spanish).
 */
export type Language = 'en' | 'fr' | 'es' | 'ru' | 'ar' | 'zh';

/**
 * An official text in another language than English that an entry was read in: its symbol, as
 * the UN gives it in every language ("A/RES/76/268"), and the address where that language version
 * was read.
 */
export interface LanguageSource {
  readonly symbol: string;
  readonly url: string;
  /**
   * When the text read is a Security Council draft under its own symbol ("S/2004/857", as the
   * Council's press release gives it in full), the resolution the page says it was adopted as.
   */
  readonly adoptedAs?: string;
}

/** A phrase as `PhraseEntry` writes it, with the official text in the language that uses it. */
export interface LanguagePhraseEntry {
  /** The same small pattern language as the English entries (see data/vocabulary.ts). */
  readonly pattern: string;
  /** At least one official text in the language whose paragraphs open with the phrase. */
  readonly sources: readonly LanguageSource[];
}

/** The line that opens a resolution of an organ in the language ("L'Assemblée générale,"), without its comma. */
export interface OpeningLineEntry {
  readonly body: IssuingBody;
  readonly line: string;
  readonly sources: readonly LanguageSource[];
}

/**
 * What unres knows of how resolutions are worded in a language other than English: each list is
 * read in official texts in that language, every entry with the texts it was read in.
 */
export interface LanguageVocabulary {
  readonly language: Language;
  readonly openingLines: readonly OpeningLineEntry[];
  readonly operativePhrases: readonly LanguagePhraseEntry[];
  readonly preambularPhrases: readonly LanguagePhraseEntry[];
  /** Words that mark a repeated phrase: "également", "en outre"; "también", "además". */
  readonly repetitionModifiers: readonly LanguagePhraseEntry[];
  /** Adverbs that may stand with an operative verb: "fermement", "enérgicamente". */
  readonly operativeAdverbs: readonly LanguagePhraseEntry[];
  /** Adverbs that may stand with a preambular participle or adjective: "profondément", "profundamente". */
  readonly preambularAdverbs: readonly LanguagePhraseEntry[];
  /** Nouns of attitude in phrases such as "Note avec satisfaction": "satisfaction", "préoccupation". */
  readonly attitudeNouns: readonly LanguagePhraseEntry[];
  /** Adjectives that intensify an attitude noun: "vive", "profunda". */
  readonly intensityAdjectives: readonly LanguagePhraseEntry[];
  /** The words of the masthead, the adoption line and the closing lines, as official texts in the language print them. */
  readonly documentWords: DocumentWords;
}

/** The fixed words of a document's masthead and closing lines in a language, each with where it was read. */
export interface DocumentWords {
  /** The months, January first, as dates are written in the language ("19 décembre 2023", "19 de diciembre de 2023"). */
  readonly months: readonly string[];
  /** The distribution lines: "Distr. générale", "Distr. limitée"; "Distr. general", "Distr. limitada". */
  readonly distribution: readonly string[];
  /** The label of the original-language line ("Original", as in "Original : français"), and how the line names each language. */
  readonly original: { readonly label: string; readonly languageNames: Readonly<Partial<Record<Language, string>>> };
  /** The label of an agenda item ("Point 71 b) de l'ordre du jour": "Point", "de l'ordre du jour"; "Tema 71 b) del programa"). */
  readonly agendaItems: readonly { readonly before: string; readonly after: string }[];
  /** The word of a session line ("Soixante-dix-huitième session", "Septuagésimo octavo período de sesiones"): "session", "período de sesiones". */
  readonly session: string;
  /** The kind line of a draft: "Projet de résolution", "Proyecto de resolución". */
  readonly draftResolution: readonly string[];
  /** The start of an adoption line: "Résolution adoptée par l'Assemblée générale le", "Resolución aprobada por la Asamblea General el". */
  readonly adoptedBy: readonly string[];
  /**
   * The closing meeting line's words: "séance plénière", "sesión plenaria"; null while no official
   * text in the language has been read that prints them.
   */
  readonly plenaryMeeting: string | null;
  /** The official texts these words were read in. */
  readonly sources: readonly LanguageSource[];
}

export type { PhraseEntry };
