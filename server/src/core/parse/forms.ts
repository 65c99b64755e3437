/**
 * The forms of text other than an ordinary resolution, and what the parser does with each: an
 * amendment's instructions are not paragraphs (the paragraphs they quote are); a decision's
 * sentence is not paragraphs; a note or other document under a United Nations masthead has no
 * resolution structure to check. The parser asks `planForm` before its body loop and `readForm`
 * after it.
 */
import type { Amendment, DecisionText, Division, DocumentKind, Heading, Paragraph, ParseProblem, ResolutionDocument, Span } from '../model';
import { planAmendment, readAmendment, type AmendmentPlan } from './amendments';
import { planDecision, readDecision, type DecisionPlan } from './decision';
import { documentKindOf } from './documentKind';
import { lineEnd, type Unit } from './units';

/** What the body loop does with a text unit: skip it, or start a block of quoted paragraphs of a part ('unknown': the phrase decides). */
export type UnitRole = 'skip' | 'preambular' | 'operative' | 'unknown';

export interface FormPlan {
  /** The unit the body starts at: an amendment's first instruction, a decision's sentence. */
  readonly bodyStart: number;
  roleOf(index: number): UnitRole | undefined;
  readonly amendment?: AmendmentPlan;
  readonly decision?: DecisionPlan;
}

/** The layout of an amendment or of a decision written as one sentence, for a text without an opening line. */
export function planForm(text: string, units: readonly Unit[]): FormPlan | undefined {
  const amendment = planAmendment(text, units);
  if (amendment) {
    return {
      bodyStart: amendment.bodyStart,
      amendment,
      roleOf(index) {
        const role = amendment.roles.get(index);
        if (role === undefined) return undefined;
        if (role === 'instruction' || role === 'other') return 'skip';
        return role === 'quote' ? 'unknown' : role === 'quote-operative' ? 'operative' : 'preambular';
      },
    };
  }
  const decision = planDecision(text, units);
  if (decision) return { bodyStart: decision.bodyStart, decision, roleOf: (index) => (index >= decision.bodyStart ? 'skip' : undefined) };
  return undefined;
}

/** What the parser read, before the form is applied to it. */
export interface ParsedBody extends Pick<ResolutionDocument, 'header' | 'opening' | 'preamble' | 'operative' | 'headings' | 'divisions' | 'annexed'> {
  readonly problems: ParseProblem[];
  /** Where the text the body may take ends: the closing lines, an annex, or the end. */
  readonly end: number;
}

export interface FormReading {
  readonly documentKind: DocumentKind;
  readonly preamble: readonly Paragraph[];
  readonly operative: readonly Paragraph[];
  readonly headings: readonly Heading[];
  readonly divisions: readonly Division[];
  readonly annexed: readonly Paragraph[];
  readonly amendment?: Amendment;
  readonly decision?: DecisionText;
  readonly problems: ParseProblem[];
}

/** Problems that only say the text is not laid out as a resolution, which a document of another kind is not meant to be. */
const LAYOUT_PROBLEMS: ReadonlySet<ParseProblem['code']> = new Set(['unrecognized-header-line', 'misplaced-subparagraph', 'unterminated-italics']);

/** The document's kind, and its model as that kind reads it. */
export function readForm(text: string, units: readonly Unit[], plan: FormPlan | undefined, body: ParsedBody): FormReading {
  const adoption = body.header.adoption;
  const documentKind = documentKindOf({
    header: body.header,
    opening: body.opening,
    amendment: plan?.amendment !== undefined,
    decisionSentence: plan?.decision !== undefined,
    operative: body.operative,
    adoptionLine: adoption && text.slice(adoption.span.start, adoption.span.end),
  });
  const reading = { ...body, documentKind };
  if (plan?.amendment) {
    const paragraphs = [...body.preamble, ...body.operative].sort((a, b) => a.span.start - b.span.start);
    return { ...reading, amendment: readAmendment(text, units, plan.amendment, body.header.sponsorLine, paragraphs) };
  }
  if (plan?.decision) return { ...reading, decision: readDecision(units, plan.decision, body.end) };
  if (documentKind !== 'other') return reading;

  // A note or other document: its paragraphs are not a resolution's, and it is said once.
  const firstUnplaced = body.problems.find((p) => p.code === 'unrecognized-header-line');
  const at = firstUnplaced?.span.start ?? body.header.title?.span.start ?? body.header.span?.start ?? 0;
  const span: Span = { start: at, end: lineEnd(text, at) };
  const problems = body.problems.filter((p) => !LAYOUT_PROBLEMS.has(p.code));
  problems.push({
    span,
    code: 'not-a-resolution',
    message: 'This document has no resolution structure (no sponsor or adoption line, opening line or operative paragraphs): unres checks its footnotes and citations only.',
  });
  return { ...reading, preamble: [], operative: [], headings: [], divisions: [], annexed: [], problems };
}
