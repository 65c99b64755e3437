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
    const numbered = doc.operative.filter((p) => p.number);
    if (numbered.length === 0) return;
    const byNumber = new Map(numbered.map((p) => [p.number!.text, p]));
    const range = `the operative paragraphs run from ${numbered[0].number!.text} to ${numbered[numbered.length - 1].number!.text}`;
    for (const ref of paragraphReferences(doc)) {
      const target = byNumber.get(ref.number);
      if (!target) {
        report({ message: `There is no paragraph ${ref.number} in this resolution: ${range}.`, span: ref.span });
        continue;
      }
      const inside = target.span.start <= ref.span.start && ref.span.start < target.span.end;
      if (inside) continue;
      const targetIsAbove = target.span.start < ref.span.start;
      if (ref.direction === 'above' && !targetIsAbove) {
        report({ message: `Paragraph ${ref.number} comes after this reference: it is "below", not "above".`, span: ref.span });
      } else if (ref.direction === 'below' && targetIsAbove) {
        report({ message: `Paragraph ${ref.number} comes before this reference: it is "above", not "below".`, span: ref.span });
      }
    }
  },
};
