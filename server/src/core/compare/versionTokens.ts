// What must read the same in every language version of a resolution: the symbols, dates, Treaty
// Series citations and numbers of a piece of text, each with a key that does not depend on the
// language it is written in.
import { LANGUAGE_VOCABULARIES } from '../data/languages';
import type { Language } from '../language/languages';
import type { Span } from '../model';
import { MONTHS } from '../symbols/sessions';

/** What kind of fact a token is. */
export type TokenKind = 'symbol' | 'date' | 'treaty' | 'number';

/** One fact of a text: where it is written, as written, and its key in any language. */
export interface VersionToken {
  readonly kind: TokenKind;
  readonly span: Span;
  /** The words as the draft writes them: "19 décembre 2023", "A/RES/78/123", "1 000". */
  readonly written: string;
  /** The same in every language: "2023-12-19", "A/RES/78/123", "1000". */
  readonly key: string;
  /** For a date or a Treaty Series citation: the digits it holds, as numbers, for a version that cannot read it whole. */
  readonly parts?: readonly VersionToken[];
}

/** Arabic-Indic, Eastern Arabic-Indic and full-width digits, each one code unit, read as 0–9. */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The month names of a language, January first; none for a language without a sourced list. */
function monthsOf(language: Language): readonly string[] | undefined {
  if (language === 'en') return MONTHS;
  return LANGUAGE_VOCABULARIES[language]?.documentWords.months;
}

/** Chinese writes dates in digits: "2023年12月19日". */
const CHINESE_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/gu;

/**
 * The date pattern of a language with a list of months: "19 December 2023", "1er janvier 2024",
 * "19 de diciembre de 2023", and a month with only its day or its year ("December 2023").
 */
function datePattern(language: Language): RegExp | undefined {
  if (language === 'zh') return CHINESE_DATE;
  const months = monthsOf(language);
  if (!months) return undefined;
  const month = `(${months.map(escape).join('|')})`;
  const pattern =
    language === 'es'
      ? `(?:(\\d{1,2})(?:º|°)?\\s+de\\s+)?${month}(?:\\s+de(?:l)?\\s+(\\d{4}))?`
      : `(?:(\\d{1,2})(?:er|ᵉʳ)?\\s+)?${month}(?:\\s+(\\d{4}))?`;
  return new RegExp(`(?<![\\p{L}\\d])${pattern}(?![\\p{L}])`, 'giu');
}

/** Whether dates can be read whole in a language: the ones with a month list, and Chinese. */
export function readsDates(language: Language): boolean {
  return datePattern(language) !== undefined;
}

/**
 * Document symbols ("A/C.3/79/L.16/Rev.1", "S/RES/2712 (2023)", "CEDAW/C/GC/38") and resolutions
 * cited by number ("78/123", "2712 (2023)", "2200 A (XXI)"): written alike in every language.
 */
const SYMBOL = new RegExp(
  [
    '(?<![A-Za-z\\d/])[A-Z][A-Z0-9]*(?:\\.\\d+)?(?:/[A-Za-z0-9.-]*[A-Za-z0-9])+(?:\\s?\\(\\d{4}\\))?',
    '(?<![A-Za-z\\d/.,])\\d{1,4}/\\d{1,4}(?![\\d/])',
    '(?<![A-Za-z\\d/.,])\\d{1,4}\\s?(?:[A-Z]\\s)?\\((?:\\d{4}|[IVXL]+)\\)',
  ].join('|'),
  'gu',
);

/** "vol. 993, No. 14531", "vol. 993, n° 14531", "vol. 993, núm. 14531", "vols. 1342 and 2260, No. 22495", "т. 993, № 14531". */
const TREATY_SERIES = /(?<![\p{L}])(?:vols?\.|т\.)\s*(\d+(?:\s*(?:,|and|et|y|и|-|–)\s*\d+)*),?\s*(?:No\.|n°|nº|n\.º|núm\.|№)\s*(\d+)/giu;

/** A number, with its thousands or decimal separators: "1,000", "1 000", "2.5", "2,5", "80". */
const NUMBER = /\d+(?:(?:[.,\u00A0\u202F\u2009\u066B\u066C]|\s(?=\d{3}(?!\d)))\d+)*/g;

/** Leaves spaces where the matches were (in text order, not overlapping), so that offsets stay those of the text. */
function blanked(text: string, spans: ReadonlyArray<readonly [number, number]>): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of spans) {
    parts.push(text.slice(at, from), ' '.repeat(to - from));
    at = to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Numbers of a piece of a date or citation, as the tokens a version that cannot read it whole compares. */
function numberTokens(written: string, text: string, from: number, to: number, offset: number): VersionToken[] {
  const tokens: VersionToken[] = [];
  for (const m of text.slice(from, to).matchAll(NUMBER)) {
    const start = from + m.index;
    const end = start + m[0].length;
    tokens.push({ kind: 'number', span: { start: offset + start, end: offset + end }, written: written.slice(start, end), key: m[0].replace(/\D/g, '') });
  }
  return tokens;
}

/**
 * The tokens of a text in a language. `text` is the piece to read with its markup and footnote
 * marks already blanked out; `offset` is where it starts in the document.
 */
export function versionTokens(written: string, text: string, offset: number, language: Language): VersionToken[] {
  const tokens: VersionToken[] = [];
  let rest = westernDigits(text);
  // Each pass takes its matches, then blanks them all at once for the next pass.
  let taken: Array<readonly [number, number]> = [];
  const take = (kind: TokenKind, start: number, end: number, key: string, parts?: VersionToken[]): void => {
    tokens.push({ kind, span: { start: offset + start, end: offset + end }, written: written.slice(start, end), key, ...(parts ? { parts } : {}) });
    taken.push([start, end]);
  };
  const endPass = (): void => {
    rest = blanked(rest, taken);
    taken = [];
  };
  for (const m of rest.matchAll(SYMBOL)) take('symbol', m.index, m.index + m[0].length, m[0].replace(/\s+/g, ''));
  endPass();
  for (const m of rest.matchAll(TREATY_SERIES)) {
    const volumes = (m[1].match(/\d+/g) ?? []).map(Number).sort((a, b) => a - b);
    take('treaty', m.index, m.index + m[0].length, `vol. ${volumes.join(', ')}, No. ${Number(m[2])}`, numberTokens(written, rest, m.index, m.index + m[0].length, offset));
  }
  endPass();
  const dates = datePattern(language);
  if (dates) {
    const months = monthsOf(language)?.map((month) => month.toLowerCase());
    for (const m of rest.matchAll(dates)) {
      const [day, month, year] = language === 'zh' ? [m[3], m[2], m[1]] : [m[1], m[2], m[3]];
      if (day === undefined && year === undefined) continue;
      const monthNumber = language === 'zh' ? Number(month) : (months?.indexOf(month.toLowerCase()) ?? -1) + 1;
      const key = `${year ?? '?'}-${String(monthNumber).padStart(2, '0')}-${day === undefined ? '?' : String(Number(day)).padStart(2, '0')}`;
      // A version that reads no dates sees the day and the year as numbers; Chinese writes the month in digits too, which English does not.
      const parts = numberTokens(written, rest, m.index, m.index + m[0].length, offset).filter((_, index) => language !== 'zh' || index !== 1);
      take('date', m.index, m.index + m[0].length, key, parts);
    }
    endPass();
  }
  tokens.push(...numberTokens(written, rest, 0, rest.length, offset));
  return tokens.sort((a, b) => a.span.start - b.span.start);
}
