import type { Fix } from '../findings';
import type { Paragraph, Subparagraph } from '../model';
import { annexedTexts, numberingRuns } from '../divisions';
import { renumberParagraphs } from '../edit/renumber';
import type { Language } from '../language/languages';
import { labelsWithClosingParenthesis } from '../parse/parseResolution';
import type { Rule, RuleReport } from './rule';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

/**
 * The label a sub-paragraph should have at a position: (a) ... (z), (aa) ...; (i), (ii) ... In
 * French and Spanish a) ... z), i), ii) ... (conventions SP-04).
 */
function expectedLabel(level: 1 | 2, ordinal: number, language: Language): string | undefined {
  const bare = level === 2 ? ROMAN[ordinal - 1] : ordinal <= 26 ? LETTERS[ordinal - 1] : ordinal <= 52 ? LETTERS[ordinal - 27].repeat(2) : undefined;
  if (!bare) return undefined;
  return labelsWithClosingParenthesis(language) ? `${bare})` : `(${bare})`;
}

/** How the labels of a level run, as the message names them: "(a), (b), (c)", "i), ii), iii)". */
function labelRun(level: 1 | 2, language: Language): string {
  return [1, 2, 3].map((n) => expectedLabel(level, n, language)).join(', ');
}

/**
 * Operative paragraphs are numbered 1, 2, 3 ... without gaps, repeats or disorder; a lone
 * operative paragraph may go unnumbered (conventions OP-02, AKN4UN). "5 bis" is accepted in a
 * draft, not in an adopted text (SP-05). Sub-paragraphs run (a), (b) ... and (i), (ii) ... (SP-01).
 * In a resolution in sections or parts, each division numbers anew or runs on (see
 * `numberingRuns`). The numbered paragraphs of an annexed or adopted text run on without gaps,
 * a list inside it starting again at 1. Documentation: docs/rules/UNR001.md.
 */
export const operativeNumbering: Rule = {
  id: 'UNR001',
  alias: 'operative-numbering',
  description: 'Operative paragraphs and sub-paragraphs numbered in sequence',
  tags: ['numbering'],
  defaultSeverity: 'error',
  options: [],
  fixable: true,
  check(doc, _options, report) {
    const operative = doc.operative;
    const adopted = doc.header.adoption !== undefined;
    let renumber: Fix | undefined;
    const renumberFix = (): Fix[] => {
      renumber ??= { title: 'Renumber paragraphs', edits: renumberParagraphs(doc) };
      return renumber.edits.length > 0 ? [renumber] : [];
    };

    // The paragraphs an amendment quotes take their numbers from the draft it amends.
    for (const run of doc.documentKind === 'amendment' ? [] : numberingRuns(doc)) {
      let previous: Paragraph | undefined;
      for (const p of run) {
        const findings = numberingProblem(p, previous, run.length, adopted);
        if (findings) report({ ...findings, fixes: renumberFix() });
        if (p.number) previous = p;
      }
    }
    for (const text of annexedTexts(doc)) checkAnnexedNumbering(text, report);
    for (const p of operative) checkSubparagraphs(p.subparagraphs, doc.language.code, report);
    for (const p of doc.preamble) checkSubparagraphs(p.subparagraphs, doc.language.code, report);
  },
};

function numberingProblem(p: Paragraph, previous: Paragraph | undefined, count: number, adopted: boolean): Omit<RuleReport, 'fixes'> | undefined {
  if (!p.number) {
    if (count === 1) return undefined;
    const span = p.opener?.span ?? { start: p.content.start, end: p.content.start };
    return { message: 'This operative paragraph has no number: the operative paragraphs are numbered 1, 2, 3 ...', span };
  }
  const { value, suffix, text } = p.number;
  const span = { start: p.number.span.start, end: p.number.span.end - 1 };
  if (suffix) {
    if (adopted) return { message: `Paragraph "${text}" stands in an adopted text: "bis" and "ter" numbers are for drafts and are renumbered in the final text.`, span };
    if (!previous || previous.number?.value !== value) return { message: `Paragraph "${text}" should follow paragraph ${value}.`, span };
    return undefined;
  }
  const expected = previous?.number ? previous.number.value + 1 : 1;
  if (value === expected) return undefined;
  if (!previous) return { message: `The operative paragraphs start at ${value}: the first is numbered 1.`, span };
  if (value === previous.number!.value) return { message: `Paragraph ${value} is numbered twice.`, span };
  if (value > expected) {
    const missing = value - expected === 1 ? `paragraph ${expected} is missing` : `paragraphs ${expected} to ${value - 1} are missing`;
    return { message: `Paragraph ${value} follows paragraph ${previous.number!.text}: ${missing}.`, span };
  }
  return { message: `Paragraph ${value} comes after paragraph ${previous.number!.text}: the numbers are out of order.`, span };
}

/** Lists inside an annexed text may nest ("7. … the following objectives:" then "1. …"): so many are followed back. */
const MAX_NESTED_LISTS = 4;

/**
 * The numbered paragraphs of an annexed or adopted text: each takes the number after the one
 * before, or starts a list at 1, or takes up a list it interrupted. A gap or a repeat is reported.
 */
function checkAnnexedNumbering(paragraphs: readonly Paragraph[], report: (finding: RuleReport) => void): void {
  const lists: number[] = [];
  for (const p of paragraphs) {
    if (!p.number || p.number.suffix) continue;
    const { value } = p.number;
    const last = lists[lists.length - 1];
    if (last === undefined || value === 1) {
      if (lists.length === MAX_NESTED_LISTS) lists.shift();
      lists.push(value);
      continue;
    }
    if (value === last + 1) {
      lists[lists.length - 1] = value;
      continue;
    }
    const resumed = lists.findIndex((n) => n + 1 === value);
    if (resumed >= 0) {
      lists.length = resumed + 1;
      lists[resumed] = value;
      continue;
    }
    const span = { start: p.number.span.start, end: p.number.span.end - 1 };
    if (value === last) report({ message: `Paragraph ${value} of the annexed text is numbered twice.`, span });
    else if (value > last + 1) {
      const missing = value - last === 2 ? `paragraph ${last + 1} is missing` : `paragraphs ${last + 1} to ${value - 1} are missing`;
      report({ message: `Paragraph ${value} of the annexed text follows paragraph ${last}: ${missing}.`, span });
    } else report({ message: `Paragraph ${value} of the annexed text comes after paragraph ${last}: the numbers are out of order.`, span });
    lists[lists.length - 1] = value;
  }
}

function checkSubparagraphs(subs: readonly Subparagraph[], language: Language, report: (finding: RuleReport) => void): void {
  subs.forEach((s, i) => {
    const wanted = expectedLabel(s.level, i + 1, language);
    if (wanted && s.label.text !== wanted) {
      report({
        message: `Sub-paragraph ${s.label.text} stands where ${wanted} belongs: sub-paragraphs run ${labelRun(s.level, language)} ...`,
        span: s.label.span,
        fixes: [{ title: `Relabel as ${wanted}`, edits: [{ span: s.label.span, newText: wanted }] }],
      });
    }
    checkSubparagraphs(s.children, language, report);
  });
}
