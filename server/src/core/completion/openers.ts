import { SOURCES } from '../data/sources';
import type { PhraseEntry } from '../data/vocabulary';
import { phraseVocabulary } from '../language/phraseVocabularies';
import type { Language } from '../language/languages';
import type { Paragraph } from '../model';
import { isOperativeAdverb, isWholePhrase } from '../parse/phrases';
import { repetitionWords } from '../phrasing/repetitionWords';

/**
 * The opening phrases completion offers: the forms of the vocabulary's patterns without their
 * optional particles and intensifiers, an attitude pattern once with each attitude noun
 * ("Notes with appreciation"), each found in at least one source stronger than a Model UN guide,
 * so that completion never writes a phrase official texts do not use. The phrases are those of the
 * draft's language: a French draft is offered "Prie", never "Requests".
 */
export function offeredPhrases(kind: 'operative' | 'preambular', language: Language = 'en'): readonly string[] {
  const key = `${language}|${kind}`;
  const cached = offered.get(key);
  if (cached) return cached;
  const vocabulary = phraseVocabulary(language);
  const entries: readonly PhraseEntry[] = kind === 'operative' ? vocabulary.operativePhrases : vocabulary.preambularPhrases;
  const plain: string[] = [];
  const withAttitude: string[] = [];
  for (const { pattern, sources } of entries) {
    // "Having {PARTICIPLE}" stands for any participle: the vocabulary's "Having considered" ... are offered.
    if (!sources.some((tag) => SOURCES[tag].confidence !== 'S') || pattern.includes('{PARTICIPLE}')) continue;
    const words = pattern.split(' ').filter((w) => w !== '~' && w !== '|' && !OPTIONAL_CLASSES.has(w) && !w.startsWith('('));
    // "Expresses [its] {ATTITUDE}" gives "Expresses appreciation", "Expresses its appreciation", ...
    let forms: string[][] = [[]];
    for (const word of words) {
      if (word === '{ATTITUDE}') forms = forms.flatMap((f) => vocabulary.attitudeNouns.map((noun) => [...f, noun.pattern]));
      else if (word.startsWith('[')) forms = forms.flatMap((f) => [f, [...f, word.slice(1, -1)]]);
      else forms = forms.map((f) => [...f, word]);
    }
    const target = pattern.includes('{') ? withAttitude : plain;
    for (const form of forms.map((f) => f.join(' '))) if (!plain.includes(form) && !withAttitude.includes(form)) target.push(form);
  }
  // The phrases with an attitude ("Notes with concern") come after the plain ones: there are many.
  const phrases = [...plain, ...withAttitude];
  offered.set(key, phrases);
  return phrases;
}

/** The optional word classes of a pattern, left out of the phrases offered: "Notes with concern", not "Notes with deep concern". */
const OPTIONAL_CLASSES = new Set(['{INTENSITY?}', '{INTENSITY*}', '{ADVERB?}']);

const offered = new Map<string, readonly string[]>();

const lowerFirst = (word: string): string => word.charAt(0).toLowerCase() + word.slice(1);
const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** An opener without the adverbs or modifiers that mark a repetition: "Also urges" gives "Urges", "Recalling also" "Recalling", "Prie également" "Prie". */
export function basePhrase(kind: 'operative' | 'preambular', opener: string, language: Language = 'en'): string {
  const words = opener.split(/\s+/);
  if (language === 'en') {
    if (kind === 'preambular') return words.filter((w, i) => i === 0 || !/^(?:also|further)$/i.test(w)).join(' ');
    let i = 0;
    while (i < words.length - 1 && isOperativeAdverb(words[i]) && /^(?:also|further)$/i.test(words[i])) i++;
    return [capitalize(words[i]), ...words.slice(i + 1)].join(' ');
  }
  const repetition = repetitionWords(language);
  if (!repetition) return opener;
  return ` ${words.join(' ')} `
    .replace(new RegExp(` (?:${repetition.also}|${repetition.further})(?= )`, 'giu'), '')
    .trim();
}

/** The repetition marker an opener carries: "also" ("également", "también"), "further" ("en outre", "además") or none. */
function repetitionOf(opener: string, language: Language): 'also' | 'further' | undefined {
  const repetition = repetitionWords(language);
  if (!repetition) return undefined;
  const padded = ` ${opener.toLowerCase().split(/\s+/).join(' ')} `;
  if (padded.includes(` ${repetition.also} `)) return 'also';
  if (padded.includes(` ${repetition.further} `)) return 'further';
  return undefined;
}

/**
 * A phrase with a repetition modifier, as the vocabulary places it: "Urges" + "also" gives
 * "Also urges", "Taking note" + "further" "Taking note further", "Prie" + "also" "Prie
 * également". Undefined when the vocabulary of the language has no such form.
 */
export function repeatedForm(kind: 'operative' | 'preambular', phrase: string, modifier: 'also' | 'further', language: Language = 'en'): string | undefined {
  const words = phrase.split(' ');
  if (kind === 'operative' && language === 'en') {
    const candidate = [capitalize(modifier), lowerFirst(words[0]), ...words.slice(1)];
    return isWholePhrase('operative', candidate) ? candidate.join(' ') : undefined;
  }
  const repetition = repetitionWords(language);
  if (!repetition) return undefined;
  const modifierWords = repetition[modifier].split(' ');
  for (let at = words.length; at >= 1; at--) {
    const candidate = [...words.slice(0, at), ...modifierWords, ...words.slice(at)];
    if (isWholePhrase(kind, candidate, language)) return candidate.join(' ');
  }
  return undefined;
}

/** How a phrase was used before the cursor: whether its plain form and its "also" form were. */
export interface PhraseUse {
  /** The first paragraph that used it, for the item's detail. */
  readonly first: Paragraph;
  /** The last paragraph that used it: the most recent verb's repetition is offered first. */
  readonly last: Paragraph;
  readonly also: boolean;
  readonly further: boolean;
}

/** The phrases the paragraphs before the cursor open with, by their base form. */
export function phraseUses(kind: 'operative' | 'preambular', paragraphs: readonly Paragraph[], language: Language = 'en'): Map<string, PhraseUse> {
  const uses = new Map<string, PhraseUse>();
  for (const p of paragraphs) {
    if (!p.opener || p.opener.vocabulary !== kind) continue;
    const base = basePhrase(kind, p.opener.text, language);
    const repetition = repetitionOf(p.opener.text, language);
    const use = uses.get(base);
    uses.set(base, {
      first: use?.first ?? p,
      last: p,
      also: (use?.also ?? false) || repetition === 'also',
      further: (use?.further ?? false) || repetition === 'further',
    });
  }
  return uses;
}
