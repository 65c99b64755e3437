import { citedSymbols, type SymbolMention } from '../symbols/symbolMentions';
import { formatDate, gaSessionSpan, mayBeInGaSession } from '../symbols/sessions';
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
      const problem = mention.kind === 'resolution' ? dateProblem(mention) : undefined;
      if (problem) report(problem);
    }
  },
};

function dateProblem(mention: SymbolMention): RuleReport | undefined {
  const date = mention.date?.value;
  const symbol = mention.symbol;
  if (!date || !symbol || !mention.date) return undefined;
  const cited = `${mention.organ} resolution ${mention.written}`;
  const span = mention.date.span;
  const session = symbol.session;
  if (session?.body === 'General Assembly' && session.kind === 'regular') {
    if (mayBeInGaSession(session.number, date)) return undefined;
    return { span, message: `${cited} belongs to the ${ordinalWords(session.number) ?? session.number} session (${gaSessionSpan(session.number)!.description}), but is cited as adopted on ${formatDate(date)}.` };
  }
  if (symbol.year !== undefined && (mention.organ === 'Security Council' || mention.organ === 'Economic and Social Council') && symbol.year !== date.year) {
    return { span, message: `${cited} was adopted in ${symbol.year}, as its number says, but is cited as adopted on ${formatDate(date)}.` };
  }
  return undefined;
}
