import { SOURCES } from '../data/sources';
import { ATTITUDE_NOUNS, OPERATIVE_PHRASES, PREAMBULAR_PHRASES, type PhraseEntry } from '../data/vocabulary';
import type { Paragraph } from '../model';
import { isOperativeAdverb, isWholePhrase } from '../parse/phrases';

/**
 * The opening phrases completion offers: the forms of the vocabulary's patterns without their
 * optional particles and intensifiers, an attitude pattern once with each attitude noun
 * ("Notes with appreciation"), each found in at least one source stronger than a Model UN guide,
 * so that completion never writes a phrase official texts do not use.
 */
export function offeredPhrases(kind: 'operative' | 'preambular'): readonly string[] {
  const cached = offered.get(kind);
  if (cached) return cached;
  const entries: readonly PhraseEntry[] = kind === 'operative' ? OPERATIVE_PHRASES : PREAMBULAR_PHRASES;
  const plain: string[] = [];
  const withAttitude: string[] = [];
  for (const { pattern, sources } of entries) {
    // "Having {PARTICIPLE}" stands for any participle: the vocabulary's "Having considered" ... are offered.
    if (!sources.some((tag) => SOURCES[tag].confidence !== 'S') || pattern.includes('{PARTICIPLE}')) continue;
    const words = pattern.split(' ').filter((w) => w !== '~' && w !== '|' && !OPTIONAL_CLASSES.has(w) && !w.startsWith('('));
    // "Expresses [its] {ATTITUDE}" gives "Expresses appreciation", "Expresses its appreciation", ...
    let forms: string[][] = [[]];
    for (const word of words) {
      if (word === '{ATTITUDE}') forms = forms.flatMap((f) => ATTITUDE_NOUNS.map((noun) => [...f, noun.pattern]));
      else if (word.startsWith('[')) forms = forms.flatMap((f) => [f, [...f, word.slice(1, -1)]]);
      else forms = forms.map((f) => [...f, word]);
    }
    const target = pattern.includes('{') ? withAttitude : plain;
    for (const form of forms.map((f) => f.join(' '))) if (!plain.includes(form) && !withAttitude.includes(form)) target.push(form);
  }
  // The phrases with an attitude ("Notes with concern") come after the plain ones: there are many.
  const phrases = [...plain, ...withAttitude];
  offered.set(kind, phrases);
  return phrases;
}

/** The optional word classes of a pattern, left out of the phrases offered: "Notes with concern", not "Notes with deep concern". */
const OPTIONAL_CLASSES = new Set(['{INTENSITY?}', '{INTENSITY*}', '{ADVERB?}']);

const offered = new Map<'operative' | 'preambular', readonly string[]>();

const lowerFirst = (word: string): string => word.charAt(0).toLowerCase() + word.slice(1);
const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** An opener without the adverbs or modifiers that mark a repetition: "Also urges" gives "Urges", "Recalling also" "Recalling". */
export function basePhrase(kind: 'operative' | 'preambular', opener: string): string {
  const words = opener.split(/\s+/);
  if (kind === 'operative') {
    let i = 0;
    while (i < words.length - 1 && isOperativeAdverb(words[i]) && /^(?:also|further)$/i.test(words[i])) i++;
    return [capitalize(words[i]), ...words.slice(i + 1)].join(' ');
  }
  return words.filter((w, i) => i === 0 || !/^(?:also|further)$/i.test(w)).join(' ');
}

/** The repetition marker an opener carries: "also", "further" or none. */
function repetitionOf(opener: string): 'also' | 'further' | undefined {
  const m = /\b(also|further)\b/i.exec(opener);
  return m ? (m[1].toLowerCase() as 'also' | 'further') : undefined;
}

/**
 * A phrase with a repetition modifier, as the vocabulary places it: "Urges" + "also" gives
 * "Also urges", "Taking note" + "further" "Taking note further". Undefined when the vocabulary
 * has no such form.
 */
export function repeatedForm(kind: 'operative' | 'preambular', phrase: string, modifier: 'also' | 'further'): string | undefined {
  const words = phrase.split(' ');
  if (kind === 'operative') {
    const candidate = [capitalize(modifier), lowerFirst(words[0]), ...words.slice(1)];
    return isWholePhrase('operative', candidate) ? candidate.join(' ') : undefined;
  }
  for (let at = words.length; at >= 1; at--) {
    const candidate = [...words.slice(0, at), modifier, ...words.slice(at)];
    if (isWholePhrase('preambular', candidate)) return candidate.join(' ');
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
export function phraseUses(kind: 'operative' | 'preambular', paragraphs: readonly Paragraph[]): Map<string, PhraseUse> {
  const uses = new Map<string, PhraseUse>();
  for (const p of paragraphs) {
    if (!p.opener || p.opener.vocabulary !== kind) continue;
    const base = basePhrase(kind, p.opener.text);
    const repetition = repetitionOf(p.opener.text);
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
