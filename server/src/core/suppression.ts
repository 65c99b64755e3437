import type { Finding } from './findings';
import type { ResolutionDocument, Span } from './model';
import type { Rule } from './rules/rule';

/**
 * Inline suppression, written as HTML comments on a line of their own so they never show in a
 * rendered draft:
 * - `<!-- unres-disable UNR003, punctuation -->` turns rules off for the whole file;
 * - `<!-- unres-disable-next UNR001 -->` turns them off for the paragraph that follows.
 * Rules are named by id, alias or tag; with no names the comment turns every rule off.
 */
export interface Suppression {
  /** The comment itself. */
  readonly span: Span;
  /** Where findings are suppressed: the whole text, or the next paragraph. */
  readonly scope: Span;
  /** The rule ids it turns off; undefined for every rule. */
  readonly ruleIds?: ReadonlySet<string>;
  /** Names in the comment that are no rule id, alias or tag. */
  readonly unknownNames: readonly string[];
}

const DIRECTIVE = /^<!--\s*unres-(disable-next|disable)(?=[\s-])([\s\S]*?)-->$/;

/** The suppression comments of a document, with the rule ids each turns off. */
export function suppressions(doc: ResolutionDocument, rules: readonly Rule[]): Suppression[] {
  const result: Suppression[] = [];
  for (const comment of doc.comments) {
    const match = DIRECTIVE.exec(doc.text.slice(comment.start, comment.end).trim());
    if (!match) continue;
    const names = match[2].split(/[\s,]+/).filter((n) => n.length > 0);
    const ruleIds = new Set<string>();
    const unknownNames: string[] = [];
    for (const name of names) {
      const named = rules.filter((r) => r.id.toLowerCase() === name.toLowerCase() || r.alias === name || r.tags.includes(name));
      if (named.length === 0) unknownNames.push(name);
      for (const r of named) ruleIds.add(r.id);
    }
    const scope = match[1] === 'disable' ? { start: 0, end: doc.text.length } : nextBlock(doc, comment.end);
    result.push({ span: comment, scope, ruleIds: names.length > 0 ? ruleIds : undefined, unknownNames });
  }
  return result;
}

/** The paragraph that follows a comment; for any other text, the block up to the next blank line. */
function nextBlock(doc: ResolutionDocument, from: number): Span {
  const paragraph = [...doc.preamble, ...doc.operative].find((p) => p.span.start >= from);
  const blockStart = doc.text.slice(from).search(/\S/);
  const start = blockStart < 0 ? doc.text.length : from + blockStart;
  if (paragraph && !doc.comments.some((c) => c.start >= from && c.start < paragraph.span.start) && doc.text.slice(from, paragraph.span.start).trim() === '') {
    return { start, end: paragraph.span.end };
  }
  const blank = /\n[ \t]*\r?\n/g;
  blank.lastIndex = start;
  const end = blank.exec(doc.text);
  return { start, end: end ? end.index : doc.text.length };
}

/** Whether a suppression turns a finding off. */
export function isSuppressed(finding: Finding, all: readonly Suppression[]): boolean {
  return all.some((s) => finding.span.start >= s.scope.start && finding.span.start <= s.scope.end && (!s.ruleIds || s.ruleIds.has(finding.ruleId)));
}
