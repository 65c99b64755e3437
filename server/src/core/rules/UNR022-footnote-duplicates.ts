import { footnoteIndex } from '../footnotes/footnoteIndex';
import type { Rule } from './rule';

/**
 * A footnote number is defined once and marked once (conventions FN-02): UN texts never repeat a
 * mark; a second reference to the same source is a new footnote or *Ibid.*
 * Documentation: docs/rules/UNR022.md.
 */
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
      entry.references.slice(1).forEach((ref) => {
        report({ message: `Footnote ${entry.label} is marked a second time: UN texts mark each footnote once and repeat a source with a new footnote or *Ibid.*`, span: ref.span });
      });
    }
  },
};
