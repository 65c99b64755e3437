import { untsCitation, type Treaty } from '../data/treaties';
import type { TextEdit } from '../findings';
import { footnoteIndex } from '../footnotes/footnoteIndex';
import type { FootnoteReference, ResolutionDocument, Span, TreatySeriesCitation } from '../model';
import { treatyMentions, type TreatyMention } from '../treaties/treatyMentions';
import type { TreatyTable } from '../treaties/treatyTable';
import type { Rule, RuleReport } from './rule';

/** What may stand between a treaty's name and its footnote mark: punctuation, a closing quote, italics. */
const BETWEEN_NAME_AND_MARK = /^[\s,;:.”’"'*)]{0,4}$/;

/**
 * What UN texts write between a treaty's name and its mark that still says which treaty it is: the
 * ILO number and organization ("…, 1999 (No. 182), of the International Labour Organization,⁹"),
 * the year ("(Outer Space Treaty) of 1967,¹") and where it was adopted ("…Law of Treaties, adopted
 * on 22 May 1969 by the United Nations Conference on the Law of Treaties,¹"). No footnote mark
 * and no comma inside a qualifier, so the name and the mark stay in one phrase.
 */
const QUALIFIER = /^[\s,]*(?:\(No\. \d+\)|of the International Labour Organization|of (?:19|20)\d\d|(?:adopted|done|signed|opened for signature) (?:on|at|in|by) [^,;:\u2070-\u2079\u00b9\u00b2\u00b3]{1,160}?(?=[\s,;:.]*$|,))/;

/** "… to the", "… supplementing the", "… additional to the" just before a treaty's name: the name ends a protocol's. */
const PART_OF_FAMILY = /\b(?:to|supplementing|additional\s+to)\s+the\s+$/;

function onlyQualifiers(between: string): boolean {
  let rest = between;
  for (let guard = 0; guard < 4; guard++) {
    if (BETWEEN_NAME_AND_MARK.test(rest)) return true;
    const m = QUALIFIER.exec(rest);
    if (!m || m[0].length === 0) return false;
    rest = rest.slice(m[0].length);
  }
  return BETWEEN_NAME_AND_MARK.test(rest);
}

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
  check(doc, _options, report, context) {
    const index = footnoteIndex(doc);
    const citations = doc.citations.filter((c): c is TreatySeriesCitation => c.kind === 'treatySeries');
    for (const entry of index.entries.values()) {
      const definition = entry.definitions[0];
      const ref = entry.references[0];
      if (!definition || !ref) continue;
      const citation = citationWithin(citations, definition.content);
      if (!citation || citation.registrationNumber === undefined || citation.volumes.length === 0) continue;
      const named = treatyNamedAt(doc, ref, context.treaties);
      if (!named) continue;
      const problem = mismatch(doc, named, citation, entry.label, context.treaties);
      if (problem) report(problem);
    }
  },
};

/** The first citation (in text order) that lies within a span; `citations` are sorted by start. */
function citationWithin(citations: readonly TreatySeriesCitation[], span: Span): TreatySeriesCitation | undefined {
  let low = 0;
  let high = citations.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (citations[mid].span.start < span.start) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < citations.length && citations[i].span.start < span.end; i++) {
    if (citations[i].span.end <= span.end) return citations[i];
  }
  return undefined;
}

const mentionsByEnd = new WeakMap<readonly TreatyMention[], readonly TreatyMention[]>();

/**
 * The treaty named just before a footnote mark: the mention that ends last before it, found by
 * bisection (a long text has thousands of marks and mentions), if only punctuation or qualifiers
 * stand between the two.
 */
function treatyNamedAt(doc: ResolutionDocument, ref: FootnoteReference, table: TreatyTable): TreatyMention | undefined {
  const mentions = treatyMentions(doc, table);
  let sorted = mentionsByEnd.get(mentions);
  if (!sorted) {
    sorted = [...mentions].sort((a, b) => a.span.end - b.span.end);
    mentionsByEnd.set(mentions, sorted);
  }
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].span.end <= ref.span.start) low = mid + 1;
    else high = mid;
  }
  const m = sorted[low - 1];
  return m && onlyQualifiers(doc.text.slice(m.span.end, ref.span.start)) ? m : undefined;
}

