import {
  ATTITUDE_NOUNS,
  INTENSITY_ADJECTIVES,
  IRREGULAR_PARTICIPLES,
  OPERATIVE_ADVERBS,
  OPERATIVE_PHRASES,
  PREAMBULAR_ADVERBS,
  PREAMBULAR_PHRASES,
  REPETITION_MODIFIERS,
  type PhraseEntry,
} from '../data/vocabulary';
import type { Span } from '../model';
import { isLetterCode } from './chars';

/** A word of running text with its source span. */
export interface Word {
  readonly text: string;
  readonly span: Span;
  /** Set on the first word after an aside set off by commas ("*Calls*, in particular, for"). */
  readonly afterAside?: true;
}

/** The longest standard phrase found at the start of a paragraph. */
export interface PhraseMatch {
  /** How many words of the input the phrase covers. */
  readonly wordCount: number;
  /**
   * How many of those words the italics must cover at least: official texts italicise a trailing
   * particle ("of"), a modifier after an operative verb ("Encourages further") and the parts
   * after "|" in a pattern either way.
   */
  readonly coreWordCount: number;
}

/** A class of words a pattern names in braces: one word of it stands where the class is. */
interface WordClass {
  readonly has: (word: string) => boolean;
}

function classOf(entries: readonly PhraseEntry[]): WordClass {
  const words = new Set(entries.map((entry) => entry.pattern.toLowerCase()));
  return { has: (word) => words.has(word) };
}

let wordClasses: Readonly<Record<'attitude' | 'intensity' | 'adverb' | 'participle', WordClass>> | undefined;

/** The classes of `{ATTITUDE}`, `{INTENSITY}`, `{ADVERB}` and `{PARTICIPLE}`, built once. */
function classes(): NonNullable<typeof wordClasses> {
  if (!wordClasses) {
    const irregular = classOf(IRREGULAR_PARTICIPLES);
    const listedAdverbs = classOf(PREAMBULAR_ADVERBS);
    wordClasses = {
      attitude: classOf(ATTITUDE_NOUNS),
      intensity: classOf(INTENSITY_ADJECTIVES),
      adverb: { has: (word) => listedAdverbs.has(word) || (word.length >= 6 && word.endsWith('ly')) },
      // A past participle: a regular one ("considered", "listened") or one of the irregular ones.
      participle: { has: (word) => (word.length > 4 && word.endsWith('ed')) || irregular.has(word) },
    };
  }
  return wordClasses;
}

/** One step of a phrase: a word, or a class of words. */
type Step = string | WordClass;

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /** The class steps from here, each with the node it leads to. */
  readonly classSteps: Array<{ readonly wordClass: WordClass; readonly node: TrieNode }>;
  /** Set when a phrase ends here: the fewest words of it the italics must cover. */
  core?: number;
}

function newNode(): TrieNode {
  return { next: new Map(), classSteps: [] };
}

function insert(root: TrieNode, steps: readonly Step[], core: number): void {
  let node = root;
  for (const step of steps) {
    let child: TrieNode | undefined;
    if (typeof step === 'string') {
      child = node.next.get(step);
      if (!child) node.next.set(step, (child = newNode()));
    } else {
      child = node.classSteps.find((c) => c.wordClass === step)?.node;
      if (!child) node.classSteps.push({ wordClass: step, node: (child = newNode()) });
    }
    node = child;
  }
  node.core = node.core === undefined ? core : Math.min(node.core, core);
}

const wordsOf = (entries: readonly PhraseEntry[]): string[][] => entries.map((e) => e.pattern.toLowerCase().split(' '));

/** The choices one token of a pattern stands for: words, or a class, or nothing when optional. */
function choicesOf(token: string): Step[][] {
  const c = classes();
  switch (token) {
    case '{attitude}':
      return [[c.attitude]];
    case '{intensity?}':
      return [[], [c.intensity]];
    case '{intensity*}':
      return [[], [c.intensity], [c.intensity, c.intensity]];
    case '{adverb?}':
      return [[], [c.adverb]];
    case '{participle}':
      return [[c.participle]];
  }
  if (token.startsWith('[') && token.endsWith(']')) return [[], [token.slice(1, -1)]];
  return [[token]];
}

/**
 * Expands one pattern of the vocabulary into the step sequences it stands for, each with the
 * number of its words the italics must cover. Modifiers go in the slot; they are part of the core
 * in the preamble ("*Recalling also*") but not after an operative verb.
 */
