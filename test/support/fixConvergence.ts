import * as assert from 'node:assert/strict';
import { applyEdits, firstFixEdits, fixText, lint, parseResolution, type Finding, type TextEdit } from '../../server/src/core';

/**
 * The convergence property of fix-all (`unres lint --fix`, the editor's "Fix all", fix on save):
 * passes of `firstFixEdits` + `applyEdits` over a text reach a fixed point in at most two passes
 * (a third finds nothing to apply), and each pass changes the text only inside the spans its
 * edits name.
 */

/** Fix-all is guaranteed to be done after this many passes. */
export const PASSES_TO_CONVERGE = 2;

/**
 * Where `after` differs from `before` outside the spans of `edits`, or an edit did not go in as
 * written, described in a sentence; undefined when `after` is `before` with exactly each span
 * replaced by its new text. Written without `applyEdits`, so that it checks it.
 */
export function changeOutsideEdits(before: string, edits: readonly TextEdit[], after: string): string | undefined {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].span.start < sorted[i - 1].span.end) return `the edit at ${sorted[i].span.start}–${sorted[i].span.end} overlaps the one before it`;
  }
  let inBefore = 0;
  let inAfter = 0;
  for (const edit of sorted) {
    const kept = before.slice(inBefore, edit.span.start);
    if (after.slice(inAfter, inAfter + kept.length) !== kept) return `the text at ${inBefore}–${edit.span.start}, outside every edit, changed: ${JSON.stringify(kept.slice(0, 80))}`;
    inAfter += kept.length;
    if (after.slice(inAfter, inAfter + edit.newText.length) !== edit.newText) return `the edit at ${edit.span.start}–${edit.span.end} did not write ${JSON.stringify(edit.newText.slice(0, 80))}`;
    inAfter += edit.newText.length;
    inBefore = edit.span.end;
  }
  if (after.slice(inAfter) !== before.slice(inBefore)) return `the text after the last edit, from ${inBefore}, changed`;
  return undefined;
}

/** What one fix-all pass did: the findings it started from, the edits it took and the text it made. */
export interface FixPass {
  readonly findings: readonly Finding[];
  readonly edits: readonly TextEdit[];
  readonly text: string;
}

/** One fix-all pass, as `fixText`, the command line and the editor make it. */
export function fixPass(text: string): FixPass {
  const findings = lint(parseResolution(text));
  const edits = firstFixEdits(findings);
  return { findings, edits, text: applyEdits(text, edits).text };
}

/** The rules whose fixes a pass took, for a failure message. */
function fixingRules(pass: FixPass): string {
  const rules = pass.findings.filter((f) => f.fixes[0] && !f.fixes[0].quickFixOnly && f.fixes[0].edits.some((e) => pass.edits.includes(e))).map((f) => f.ruleId);
  return [...new Set(rules)].join(', ');
}

/**
 * Asserts the convergence property on a text: each pass changes only what its edits name, and
 * after `PASSES_TO_CONVERGE` passes a further pass has nothing to apply; `fixText` gives the same
 * fixed text. Returns the fixed text.
 */
export function assertFixConverges(text: string, label = 'the text'): string {
  let current = text;
  const passes: FixPass[] = [];
  for (let n = 1; n <= PASSES_TO_CONVERGE + 1; n++) {
    const pass = fixPass(current);
    const outside = changeOutsideEdits(current, pass.edits, pass.text);
    assert.equal(outside, undefined, `${label}, pass ${n} (${fixingRules(pass)}): ${outside}`);
    if (n > PASSES_TO_CONVERGE && pass.text !== current) {
      const edit = pass.edits.find((e) => current.slice(e.span.start, e.span.end) !== e.newText)!;
      const around = current.slice(Math.max(0, edit.span.start - 60), edit.span.end + 60);
      assert.fail(
        `${label}: fix-all still changes the text in pass ${n} (${fixingRules(pass)}; earlier passes: ${passes.map(fixingRules).join(' / ')}): ` +
          `${JSON.stringify(current.slice(edit.span.start, edit.span.end))} → ${JSON.stringify(edit.newText)} in …${JSON.stringify(around)}…`,
      );
    }
    passes.push(pass);
    current = pass.text;
  }
  assert.equal(fixText(text).text, current, `${label}: fixText gives the text the passes give`);
  return current;
}
