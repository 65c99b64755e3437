import { citedSymbols, type SymbolMention } from '../symbols/symbolMentions';
import type { Rule } from './rule';

/**
 * One resolution has one adoption date: a text that cites "resolution 64/293 of 30 July 2010" and
 * later "resolution 64/293 of 30 July 2016" is wrong in one of the two places. Lettered parts
 * ("68/247 A", "68/247 B") are separate resolutions with their own dates. Resolutions whose organ
 * the text leaves unclear are not compared. Documentation: docs/rules/UNR041.md.
 */
export const resolutionDateConflict: Rule = {
  id: 'UNR041',
  alias: 'resolution-date-conflict',
  description: 'A resolution cited twice in one text is cited with the same adoption date',
  tags: ['citations'],
  defaultSeverity: 'warning',
  options: [],
  fixable: false,
  check(doc, _options, report) {
    const first = new Map<string, SymbolMention>();
    for (const mention of citedSymbols(doc).mentions) {
      if (mention.kind !== 'resolution' || !mention.organ || !mention.date?.value) continue;
      const key = `${mention.organ}\u0000${mention.written}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, mention);
        continue;
      }
      if (earlier.date!.text === mention.date.text) continue;
      report({
        span: mention.date.span,
        message: `${mention.organ} resolution ${mention.written} is cited here as of ${mention.date.text} and earlier in the text as of ${earlier.date!.text}; a resolution has one adoption date.`,
      });
    }
  },
};
