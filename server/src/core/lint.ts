import { languageKnows } from './language/languageSupport';
import { resolveRule, type RuleConfig } from './config';
import type { Finding, Fix, Severity, TextEdit } from './findings';
import type { ResolutionDocument } from './model';
import { parseResolution } from './parse/parseResolution';
import { RULES } from './rules';
import { parseProblem } from './rules/UNR000-parse-problem';
import { DEFAULT_RULE_CONTEXT, type RuleContext } from './rules/rule';
import { suppressionComments, suppressions, unsuppressed } from './suppression';
import { treatyMentionsInSteps } from './treaties/treatyMentions';

const SEVERITY_RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

/** The rule id under which the parser's own problems are reported. */
export const PARSE_PROBLEM_RULE_ID = parseProblem.id;

/**
 * Everything unres reports about a parsed document: the findings of every rule the configuration
 * leaves on and no suppression comment turns off, in text order.
 */
export function lint(doc: ResolutionDocument, config: RuleConfig = {}, context: RuleContext = DEFAULT_RULE_CONTEXT): Finding[] {
  const steps = lintInSteps(doc, config, context);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `lint` in steps, for a host that must stay responsive on a very long text: the generator
 * pauses after reading the treaty names of each stretch of paragraphs and after each rule, and
 * returns the findings of `lint` when it is done. A host may stop calling it at any pause.
 */
export function* lintInSteps(doc: ResolutionDocument, config: RuleConfig = {}, context: RuleContext = DEFAULT_RULE_CONTEXT): Generator<void, Finding[]> {
  // The treaty names are the largest single piece of work of the rules; read them ahead, in stretches.
  yield* treatyMentionsInSteps(doc, context.treaties);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const { severity: configured, options } = resolveRule(rule, config);
    if (configured === 'off') continue;
    if (rule.reads?.some((knowledge) => !languageKnows(doc.language.code, knowledge))) continue;
    const severity = rule.maxSeverity && SEVERITY_RANK[configured] > SEVERITY_RANK[rule.maxSeverity] ? rule.maxSeverity : configured;
    rule.check(doc, options, (report) => {
      const offered = doc.comments.length > 0 ? (report.fixes ?? []).filter((fix) => !fix.edits.some((edit) => rewritesComment(doc, edit))) : (report.fixes ?? []);
      const fixes = severity === 'hint' ? offered.map((fix) => asSuggestion(doc.text, fix)) : offered;
      findings.push({ ruleId: rule.id, severity, message: report.message, span: report.span, fixes });
    }, context);
    yield;
  }
  const scopes = suppressions(doc, RULES);
  const kept = scopes.length > 0 ? unsuppressed(findings, scopes) : findings;
  for (const s of suppressionComments(doc, RULES)) {
    if (s.unknownNames.length === 0) continue;
    const names = s.unknownNames.map((n) => `"${n}"`).join(', ');
    kept.push({ ruleId: parseProblem.id, severity: 'warning', message: `The suppression comment names ${names}, which is no rule id, alias or tag.`, span: s.span, fixes: [] });
  }
  return kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** Whether an edit replaces part of an HTML comment, which the rules read as blanks: a fix never rewrites a comment. */
function rewritesComment(doc: ResolutionDocument, edit: TextEdit): boolean {
  return doc.comments.some((c) => edit.span.start < c.end && c.start < edit.span.end);
}

/** Whether an edit adds, removes or replaces a letter: a change of wording, not of numbers, marks or spacing. */
function changesWords(text: string, edit: TextEdit): boolean {
  return /\p{L}/u.test(edit.newText) || /\p{L}/u.test(text.slice(edit.span.start, edit.span.end));
}

/** A hint's fix that changes wording is a suggestion: a quick fix only, never applied by fix-all or `--fix`. */
function asSuggestion(text: string, fix: Fix): Fix {
  return fix.quickFixOnly || !fix.edits.some((edit) => changesWords(text, edit)) ? fix : { ...fix, quickFixOnly: true };
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

/** A fix's edits as one string, to tell two findings' copies of the same fix apart from different ones. */
function editsKey(fix: Fix): string {
  return fix.edits.map((edit) => `${edit.span.start}:${edit.span.end}:${edit.newText}`).join('\u0000');
}

/**
 * Whether two edits touch the same text. Two insertions at one offset do, as their order would be
 * a guess; so does an insertion at either end of a replacement, as it was written for the text
 * the replacement takes away (renumbering footnotes moves a definition that ends in a full stop to
 * where UNR024 adds one to the definition it replaces: "Resolution 70/1..").
 */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  const aInserts = a.span.start === a.span.end;
  const bInserts = b.span.start === b.span.end;
  if (a.span.start < b.span.end && b.span.start < a.span.end) return true;
  if (aInserts && bInserts) return a.span.start === b.span.start;
  if (aInserts) return a.span.start === b.span.start || a.span.start === b.span.end;
  if (bInserts) return b.span.start === a.span.start || b.span.start === a.span.end;
  return false;
}

/**
 * The edits taken so far, sorted by start and then end. As no two of them overlap, their ends are
 * sorted too, so the few that could touch a new edit are found by bisection. They are kept in
 * buckets of a bounded size: fix-all takes the renumbering of a long text first and then the local
 * fixes between its edits, and inserting each into one array moved all the edits after it.
 */
class TakenEdits {
  private static readonly BUCKET_SIZE = 256;
  private readonly buckets: TextEdit[][] = [];

  touches(edit: TextEdit): boolean {
    let [b, i] = this.firstEndingAtOrAfter(edit.span.start);
    for (; b < this.buckets.length; b++, i = 0) {
      const bucket = this.buckets[b];
      for (; i < bucket.length; i++) {
        if (bucket[i].span.start > edit.span.end) return false;
        if (overlaps(edit, bucket[i])) return true;
      }
    }
    return false;
  }

  add(edit: TextEdit): void {
    if (this.buckets.length === 0) {
      this.buckets.push([edit]);
      return;
    }
    // The first bucket whose last edit sorts after the new one, else the last bucket.
    let low = 0;
    let high = this.buckets.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      const bucket = this.buckets[middle];
      if (sortsBefore(bucket[bucket.length - 1], edit)) low = middle + 1;
      else high = middle;
    }
    const bucket = this.buckets[low];
    let at = 0;
    let end = bucket.length;
    while (at < end) {
      const middle = (at + end) >> 1;
      if (sortsBefore(bucket[middle], edit)) at = middle + 1;
      else end = middle;
    }
    bucket.splice(at, 0, edit);
    if (bucket.length > 2 * TakenEdits.BUCKET_SIZE) this.buckets.splice(low, 1, bucket.slice(0, TakenEdits.BUCKET_SIZE), bucket.slice(TakenEdits.BUCKET_SIZE));
  }

  /** The bucket and place of the first edit that ends at or after `offset`. */
  private firstEndingAtOrAfter(offset: number): [number, number] {
    let low = 0;
    let high = this.buckets.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const bucket = this.buckets[middle];
      if (bucket[bucket.length - 1].span.end < offset) low = middle + 1;
      else high = middle;
    }
    if (low === this.buckets.length) return [low, 0];
    const bucket = this.buckets[low];
    let at = 0;
    let end = bucket.length;
    while (at < end) {
      const middle = (at + end) >> 1;
      if (bucket[middle].span.end < offset) at = middle + 1;
      else end = middle;
    }
    return [low, at];
  }
}

