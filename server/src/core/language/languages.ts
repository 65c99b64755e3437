import type { Language } from '../data/languages/languageVocabulary';

export type { Language };

/** The six official languages, English first. */
export const LANGUAGES: readonly Language[] = ['en', 'fr', 'es', 'ru', 'ar', 'zh'];

/** The names of the languages in the interface's language (English), as messages and the status bar give them. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  ru: 'Russian',
  ar: 'Arabic',
  zh: 'Chinese',
};

/** The names a user may give a language in a setting or a comment, each language's own name included. */
const NAMES_OF: Readonly<Record<Language, readonly string[]>> = {
  en: ['en', 'english', 'anglais', 'inglés', 'ingles'],
  fr: ['fr', 'french', 'français', 'francais', 'francés', 'frances'],
  es: ['es', 'spanish', 'español', 'espanol', 'espagnol'],
  ru: ['ru', 'russian', 'русский', 'russe', 'ruso'],
  ar: ['ar', 'arabic', 'العربية', 'arabe'],
  zh: ['zh', 'chinese', '中文', 'chinois', 'chino'],
};

/** The language a setting or a comment names ("fr", "French", "español"), or undefined when it names none. */
export function readLanguage(value: unknown): Language | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.trim().toLowerCase();
  return LANGUAGES.find((language) => NAMES_OF[language].includes(name));
}

/** Whether a value is one of the language codes. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The marks that end paragraphs as each language writes them, where they differ from the Latin
 * ones: Chinese uses full-width marks; Arabic its own comma and semicolon (U+060C ARABIC COMMA,
 * U+061B ARABIC SEMICOLON, The Unicode Standard, chapter 9 "Arabic"), with the Latin full stop and colon.
 */
const PUNCTUATION_FORMS: Readonly<Partial<Record<Language, Readonly<Record<string, string>>>>> = {
  zh: { ',': '，', ';': '；', '.': '。', ':': '：' },
  ar: { ',': '،', ';': '؛' },
};

/** A paragraph mark (",", ";", ".", ":") as a draft in the language writes it. */
export function markIn(language: Language, mark: string): string {
  return PUNCTUATION_FORMS[language]?.[mark] ?? mark;
}

/** The Latin mark a paragraph mark of any language stands for ("；" → ";"), or the mark itself. */
export function latinMark(mark: string): string {
  for (const forms of Object.values(PUNCTUATION_FORMS)) {
    for (const [latin, form] of Object.entries(forms ?? {})) if (form === mark) return latin;
  }
  return mark;
}
