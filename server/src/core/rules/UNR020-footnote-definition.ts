import { footnoteIndex } from '../footnotes/footnoteIndex';
import type { Rule } from './rule';

/**
 * Every footnote mark in the text has its footnote (conventions FN-01, FN-02). A mark with no
 * definition is a source the reader cannot find. Documentation: docs/rules/UNR020.md.
 */
export const footnoteDefinition: Rule = {
  id: 'UNR020',
  alias: 'footnote-definition',
  description: 'Every footnote mark has its footnote',
  tags: ['footnotes'],
  defaultSeverity: 'error',
  options: [],
  fixable: false,
  check(doc, _options, report) {
    for (const entry of footnoteIndex(doc).entries.values()) {
      if (entry.definitions.length > 0) continue;
      for (const ref of entry.references) {
        report({ message: `Footnote ${entry.label} is marked here but has no footnote.`, span: ref.span });
      }
    }
  },
};
