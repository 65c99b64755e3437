import { citedSymbols, type SymbolMention } from '../symbols/symbolMentions';
import { formatDate, gaSessionSpan, gaSessionsOfDate, mayBeInGaSession, type CalendarDate } from '../symbols/sessions';
import { ordinalWords } from '../symbols/ordinals';
import type { Rule, RuleReport } from './rule';

/**
 * A resolution cited with its adoption date ("resolution 64/293 of 30 July 2010") is dated within
 * what its number says: a General Assembly resolution within its session (session N runs from
 * September of 1945 + N to September of the next year, see symbols/sessions.ts), a Security
 * Council resolution in the year in brackets ("2712 (2023)"), an Economic and Social Council
 * resolution in the year before the slash ("2017/18"). Documentation: docs/rules/UNR040.md.
 */
export const resolutionDateSession: Rule = {
  id: 'UNR040',
  alias: 'resolution-date-session',
  description: 'A resolution cited with its adoption date is dated within the session or year its number gives',
  tags: ['citations', 'sessions'],
  defaultSeverity: 'warning',
  options: [],
  fixable: false,
  check(doc, _options, report) {
    for (const mention of citedSymbols(doc).mentions) {
      const problem = mention.kind === 'resolution' ? dateProblem(mention, doc.language.code === 'en') : undefined;
      if (problem) report(problem);
    }
  },
};

/**
 * How far, in sessions, a General Assembly resolution cited without its organ named may be dated
 * from its session and still be read as the Assembly's with a slip in the date ("resolution 64/293
 * of 30 July 2012"): other bodies number their resolutions by their own sessions ("5/14" of the
 * Environment Assembly's fifth session, in 2022), which lie far from the Assembly's.
 */
const ASSUMED_SESSION_SLIP = 2;

/**
 * The Economic and Social Council numbers its resolutions by the year of its session, and a session
 * runs from July of the year before to July ("2019 session, New York and Geneva, 26 July 2018 – 24
 * July 2019", E/2019/99; resolution 2026/2 of 19 September 2025): a date in the year or from July of
 * the year before.
 */
function mayBeInCouncilYear(year: number, date: CalendarDate): boolean {
  return date.year === year || (date.year === year - 1 && date.month >= 7);
}

/** The reason a cited date cannot be the resolution's; a French or Spanish date is quoted as the draft writes it. */
function dateProblem(mention: SymbolMention, inEnglish: boolean): RuleReport | undefined {
  const date = mention.date?.value;
  const symbol = mention.symbol;
  if (!date || !symbol || !mention.date) return undefined;
  const adoptedOn = inEnglish ? formatDate(date) : mention.date.text;
  const cited = `${mention.organ} resolution ${mention.written}`;
  const span = mention.date.span;
  const session = symbol.session;
  if (session?.body === 'General Assembly' && session.kind === 'regular') {
    if (mayBeInGaSession(session.number, date)) return undefined;
    // A bare "resolution 5/14 of 2 March 2022": a session so far from the date's is another body's numbering.
    if (mention.organAssumed && !gaSessionsOfDate(date).some((s) => Math.abs(s - session.number) <= ASSUMED_SESSION_SLIP)) return undefined;
    return { span, message: `${cited} belongs to the ${ordinalWords(session.number) ?? session.number} session (${gaSessionSpan(session.number)!.description}), but is cited as adopted on ${adoptedOn}.` };
  }
  if (symbol.year !== undefined && mention.organ === 'Economic and Social Council' && !mayBeInCouncilYear(symbol.year, date)) {
    return { span, message: `${cited} was adopted in ${symbol.year}, or from July ${symbol.year - 1} in the Council's session of that name, as its number says, but is cited as adopted on ${adoptedOn}.` };
  }
  if (symbol.year !== undefined && mention.organ === 'Security Council' && symbol.year !== date.year) {
    return { span, message: `${cited} was adopted in ${symbol.year}, as its number says, but is cited as adopted on ${adoptedOn}.` };
  }
  return undefined;
}
