/**
 * When the General Assembly's regular sessions ran, for hovers and date checks.
 *
 * A regular session of the General Assembly opens every year in September (issue 5 of this project)
 * and runs until the next one opens, resumed parts included. So
 * session N (N ≥ 2) opens in September of 1945 + N and ends when session N + 1 opens in September
 * of the next year. Verified on the seventy-eighth session: "The General Assembly opened its
 * seventy-eighth session today" (United Nations press release GA/12525, 5 September 2023,
 * https://press.un.org/en/2023/ga12525.doc.htm), 1945 + 78 = 2023. The first session is the
 * exception: it opened on 10 January 1946 in London (United Nations Regional Information Centre,
 * "The 1946 General Assembly in pictures", https://archive.unric.org/en/latest-un-buzz/30030-the-1946-general-assembly-in-pictures)
 * and its second part opened in New York on 23 October 1946 (Wikipedia, "First session of the United
 * Nations General Assembly"), before the second session opened in September 1947.
 *
 * The exact opening day varies from year to year and is not in this table, so a check only calls a
 * date outside a session when it lies before 1 September of the opening year or after 30 September
 * of the closing year: a date in either September is never a finding.
 */

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A calendar date as UN texts write it: "30 July 2010". */
export interface CalendarDate {
  readonly day: number;
  /** 1 to 12. */
  readonly month: number;
  readonly year: number;
}

/** "30 July 2010", also with a line break or several spaces between its parts; undefined for anything else or an impossible day. */
export function parseDate(text: string): CalendarDate | undefined {
  const m = /^(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const month = (MONTHS as readonly string[]).indexOf(m[2]) + 1;
  const day = Number(m[1]);
  const year = Number(m[3]);
  if (month === 0 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { day, month, year };
}

function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function formatDate(date: CalendarDate): string {
  return `${date.day} ${MONTHS[date.month - 1]} ${date.year}`;
}

const ordinalOf = (d: CalendarDate): number => d.year * 10000 + d.month * 100 + d.day;

/** The months a regular session of the General Assembly can run in, as far as this table knows them. */
export interface SessionSpan {
  readonly session: number;
  /** The earliest day it may have opened on: 10 January 1946 for the first session, else 1 September. */
  readonly from: CalendarDate;
  /** The last day it may have ended on: 30 September of the year after it opened. */
  readonly to: CalendarDate;
  /** "September 2023 to September 2024", "January 1946 to September 1947". */
  readonly description: string;
}

/** The span of regular session N of the General Assembly; undefined for N < 1. */
export function gaSessionSpan(session: number): SessionSpan | undefined {
  if (!Number.isInteger(session) || session < 1) return undefined;
  const opening = 1945 + session;
  const from = session === 1 ? { day: 10, month: 1, year: 1946 } : { day: 1, month: 9, year: opening };
  const to = { day: 30, month: 9, year: session === 1 ? 1947 : opening + 1 };
  const description = `${session === 1 ? 'January 1946' : `September ${opening}`} to September ${to.year}`;
  return { session, from, to, description };
}

/** Whether a date can lie within regular session N: false only when it surely lies outside. */
export function mayBeInGaSession(session: number, date: CalendarDate): boolean {
  const span = gaSessionSpan(session);
  if (!span) return true;
  return ordinalOf(date) >= ordinalOf(span.from) && ordinalOf(date) <= ordinalOf(span.to);
}

/** The regular sessions a date may fall in: one, or two for a date in September. */
export function gaSessionsOfDate(date: CalendarDate): number[] {
  const sessions: number[] = [];
  for (const s of [date.year - 1946, date.year - 1945]) if (s >= 1 && mayBeInGaSession(s, date)) sessions.push(s);
  return sessions;
}

const ROMAN: ReadonlyArray<[string, number]> = [['C', 100], ['XC', 90], ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1]];

/** "XXI" → 21: the session numerals of resolutions adopted before the thirty-first session. */
export function parseRoman(numeral: string): number | undefined {
  let rest = numeral;
  let value = 0;
  for (const [letters, n] of ROMAN) {
    while (rest.startsWith(letters)) {
      value += n;
      rest = rest.slice(letters.length);
    }
  }
  return rest === '' && value > 0 && toRoman(value) === numeral ? value : undefined;
}

export function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [letters, value] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
