import type { Fix } from '../findings';
import type { Opener, Paragraph, ResolutionDocument } from '../model';
import type { Language } from '../language/languages';
import { isRepetitionModifier, isWholePhrase, leadingWords, phraseBook } from '../parse/phrases';
import { repetitionWords } from '../phrasing/repetitionWords';
import type { Rule, RuleReport } from './rule';

const TRAILING_PARTICLES = new Set(['of', 'to', 'with', 'by']);

/** Whether a word is a particle that may end a phrase of the language: "of" in English, "de" in French, "de" in Spanish. */
function isTrailingParticle(word: string, language: Language): boolean {
  return language === 'en' ? TRAILING_PARTICLES.has(word) : phraseBook(language).isParticle(word);
}

/**
 * A suggestion, not a rule: when the same opening phrase comes again, a drafter may mark the
 * repetition, "*Also urges*" then "*Further urges*" in the operative part, "*Recalling also*",
 * "*Recalling further*" in the preamble (conventions OP-05, PRE-06, §6). Published resolutions
 * often repeat a phrase unchanged ("11. *Encourages* …; 12. *Encourages* …"), so a repetition is
 * no defect: this is a hint, never more than information, and its fix rewords the text, so it is
 * a quick fix only, never applied by fix-all or `--fix`. By default only a run of paragraphs that
 * open alike counts (the option `anywhere` counts every repetition). Documentation:
 * docs/rules/UNR007.md.
 */
export const repetition: Rule = {
  id: 'UNR007',
  alias: 'repetition',
  description: 'A repeated opening phrase takes "Also" / "Further" (operative) or "also" / "further" (preamble)',
  tags: ['vocabulary'],
  defaultSeverity: 'hint',
  maxSeverity: 'information',
  options: [
    {
      name: 'anywhere',
      description: 'Count a repetition anywhere in the part, not only in a run of paragraphs that open alike',
      default: false,
    },
  ],
  fixable: true,
  reads: ['phrases'],
  check(doc, options, report) {
    const anywhere = options.anywhere === true;
    checkPart(doc, doc.preamble, 'preambular', anywhere, report);
    checkPart(doc, doc.operative, 'operative', anywhere, report);
  },
};

function checkPart(doc: ResolutionDocument, paragraphs: readonly Paragraph[], kind: 'preambular' | 'operative', anywhere: boolean, report: (r: RuleReport) => void): void {
  const uses = new Map<string, Paragraph[]>();
  let previousKey: string | undefined;
  let division: number | undefined;
  for (const p of paragraphs) {
    // Each section or part of a text is drafted on its own: a phrase that opens two of them is no repetition.
    if (p.division !== division) {
      uses.clear();
      previousKey = undefined;
      division = p.division;
    }
    const opener = p.opener;
    if (!opener || opener.vocabulary !== kind) {
      previousKey = undefined;
      continue;
    }
    const language = doc.language.code;
    const words = leadingWords(doc.text, opener.span.start, opener.span.end, language).map((w) => w.text);
    const key = lemmaOf(words, language);
    // Outside `anywhere`, a repetition counts only within a run of paragraphs with the same opener.
    const run = anywhere || key === previousKey ? (uses.get(key) ?? []) : [];
    // The paragraphs before this one in the run; the run grows in place (copying it for every
    // paragraph made a long run of one verb quadratic: 60 000 paragraphs "Urges" took minutes).
    const earlierCount = run.length;
    run.push(p);
    uses.set(key, run);
    previousKey = key;
    // After "also" and "further" official texts go back to the plain phrase (conventions §6).
    if (earlierCount === 0 || earlierCount > 2 || words.some((w) => isRepetitionModifier(w, doc.language.code))) continue;
    // "3. *Prie* en outre …": French and Spanish may leave the word after the verb out of the italics.
    if (language !== 'en' && followedByRepetitionWord(doc, p, opener)) continue;
    const earlier = run.slice(0, earlierCount);
    const modifiers = repetitionWords(language);
    if (!modifiers) continue;
    if (earlier.some((q) => hasModifier(doc, q, modifiers.further))) continue;
    const modifier = earlier.length === 1 ? modifiers.also : modifiers.further;
    const suggestion =
      kind === 'operative'
        ? language === 'en'
          ? operativeRepeat(opener, modifier)
          : modifierAfterWords(doc, opener, words, modifier, 'operative')
        : modifierAfterWords(doc, opener, words, modifier, 'preambular');
    const before = earlier[earlier.length - 1];
    const where = (q: Paragraph): string => (q.number ? `paragraph ${q.number.text}` : `${kind === 'preambular' ? 'preambular ' : ''}paragraph ${q.index + 1}`);
    report({
      message: `"${opener.text}" opens ${where(p)} as it opened ${where(before)}; ${suggestion ? `"${suggestion.phrase}"` : `"${modifier}"`} would mark the repetition (a suggestion: published texts often repeat a phrase unchanged).`,
      span: opener.span,
      fixes: suggestion ? [{ ...suggestion.fix, quickFixOnly: true }] : [],
    });
  }
}