function expand(pattern: string, modifiers: 'core' | 'optional' | 'none'): Array<{ steps: Step[]; core: number }> {
  const tokens = pattern.toLowerCase().split(' ');
  let tail: string | undefined;
  const last = tokens[tokens.length - 1];
  if (last.startsWith('(') && last.endsWith(')')) {
    tail = last.slice(1, -1);
    tokens.pop();
  }
  let coreEnd = tokens.indexOf('|');
  if (coreEnd >= 0) tokens.splice(coreEnd, 1);
  let slot = tokens.indexOf('~');
  if (slot >= 0) tokens.splice(slot, 1);
  else slot = tokens.length;
  if (slot < coreEnd) coreEnd--;
  if (coreEnd < 0) coreEnd = tokens.length;

  // Each sequence: its steps, and how many of them are core.
  let sequences: Array<{ steps: Step[]; core: number }> = [{ steps: [], core: 0 }];
  const modifierChoices: string[][] = modifiers === 'none' ? [[]] : [[], ...wordsOf(REPETITION_MODIFIERS)];
  for (let i = 0; i <= tokens.length; i++) {
    if (i === slot) {
      const inCore = modifiers === 'core' && i <= coreEnd;
      sequences = sequences.flatMap((s) => modifierChoices.map((m) => ({ steps: [...s.steps, ...m], core: inCore ? s.core + m.length : s.core })));
    }
    if (i === tokens.length) break;
    const choices = choicesOf(tokens[i]);
    const inCore = i < coreEnd;
    sequences = sequences.flatMap((s) => choices.map((c) => ({ steps: [...s.steps, ...c], core: inCore ? s.core + c.length : s.core })));
  }
  const result: Array<{ steps: Step[]; core: number }> = [];
  for (const { steps, core } of sequences) {
    result.push({ steps, core });
    if (tail) result.push({ steps: [...steps, tail], core });
  }
  return result;
}

function buildTrie(entries: readonly PhraseEntry[], modifiers: 'core' | 'optional' | 'none'): TrieNode {
  const root = newNode();
  for (const entry of entries) {
    for (const { steps, core } of expand(entry.pattern, modifiers)) insert(root, steps, core);
  }
  return root;
}

/** The longest phrase of the trie that the words from `from` on begin with. */
function longestFrom(root: TrieNode, words: readonly Word[], from: number): { end: number; core: number } | undefined {
  let best: { end: number; core: number } | undefined;
  // Depth first over the word steps and class steps; a phrase is at most a dozen words, and at
  // each word only the steps that take it are followed.
  const visit = (node: TrieNode, i: number): void => {
    if (node.core !== undefined && (!best || i > best.end)) best = { end: i, core: from + node.core };
    if (i >= words.length) return;
    const word = words[i].text.toLowerCase();
    const next = node.next.get(word);
    if (next) visit(next, i + 1);
    for (const { wordClass, node: child } of node.classSteps) if (wordClass.has(word)) visit(child, i + 1);
  };
  visit(root, from);
  return best;
}

let adverbTrie: TrieNode | undefined;

/** Every way the words from `from` on begin with one or two operative adverbs ("Also", "Once again"). */
function adverbPrefixEnds(words: readonly Word[], from: number, depth: number): number[] {
  adverbTrie ??= buildTrie(OPERATIVE_ADVERBS, 'none');
  const ends: number[] = [];
  let node: TrieNode | undefined = adverbTrie;
  for (let i = from; i < words.length && node; i++) {
    node = node.next.get(words[i].text.toLowerCase());
    if (node?.core !== undefined) {
      ends.push(i + 1);
      if (depth > 1) ends.push(...adverbPrefixEnds(words, i + 1, depth - 1));
    }
  }
  return ends;
}

/** A matcher of the opening phrases of one vocabulary (or of a few entries of it, as the mining script checks them). */
export interface PhraseMatcher {
  (words: readonly Word[]): PhraseMatch | undefined;
}

/**
 * The matcher of operative phrases: the longest phrase after none, one or two operative adverbs
 * ("Also takes note with appreciation of", "Strongly urges").
 */
export function operativeMatcher(entries: readonly PhraseEntry[]): PhraseMatcher {
  const trie = buildTrie(entries, 'optional');
  const single: PhraseMatcher = (words) => {
    let best: { end: number; core: number } | undefined;
    for (const start of [0, ...adverbPrefixEnds(words, 0, 2)]) {
      const match = longestFrom(trie, words, start);
      if (match && (!best || match.end > best.end)) best = match;
    }
    return best && { wordCount: best.end, coreWordCount: best.core };
  };
  return (words) => withCoordinated(single, words);
}

/**
 * A phrase and the phrases joined to it by "and", as official texts italicise them together:
 * "*Welcomes and encourages*", "*Acknowledges and profoundly regrets*", "*Recognizing and
 * reaffirming*". The italics cover the first at least: some texts italicise it alone ("*Welcomes*
 * and calls upon").
 */
