import { definitionBefore, footnoteIndex, ibidOf, sourceOf, treatySeriesLead, usualIbidForm } from '../footnotes/footnoteIndex';
import type { Rule } from './rule';

/**
 * A footnote that repeats "United Nations, *Treaty Series*" straight after another *Treaty
 * Series* footnote can say "*Ibid.*" (conventions FN-04 (d); sample 001 footnotes 23 and 24).
 * Official texts do not always do it, so this is information. Documentation: docs/rules/UNR026.md.
 */
export const ibidSuggested: Rule = {
  id: 'UNR026',
  alias: 'ibid-suggested',
  description: 'A Treaty Series footnote after another one can open with Ibid.',
  tags: ['footnotes'],
  defaultSeverity: 'information',
  options: [],
  fixable: true,
  check(doc, _options, report) {
    const index = footnoteIndex(doc);
    const defs = index.numberedDefinitions;
    const form = usualIbidForm(doc) === 'italic' ? '*Ibid.*' : 'Ibid.';
    for (const def of defs) {
      const lead = treatySeriesLead(doc, def);
      if (!lead) continue;
      const previous = definitionBefore(index, def);
      if (!previous || sourceOf(doc, previous, (d) => definitionBefore(index, d)) !== 'treatySeries') continue;
      // "Ibid." repeats the whole leading element: only the same series can be repeated.
      const previousLead = treatySeriesLead(doc, previous) ?? leadThroughIbid(doc, previous, index);
      if (!previousLead || doc.text.slice(previousLead.start, previousLead.end) !== doc.text.slice(lead.start, lead.end)) continue;
      report({
        message: `Footnote ${def.label} repeats "${doc.text.slice(lead.start, lead.end).replace(/\*/g, '')}" from footnote ${previous.label} just before it: "${form.replace(/\*/g, '')}" can take its place.`,
        span: lead,
        fixes: [{ title: `Write "${form}"`, edits: [{ span: lead, newText: form }] }],
      });
    }
  },
};

function leadThroughIbid(doc: Parameters<typeof treatySeriesLead>[0], def: Parameters<typeof treatySeriesLead>[1], index: ReturnType<typeof footnoteIndex>): ReturnType<typeof treatySeriesLead> {
  let current = definitionBefore(index, def);
  for (let depth = 0; current && depth < 50; depth++) {
    const lead = treatySeriesLead(doc, current);
    if (lead) return lead;
    if (!ibidOf(doc, current)) return undefined;
    current = definitionBefore(index, current);
  }
  return undefined;
}
