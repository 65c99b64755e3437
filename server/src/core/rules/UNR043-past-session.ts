import type { Paragraph } from '../model';
import { ordinalWords } from '../symbols/ordinals';
import { assemblySession, citedSymbols, type SessionMention } from '../symbols/symbolMentions';
import type { Rule } from './rule';

/** Verbs that ask for something to come (a report, a debate, an agenda item), in the opener or later in the clause ("… and requests …"). */
const FORWARD_VERB = /\b(?:requests?|invites?|decides?|calls?\s+upon|encourages?|urges?|recommends?|entrusts?|mandates?)\b/i;
/** "to submit to the General Assembly at its …", "a report to be submitted …", "to provide, at its …". */
const REPORTING = /\bto\s+(?:(?:continue\s+to\s+)?(?:submit|report|present|provide|transmit|inform|brief)|be\s+submitted)\b/;
const ASSEMBLY_OR_ITSELF = /(?:(?:General\s+)?Assembly,?\s+at\s+its\s+|(?:submit|report|present|provide),?\s+at\s+its\s+)$/;
/** "Decides to include in the provisional agenda of its …", "Decides to consider the matter at its …". */
const DECIDES_FOR_SESSION = /\bto\s+(?:include\s+in\s+the\s+provisional\s+agenda\s+of\s+its\s+|(?:consider|continue\s+(?:its\s+)?consideration\s+of|take\s+up|keep)\b[^;]*?\bat\s+its\s+)$/;
/** "the report submitted to the General Assembly at its …": a participle names when something was done, not what is asked ("a report to be submitted …" is asked). */
const PAST_REPORT = /(?<!\bbe\s+)\b(?:submitted|presented|transmitted|provided|made|considered)\s+to\s+(?:the\s+)?(?:General\s+)?Assembly,?\s+at\s+its\s+$/;
const ANOTHER_BODY = /\b(?:Council|Commission|Committee|Conference|Board|Meeting\s+of|Assembly\s+of\s+States)\b/;

/**
 * A text asks for a report, a debate or an agenda item at a session of the General Assembly that
 * is still to come: a draft of the eightieth session cannot ask the Secretary-General to report
 * "to the General Assembly at its seventy-ninth session". The session of the text comes from its
 * symbol, its resolution number or its masthead; a text whose session is unknown is not checked.
 * Documentation: docs/rules/UNR043.md.
 */
export const pastSession: Rule = {
  id: 'UNR043',
  alias: 'past-session',
  description: 'A report or debate is asked for at a session of the General Assembly that has not already passed',
  tags: ['sessions'],
  defaultSeverity: 'warning',
  options: [],
  fixable: false,
  check(doc, _options, report) {
    const own = assemblySession(doc);
    if (!own || (doc.opening && doc.opening.body !== 'General Assembly')) return;
    const paragraphs = doc.operative;
    let at = 0;
    // Sessions and paragraphs are both in text order: each session's paragraph is found in one pass.
    for (const session of citedSymbols(doc).sessions) {
      while (at < paragraphs.length && paragraphs[at].span.end < session.span.end) at++;
      const paragraph = paragraphs[at];
      if (!paragraph || session.span.start < paragraph.span.start) continue;
      if (session.number >= own.number || !asksFor(doc.text, paragraph, session)) continue;
      report({
        span: session.span,
        message: `The ${ordinalWords(session.number) ?? session.number} session of the General Assembly has already passed: this text is of the ${ordinalWords(own.number) ?? own.number} session (${own.source}).`,
      });
    }
  },
};

/** Whether the words before a session in its clause ask for something at that session of the Assembly. */
function asksFor(text: string, paragraph: Paragraph, session: SessionMention): boolean {
  const before = text.slice(paragraph.span.start, session.span.start).replace(/\*/g, '');
  const clause = before.slice(before.lastIndexOf(';') + 1);
  if (!FORWARD_VERB.test(paragraph.opener?.text ?? '') && !FORWARD_VERB.test(clause)) return false;
  if (session.form === 'of the') return session.body === 'General Assembly' && REPORTING.test(clause);
  if (session.body && session.body !== 'General Assembly') return false;
  // "to provide an update to the report submitted to the General Assembly at its seventy-second session": that session is the old report's.
  if (PAST_REPORT.test(clause)) return false;
  if (REPORTING.test(clause) && ASSEMBLY_OR_ITSELF.test(clause)) return true;
  // "Decides to consider the matter at its …": the Assembly's own session, unless another body is named after "decides".
  const decides = [...clause.matchAll(/\bdecides\b/gi)].pop();
  const decision = decides ? clause.slice(decides.index) : '';
  return DECIDES_FOR_SESSION.test(decision) && !ANOTHER_BODY.test(decision);
}
