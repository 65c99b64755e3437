import type { Rule } from './rule';

/**
 * Text the parser could not place in the structure of a resolution: a line of the masthead it does
 * not know, text after the closing lines, italics never closed, a missing opening line.
 * Documentation: docs/rules/UNR000.md.
 */
export const parseProblem: Rule = {
  id: 'UNR000',
  alias: 'parse-problem',
  description: 'Text that does not fit the structure of a resolution',
  tags: ['structure'],
  defaultSeverity: 'information',
  options: [],
  fixable: false,
  check(doc, _options, report) {
    for (const problem of doc.problems) report({ message: problem.message, span: problem.span });
  },
};