function mismatch(doc: ResolutionDocument, named: TreatyMention, citation: TreatySeriesCitation, label: string, table: TreatyTable): RuleReport | undefined {
  const treaty = named.treaty;
  const unts = treaty.unts;
  if (!unts || unts.registrationNumber === undefined || unts.volumes.length === 0) return undefined;
  const number = citation.registrationNumber!;
  const volumesKnown = citation.volumes.every((v) => unts.volumes.includes(v));
  if (number === unts.registrationNumber && volumesKnown) return undefined;
  const sameCitation = table.byUnts(citation.volumes[0], number).filter((t) => t.id !== treaty.id && citation.volumes.every((v) => t.unts!.volumes.includes(v)));
  // "the Protocol …, as amended on 3 May 1996 (Amended Protocol II), to the Convention on …,⁸": the mark ends the name of
  // an instrument of the convention's family, and its footnote may cite that instrument.
  if (PART_OF_FAMILY.test(doc.text.slice(Math.max(0, named.span.start - 40), named.span.start)) && sameCitation.some((t) => t.parent === treaty.id)) return undefined;
  const other = sameCitation[0] ?? table.byUnts(citation.volumes[0], number).find((t) => t.id !== treaty.id);
  const cited = `vol${citation.volumes.length > 1 ? 's' : ''}. ${citation.volumes.join(', ')}, No. ${number}`;
  if (!other && number === unts.registrationNumber) {
    // The right number with a volume the table does not list for the treaty: one of the two is wrong (or the table lacks it).
    const unknown = citation.volumes.filter((v) => !unts.volumes.includes(v));
    return {
      message: `Footnote ${label} cites ${cited}, but the ${treaty.title} is not printed in vol${unknown.length > 1 ? 's' : ''}. ${unknown.join(', ')} as far as unres knows: it is ${untsCitation(treaty)!.replace('United Nations, *Treaty Series*, ', '')}.`,
      span: citation.span,
    };
  }
  const right = rightVolumeAndNumber(doc, treaty, citation);
  const whose = other ? `, which is the citation of the ${other.title}` : '';
  return {
    message: `Footnote ${label} cites ${cited}${whose}; the ${treaty.title} is ${untsCitation(treaty)!.replace('United Nations, *Treaty Series*, ', '')}.`,
    span: citation.span,
    fixes: right ? [{ title: `Cite ${untsCitation(treaty)!.replace(/\*/g, '')}`, edits: [right] }] : [],
  };
}

/**
 * The edit that writes the treaty's volume and number in place of the cited ones, and only them:
 * the lead ("United Nations, Treaty Series", "*Ibid.*") stays as the footnote writes it, so the
 * fix never touches the words UNR025 and UNR026 fix, and all three go in the same fix-all pass.
 * The edit spans just the characters that change ("1771, No. 30822" to "1760, No. 30619").
 */
function rightVolumeAndNumber(doc: ResolutionDocument, treaty: Treaty, citation: TreatySeriesCitation): TextEdit | undefined {
  const full = untsCitation(treaty);
  const cited = doc.text.slice(citation.span.start, citation.span.end);
  const citedVolume = /\bvols?\./.exec(cited);
  const rightVolume = full && /\bvols?\./.exec(full);
  if (!citedVolume || !rightVolume) return undefined;
  const was = cited.slice(citedVolume.index);
  const now = full.slice(rightVolume.index);
  if (was === now) return undefined;
  let prefix = 0;
  while (prefix < was.length && prefix < now.length && was[prefix] === now[prefix]) prefix++;
  let suffix = 0;
  while (suffix < was.length - prefix && suffix < now.length - prefix && was[was.length - 1 - suffix] === now[now.length - 1 - suffix]) suffix++;
  const start = citation.span.start + citedVolume.index + prefix;
  return { span: { start, end: citation.span.end - suffix }, newText: now.slice(prefix, now.length - suffix) };
}
