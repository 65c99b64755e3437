import type { Fix } from '../findings';
import { isPreambularAdverb, leadingWords, phraseBook } from '../parse/phrases';
import { EXTRA_PHRASES_OPTION, extraPhrasesOf, opensWithExtraPhrase } from '../phrasing/extraPhrases';
import { rewordOpener } from '../phrasing/italics';
import { nearestPhrases } from '../phrasing/suggestions';
import type { Rule } from './rule';

/**
 * A preambular paragraph opens with a standard preambular phrase: a participle ("Recalling",
 * "Having considered") or an adjective ("Concerned", "Mindful") (conventions PRE-01). An opener
 * the vocabulary does not know is a warning, never an error: real texts use rarer participles.
 * An operative verb opening a preambular paragraph is UNR002's. A committee's own phrases (option
 * `extraPhrases`) are accepted too. Documentation: docs/rules/UNR005.md.
 */
export const preambularPhrase: Rule = {
  id: 'UNR005',
  alias: 'preambular-phrase',
  description: 'Preambular paragraphs open with a standard preambular phrase',
  tags: ['vocabulary'],
  defaultSeverity: 'warning',
  options: [
    {
      name: EXTRA_PHRASES_OPTION,
      description: 'Preambular phrases the committee uses beyond the standard vocabulary ("Heartened by"): accepted as openers and offered as suggestions.',
      default: [],
    },
  ],
  fixable: true,
  reads: ['phrases'],
  check(doc, options, report) {
    const extraPhrases = extraPhrasesOf(options);
    for (const p of doc.preamble) {
      const opener = p.opener;
      if (!opener) continue;
      if (opener.vocabulary !== 'unknown') continue;
      const content = p.contentPieces[0];
      const language = doc.language.code;
      const words = leadingWords(doc.text, content.start, content.end, language);
      if (words.length === 0 || opensWithExtraPhrase('preambular', words, extraPhrases, language)) continue;
      // Keep a standard adverb ("Deeply") and look for the phrase after it.
      const skip = words.length > 1 && isPreambularAdverb(words[0].text, language) ? 1 : 0;
      const rest = words.slice(skip);
      // In a language whose lists hold only the phrases read so far, an unlisted phrase may be right: only a slip of one letter is reported.
      const suggestions = nearestPhrases('preambular', rest.map((w) => w.text), 3, extraPhrases, language);
      if (suggestions.length === 0 && !phraseBook(language).hasEveryPhrase) continue;
      const fixes: Fix[] = [];
      const offeredPhrases: string[] = [];
      for (const s of suggestions) {
        const phrase = skip > 0 ? `${words[0].text} ${s.phrase.charAt(0).toLowerCase()}${s.phrase.slice(1)}` : s.phrase;
        offeredPhrases.push(phrase);
        const edits = rewordOpener(doc.text, opener, { start: words[0].span.start, end: rest[s.replacesWords - 1].span.end }, phrase);
        if (edits) fixes.push({ title: `Change to "${phrase}"`, edits });
      }
      const offered = offeredPhrases.length > 0 ? `; did you mean ${offeredPhrases.map((phrase) => `"${phrase}"`).join(', ')}?` : '.';
      const span = { start: words[0].span.start, end: rest[0].span.end };
      report({ message: `"${doc.text.slice(span.start, span.end)}" is not a standard preambular opening${offered}`, span, fixes });
    }
  },
};
