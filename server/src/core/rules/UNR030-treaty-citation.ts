import { treatiesByUnts, untsCitation, type Treaty } from '../data/treaties';
import { footnoteIndex } from '../footnotes/footnoteIndex';
import type { FootnoteReference, ResolutionDocument, TreatySeriesCitation } from '../model';
import { treatyMentions, type TreatyMention } from '../treaties/treatyMentions';
import type { Rule, RuleReport } from './rule';

/** What may stand between a treaty's name and its footnote mark: punctuation, a closing quote, italics. */
const BETWEEN_NAME_AND_MARK = /^[\s,;:.”’"'*)]{0,4}$/;

/**
 * A *Treaty Series* footnote cites the volume and registration number of the treaty named where
 * its mark stands (conventions FN-03, §8.1): "…Organized Crime,¹" with "¹ United Nations, *Treaty
 * Series*, vol. 2225, No. 39574.". The treaty table (server/src/core/data/treaties.ts) gives the
 * right citation; a treaty whose number the table lacks is not checked.
 * Documentation: docs/rules/UNR030.md.
 */
export const treatyCitation: Rule = {
  id: 'UNR030',
  alias: 'treaty-citation',
  description: 'A Treaty Series footnote cites the volume and number of the treaty it is attached to',
  tags: ['citations', 'footnotes'],
  defaultSeverity: 'warning',
  options: [],
  fixable: true,
  check(doc, _options, report) {
    const index = footnoteIndex(doc);
    const citations = doc.citations.filter((c): c is TreatySeriesCitation => c.kind === 'treatySeries');
    for (const entry of index.entries.values()) {
      const definition = entry.definitions[0];
      const ref = entry.references[0];
      if (!definition || !ref) continue;
      const citation = citations.find((c) => c.span.start >= definition.content.start && c.span.end <= definition.content.end);
      if (!citation || citation.registrationNumber === undefined || citation.volumes.length === 0) continue;
      const named = treatyNamedAt(doc, ref);
      if (!named) continue;
      const problem = mismatch(doc, named, citation, entry.label);
      if (problem) report(problem);
    }
  },
};

function treatyNamedAt(doc: ResolutionDocument, ref: FootnoteReference): TreatyMention | undefined {
  const mentions = treatyMentions(doc);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.span.end > ref.span.start) continue;
    return BETWEEN_NAME_AND_MARK.test(doc.text.slice(m.span.end, ref.span.start)) ? m : undefined;
  }
  return undefined;
}

function mismatch(doc: ResolutionDocument, named: TreatyMention, citation: TreatySeriesCitation, label: string): RuleReport | undefined {
  const treaty = named.treaty;
  const unts = treaty.unts;
  if (!unts || unts.registrationNumber === undefined || unts.volumes.length === 0) return undefined;
  const number = citation.registrationNumber!;
  const volumesKnown = citation.volumes.every((v) => unts.volumes.includes(v));
  if (number === unts.registrationNumber && volumesKnown) return undefined;
  const other = treatiesByUnts(citation.volumes[0], number).find((t) => t.id !== treaty.id);
  // The same number with a volume the table does not list may be a volume it lacks: not a finding.
  if (!other && number === unts.registrationNumber) return undefined;
  const cited = `vol${citation.volumes.length > 1 ? 's' : ''}. ${citation.volumes.join(', ')}, No. ${number}`;
  const right = rightCitation(doc, treaty, citation);
  const whose = other ? `, which is the citation of the ${other.title}` : '';
  return {
    message: `Footnote ${label} cites ${cited}${whose}; the ${treaty.title} is ${untsCitation(treaty)!.replace('United Nations, *Treaty Series*, ', '')}.`,
    span: citation.span,
    fixes: right ? [{ title: `Cite ${untsCitation(treaty)!.replace(/\*/g, '')}`, edits: [{ span: citation.span, newText: right }] }] : [],
  };
}

/** The right citation in the footnote's own form: the full form, or "Ibid., vol. …" for an Ibid. */
function rightCitation(doc: ResolutionDocument, treaty: Treaty, citation: TreatySeriesCitation): string | undefined {
  const full = untsCitation(treaty);
  if (!full) return undefined;
  if (!citation.ibid) return full;
  const text = doc.text.slice(citation.span.start, citation.span.end);
  const ibid = /^\*?Ibid\.\*?/.exec(text)?.[0];
  return ibid ? `${ibid}${full.slice(full.indexOf(','))}`.replace(', *Treaty Series*', '') : undefined;
}
