import type { Opener, Paragraph } from '../model';
import { italicizeExactly } from '../phrasing/italics';
import type { Rule, RuleReport } from './rule';

/**
 * The operative verb or phrase is in italics, and only it: "1. *Urges* Member States ...",
 * "*Also takes note with appreciation* of ..." (conventions OP-03, ITA-01). The object after the
 * phrase stays in roman. Documentation: docs/rules/UNR004.md.
 */
export const operativeItalics: Rule = {
  id: 'UNR004',
  alias: 'operative-italics',
  description: 'The operative verb or phrase, and only it, in italics',
  tags: ['italics'],
  defaultSeverity: 'warning',
  options: [],
  fixable: true,
  reads: ['phrases'],
  check(doc, _options, report) {
    for (const p of doc.operative) {
      const opener = p.opener;
      if (!opener || opener.vocabulary !== 'operative' || opener.italic === 'phrase') continue;
      const problem = describe(p, opener);
      const edits = opener.italic === 'partial' && !opener.italicSpan ? undefined : italicizeExactly(doc.text, opener.span, opener.italicSpan);
      report({ ...problem, fixes: edits ? [{ title: `Italicize "${opener.text}" alone`, edits }] : [] });
    }
  },
};

function describe(p: Paragraph, opener: Opener): Omit<RuleReport, 'fixes'> {
  const where = p.number ? `paragraph ${p.number.text}` : 'the operative paragraph';
  switch (opener.italic) {
    case 'none':
      return { message: `The operative verb "${opener.text}" of ${where} is not in italics.`, span: opener.span };
    case 'partial':
      return { message: `The italics cover only part of the operative phrase "${opener.text}" of ${where}: the whole phrase is in italics.`, span: opener.span };
    case 'paragraph':
      return { message: `The whole of ${where} is in italics: only its operative phrase "${opener.text}" is.`, span: opener.span };
    default:
      return { message: `The italics of ${where} run past its operative phrase "${opener.text}": the words after it are in roman.`, span: opener.span };
  }
}
