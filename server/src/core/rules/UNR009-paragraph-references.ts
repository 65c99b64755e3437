import { numberingRuns, runsOfReferences } from '../divisions';
import { paragraphReferences } from '../edit/renumber';
import type { Rule } from './rule';

/**
 * A reference to a paragraph of the resolution itself ("paragraph 5 above", "paragraphs 3 and 4
 * of the present resolution") names a paragraph that exists, and "above" points up, "below" down
 * (conventions OP-09; numbers change in revisions, EM-INSTR). References to other documents
 * ("paragraph 29 of resolution 64/293") are not checked. Documentation: docs/rules/UNR009.md.
 */
export const paragraphReferencesRule: Rule = {
  id: 'UNR009',
  alias: 'paragraph-references',
  description: 'References to the resolution\u2019s own paragraphs point at paragraphs that exist, in the right direction',
  tags: ['numbering'],
  defaultSeverity: 'warning',
  options: [],
  fixable: false,
  check(doc, _options, report) {
    // The paragraphs an amendment quotes cite the numbers of the draft it amends.
    if (doc.documentKind === 'amendment') return;
    // In a text in sections or parts numbered anew, a reference points into the run it stands in.
    const runs = numberingRuns(doc).map((run) => run.filter((p) => p.number)).filter((run) => run.length > 0);
    if (runs.length === 0) return;
    const byNumber = runs.map((run) => new Map(run.map((p) => [p.number!.text, p])));
    const references = paragraphReferences(doc);
    const runOf = runsOfReferences(doc, runs, references.map((ref) => ref.span.start));
    references.forEach((ref, i) => {
      const run = runs[runOf[i]];
      const target = byNumber[runOf[i]].get(ref.number);
      if (!target) {
        // "paragraph 4 of section II" may name another section's paragraph: only a text numbered once is sure.
        if (runs.length === 1) report({ message: `There is no paragraph ${ref.number} in this resolution: the operative paragraphs run from ${run[0].number!.text} to ${run[run.length - 1].number!.text}.`, span: ref.span });
        return;
      }
      const inside = target.span.start <= ref.span.start && ref.span.start < target.span.end;
      if (inside) return;
      const targetIsAbove = target.span.start < ref.span.start;
      if (ref.direction === 'above' && !targetIsAbove) {
        report({ message: `Paragraph ${ref.number} comes after this reference: it is "below", not "above".`, span: ref.span });
      } else if (ref.direction === 'below' && targetIsAbove) {
        report({ message: `Paragraph ${ref.number} comes before this reference: it is "above", not "below".`, span: ref.span });
      }
    });
  },
};
