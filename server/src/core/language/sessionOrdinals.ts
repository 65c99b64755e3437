import { ordinalWords, parseOrdinal } from '../symbols/ordinals';
import type { Language } from './languages';

/**
 * Sessions named in words, in the languages whose session words unres writes: "eighty-first
 * session", "quatre-vingt-unième session", "octogésimo primer período de sesiones". The words
 * are the language's ordinal numbers in the form a session takes: French agrees with the feminine
 * "session" ("première", "vingt et unième"); Spanish puts the ordinal before the masculine
 * "período" and shortens "primero" and "tercero" there ("septuagésimo primer período de
 * sesiones"). Running text writes them in lower case; a masthead capitalizes the first word
 * ("Soixante-seizième session", "Septuagésimo sexto período de sesiones").
 */

/** The highest session named in words here, in every language: how the hundredth is spelled is not known. */
export const MAX_WORDED_SESSION = 99;

const FRENCH_UNITS = ['', 'unième', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième'];
const FRENCH_TEENS = ['dixième', 'onzième', 'douzième', 'treizième', 'quatorzième', 'quinzième', 'seizième', 'dix-septième', 'dix-huitième', 'dix-neuvième'];
/** The cardinal of each ten as it starts a compound ordinal; 70 and 90 are counted as 60 and 80 plus a teen. */
const FRENCH_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'soixante', 'quatre-vingt', 'quatre-vingt'];
const FRENCH_TENS_ORDINALS = ['', '', 'vingtième', 'trentième', 'quarantième', 'cinquantième', 'soixantième', 'soixante-dixième', 'quatre-vingtième', 'quatre-vingt-dixième'];

/** "première", "vingt et unième", "soixante et onzième", "quatre-vingt-unième", "quatre-vingt-dix-neuvième". */
function frenchSessionOrdinal(n: number): string {
  if (n === 1) return 'première';
  if (n < 10) return FRENCH_UNITS[n];
  if (n < 20) return FRENCH_TEENS[n - 10];
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (tens === 7 || tens === 9) {
    const teen = n - (tens === 7 ? 60 : 80) - 10;
    if (teen === 0) return FRENCH_TENS_ORDINALS[tens];
    // "et" joins one to the tens up to seventy-one; eighty-one and ninety-one take a hyphen.
    return tens === 7 && teen === 1 ? 'soixante et onzième' : `${FRENCH_TENS[tens]}-${FRENCH_TEENS[teen]}`;
  }
  if (unit === 0) return FRENCH_TENS_ORDINALS[tens];
  if (unit === 1 && tens < 8) return `${FRENCH_TENS[tens]} et unième`;
  return `${FRENCH_TENS[tens]}-${FRENCH_UNITS[unit]}`;
}

