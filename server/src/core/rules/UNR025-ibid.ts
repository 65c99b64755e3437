import type { FootnoteDefinition, ResolutionDocument } from '../model';
import { definitionBefore, footnoteIndex, ibidOf, sourceOf, usualIbidForm, type IbidMark } from '../footnotes/footnoteIndex';
import type { Rule, RuleReport } from './rule';

/**
 * *Ibid.* repeats the leading element of the footnote just before it (conventions FN-04): it
 * cannot stand in the first footnote, and "*Ibid.*, vol. 2237, No. 39574" needs a *Treaty Series*
 * footnote before it. Official texts write it in italics (sample 000) and, in recent years, in
 * roman (the 2024 and 2025 texts in ../shared); a document keeps one form.
 * Documentation: docs/rules/UNR025.md.
 */
export const ibid: Rule = {
  id: 'UNR025',
  alias: 'ibid',
  description: 'Ibid. only after a footnote it can repeat, in one form throughout',
  tags: ['footnotes'],
  defaultSeverity: 'warning',
  options: [
    {
      name: 'style',
      description: 'How "Ibid." is written: "consistent" (the form most of the document uses), "italic" or "roman"',
      default: 'consistent',
    },
  ],
  fixable: true,
  check(doc, options, report) {
    const index = footnoteIndex(doc);
    const ibids: Array<{ def: FootnoteDefinition; mark: IbidMark }> = [];
    for (const def of index.numberedDefinitions) {
      const mark = ibidOf(doc, def);
      if (mark) ibids.push({ def, mark });
    }
    if (ibids.length === 0) return;
    for (const { def, mark } of ibids) {
      const problem = repeatProblem(doc, def, mark);
      if (problem) report(problem);
    }
    const wanted = options.style === 'italic' || options.style === 'roman' ? options.style : usualIbidForm(doc);
    for (const { def, mark } of ibids) {
      if (mark.italic === (wanted === 'italic')) continue;
      const form = wanted === 'italic' ? '*Ibid.*' : 'Ibid.';
      const why = options.style === wanted ? '' : ` as the document's other footnotes do`;
      report({
        message: `Footnote ${def.label} writes "${doc.text.slice(mark.span.start, mark.span.end)}": write ${wanted === 'italic' ? 'it in italics' : 'it in roman'}${why} ("${form}").`,
        span: mark.span,
        fixes: [{ title: `Write "${form}"`, edits: [{ span: mark.span, newText: form }] }],
      });
    }
  },
};

const TREATY_SERIES_REPEAT = /^,\s*vols?\.\s*\d[\d,\s]*(?:and\s+\d+)?,\s*No\.\s*\d/;

function repeatProblem(doc: ResolutionDocument, def: FootnoteDefinition, mark: IbidMark): RuleReport | undefined {
  const index = footnoteIndex(doc);
  const previous = definitionBefore(index, def);
  if (!previous) {
    return { message: `Footnote ${def.label} opens with "Ibid.", but no footnote comes before it to repeat.`, span: mark.span };
  }
  // Only a *Treaty Series* repeat ("Ibid., vol. 2237, No. 39574") needs a *Treaty Series* footnote before it; "Ibid., vol. I
  // (NPT/CONF.2000/28 …)" or "Ibid., vol. III (A/80/5 (Vol. III))" names a volume of the publication just cited.
  if (!TREATY_SERIES_REPEAT.test(mark.continuation)) return undefined;
  const source = sourceOf(doc, previous, (d) => definitionBefore(index, d));
  if (source === undefined || source === 'treatySeries') return undefined;
  return {
    message: `Footnote ${def.label} gives "Ibid., vol. …", but footnote ${previous.label} before it is not a *Treaty Series* citation: "Ibid." repeats the source of the footnote just before it.`,
    span: mark.span,
  };
}
