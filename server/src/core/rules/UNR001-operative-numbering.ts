import type { Fix } from '../findings';
import type { Paragraph, Subparagraph } from '../model';
import { renumberParagraphs } from '../edit/renumber';
import type { Rule, RuleReport } from './rule';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

/** The label a sub-paragraph should have at a position: (a) ... (z), (aa) ...; (i), (ii) ... */
function expectedLabel(level: 1 | 2, ordinal: number): string | undefined {
  if (level === 2) return ROMAN[ordinal - 1] && `(${ROMAN[ordinal - 1]})`;
  if (ordinal <= 26) return `(${LETTERS[ordinal - 1]})`;
  return ordinal <= 52 ? `(${LETTERS[ordinal - 27].repeat(2)})` : undefined;
}

/**
 * Operative paragraphs are numbered 1, 2, 3 ... without gaps, repeats or disorder; a lone
 * operative paragraph may go unnumbered (conventions OP-02, AKN4UN). "5 bis" is accepted in a
 * draft, not in an adopted text (SP-05). Sub-paragraphs run (a), (b) ... and (i), (ii) ... (SP-01).
 * Documentation: docs/rules/UNR001.md.
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

    let previous: Paragraph | undefined;
    for (const p of operative) {
      const findings = numberingProblem(p, previous, operative.length, adopted);
      if (findings) report({ ...findings, fixes: renumberFix() });
      if (p.number) previous = p;
    }
    for (const p of operative) checkSubparagraphs(p.subparagraphs, report);
    for (const p of doc.preamble) checkSubparagraphs(p.subparagraphs, report);
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

function checkSubparagraphs(subs: readonly Subparagraph[], report: (finding: RuleReport) => void): void {
  subs.forEach((s, i) => {
    const wanted = expectedLabel(s.level, i + 1);
    if (wanted && s.label.text !== wanted) {
      report({
        message: `Sub-paragraph ${s.label.text} stands where ${wanted} belongs: sub-paragraphs run ${s.level === 1 ? '(a), (b), (c)' : '(i), (ii), (iii)'} ...`,
        span: s.label.span,
        fixes: [{ title: `Relabel as ${wanted}`, edits: [{ span: s.label.span, newText: wanted }] }],
      });
    }
    checkSubparagraphs(s.children, report);
  });
}
