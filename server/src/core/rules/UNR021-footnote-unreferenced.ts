import { footnoteIndex } from '../footnotes/footnoteIndex';
import type { Rule } from './rule';

/**
 * Every footnote is marked somewhere in the text (conventions FN-02: each definition matches one
 * marker). A footnote nothing points to is left over from a deleted or moved passage.
 * Documentation: docs/rules/UNR021.md.
 */
export const footnoteUnreferenced: Rule = {
  id: 'UNR021',
  alias: 'footnote-unreferenced',
  description: 'Every footnote is marked in the text',
  tags: ['footnotes'],
  defaultSeverity: 'warning',
  options: [],
  fixable: false,
  check(doc, _options, report) {
    for (const entry of footnoteIndex(doc).entries.values()) {
      if (entry.references.length > 0) continue;
      for (const def of entry.definitions) {
        report({ message: `Footnote ${entry.label} is not marked anywhere in the text.`, span: def.marker });
      }
    }
  },
};
