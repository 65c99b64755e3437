import {
  ADVERBIALS,
  ASPECT_VERBS,
  REPEATING_VERBS,
  LY_NON_ADVERBS,
  OWN_ACT_NOUNS,
  PARTICLES,
  STANCE_ADJECTIVES,
  STANCE_NOUNS,
  type ExtentWord,
} from '../data/italicExtents';
import { ATTITUDE_NOUNS, INTENSITY_ADJECTIVES, OPERATIVE_ADVERBS, REPETITION_MODIFIERS } from '../data/vocabulary';
import type { PhraseMatch, Word } from './phrases';

/**
 * Where the italics of an opening phrase may end, in words from the start of the paragraph.
 * `head` is the fewest words they must cover: the verb with its adverbs and the words it cannot
 * go without ("*Takes note*", "*Bearing in mind*", "*Calls upon*"). From there, official texts
 * carry the italics on, or not, over the words that complete the phrase without naming its
 * subject: an adverbial ("*Condemns unequivocally*"), "with" and a stance ("*Notes with great
 * concern*"), "its" and one of the Assembly's own acts or stances ("*Reiterates its call upon*",
 * "*Recalls* its decision"), a second verb ("*Welcomes and encourages*"), a trailing preposition.
 */
export interface ItalicEnds {
  readonly head: number;
  readonly ends: ReadonlySet<number>;
}

const lower = (entries: readonly ExtentWord[]): string[] => entries.map((e) => e.words.toLowerCase());

interface Classes {
  ownActs: ReadonlySet<string>;
  stances: ReadonlySet<string>;
  adjectives: ReadonlySet<string>;
  adverbials: readonly string[][];
  lyNonAdverbs: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  aspectVerbs: ReadonlySet<string>;
  repeatingVerbs: ReadonlySet<string>;
}

let classes: Classes | undefined;

function load(): Classes {
  const adverbials = new Set([...lower(ADVERBIALS), ...REPETITION_MODIFIERS.map((e) => e.pattern), ...OPERATIVE_ADVERBS.map((e) => e.pattern)]);
  return {
    ownActs: new Set(lower(OWN_ACT_NOUNS)),
    stances: new Set([...lower(STANCE_NOUNS), ...ATTITUDE_NOUNS.map((e) => e.pattern)]),
    adjectives: new Set([...lower(STANCE_ADJECTIVES), ...INTENSITY_ADJECTIVES.map((e) => e.pattern)]),
    adverbials: [...adverbials].map((a) => a.toLowerCase().split(' ')),
    lyNonAdverbs: new Set(LY_NON_ADVERBS),
    particles: new Set(lower(PARTICLES)),
    aspectVerbs: new Set(lower(ASPECT_VERBS)),
    repeatingVerbs: new Set(lower(REPEATING_VERBS)),
  };
}

