import type { Fix } from '../findings';
import { footnoteIndex } from '../footnotes/footnoteIndex';
import { renumberFootnotes } from '../footnotes/renumberFootnotes';
import type { Rule, RuleReport } from './rule';

/**
 * Footnotes are numbered 1, 2, 3 ... through the whole document in the order the reader meets
 * their marks, and printed in that order (conventions FN-02). Documentation: docs/rules/UNR023.md.
 */
export const footnoteOrder: Rule = {
  id: 'UNR023',
  alias: 'footnote-order',
  description: 'Footnotes numbered 1, 2, 3 ... in the order of their marks, and printed in that order',
  tags: ['footnotes', 'numbering'],
  defaultSeverity: 'warning',
  options: [],
  fixable: true,
  check(doc, _options, report) {
    const index = footnoteIndex(doc);
    let renumber: Fix | undefined;
    const fixes = (): Fix[] => {
      renumber ??= { title: 'Renumber footnotes', edits: renumberFootnotes(doc) };
      return renumber.edits.length > 0 ? [renumber] : [];
    };
    const findings: RuleReport[] = [];
    const order = index.firstReferenceOrder;
    // The smallest number met after each place: a gap is a gap only if no smaller number comes later.
    const smallestAfter: number[] = new Array(order.length + 1).fill(Infinity);
    for (let i = order.length - 1; i >= 0; i--) {
      const number = Number(order[i]);
      smallestAfter[i] = Number.isNaN(number) ? smallestAfter[i + 1] : Math.min(number, smallestAfter[i + 1]);
    }
    order.forEach((label, i) => {
      const entry = index.entries.get(label)!;
      const expected = i + 1;
      if (entry.number === expected) return;
      const previous = i > 0 ? order[i - 1] : undefined;
      const message =
        entry.number! > expected && (previous === undefined || Number(previous) === expected - 1) && !(smallestAfter[i + 1] < entry.number!)
          ? `Footnote ${label} follows footnote ${previous ?? '(none)'}: ${expected === entry.number! - 1 ? `footnote ${expected} is missing` : `footnotes ${expected} to ${entry.number! - 1} are missing`}.`
          : `Footnote ${label} is the ${ordinal(expected)} footnote the reader meets: footnotes are numbered in the order of their marks.`;
      findings.push({ message, span: entry.references[0].span });
    });
    // Printed order: definitions follow the numbers.
    const defs = index.numberedDefinitions;
    defs.forEach((def, i) => {
      if (i > 0 && defs[i - 1].number! > def.number!) {
        findings.push({ message: `Footnote ${def.label} is printed after footnote ${defs[i - 1].label}: footnotes are printed in their order.`, span: def.marker });
      }
    });
    for (const finding of findings) report({ ...finding, fixes: fixes() });
  },
};

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}
