import { resolveRule, type RuleConfig } from './config';
import type { Finding, TextEdit } from './findings';
import type { ResolutionDocument } from './model';
import { RULES } from './rules';

/** The rule id under which the parser's own problems are reported. */
export const PARSE_PROBLEM_RULE_ID = 'UNR000';

/**
 * Everything unres reports about a parsed document: the findings of every rule the configuration
 * leaves on, in text order.
 */
export function lint(doc: ResolutionDocument, config: RuleConfig = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const { severity, options } = resolveRule(rule, config);
    if (severity === 'off') continue;
    rule.check(doc, options, (report) => {
      findings.push({ ruleId: rule.id, severity, message: report.message, span: report.span, fixes: report.fixes ?? [] });
    });
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
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
