import { untsCitation, type Treaty } from '../data/treaties';
import type { TextEdit } from '../findings';
import { footnoteIndex } from '../footnotes/footnoteIndex';
import type { ResolutionDocument, Span, TreatySeriesCitation } from '../model';
import { treatyNamedAtMark } from '../treaties/treatyFootnotes';
import type { TreatyMention } from '../treaties/treatyMentions';
import type { TreatyTable } from '../treaties/treatyTable';
import type { Rule, RuleReport } from './rule';

/** "… to the", "… supplementing the", "… additional to the" just before a treaty's name: the name ends a protocol's. */
const PART_OF_FAMILY = /\b(?:to|supplementing|additional\s+to)\s+the\s+$/;

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
      const named = treatyNamedAtMark(doc, ref, context.treaties);
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
  // When no treaty of the table has the cited volume and number, it may be the instrument's own, which the table lacks.
  if (PART_OF_FAMILY.test(doc.text.slice(Math.max(0, named.span.start - 40), named.span.start)) && (sameCitation.some((t) => t.parent === treaty.id) || table.byUnts(citation.volumes[0], number).length === 0)) return undefined;
  const other = sameCitation[0] ?? table.byUnts(citation.volumes[0], number).find((t) => t.id !== treaty.id);
  // A French or Spanish footnote is quoted in its own words ("vol. 1578, núm. 27531").
  const citedText = doc.text.slice(citation.span.start, citation.span.end);
  const cited = citedInEnglish(doc, citation)
    ? `vol${citation.volumes.length > 1 ? 's' : ''}. ${citation.volumes.join(', ')}, No. ${number}`
    : citedText.slice(/\bvols?\./.exec(citedText)?.index ?? 0);
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
    fixes: right ? [{ title: `Cite ${fixedCitation(treaty, citedText, citedInEnglish(doc, citation))}`, edits: [right] }] : [],
  };
}

/** What the fix writes, for its title: the whole citation, or in a French or Spanish footnote "vol. 1577, no 27531" in its own words. */
function fixedCitation(treaty: Treaty, citedText: string, inEnglish: boolean): string {
  const full = untsCitation(treaty)!.replace(/\*/g, '');
  return inEnglish ? full : inCitationWords(full.replace(/^.*?(?=\bvols?\.)/, ''), citedText);
}

/** Whether a citation is written "United Nations, *Treaty Series*", as unres writes it (or "Ibid."). */
function citedInEnglish(doc: ResolutionDocument, citation: TreatySeriesCitation): boolean {
  return !/^(?:Nations Unies|Naciones Unidas)\b/.test(doc.text.slice(citation.span.start, citation.span.end));
}

/**
 * The treaty's "vol. 1577, No. 27531" in the words the footnote uses for "No." and "and" ("no",
 * "núm.", "et", "y" in a French or Spanish footnote), so that a fix changes figures only.
 */
function inCitationWords(right: string, cited: string): string {
  const numberWord = /,\s+(No\.|no|n°|nº|núm\.)\s+\d/.exec(cited)?.[1];
  const joiner = /\d\s+(and|et|y)\s+\d/.exec(cited)?.[1];
  let words = right;
  if (numberWord && numberWord !== 'No.') words = words.replace(/, No\. (?=\d)/, `, ${numberWord} `);
  if (joiner && joiner !== 'and') words = words.replace(/(\d) and (?=\d)/, `$1 ${joiner} `);
  return words;
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
  const now = inCitationWords(full.slice(rightVolume.index), was);
  if (was === now) return undefined;
  let prefix = 0;
  while (prefix < was.length && prefix < now.length && was[prefix] === now[prefix]) prefix++;
  let suffix = 0;
  while (suffix < was.length - prefix && suffix < now.length - prefix && was[was.length - 1 - suffix] === now[now.length - 1 - suffix]) suffix++;
  const start = citation.span.start + citedVolume.index + prefix;
  return { span: { start, end: citation.span.end - suffix }, newText: now.slice(prefix, now.length - suffix) };
}
