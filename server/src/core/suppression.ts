import type { Finding, TextEdit } from './findings';
import type { Paragraph, ResolutionDocument, Span } from './model';
import type { Rule } from './rules/rule';

/**
 * Inline suppression, written as HTML comments (which never show in a rendered draft and, blanked
 * out of the text, never change how it is read), as markdownlint's are:
 * - `<!-- unres-disable UNR003, punctuation -->` turns rules off from the comment on, until
 *   `<!-- unres-enable UNR003 -->` (or `<!-- unres-enable -->`, every rule) turns them on again;
 * - `<!-- unres-disable-file UNR003 -->` turns them off in the whole file, wherever it stands;
 * - `<!-- unres-disable-next UNR001 -->` turns them off for the paragraph that follows.
 * Rules are named by id, alias or tag; with no names a comment turns every rule off (or on).
 */
export interface Suppression {
  /** The comment that makes it (for a stretch between a disable and an enable, the disable). */
  readonly span: Span;
  /** Where findings are suppressed. */
  readonly scope: Span;
  /** The rule ids it turns off; undefined for every rule. */
  readonly ruleIds?: ReadonlySet<string>;
}

/** A suppression comment as written, with the rules it names. */
export interface SuppressionComment {
  readonly span: Span;
  readonly directive: SuppressionDirective;
  /** The rule ids it names; undefined when it names none (every rule). */
  readonly ruleIds?: ReadonlySet<string>;
  /** Names in the comment that are no rule id, alias or tag. */
  readonly unknownNames: readonly string[];
}

export type SuppressionDirective = 'disable' | 'enable' | 'disable-file' | 'disable-next';

const DIRECTIVE = /^<!--\s*unres-(disable-next|disable-file|disable|enable)(?=[\s-])([\s\S]*?)-->$/;

/** The suppression comments of a document, each with the rules it names, in text order. */
export function suppressionComments(doc: ResolutionDocument, rules: readonly Rule[]): SuppressionComment[] {
  const result: SuppressionComment[] = [];
  for (const comment of doc.comments) {
    const match = DIRECTIVE.exec(doc.source.slice(comment.start, comment.end).trim());
    if (!match) continue;
    const names = match[2].split(/[\s,]+/).filter((n) => n.length > 0);
    const ruleIds = new Set<string>();
    const unknownNames: string[] = [];
    for (const name of names) {
      const named = rules.filter((r) => r.id.toLowerCase() === name.toLowerCase() || r.alias === name || r.tags.includes(name));
      if (named.length === 0) unknownNames.push(name);
      for (const r of named) ruleIds.add(r.id);
    }
    result.push({ span: comment, directive: match[1] as SuppressionDirective, ruleIds: names.length > 0 ? ruleIds : undefined, unknownNames });
  }
  return result;
}

/** Where the suppression comments of a document turn rules off. */
export function suppressions(doc: ResolutionDocument, rules: readonly Rule[]): Suppression[] {
  const comments = suppressionComments(doc, rules);
  if (comments.length === 0) return [];
  const result: Suppression[] = [];
  const blocks = new BlockFinder(doc);
  const everyRule = rules.map((r) => r.id);
  // disable … enable: the rules off between one such comment and the next, stretch by stretch.
  let off = new Set<string>();
  let stretchStart = 0;
  let stretchComment: Span | undefined;
  const closeStretch = (end: number): void => {
    if (off.size > 0 && stretchComment) result.push({ span: stretchComment, scope: { start: stretchStart, end }, ruleIds: off.size === everyRule.length ? undefined : new Set(off) });
  };
  comments.forEach((c, index) => {
    if (c.directive === 'disable-file') result.push({ span: c.span, scope: { start: 0, end: doc.text.length }, ...(c.ruleIds ? { ruleIds: c.ruleIds } : {}) });
    else if (c.directive === 'disable-next') {
      const next = doc.comments.find((other) => other.start > c.span.start);
      result.push({ span: c.span, scope: blocks.after(c.span.end, next ?? comments[index + 1]?.span), ...(c.ruleIds ? { ruleIds: c.ruleIds } : {}) });
    } else {
      closeStretch(c.span.start);
      const named = c.ruleIds ?? new Set(everyRule);
      off = new Set(c.directive === 'disable' ? [...off, ...named] : [...off].filter((id) => !named.has(id)));
      stretchStart = c.span.start;
      stretchComment = c.directive === 'disable' ? c.span : stretchComment;
    }
  });
  closeStretch(doc.text.length);
  return result;
}