/** The order of taken edits: by start, then by end. */
function sortsBefore(a: TextEdit, b: TextEdit): boolean {
  return a.span.start < b.span.start || (a.span.start === b.span.start && a.span.end <= b.span.end);
}

/** How much of the text a fix reaches, from its first edit to its last. */
function reach(fix: Fix): number {
  let start = Infinity;
  let end = -Infinity;
  for (const edit of fix.edits) {
    start = Math.min(start, edit.span.start);
    end = Math.max(end, edit.span.end);
  }
  return end - start;
}

/**
 * The edits of the first fix of every finding, taking each fix whole or not at all: a fix with an
 * edit that overlaps an edit already taken is left out, so no fix is ever half applied. A fix that
 * several findings share (such as "Renumber paragraphs") is taken once. A suggestion
 * (`quickFixOnly`, such as UNR007's "Also") is never taken: fix-all does not reword a text.
 * Fixes that reach further are taken first: renumbering footnotes moves their texts across the
 * document, and a local fix it overlaps (a footnote's "Ibid.") is found again on the moved text in
 * the next pass; the other way round, the renumbering would wait a pass and the footnotes it
 * brings side by side could call for one more.
 */
export function firstFixEdits(findings: readonly Finding[]): TextEdit[] {
  const seenFixes = new Set<Fix>();
  const seenKeys = new Set<string>();
  const candidates: Array<{ fix: Fix; reach: number }> = [];
  for (const finding of findings) {
    const fix = finding.fixes[0];
    if (!fix || fix.quickFixOnly || seenFixes.has(fix)) continue;
    seenFixes.add(fix);
    const key = editsKey(fix);
    if (seenKeys.has(key)) continue;
    seenKeys.add(key);
    candidates.push({ fix, reach: reach(fix) });
  }
  // A stable sort: fixes of equal reach keep the text order of their findings.
  candidates.sort((a, b) => b.reach - a.reach);
  const taken = new TakenEdits();
  const takenEdits: TextEdit[] = [];
  for (const { fix } of candidates) {
    if (fix.edits.some((edit) => taken.touches(edit))) continue;
    for (const edit of fix.edits) taken.add(edit);
    for (const edit of fix.edits) takenEdits.push(edit);
  }
  return takenEdits.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/**
 * How many passes `fixText` makes at most: a fix left out of one pass for an overlap comes in the
 * next. Two passes are enough on every text the convergence property tries (test/unit and
 * test/corpus fixConvergence.test.ts: generated drafts and damaged real texts, a third pass finds
 * nothing); that is a tested property of the rules' fixes, not a proof, so this bound stays as
 * the guard against a fix that never settles.
 */
export const MAX_FIX_PASSES = 10;

/**
 * The text with every first fix applied, pass after pass until nothing changes (at most
 * `MAX_FIX_PASSES`): fixes that overlap in one pass are applied in the next, after a new parse.
 * Returns the text and how many edits were applied in all.
 */
export function fixText(text: string, config: RuleConfig = {}, context: RuleContext = DEFAULT_RULE_CONTEXT): { text: string; applied: number } {
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = firstFixEdits(lint(parseResolution(current), config, context));
    if (edits.length === 0) break;
    const result = applyEdits(current, edits);
    if (result.applied.length === 0 || result.text === current) break;
    applied += result.applied.length;
    current = result.text;
  }
  return { text: current, applied };
}
