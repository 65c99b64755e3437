import { markIn } from '../language/languages';
import { meaningfulEnd } from '../parse/inline';
import type { Rule } from './rule';

/**
 * A footnote says something, starts with a capital letter and ends with a full stop: "Resolution
 * 70/1.", "A/78/119.", "See resolution 2200 A (XXI), annex." (conventions FN-05).
 * Documentation: docs/rules/UNR024.md.
 */
/** A footnote that is a web address ("https://…", "www.…") or opens with "e.g.", "i.e.", "cf." starts as written. */
const LOWER_CASE_START = /^(?:https?:\/\/|www\.|e\.g\.|i\.e\.|cf\.)/;
/**
 * A full stop, Latin or the Chinese full-width "。", also inside the closing quotation mark of a
 * quoted sentence ("… in such investigation.”", "… sans tarder. »", "……报告。」").
 */
const ENDS_WITH_FULL_STOP = /[.。](?:[ \u00a0\u202f]?[”’"'»」』])?$/;

export const footnoteText: Rule = {
  id: 'UNR024',
  alias: 'footnote-text',
  description: 'A footnote is not empty, starts with a capital letter and ends with a full stop',
  tags: ['footnotes', 'punctuation'],
  defaultSeverity: 'warning',
  options: [],
  fixable: true,
  check(doc, _options, report) {
    const text = doc.text;
    for (const def of doc.footnoteDefinitions) {
      if (def.form === 'asterisk') continue;
      const end = meaningfulEnd(text, def.content.start, def.content.end);
      let first = def.content.start;
      while (first < end && (text[first] === '*' || text[first] === '_')) first++;
      if (first >= end) {
        report({ message: `Footnote ${def.label} is empty.`, span: def.marker });
        continue;
      }
      const letter = text[first];
      if (letter !== letter.toUpperCase() && !LOWER_CASE_START.test(text.slice(first, Math.min(end, first + 12)))) {
        report({
          message: `Footnote ${def.label} starts with a small letter: a footnote starts with a capital.`,
          span: { start: first, end: first + 1 },
          fixes: [{ title: `Capitalize "${letter}"`, edits: [{ span: { start: first, end: first + 1 }, newText: letter.toUpperCase() }] }],
        });
      }
      if (!ENDS_WITH_FULL_STOP.test(text.slice(Math.max(def.content.start, end - 4), end))) {
        const fullStop = markIn(doc.language.code, '.');
        report({
          message: `Footnote ${def.label} does not end with a full stop${fullStop === '.' ? '' : ` ("${fullStop}")`}.`,
          span: { start: end - 1, end },
          fixes: [{ title: `Add "${fullStop}"`, edits: [{ span: { start: end, end }, newText: fullStop }] }],
        });
      }
    }
  },
};
