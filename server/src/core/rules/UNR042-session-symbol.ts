import { ordinalWords } from '../symbols/ordinals';
import { citedSymbols, type SessionMention, type SymbolMention } from '../symbols/symbolMentions';
import type { Rule, RuleReport } from './rule';

/** What may stand between a session and the symbol of the document it names: "session (", "Session, Supplement No. 53* (". */
const SESSION_TO_SYMBOL = /^[\s*,]*(?:Supplement\s+No\.\s*\d+[A-Z]?[\s*,]*)?\(\s*$/;
/** "*Official Records of the Economic and Social Council, 2023, Supplement No. 10* (": the year the symbol must carry. */
const ECOSOC_RECORDS_BEFORE = /Official\s+Records\s+of\s+the\s+Economic\s+and\s+Social\s+Council,\s+((?:19|20)\d\d),\s+Supplement\s+No\.\s*\d+[A-Z]?[\s*,]*\(\s*$/;

/**
 * A session named in words and the symbol printed right after it name the same session: "the
 * General Assembly at its seventy-ninth session (A/79/123)", "*Official Records of the General
 * Assembly, Seventy-fifth Session, Supplement No. 53* (A/75/53)". The same holds for the Human
 * Rights Council (A/HRC/56/…) and for the year of the Economic and Social Council's Official Records
 * (E/2023/30). Documentation: docs/rules/UNR042.md.
 */
export const sessionSymbol: Rule = {
  id: 'UNR042',
  alias: 'session-symbol',
  description: 'A session named in words agrees with the session of the symbol printed next to it',
  tags: ['citations', 'sessions'],
  defaultSeverity: 'warning',
  options: [],
  fixable: false,
  check(doc, _options, report) {
    const { mentions, sessions } = citedSymbols(doc);
    const documents = mentions.filter((m) => m.kind === 'document' && m.symbol);
    let next = 0;
    for (const session of sessions) {
      // Both lists are in text order: the first symbol after each session is found in one pass.
      while (next < documents.length && documents[next].span.start < session.span.end) next++;
      const document = documents[next];
      const problem = document && SESSION_TO_SYMBOL.test(doc.text.slice(session.span.end, Math.min(document.span.start, session.span.end + 80))) ? sessionMismatch(session, document) : undefined;
      if (problem) report(problem);
    }
    for (const m of documents) {
      const records = ECOSOC_RECORDS_BEFORE.exec(doc.text.slice(Math.max(0, m.span.start - 160), m.span.start).replace(/\*/g, ''));
      if (!records || m.symbol!.organ !== 'Economic and Social Council' || m.symbol!.year === undefined) continue;
      if (Number(records[1]) !== m.symbol!.year) {
        report({ span: m.span, message: `The Official Records named here are those of ${records[1]}, but ${m.written} is a document of ${m.symbol!.year}.` });
      }
    }
  },
};

function sessionMismatch(session: SessionMention, document: SymbolMention): RuleReport | undefined {
  const symbolSession = document.symbol?.session;
  if (!session.body || !symbolSession || symbolSession.kind !== 'regular' || symbolSession.body !== session.body) return undefined;
  if (symbolSession.number === session.number) return undefined;
  const named = ordinalWords(session.number) ?? String(session.number);
  const its = ordinalWords(symbolSession.number) ?? String(symbolSession.number);
  return {
    span: document.span,
    message: `The text names the ${named} session of the ${session.body}, but ${document.written} is a document of its ${its} session.`,
  };
}