function withCoordinated(single: PhraseMatcher, words: readonly Word[]): PhraseMatch | undefined {
  let match = single(words);
  // An aside after the verb ("*Calls*, in particular, for"): the italics end before it.
  const aside = words.findIndex((w) => w.afterAside);
  if (match && aside > 0 && aside < match.coreWordCount && !words.slice(0, aside).every((w) => isOperativeAdverb(w.text))) {
    match = { ...match, coreWordCount: aside };
  }
  for (let joined = 0; match && joined < 2; joined++) {
    const and = match.wordCount;
    if (words[and]?.text !== 'and' || !startsLowerCase(words[and + 1]?.text)) break;
    const next = single(words.slice(and + 1));
    if (!next) break;
    match = { wordCount: and + 1 + next.wordCount, coreWordCount: match.coreWordCount };
  }
  return match;
}

function startsLowerCase(word: string | undefined): boolean {
  const first = word?.charAt(0);
  return first !== undefined && first !== first.toUpperCase();
}

/**
 * The matcher of preambular phrases: the longest phrase, with an adverb in front or not
 * ("Taking note with appreciation also of", "Deeply concerned", "Firmly convinced"). The adverb
 * is part of the phrase the italics cover.
 */
export function preambularMatcher(entries: readonly PhraseEntry[]): PhraseMatcher {
  const trie = buildTrie(entries, 'core');
  const single: PhraseMatcher = (words) => {
    let best = longestFrom(trie, words, 0);
    if (words.length > 1 && classes().adverb.has(words[0].text.toLowerCase())) {
      const after = longestFrom(trie, words, 1);
      if (after && (!best || after.end > best.end)) best = { end: after.end, core: after.core };
    }
    return best && { wordCount: best.end, coreWordCount: best.core };
  };
  return (words) => withCoordinated(single, words);
}

let operativePhrase: PhraseMatcher | undefined;
let preambularPhrase: PhraseMatcher | undefined;

/** The longest operative phrase at the start of `words` ("Also takes note with appreciation of"). */
export function matchOperativePhrase(words: readonly Word[]): PhraseMatch | undefined {
  operativePhrase ??= operativeMatcher(OPERATIVE_PHRASES);
  return operativePhrase(words);
}

/** The longest preambular phrase at the start of `words` ("Taking note with appreciation also of"). */
export function matchPreambularPhrase(words: readonly Word[]): PhraseMatch | undefined {
  preambularPhrase ??= preambularMatcher(PREAMBULAR_PHRASES);
  return preambularPhrase(words);
}

const MAX_PHRASE_WORDS = 12;

/** The most words of an aside set off by commas inside an opening phrase ("in this regard"). */
const MAX_ASIDE_WORDS = 4;

/**
 * The words at the start of `text[start, end)`, skipping italic markers, up to the first mark of
 * punctuation: an opening phrase never runs past one, but for an aside set off by commas after
 * its first word or two ("*Also*, in this regard, *calls upon*", "*Calls*, in particular, for"),
 * which is read past. An italic marker inside a word ("*Urge*s") does not split it.
 */
export function leadingWords(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let asideSkipped = false;
  let i = start;
  while (i < end && words.length < MAX_PHRASE_WORDS) {
    const c = text[i];
    if (c === '*' || c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === ',' && !asideSkipped && words.length > 0 && words.length <= 2) {
      const after = asideEnd(text, i, end);
      // Only an aside that interrupts a phrase: after its adverbs ("Also, ..., calls upon") or
      // before its particle ("Calls, ..., for"). "Reaffirms, in this regard, its support" is the
      // phrase "Reaffirms" and what it reaffirms.
      if (after !== undefined && (words.every((w) => isOperativeAdverb(w.text)) || PARTICLES.has(wordAt(text, after, end)))) {
        asideSkipped = true;
        i = after;
        words.push(readWord(text, i, end, true));
        i = words[words.length - 1].span.end;
        continue;
      }
    }
    if (!isWordChar(text, i)) break;
    words.push(readWord(text, i, end, false));
    i = words[words.length - 1].span.end;
  }
  return words;
}

/** The word that starts at `start`, read across an italic marker inside it. */
function readWord(text: string, start: number, end: number, afterAside: boolean): Word {
  let i = start;
  let marked = false;
  while (i < end && (isWordChar(text, i) || (text[i] === '*' && isLetterCode(text.charCodeAt(i - 1)) && i + 1 < end && isLetterCode(text.charCodeAt(i + 1))))) {
    if (text[i] === '*') marked = true;
    i++;
  }
  const raw = text.slice(start, i);
  const word = { text: marked ? raw.replace(/\*/g, '') : raw, span: { start, end: i } };
  return afterAside ? { ...word, afterAside: true } : word;
}

