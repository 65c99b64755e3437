/**
 * Dates as a draft in each language writes them: "19 December 2023", "1er décembre 2025",
 * "19 de diciembre de 2023". The months of French and Spanish are the `documentWords.months` of
 * their vocabularies (data/languages): a month that list does not give is not read, and a date
 * in a language without a vocabulary is not read at all.
 */
import { LANGUAGE_VOCABULARIES } from '../data/languages';
import { MONTHS, parseDate, type CalendarDate } from '../symbols/sessions';
import type { Language } from './languages';

/** The months of a language, January first; an empty entry is a month not yet read in a source. */
function monthsOf(language: Language): readonly string[] {
  if (language === 'en') return MONTHS;
  return LANGUAGE_VOCABULARIES[language]?.documentWords.months ?? [];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The shape of a date in each language: the day, the month and the year, in the language's order and small words. */
interface DateShape {
  /** The day: French writes the first of the month as an ordinal, "1er décembre 2025". */
  readonly day: string;
  /** Between the day and the month, and between the month and the year: Spanish writes "de". */
  readonly joiner: string;
}

const SHAPES: Readonly<Partial<Record<Language, DateShape>>> = {
  en: { day: '\\d{1,2}', joiner: '\\s+' },
  fr: { day: '(?:1er|\\d{1,2})', joiner: '\\s+' },
  es: { day: '\\d{1,2}', joiner: '\\s+de\\s+' },
};

const patterns = new Map<Language, string | null>();

/**
 * The source of an expression that matches a date of the language, with no groups of its own
 * ("\d{1,2}\s+(?:January|…)\s+\d{4}"); undefined for a language whose months unres does not know.
 * The parts may be separated by any white space, a line break included.
 */
export function datePattern(language: Language): string | undefined {
  let pattern = patterns.get(language);
  if (pattern === undefined) {
    const shape = SHAPES[language];
    const months = monthsOf(language).filter((month) => month.trim() !== '');
    pattern = shape && months.length > 0 ? `${shape.day}${shape.joiner}(?:${months.map(escape).join('|')})${shape.joiner}\\d{4}` : null;
    patterns.set(language, pattern);
  }
  return pattern ?? undefined;
}

function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * A date written in the language ("1er décembre 2025", "19 de diciembre de 2023", "30 July
 * 2010"), also across a line break; undefined for anything else, for a day the month does not
 * have ("31 février 2025") and for a month the language's list does not give.
 */
export function parseDateIn(text: string, language: Language): CalendarDate | undefined {
  if (language === 'en') return parseDate(text);
  const shape = SHAPES[language];
  if (!shape || !datePattern(language)) return undefined;
  const m = new RegExp(`^(${shape.day})${shape.joiner}(\\p{L}+)${shape.joiner}(\\d{4})$`, 'u').exec(text.trim());
  if (!m) return undefined;
  const month = monthsOf(language).indexOf(m[2]) + 1;
  const day = m[1] === '1er' ? 1 : Number(m[1]);
  const year = Number(m[3]);
  if (month === 0 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { day, month, year };
}
