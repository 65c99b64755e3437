import { footnoteIndex } from '../footnotes/footnoteIndex';
import type { Rule } from './rule';

/**
 * A footnote number is defined once and marked once (conventions FN-02): a second reference to the
 * same source is a new footnote or *Ibid.* A mark repeated after the very words it first followed
 * (the same title again) points back to its footnote on purpose, as published texts do.
 * Documentation: docs/rules/UNR022.md.
 */
/** The last six words before a footnote mark, without italics or punctuation. */
function wordsBefore(text: string, at: number): string {
  return (text.slice(Math.max(0, at - 200), at).replace(/[*_]/g, '').match(/[\p{L}\d’'-]+/gu) ?? []).slice(-6).join(' ');
}

export const footnoteDuplicates: Rule = {
  id: 'UNR022',
  alias: 'footnote-duplicates',
  description: 'Each footnote number is defined once and marked once',
  tags: ['footnotes'],
  defaultSeverity: 'warning',
  options: [],
  fixable: false,
  check(doc, _options, report) {
    for (const entry of footnoteIndex(doc).entries.values()) {
      entry.definitions.slice(1).forEach((def) => {
        report({ message: `Footnote ${entry.label} is defined twice: each number has one footnote.`, span: def.marker });
      });
      const first = entry.references[0];
      entry.references.slice(1).forEach((ref) => {
        // "… Geneva Convention relative to the Protection of Civilian Persons in Time of War, of 12 August 1949,²" marked
        // again after the same words (A/RES/78/11, A/RES/79/83): the mark points back to the same footnote on purpose.
        if (wordsBefore(doc.text, ref.span.start) === wordsBefore(doc.text, first.span.start)) return;
        report({ message: `Footnote ${entry.label} is marked a second time: UN texts mark each footnote once and repeat a source with a new footnote or *Ibid.*`, span: ref.span });
      });
    }
  },
};
