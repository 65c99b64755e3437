import type { Fix, TextEdit } from '../findings';
import type { Paragraph } from '../model';
import { italicizeExactly } from '../phrasing/italics';
import type { Rule } from './rule';

/**
 * The opening phrase of a preambular paragraph is in italics, and only it: "*Recalling* its
 * resolution 70/1 ..." (conventions PRE-02). Drafts often reach the editor converted from Word
 * or PDF without any italics, so this rule is information by default, and a preamble with no
 * italics at all gets one finding, not one a paragraph. Documentation: docs/rules/UNR006.md.
 */
export const preambularItalics: Rule = {
  id: 'UNR006',
  alias: 'preambular-italics',
  description: 'The preambular opening phrase, and only it, in italics',
  tags: ['italics'],
  defaultSeverity: 'information',
  options: [],
  fixable: true,
  reads: ['phrases'],
  check(doc, _options, report) {
    const known = doc.preamble.filter((p) => p.opener?.vocabulary === 'preambular');
    if (known.length === 0) return;
    if (known.every((p) => p.opener!.italic === 'none')) {
      const edits: TextEdit[] = known.flatMap((p) => italicizeExactly(doc.text, p.opener!.span, undefined) ?? []);
      const count = known.length === 1 ? 'The preambular opening phrase is not' : `None of the ${known.length} preambular opening phrases is`;
      report({
        message: `${count} in italics; official texts italicize each one (${examplesFrom(known)}).`,
        span: known[0].opener!.span,
        fixes: [{ title: known.length === 1 ? `Italicize "${known[0].opener!.text}"` : `Italicize all ${known.length} preambular opening phrases`, edits }],
      });
      return;
    }
    for (const p of known) {
      const problem = describe(p);
      if (!problem) continue;
      const opener = p.opener!;
      const edits = opener.italic === 'partial' && !opener.italicSpan ? undefined : italicizeExactly(doc.text, opener.span, opener.italicSpan);
      const fixes: Fix[] = edits ? [{ title: `Italicize "${opener.text}" alone`, edits }] : [];
      report({ message: problem, span: opener.span, fixes });
    }
  },
};

/** The draft's own first two phrases, italicized, so that a French or Spanish draft is shown its words. */
function examplesFrom(known: readonly Paragraph[]): string {
  const phrases = [...new Set(known.map((p) => p.opener!.text))].slice(0, 2);
  return phrases.map((phrase) => `"*${phrase}*"`).join(', ');
}

function describe(p: Paragraph): string | undefined {
  const opener = p.opener!;
  switch (opener.italic) {
    case 'phrase':
      return undefined;
    case 'none':
      return `The preambular phrase "${opener.text}" is not in italics.`;
    case 'partial':
      return `The italics cover only part of the preambular phrase "${opener.text}".`;
    case 'paragraph':
      return `The whole preambular paragraph is in italics: only its opening phrase "${opener.text}" is.`;
    default:
      return `The italics run past the preambular phrase "${opener.text}": the words after it are in roman.`;
  }
}
