import type { PhraseEntry } from '../data/vocabulary';
import { phraseVocabulary, type PhraseVocabulary } from '../language/phraseVocabularies';
import type { Language } from '../language/languages';
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

type WordClasses = Readonly<Record<'attitude' | 'intensity' | 'adverb' | 'participle', WordClass>>;

/** The classes of `{ATTITUDE}`, `{INTENSITY}`, `{ADVERB}` and `{PARTICIPLE}` of a vocabulary. */
function classesOf(vocabulary: PhraseVocabulary): WordClasses {
  const irregular = classOf(vocabulary.irregularParticiples);
  const listedAdverbs = classOf(vocabulary.preambularAdverbs);
  return {
    attitude: classOf(vocabulary.attitudeNouns),
    intensity: classOf(vocabulary.intensityAdjectives),
    adverb: { has: (word) => listedAdverbs.has(word) || vocabulary.hasAdverbShape(word) },
    // A past participle: a regular one ("considered", "examiné", "examinado") or one of the irregular ones.
    participle: { has: (word) => vocabulary.hasParticipleShape(word) || irregular.has(word) },
  };
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
function choicesOf(token: string, c: WordClasses): Step[][] {
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
function expand(pattern: string, modifiers: 'core' | 'optional' | 'none', book: { classes: WordClasses; modifierWords: string[][] }): Array<{ steps: Step[]; core: number }> {
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
  const modifierChoices: string[][] = modifiers === 'none' ? [[]] : [[], ...book.modifierWords];
  for (let i = 0; i <= tokens.length; i++) {
    if (i === slot) {
      const inCore = modifiers === 'core' && i <= coreEnd;
      sequences = sequences.flatMap((s) => modifierChoices.map((m) => ({ steps: [...s.steps, ...m], core: inCore ? s.core + m.length : s.core })));
    }
    if (i === tokens.length) break;
    const choices = choicesOf(tokens[i], book.classes);
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

function buildTrie(entries: readonly PhraseEntry[], modifiers: 'core' | 'optional' | 'none', book: { classes: WordClasses; modifierWords: string[][] }): TrieNode {
  const root = newNode();
  for (const entry of entries) {
    for (const { steps, core } of expand(entry.pattern, modifiers, book)) insert(root, steps, core);
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

/** A matcher of the opening phrases of one vocabulary (or of a few entries of it, as the mining script checks them). */
export interface PhraseMatcher {
  (words: readonly Word[]): PhraseMatch | undefined;
}

/**
 * The opening phrases of one language, ready to match: its tries, built once, and the small words
 * that join phrases and end them.
 */
export class PhraseBook {
  readonly classes: WordClasses;
  readonly modifierWords: string[][];
  readonly #adverbTrie: TrieNode;
  readonly #operativeAdverbs: ReadonlySet<string>;
  readonly #repetitionModifiers: ReadonlySet<string>;
  #operative: PhraseMatcher | undefined;
  #preambular: PhraseMatcher | undefined;

  constructor(readonly vocabulary: PhraseVocabulary) {
    this.classes = classesOf(vocabulary);
    this.modifierWords = wordsOf(vocabulary.repetitionModifiers);
    this.#adverbTrie = buildTrie(vocabulary.operativeAdverbs, 'none', this);
    // The words of multi-word modifiers count one by one ("once again", "en outre", "una vez más").
    this.#operativeAdverbs = new Set(vocabulary.operativeAdverbs.flatMap((entry) => entry.pattern.toLowerCase().split(' ')));
    this.#repetitionModifiers = new Set(vocabulary.repetitionModifiers.flatMap((entry) => entry.pattern.toLowerCase().split(' ')));
  }

  /** Whether the lists hold every opening phrase of the language, or only those read so far (see PhraseVocabulary.complete). */
  get hasEveryPhrase(): boolean {
    return this.vocabulary.complete;
  }

  /** Whether the language has phrases to match at all: the vocabulary rules are quiet without them. */
  get hasPhrases(): boolean {
    return this.vocabulary.operativePhrases.length > 0;
  }

  /** Every way the words from `from` on begin with one or two operative adverbs ("Also", "Once again"). */
  adverbPrefixEnds(words: readonly Word[], from: number, depth: number): number[] {
    const ends: number[] = [];
    let node: TrieNode | undefined = this.#adverbTrie;
    for (let i = from; i < words.length && node; i++) {
      node = node.next.get(words[i].text.toLowerCase());
      if (node?.core !== undefined) {
        ends.push(i + 1);
        if (depth > 1) ends.push(...this.adverbPrefixEnds(words, i + 1, depth - 1));
      }
    }
    return ends;
  }

  /**
   * The matcher of operative phrases: the longest phrase after none, one or two operative adverbs
   * ("Also takes note with appreciation of", "Strongly urges").
   */
  operativeMatcher(entries: readonly PhraseEntry[]): PhraseMatcher {
    const trie = buildTrie(entries, 'optional', this);
    const single: PhraseMatcher = (words) => {
      let best: { end: number; core: number } | undefined;
      for (const start of [0, ...this.adverbPrefixEnds(words, 0, 2)]) {
        const match = longestFrom(trie, words, start);
        if (match && (!best || match.end > best.end)) best = match;
      }
      return best && { wordCount: best.end, coreWordCount: best.core };
    };
    return (words) => this.#withCoordinated(single, words);
  }

  /**
   * The matcher of preambular phrases: the longest phrase, with an adverb in front or not
   * ("Taking note with appreciation also of", "Deeply concerned", "Firmly convinced"). The adverb
   * is part of the phrase the italics cover.
   */
  preambularMatcher(entries: readonly PhraseEntry[]): PhraseMatcher {
    const trie = buildTrie(entries, 'core', this);
    const single: PhraseMatcher = (words) => {
      let best = longestFrom(trie, words, 0);
      if (words.length > 1 && this.classes.adverb.has(words[0].text.toLowerCase())) {
        const after = longestFrom(trie, words, 1);
        if (after && (!best || after.end > best.end)) best = { end: after.end, core: after.core };
      }
      return best && { wordCount: best.end, coreWordCount: best.core };
    };
    return (words) => this.#withCoordinated(single, words);
  }

  /**
   * A phrase and the phrases joined to it by "and" ("et", "y"), as official texts italicise them
   * together: "*Welcomes and encourages*", "*Acknowledges and profoundly regrets*", "*Recognizing
   * and reaffirming*". The italics cover the first at least: some texts italicise it alone
   * ("*Welcomes* and calls upon").
   */
  #withCoordinated(single: PhraseMatcher, words: readonly Word[]): PhraseMatch | undefined {
    let match = single(words);
    // An aside after the verb ("*Calls*, in particular, for"): the italics end before it.
    const aside = words.findIndex((w) => w.afterAside);
    if (match && aside > 0 && aside < match.coreWordCount && !words.slice(0, aside).every((w) => this.isOperativeAdverb(w.text))) {
      match = { ...match, coreWordCount: aside };
    }
    for (let joined = 0; match && joined < 2; joined++) {
      const and = match.wordCount;
      if (words[and]?.text !== this.vocabulary.conjunction || !startsLowerCase(words[and + 1]?.text)) break;
      const next = single(words.slice(and + 1));
      if (!next) break;
      match = { wordCount: and + 1 + next.wordCount, coreWordCount: match.coreWordCount };
    }
    return match;
  }

  /** The longest operative phrase at the start of `words` ("Also takes note with appreciation of"). */
  matchOperative(words: readonly Word[]): PhraseMatch | undefined {
    this.#operative ??= this.operativeMatcher(this.vocabulary.operativePhrases);
    return this.#operative(words);
  }

  /** The longest preambular phrase at the start of `words` ("Taking note with appreciation also of"). */
  matchPreambular(words: readonly Word[]): PhraseMatch | undefined {
    this.#preambular ??= this.preambularMatcher(this.vocabulary.preambularPhrases);
    return this.#preambular(words);
  }

  /** Whether a word is one of the adverbs that may stand with an operative verb ("Also", "Strongly"). */
  isOperativeAdverb(word: string): boolean {
    return this.#operativeAdverbs.has(word.toLowerCase());
  }

  /** Whether a word is one of the adverbs that may stand before a preambular phrase ("Deeply", "Firmly"). */
  isPreambularAdverb(word: string): boolean {
    return this.classes.adverb.has(word.toLowerCase());
  }

  /** Whether a word is (part of) a repetition modifier ("also", "further", "again", "once"). */
  isRepetitionModifier(word: string): boolean {
    return this.#repetitionModifiers.has(word.toLowerCase());
  }

  /** Whether `words`, read as an opening phrase of the given vocabulary, is a standard phrase throughout. */
  isWholePhrase(kind: 'operative' | 'preambular', words: readonly string[]): boolean {
    const asWords: Word[] = words.map((text) => ({ text, span: { start: 0, end: 0 } }));
    const match = kind === 'operative' ? this.matchOperative(asWords) : this.matchPreambular(asWords);
    return match?.wordCount === words.length;
  }

  /**
   * The plain forms of the vocabulary's patterns, for suggestions: optional parts and modifier
   * slots left out. "Takes note ~ (of)" gives "Takes note"; "Appeals (to)" gives "Appeals". A
   * pattern with a word class gives the word it opens with, when that word is followed by the
   * class or by an optional word: "Expresses [its] {ATTITUDE}" gives "Expresses", "Having
   * {PARTICIPLE}" "Having".
   */
  plainPhrases(kind: 'operative' | 'preambular'): readonly string[] {
    const entries = kind === 'operative' ? this.vocabulary.operativePhrases : this.vocabulary.preambularPhrases;
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

  /** Whether a word is a particle that may end an opening phrase ("Calls for", "Takes note of"). */
  isParticle(word: string): boolean {
    return this.vocabulary.particles.includes(word);
  }
}

function startsLowerCase(word: string | undefined): boolean {
  const first = word?.charAt(0);
  return first !== undefined && first !== first.toUpperCase();
}

const books = new Map<Language, PhraseBook>();

/** The phrase book of a language, built once. */
export function phraseBook(language: Language = 'en'): PhraseBook {
  let book = books.get(language);
  if (!book) books.set(language, (book = new PhraseBook(phraseVocabulary(language))));
  return book;
}

/** The matcher of operative phrases of English entries (the mining script checks entries one by one). */
export function operativeMatcher(entries: readonly PhraseEntry[]): PhraseMatcher {
  return phraseBook('en').operativeMatcher(entries);
}

/** The matcher of preambular phrases of English entries. */
export function preambularMatcher(entries: readonly PhraseEntry[]): PhraseMatcher {
  return phraseBook('en').preambularMatcher(entries);
}

/** The longest operative phrase at the start of `words` ("Also takes note with appreciation of"). */
export function matchOperativePhrase(words: readonly Word[], language: Language = 'en'): PhraseMatch | undefined {
  return phraseBook(language).matchOperative(words);
}

/** The longest preambular phrase at the start of `words` ("Taking note with appreciation also of"). */
export function matchPreambularPhrase(words: readonly Word[], language: Language = 'en'): PhraseMatch | undefined {
  return phraseBook(language).matchPreambular(words);
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
export function leadingWords(text: string, start: number, end: number, language: Language = 'en'): Word[] {
  const book = phraseBook(language);
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
      if (after !== undefined && (words.every((w) => book.isOperativeAdverb(w.text)) || book.isParticle(wordAt(text, after, end)))) {
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

/** The plain forms of a language's patterns, for suggestions (see `PhraseBook.plainPhrases`). */
export function plainPhrases(kind: 'operative' | 'preambular', language: Language = 'en'): readonly string[] {
  return phraseBook(language).plainPhrases(kind);
}

/** Whether `words`, read as an opening phrase of the given vocabulary, is a standard phrase throughout. */
export function isWholePhrase(kind: 'operative' | 'preambular', words: readonly string[], language: Language = 'en'): boolean {
  return phraseBook(language).isWholePhrase(kind, words);
}

/** Whether a word is one of the adverbs that may stand with an operative verb ("Also", "Strongly"). */
export function isOperativeAdverb(word: string, language: Language = 'en'): boolean {
  return phraseBook(language).isOperativeAdverb(word);
}

/** Whether a word is one of the adverbs that may stand before a preambular phrase ("Deeply", "Firmly"). */
export function isPreambularAdverb(word: string, language: Language = 'en'): boolean {
  return phraseBook(language).isPreambularAdverb(word);
}

/** Whether a word is (part of) a repetition modifier ("also", "further", "again", "once"). */
export function isRepetitionModifier(word: string, language: Language = 'en'): boolean {
  return phraseBook(language).isRepetitionModifier(word);
}