/** The first index of a list sorted by `key` whose key is at least `value`. */
function firstAtLeast<T>(sorted: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (key(sorted[middle]) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Finds the block after a comment with searches that each read the text once, however many comments there are. */
class BlockFinder {
  private readonly paragraphs: readonly Paragraph[];
  /** Where each blank line starts ("\n" followed by a line of spaces). */
  private readonly blankLines: number[] = [];

  constructor(private readonly doc: ResolutionDocument) {
    this.paragraphs = [...doc.preamble, ...doc.operative].sort((a, b) => a.span.start - b.span.start);
    for (const blank of doc.text.matchAll(/\n[ \t]*\r?\n/g)) this.blankLines.push(blank.index);
  }

  /** The paragraph that follows a comment; for any other text, the block up to the next blank line. */
  after(from: number, nextComment: Span | undefined): Span {
    const text = this.doc.text;
    const nonSpace = /\S/g;
    nonSpace.lastIndex = from;
    const start = nonSpace.exec(text)?.index ?? text.length;
    const paragraph = this.paragraphs[firstAtLeast(this.paragraphs, from, (p) => p.span.start)];
    // Another comment in between stops the scope; otherwise only white space may separate comment and paragraph.
    if (paragraph && !(nextComment && nextComment.start < paragraph.span.start) && paragraph.span.start <= start) {
      return { start, end: paragraph.span.end };
    }
    const blank = this.blankLines[firstAtLeast(this.blankLines, start, (index) => index)];
    return { start, end: blank ?? text.length };
  }
}

/**
 * The findings no suppression turns off. A finding is off when its start lies in the scope of a
 * suppression (both ends included) that names its rule or names none. One sweep over findings and
 * scopes in text order, so that a draft with thousands of comments costs no more than its length.
 */
export function unsuppressed(findings: readonly Finding[], all: readonly Suppression[]): Finding[] {
  const byStart = [...all].sort((a, b) => a.scope.start - b.scope.start);
  const byEnd = [...all].sort((a, b) => a.scope.end - b.scope.end);
  const order = [...findings.keys()].sort((a, b) => findings[a].span.start - findings[b].span.start);
  const activeByRule = new Map<string, number>();
  let activeForAll = 0;
  const count = (s: Suppression, delta: number): void => {
    if (!s.ruleIds) activeForAll += delta;
    else for (const id of s.ruleIds) activeByRule.set(id, (activeByRule.get(id) ?? 0) + delta);
  };
  const suppressed: boolean[] = new Array<boolean>(findings.length).fill(false);
  let opened = 0;
  let closed = 0;
  for (const index of order) {
    const position = findings[index].span.start;
    while (opened < byStart.length && byStart[opened].scope.start <= position) count(byStart[opened++], 1);
    while (closed < byEnd.length && byEnd[closed].scope.end < position) count(byEnd[closed++], -1);
    if (activeForAll > 0 || (activeByRule.get(findings[index].ruleId) ?? 0) > 0) suppressed[index] = true;
  }
  const kept: Finding[] = [];
  findings.forEach((finding, index) => {
    if (!suppressed[index]) kept.push(finding);
  });
  return kept;
}

/** Where a quick fix turns a rule off for one finding: the paragraph (block) it stands in, or the whole file. */
export type SuppressionReach = 'paragraph' | 'file';

/**
 * The edit that turns a finding's rule off: `<!-- unres-disable-next ID -->` on a line of its own
 * just above the paragraph (the block of lines after the last blank line) where the finding
 * starts, with that paragraph's indentation; or `<!-- unres-disable-file ID -->` at the top.
 */
export function suppressionEdit(text: string, finding: Finding, reach: SuppressionReach): TextEdit {
  if (reach === 'file') return { span: { start: 0, end: 0 }, newText: `<!-- unres-disable-file ${finding.ruleId} -->\n\n` };
  let blockStart = 0;
  for (const blank of text.slice(0, finding.span.start).matchAll(/\n[ \t]*\r?\n/g)) blockStart = blank.index + blank[0].length;
  // The first line of the block that is not blank, and its indentation.
  const rest = /^(?:[ \t]*\r?\n)*([ \t]*)/.exec(text.slice(blockStart))!;
  const lineStart = blockStart + rest[0].length - rest[1].length;
  const lineEnding = text.includes('\r\n') ? '\r\n' : '\n';
  return { span: { start: lineStart, end: lineStart }, newText: `<!-- unres-disable-next ${finding.ruleId} -->${lineEnding}${rest[1]}` };
}
