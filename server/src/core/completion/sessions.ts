import { sessionFromOrdinalIn, sessionOfLine, sessionOrdinalIn } from '../language/sessionOrdinals';
import type { ResolutionDocument } from '../model';

/**
 * A session number in words, as the General Assembly writes it in running text ("at its
 * eighty-first session", conventions SES-01): 81 gives "eighty-first", 80 "eightieth".
 * Undefined outside 1 to 99. The words come from symbols/ordinals.ts.
 */
export function sessionOrdinal(n: number): string | undefined {
  return sessionOrdinalIn('en', n);
}

/** The number of a session written in words: "Eighty-first" gives 81. */
export function sessionFromOrdinal(words: string): number | undefined {
  return sessionFromOrdinalIn('en', words);
}

/** The session a symbol belongs to: "A/C.3/80/L.12" and "A/RES/80/6" give 80, "E/2026/L.5" the year 2026. */
const SYMBOL_SESSION = /^(A|E)\/(?:(?:C\.\d|RES|HRC|[A-Z]{2,8})\/)*(\d{1,4})\//;

/** The session of a document and how its sessions are named: in words (General Assembly, Human Rights Council) or by year (Economic and Social Council). */
export interface DocumentSession {
  readonly number: number;
  readonly naming: 'ordinal' | 'year';
  /** Where the number was read: the symbol, the session line of the masthead, the resolution number. */
  readonly from: 'symbol' | 'session line' | 'resolution number';
}

/**
 * The session of the draft or resolution, from its symbol (the surest), else from the session
 * line of the masthead ("Eightieth session", "Soixante-seizième session"), else from its number ("78/228"). Undefined when the
 * text gives none of them: a session is never guessed.
 */
export function documentSession(doc: ResolutionDocument): DocumentSession | undefined {
  const symbol = doc.header.symbol?.text;
  const m = symbol ? SYMBOL_SESSION.exec(symbol) : null;
  if (m) {
    const value = Number(m[2]);
    if (m[1] === 'E' && value >= 1946) return { number: value, naming: 'year', from: 'symbol' };
    if (value >= 1 && value < 1000) return { number: value, naming: 'ordinal', from: 'symbol' };
  }
  const sessionLine = doc.header.session?.text;
  // The Economic and Social Council names its sessions by year: "2024 session".
  const yearLine = sessionLine === undefined ? null : /^((?:19|20)\d\d) session$/.exec(sessionLine.trim());
  if (yearLine) return { number: Number(yearLine[1]), naming: 'year', from: 'session line' };
  const fromLine = sessionLine === undefined ? undefined : sessionOfLine(doc.language.code, sessionLine);
  if (fromLine !== undefined) return { number: fromLine, naming: 'ordinal', from: 'session line' };
  const resolutionNumber = doc.header.resolutionNumber && /^(\d{1,3})\/\d+/.exec(doc.header.resolutionNumber.text);
  if (resolutionNumber) return { number: Number(resolutionNumber[1]), naming: 'ordinal', from: 'resolution number' };
  return undefined;
}
