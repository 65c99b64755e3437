import type { Finding, TextEdit } from './findings';
import type { ResolutionDocument } from './model';

/** The rule id under which the parser's own problems are reported. */
export const PARSE_PROBLEM_RULE_ID = 'UNR000';

/**
 * Everything unres reports about a parsed document. For now these are the parser's problems:
 * text it could not place in the structure of a resolution.
 */
export function lint(doc: ResolutionDocument): Finding[] {
  return doc.problems.map((problem) => ({
    ruleId: PARSE_PROBLEM_RULE_ID,
    severity: problem.code === 'no-opening-line' || problem.code === 'no-paragraphs' ? 'warning' : 'information',
    message: problem.message,
    span: problem.span,
    fixes: [],
  }));
}

/**
 * Applies edits to a text. Edits must not overlap; an edit that overlaps one before it (in text
 * order) is skipped, and so is one outside the text. Returns the new text and the edits applied.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const applied: TextEdit[] = [];
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    const { start, end } = edit.span;
    if (start < cursor || end < start || end > text.length) continue;
    out += text.slice(cursor, start) + edit.newText;
    cursor = end;
    applied.push(edit);
  }
  return { text: out + text.slice(cursor), applied };
}