/** Word forms a lowercase word may share with the verb it is joined to by "and". */
const FORMS = [/ing$/, /ed$/, /s$/];
/** The shapes of an adjective after "it": "*Considers it alarming*", "*Believing it necessary*". */
const ADJECTIVE_SHAPE = /(?:ing|ary|ant|ent|al|ble|ful|ive)$/;
const LOWERCASE_WORD = /^[a-z][a-z’'-]*$/;

export function italicEnds(words: readonly Word[], match: PhraseMatch): ItalicEnds {
  classes ??= load();
  const c = classes;
  const w = words.map((word) => word.text.toLowerCase());
  const n = w.length;

  const isNoun = (i: number, nouns: ReadonlySet<string>): boolean => i < n && (nouns.has(w[i]) || (w[i].endsWith('s') && nouns.has(w[i].slice(0, -1))));
  /** Adjectives then a noun of the set: the ends it may stop at. */
  const nounPhrase = (i: number, nouns: ReadonlySet<string>): number[] => {
    let j = i;
    while (j < n && c.adjectives.has(w[j])) j++;
    return isNoun(j, nouns) ? [j + 1] : [];
  };
  const adverbial = (i: number): number[] => {
    const ends: number[] = [];
    for (const a of c.adverbials) if (a.every((word, k) => w[i + k] === word)) ends.push(i + a.length);
    if (i < n && w[i].length >= 5 && w[i].endsWith('ly') && LOWERCASE_WORD.test(words[i].text) && !c.lyNonAdverbs.has(w[i])) ends.push(i + 1);
    return ends;
  };
  const stancesAndActs = new Set([...c.stances, ...c.ownActs]);
  /** The form of the verb the head is built on, past its adverbs ("Also *takes* note"): a verb joined to it by "and" takes the same. */
  const headForm = (head: number): RegExp | undefined => {
    let i = 0;
    for (let more = adverbial(0); more.length > 0 && i < head - 1; more = adverbial(i)) i = Math.max(...more);
    return i < head ? FORMS.find((f) => f.test(w[i])) : undefined;
  };

  /**
   * The ends reachable from `starts` by the items that complete a phrase. At a start, a stance
   * noun may follow the verb directly ("*Expresses concern*"); after a preposition only "and"
   * may follow; `particles: false` reads without trailing prepositions, to find the head.
   */
  const reach = (starts: readonly number[], head: number, particles: boolean): Set<number> => {
    const reached = new Set<number>();
    const form = headForm(head);
    const queue: Array<{ at: number; afterParticle: boolean; atStart: boolean }> = starts.map((at) => ({ at, afterParticle: false, atStart: true }));
    const seen = new Set<string>();
    while (queue.length > 0) {
      const { at, afterParticle, atStart } = queue.shift()!;
      const key = `${at}:${afterParticle}:${atStart}`;
      if (seen.has(key) || at > n) continue;
      seen.add(key);
      reached.add(at);
      const next = (ends: readonly number[], particle = false): void => {
        for (const end of ends) queue.push({ at: end, afterParticle: particle, atStart: false });
      };
      if (at >= n) continue;
      if (w[at] === 'and') {
        let j = at + 1;
        for (let more = adverbial(j); more.length > 0; more = adverbial(j)) j = Math.max(...more);
        if (form && j < n && LOWERCASE_WORD.test(words[j].text) && form.test(w[j])) next([j + 1]);
        next(nounPhrase(at + 1, stancesAndActs));
      }
      if (afterParticle) continue;
      next(adverbial(at));
      if (w[at] === 'with') next(nounPhrase(at + 1, c.stances));
      if (w[at] === 'its') next(nounPhrase(at + 1, stancesAndActs));
      if (w[at] === 'the') next(nounPhrase(at + 1, atStart && at > 0 && c.repeatingVerbs.has(w[at - 1]) ? stancesAndActs : c.stances));
      if (w[at] === 'it' && at + 1 < n && LOWERCASE_WORD.test(words[at + 1].text) && ADJECTIVE_SHAPE.test(w[at + 1])) next([at + 2]);
      if (atStart) next(nounPhrase(at, c.stances));
      // "*Continues to encourage*", "*Continues to express particular concern*": the infinitive takes what the verb would.
      if (atStart && at > 0 && c.aspectVerbs.has(w[at - 1]) && w[at] === 'to' && at + 1 < n && LOWERCASE_WORD.test(words[at + 1].text)) queue.push({ at: at + 2, afterParticle: false, atStart: true });
      if (particles && c.particles.has(w[at])) next([at + 1], true);
    }
    return reached;
  };

  const core = Math.min(match.coreWordCount, n);
  const vocabularyEnds: number[] = [];
  for (let e = core; e <= Math.min(match.wordCount, n); e++) vocabularyEnds.push(e);
  // The head: the fewest words from which the whole phrase of the vocabulary can be completed,
  // but for its trailing preposition: "Takes note with appreciation (of)", and "*Calls* upon",
  // "*Calls* for", as published texts also print them (A/RES/80/134, A/RES/80/136).
  const whole = Math.min(match.wordCount, n);
  const target = whole > 1 && c.particles.has(w[whole - 1]) ? whole - 1 : whole;
  let head = core;
  for (let h = 1; h < core; h++) {
    if (reach([h], h, false).has(target)) {
      head = h;
      break;
    }
  }
  return { head, ends: reach([head, ...vocabularyEnds], head, true) };
}