/** Before "período", "primero" and "tercero" lose their last letter. */
const SPANISH_UNITS = ['', 'primer', 'segundo', 'tercer', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno'];
const SPANISH_TENS = ['', 'décimo', 'vigésimo', 'trigésimo', 'cuadragésimo', 'quincuagésimo', 'sexagésimo', 'septuagésimo', 'octogésimo', 'nonagésimo'];

/**
 * "primer", "vigésimo", "septuagésimo primer", "octogésimo". Undefined from eleven to nineteen:
 * Spanish writes them in more than one way ("undécimo" or "decimoprimer") and which one the
 * United Nations uses has not been read in an official text.
 */
function spanishSessionOrdinal(n: number): string | undefined {
  if (n < 10) return SPANISH_UNITS[n];
  if (n === 10) return SPANISH_TENS[1];
  if (n < 20) return undefined;
  const tens = SPANISH_TENS[Math.floor(n / 10)];
  const unit = n % 10;
  return unit === 0 ? tens : `${tens} ${SPANISH_UNITS[unit]}`;
}

/**
 * A session numbered in figures, where a language's texts write it so: the Human Rights Council's
 * Spanish texts print "34º período de sesiones" (A/HRC/RES/34/16) and "53er período de sesiones"
 * (A/HRC/RES/53/7).
 */
const SESSION_IN_FIGURES: Partial<Record<Language, RegExp>> = { es: /^(\d{1,3})(?:º|er)$/ };

/** The source of a session in figures in a language that writes one ("34º"), without anchors, for a larger pattern. */
export function sessionFiguresPattern(language: Language): string | undefined {
  return SESSION_IN_FIGURES[language]?.source.replace(/^\^|\$$/g, '');
}

/** The number of a session as a text names it, in words or, where the language writes them, in figures: "Soixante-seizième", "34º". */
export function sessionNumberIn(language: Language, words: string): number | undefined {
  const figures = SESSION_IN_FIGURES[language]?.exec(words);
  return figures ? Number(figures[1]) : sessionFromOrdinalIn(language, words);
}

/** What a session is called after its ordinal: "session", "período de sesiones". */
export function sessionWordIn(language: Language): string | undefined {
  return language === 'en' || language === 'fr' ? 'session' : language === 'es' ? 'período de sesiones' : undefined;
}

/**
 * The ordinal that names session `n` in running text, in lower case: 81 gives "eighty-first",
 * "quatre-vingt-unième", "octogésimo primer". Undefined outside 1 to 99, in a language whose
 * session words unres does not write, and where the form is not known.
 */
export function sessionOrdinalIn(language: Language, n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORDED_SESSION) return undefined;
  switch (language) {
    case 'en':
      return ordinalWords(n);
    case 'fr':
      return frenchSessionOrdinal(n);
    case 'es':
      return spanishSessionOrdinal(n);
    default:
      return undefined;
  }
}

const fold = (words: string): string =>
  words
    .toLowerCase()
    .replace(/[\u2010\u2011\u2013-]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

const BY_WORDS: Partial<Record<Language, Map<string, number>>> = {};
function wordsOf(language: 'fr' | 'es'): Map<string, number> {
  let map = BY_WORDS[language];
  if (!map) {
    map = new Map();
    for (let n = 1; n <= MAX_WORDED_SESSION; n++) {
      const words = sessionOrdinalIn(language, n);
      if (words) map.set(words, n);
    }
    BY_WORDS[language] = map;
  }
  return map;
}

/**
 * A regular-expression source that matches any session ordinal unres reads in a language other
 * than English ("soixante-dix-neuvième", "septuagésimo noveno"), longest first, with a line break
 * allowed between its words; use it with the `iu` flags and read the number with
 * `sessionFromOrdinalIn`.
 */
export function sessionOrdinalPattern(language: 'fr' | 'es'): string {
  const words = [...wordsOf(language).keys()].sort((a, b) => b.length - a.length);
  const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '[\\u2010\\u2011\\u2013-]\\s*').replace(/ /g, '\\s+');
  return `(?:${words.map(escape).join('|')})`;
}

/** The number of a session ordinal in any case: "Soixante-seizième" gives 76, "Septuagésimo sexto" 76. */
export function sessionFromOrdinalIn(language: Language, words: string): number | undefined {
  if (language === 'en') {
    const n = parseOrdinal(words);
    return n !== undefined && n <= MAX_WORDED_SESSION ? n : undefined;
  }
  if (language !== 'fr' && language !== 'es') return undefined;
  return wordsOf(language).get(fold(words));
}

/**
 * The session a masthead's session line names: "Eightieth session", "Resumed seventy-ninth
 * session", "Soixante-seizième session", "Sexagésimo primer período de sesiones", "34º período
 * de sesiones".
 */
export function sessionOfLine(language: Language, line: string): number | undefined {
  const word = sessionWordIn(language);
  if (!word) return undefined;
  const m = new RegExp(`^(?:Resumed )?(.+?)\\s+${word.replace(/ /g, '\\s+')}$`, 'iu').exec(line.trim());
  if (!m) return undefined;
  return sessionNumberIn(language, m[1]);
}
