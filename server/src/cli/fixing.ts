import { applyEdits, firstFixEdits, LineIndex, MAX_FIX_PASSES, type Finding, type Fix, type Severity, type TextEdit } from '../core';

const SEVERITY_RANK: Record<Severity, number> = { hint: 0, information: 1, warning: 2, error: 3 };

/** Which findings' fixes `unres lint --fix` applies. */
export interface FixSelection {
  /** The lowest severity whose fixes apply (`--fix-severity`; warning by default). */
  readonly minSeverity: Severity;
  /** When given (`--fix-rule`), only the fixes of these rule ids apply. */
  readonly rules?: ReadonlySet<string>;
  /**
   * Whether the drafter chose the fixes (`--fix-severity` or `--fix-rule`): only then are the
   * suggestions that reword a text (UNR007's "Also", a hint's change of words) applied too.
   */
  readonly chosen: boolean;
}

/** What `--fix` applies when nothing is chosen: the fixes of errors and warnings, never a rewording suggestion. */
export const DEFAULT_FIX_SELECTION: FixSelection = { minSeverity: 'warning', chosen: false };

/** One fix applied to a file: the rule, the 1-based line of its finding (in the text as it was then) and the fix's title. */
export interface AppliedFix {
  readonly ruleId: string;
  readonly line: number;
  readonly title: string;
}

/** The findings whose first fix the selection applies, each with that fix alone, as `firstFixEdits` takes it. */
function selectedFindings(findings: readonly Finding[], selection: FixSelection): Finding[] {
  const selected: Finding[] = [];
  for (const finding of findings) {
    const fix = finding.fixes[0];
    if (!fix) continue;
    if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[selection.minSeverity]) continue;
    if (selection.rules && !selection.rules.has(finding.ruleId)) continue;
    if (fix.quickFixOnly && !selection.chosen) continue;
    const applicable: Fix = fix.quickFixOnly ? { title: fix.title, edits: fix.edits } : fix;
    selected.push({ ...finding, fixes: [applicable] });
  }
  return selected;
}

/**
 * The text with the selected fixes applied, pass after pass until nothing changes (at most
 * `MAX_FIX_PASSES`), and what each applied fix was. Every change comes from the edits of a fix
 * the selection took, whole (`firstFixEdits`), so nothing changes but what the list says.
 */
export function applySelectedFixes(text: string, findings: readonly Finding[], selection: FixSelection, relint: (text: string) => readonly Finding[]): { text: string; applied: AppliedFix[] } {
  let current = text;
  let currentFindings = findings;
  const applied: AppliedFix[] = [];
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const selected = selectedFindings(currentFindings, selection);
    const owners = new Map<TextEdit, Finding>();
    for (const finding of selected) for (const edit of finding.fixes[0].edits) if (!owners.has(edit)) owners.set(edit, finding);
    const result = applyEdits(current, firstFixEdits(selected));
    if (result.applied.length === 0 || result.text === current) break;
    const lines = new LineIndex(current);
    const reported = new Set<Fix>();
    const passFixes: Array<{ at: number; fix: AppliedFix }> = [];
    for (const edit of result.applied) {
      const owner = owners.get(edit);
      if (!owner || reported.has(owner.fixes[0])) continue;
      reported.add(owner.fixes[0]);
      passFixes.push({ at: owner.span.start, fix: { ruleId: owner.ruleId, line: lines.positionAt(owner.span.start).line + 1, title: owner.fixes[0].title } });
    }
    passFixes.sort((a, b) => a.at - b.at);
    applied.push(...passFixes.map((p) => p.fix));
    current = result.text;
    currentFindings = relint(current);
  }
  return { text: current, applied };
}

/** The severities `--fix-severity` takes, lowest first. */
export const FIX_SEVERITIES: readonly Severity[] = ['hint', 'information', 'warning', 'error'];