/** Whether the words right after an opener are a repetition modifier of its language ("en outre", "también"). */
function followedByRepetitionWord(doc: ResolutionDocument, p: Paragraph, opener: Opener): boolean {
  const language = doc.language.code;
  const content = p.contentPieces[0];
  const after = leadingWords(doc.text, opener.span.end, Math.min(content.end, opener.span.end + 40), language).map((w) => w.text.toLowerCase());
  return phraseBook(language).vocabulary.repetitionModifiers.some((entry) => {
    const modifier = entry.pattern.toLowerCase().split(' ');
    return modifier.every((word, i) => after[i] === word);
  });
}

function hasModifier(doc: ResolutionDocument, p: Paragraph, modifier: string): boolean {
  const words = leadingWords(doc.text, p.opener!.span.start, p.opener!.span.end, doc.language.code).map((w) => w.text.toLowerCase());
  return ` ${words.join(' ')} `.includes(` ${modifier} `);
}

/**
 * The phrase without its repetition modifiers and trailing particle: "Also urges" and "Urges" are
 * one phrase, "Takes note of" and "Takes note" too, but "Strongly encourages" and "Encourages",
 * "Expresses deep concern" and "Expresses concern", "Reaffirms its support" and "Reaffirms" are not.
 */
function lemmaOf(words: readonly string[], language: Language): string {
  const kept = words.map((w) => w.toLowerCase()).filter((w) => !isRepetitionModifier(w, language));
  if (kept.length > 1 && isTrailingParticle(kept[kept.length - 1], language)) kept.pop();
  return kept.join(' ');
}

function operativeRepeat(opener: Opener, modifier: string): { phrase: string; fix: Fix } {
  const adverb = modifier.charAt(0).toUpperCase() + modifier.slice(1);
  const phrase = `${adverb} ${opener.text.charAt(0).toLowerCase()}${opener.text.slice(1)}`;
  const firstLetter = { start: opener.span.start, end: opener.span.start + 1 };
  return { phrase, fix: { title: `Change to "${phrase}"`, edits: [{ span: firstLetter, newText: `${adverb} ${opener.text.charAt(0).toLowerCase()}` }] } };
}

/**
 * The phrase with the modifier after its words, before a trailing particle: "Recalling also",
 * "Taking note also of", and in French and Spanish the operative verb too ("Prie également",
 * "Aprueba también"), when the language's vocabulary has that form.
 */
function modifierAfterWords(doc: ResolutionDocument, opener: Opener, words: readonly string[], modifier: string, kind: 'operative' | 'preambular'): { phrase: string; fix: Fix } | undefined {
  const language = doc.language.code;
  const spans = leadingWords(doc.text, opener.span.start, opener.span.end, language);
  const lastWord = words[words.length - 1].toLowerCase();
  const beforeParticle = words.length > 1 && isTrailingParticle(lastWord, language);
  const candidate = beforeParticle ? [...words.slice(0, -1), modifier, words[words.length - 1]] : [...words, modifier];
  if (!isWholePhrase(kind, candidate.join(' ').split(' '), language)) return undefined;
  const edit = beforeParticle
    ? { span: { start: spans[spans.length - 1].span.start, end: spans[spans.length - 1].span.start }, newText: `${modifier} ` }
    : { span: { start: opener.span.end, end: opener.span.end }, newText: ` ${modifier}` };
  const phrase = candidate.join(' ');
  return { phrase, fix: { title: `Change to "${phrase}"`, edits: [edit] } };
}