/** The particles that may end an opening phrase ("Calls for", "Takes note of"). */
const PARTICLES = new Set(['for', 'upon', 'on', 'to', 'of', 'with', 'by']);

/** The lower-cased word that starts at `i`. */
function wordAt(text: string, i: number, end: number): string {
  let j = i;
  while (j < end && isWordChar(text, j)) j++;
  return text.slice(i, j).toLowerCase();
}

/**
 * Where the text goes on after an aside that opens with the comma at `comma`: a few lower-case
 * words and a comma, followed by a lower-case word (", in this regard, calls"). Undefined when
 * the comma opens no such aside.
 */
function asideEnd(text: string, comma: number, end: number): number | undefined {
  let i = comma + 1;
  let count = 0;
  for (;;) {
    while (i < end && (text[i] === ' ' || text[i] === '*')) i++;
    if (i >= end) return undefined;
    if (text[i] === ',') break;
    const code = text.charCodeAt(i);
    if (!isLetterCode(code) || text[i] !== text[i].toLowerCase() || ++count > MAX_ASIDE_WORDS) return undefined;
    while (i < end && isWordChar(text, i)) i++;
    if (i < end && text[i] !== ' ' && text[i] !== ',' && text[i] !== '*') return undefined;
  }
  if (count === 0) return undefined;
  let next = i + 1;
  while (next < end && (text[next] === ' ' || text[next] === '*')) next++;
  return next < end && isLetterCode(text.charCodeAt(next)) && text[next] === text[next].toLowerCase() && text[next] !== text[next].toUpperCase() ? next : undefined;
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 45 /* - */ || c === 0x2019 /* ’ */ || c === 39 /* ' */) return i > 0 && isLetterCode(text.charCodeAt(i - 1));
  return isLetterCode(c);
}

/**
 * The plain forms of a vocabulary's patterns, for suggestions: optional parts and modifier slots
 * left out. "Takes note ~ (of)" gives "Takes note"; "Appeals (to)" gives "Appeals". A pattern with
 * a word class gives the word it opens with, when that word is followed by the class or by an
 * optional word: "Expresses [its] {ATTITUDE}" gives "Expresses", "Having {PARTICIPLE}" "Having".
 */
export function plainPhrases(kind: 'operative' | 'preambular'): readonly string[] {
  const entries = kind === 'operative' ? OPERATIVE_PHRASES : PREAMBULAR_PHRASES;
  const phrases: string[] = [];
  for (const { pattern } of entries) {
    const tokens = pattern.split(' ');
    let phrase: string;
    if (pattern.includes('{')) {
      if (!/^[[{~|]/.test(tokens[1] ?? '')) continue;
      phrase = tokens[0];
    } else {
      phrase = tokens.filter((w) => w !== '~' && w !== '|' && !w.startsWith('(') && !w.startsWith('[')).join(' ');
    }
    if (!phrases.includes(phrase)) phrases.push(phrase);
  }
  return phrases;
}

/** Whether `words`, read as an opening phrase of the given vocabulary, is a standard phrase throughout. */
export function isWholePhrase(kind: 'operative' | 'preambular', words: readonly string[]): boolean {
  const asWords: Word[] = words.map((text) => ({ text, span: { start: 0, end: 0 } }));
  const match = kind === 'operative' ? matchOperativePhrase(asWords) : matchPreambularPhrase(asWords);
  return match?.wordCount === words.length;
}

let operativeAdverbs: ReadonlySet<string> | undefined;
let repetitionModifiers: ReadonlySet<string> | undefined;

/** Whether a word is one of the adverbs that may stand before an operative verb ("Also", "Strongly"). */
export function isOperativeAdverb(word: string): boolean {
  operativeAdverbs ??= new Set([...OPERATIVE_ADVERBS.map((entry) => entry.pattern), 'once']);
  return operativeAdverbs.has(word.toLowerCase());
}

/** Whether a word is one of the adverbs that may stand before a preambular phrase ("Deeply", "Firmly"). */
export function isPreambularAdverb(word: string): boolean {
  return classes().adverb.has(word.toLowerCase());
}

/** Whether a word is a repetition modifier ("also", "further", "again", "once"). */
export function isRepetitionModifier(word: string): boolean {
  repetitionModifiers ??= new Set([...REPETITION_MODIFIERS.map((entry) => entry.pattern), 'once']);
  return repetitionModifiers.has(word.toLowerCase());
}
