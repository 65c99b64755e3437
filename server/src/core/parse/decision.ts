/**
 * Decisions written as one sentence: "The General Assembly, recalling its resolution 78/28 …,
 * decides to include in the provisional agenda …" (A/C.1/80/L.39), "The General Assembly decides to
 * defer …" followed by a list (A/C.5/80/L.22), or "… the Assembly: (a) Decides …; (b) Also decides
 * …" (A/C.6/80/L.9), or "The General Assembly:" on its own line before such lettered clauses. The opening words run on into the sentence instead of standing on a line of
 * their own, and what follows is not preambular and operative paragraphs.
 */
import type { DecisionText, IssuingBody, Span } from '../model';
import { stripMarkup } from './inline';
import type { Unit } from './units';

/**
 * The opening words running on in lower case, or standing alone before a colon ("The General
 * Assembly:" then "(a) Approves …; (b) Invites …", A/C.2/80/L.60): a resolution's opening line
 * ends with a comma, never a colon.
 */
const INLINE_OPENING = /^(The (General Assembly|Security Council|Economic and Social Council|Human Rights Council))(?:,?\s+(?=[a-z])|\s*:\s*$)/;
/** The sentence stands under the masthead and title: it is looked for only among the first blocks. */
const MAX_LEADING_UNITS = 40;
const NUMBERED = /^\d+\.\s/;

/** Where a decision's sentence starts: the unit and the opening words, or undefined when the text has none. */
export interface DecisionPlan {
  readonly bodyStart: number;
  readonly opening: Span;
  readonly body: IssuingBody;
}

/**
 * The unit that opens with "The General Assembly" and runs on in lower case ("The General
 * Assembly, recalling …", "The General Assembly decides …"), before any numbered paragraph.
 */
export function planDecision(text: string, units: readonly Unit[]): DecisionPlan | undefined {
  for (let i = 0; i < Math.min(units.length, MAX_LEADING_UNITS); i++) {
    const unit = units[i];
    if (unit.kind !== 'text') continue;
    const head = { start: unit.span.start, end: Math.min(unit.span.end, unit.span.start + 200) };
    if (NUMBERED.test(text.slice(head.start, head.end))) return undefined;
    const { plain, offsets } = stripMarkup(text, head);
    const m = INLINE_OPENING.exec(plain);
    if (m) return { bodyStart: i, opening: { start: offsets[0], end: offsets[m[1].length - 1] + 1 }, body: m[2] as IssuingBody };
  }
  return undefined;
}

/** The decision's text: from its opening words to the end of the last text block before `limit` (closing lines, annex). */
export function readDecision(units: readonly Unit[], plan: DecisionPlan, limit: number): DecisionText {
  let end = units[plan.bodyStart].span.end;
  for (let i = plan.bodyStart + 1; i < units.length && units[i].span.start < limit; i++) {
    if (units[i].kind === 'text') end = units[i].span.end;
  }
  return { span: { start: plan.opening.start, end }, opening: plan.opening, body: plan.body };
}
