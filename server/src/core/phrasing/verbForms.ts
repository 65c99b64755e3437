import type { Language } from '../language/languages';
import { isOperativeAdverb, isRepetitionModifier, isWholePhrase } from '../parse/phrases';

/**
 * Turning an opening phrase from one part of a resolution into the other: the preamble opens with
 * a participle ("Recalling"), the operative part with a verb in the present tense ("Recalls")
 * (conventions STR-01). Every form offered is checked against the vocabulary of the draft's
 * language, so a quick fix never writes a phrase that is not standard, nor one in another language.
 * The forms are built the English way ("-ing" to "-s"): in French and Spanish none is offered.
 */

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
const lowerFirst = (word: string): string => word.charAt(0).toLowerCase() + word.slice(1);

/** "Recalling" -> "Recalls", "Taking" -> "Takes", "Stressing" -> "Stresses". */
function presentTenseCandidates(participle: string): string[] {
  if (!/ing$/i.test(participle)) return [];
  const stem = participle.slice(0, -3);
  return [`${stem}s`, `${stem}es`];
}

/** "Recalls" -> "Recalling", "Takes" -> "Taking", "Stresses" -> "Stressing". */
function participleCandidates(verb: string): string[] {
  if (!/s$/i.test(verb)) return [];
  const base = verb.slice(0, -1);
  const candidates = [`${base}ing`];
  if (/e$/i.test(base)) candidates.push(`${base.slice(0, -1)}ing`);
  return candidates;
}

/**
 * The operative form of a preambular opening phrase: "Recalling" -> "Recalls", "Recalling also"
 * -> "Also recalls", "Taking note with appreciation of" -> "Takes note with appreciation of".
 * Undefined when the phrase has no standard operative form ("Deeply concerned", "Having heard").
 */
export function operativeFormOf(words: readonly string[], language: Language = 'en'): string[] | undefined {
  if (language !== 'en') return undefined;
  const modifiers = words.slice(1).filter((w) => isRepetitionModifier(w));
  const rest = words.slice(1).filter((w) => !isRepetitionModifier(w));
  for (const verb of presentTenseCandidates(words[0])) {
    const phrase = [capitalize(verb.toLowerCase()), ...rest];
    if (!isWholePhrase('operative', phrase)) continue;
    if (modifiers.length === 0) return phrase;
    return [capitalize(modifiers[0].toLowerCase()), ...modifiers.slice(1).map((m) => m.toLowerCase()), lowerFirst(phrase[0]), ...rest];
  }
  return undefined;
}

/**
 * The preambular form of an operative opening phrase: "Recalls" -> "Recalling", "Also recalls"
 * -> "Recalling also", "Takes note of" -> "Taking note of". Undefined when the vocabulary has no
 * such participle phrase.
 */
export function preambularFormOf(words: readonly string[], language: Language = 'en'): string[] | undefined {
  if (language !== 'en') return undefined;
  let i = 0;
  const modifiers: string[] = [];
  const intensifiers: string[] = [];
  while (i < words.length - 1 && isOperativeAdverb(words[i])) {
    (isRepetitionModifier(words[i]) ? modifiers : intensifiers).push(words[i].toLowerCase());
    i++;
  }
  const verb = words[i];
  const rest = words.slice(i + 1);
  for (const participle of participleCandidates(verb)) {
    const head = intensifiers.length > 0 ? [capitalize(intensifiers[0]), ...intensifiers.slice(1), participle.toLowerCase()] : [capitalize(participle.toLowerCase())];
    const plain = [...head, ...rest];
    if (modifiers.length === 0) {
      if (isWholePhrase('preambular', plain)) return plain;
      continue;
    }
    // The modifier goes after the participle phrase, before a trailing "of": "Taking note also of".
    for (let at = plain.length; at >= head.length; at--) {
      const candidate = [...plain.slice(0, at), ...modifiers, ...plain.slice(at)];
      if (isWholePhrase('preambular', candidate)) return candidate;
    }
  }
  return undefined;
}
