import {
  ATTITUDE_NOUNS,
  INTENSITY_ADJECTIVES,
  OPERATIVE_ADVERBS,
  OPERATIVE_PHRASES,
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

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /** Set when a phrase ends here: the fewest words of it the italics must cover. */
  core?: number;
}

function newNode(): TrieNode {
  return { next: new Map() };
}

function insert(root: TrieNode, words: readonly string[], core: number): void {
  let node = root;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) {
      child = newNode();
      node.next.set(word, child);
    }
    node = child;
  }
  node.core = node.core === undefined ? core : Math.min(node.core, core);
}

const wordsOf = (entries: readonly PhraseEntry[]): string[][] => entries.map((e) => e.pattern.toLowerCase().split(' '));

/**
 * Expands one pattern of the vocabulary into the word sequences it stands for, each with the
 * number of its words the italics must cover. Modifiers go in the slot; they are part of the core
 * in the preamble ("*Recalling also*") but not after an operative verb.
 */
function expand(pattern: string, modifiers: 'core' | 'optional' | 'none'): Array<{ words: string[]; core: number }> {
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

  // Each sequence: its words, and how many of them are core.
  let sequences: Array<{ words: string[]; core: number }> = [{ words: [], core: 0 }];
  const modifierChoices: string[][] = modifiers === 'none' ? [[]] : [[], ...wordsOf(REPETITION_MODIFIERS)];
  for (let i = 0; i <= tokens.length; i++) {
    if (i === slot) {
      const inCore = modifiers === 'core' && i <= coreEnd;
      sequences = sequences.flatMap((s) => modifierChoices.map((m) => ({ words: [...s.words, ...m], core: inCore ? s.core + m.length : s.core })));
    }
    if (i === tokens.length) break;
    const token = tokens[i];
    let choices: string[][];
    if (token === '{attitude}') choices = wordsOf(ATTITUDE_NOUNS);
    else if (token === '{intensity?}') choices = [[], ...wordsOf(INTENSITY_ADJECTIVES)];
    else if (token.startsWith('[') && token.endsWith(']')) choices = [[], [token.slice(1, -1)]];
    else choices = [[token]];
    const inCore = i < coreEnd;
    sequences = sequences.flatMap((s) => choices.map((c) => ({ words: [...s.words, ...c], core: inCore ? s.core + c.length : s.core })));
  }
  const result: Array<{ words: string[]; core: number }> = [];
  for (const { words, core } of sequences) {
    result.push({ words, core });
    if (tail) result.push({ words: [...words, tail], core });
  }
  return result;
}

function buildTrie(entries: readonly PhraseEntry[], modifiers: 'core' | 'optional' | 'none'): TrieNode {
  const root = newNode();
  for (const entry of entries) {
    for (const { words, core } of expand(entry.pattern, modifiers)) insert(root, words, core);
  }
  return root;
}

let operativeTrie: TrieNode | undefined;
let preambularTrie: TrieNode | undefined;
let adverbTrie: TrieNode | undefined;

function longestFrom(root: TrieNode, words: readonly Word[], from: number): { end: number; core: number } | undefined {
  let node: TrieNode | undefined = root;
  let best: { end: number; core: number } | undefined;
  for (let i = from; i < words.length && node; i++) {
    node = node.next.get(words[i].text.toLowerCase());
    if (node?.core !== undefined) best = { end: i + 1, core: from + node.core };
  }
  return best;
}

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

/** The longest operative phrase at the start of `words` ("Also takes note with appreciation of"). */
export function matchOperativePhrase(words: readonly Word[]): PhraseMatch | undefined {
  operativeTrie ??= buildTrie(OPERATIVE_PHRASES, 'optional');
  let best: { end: number; core: number } | undefined;
  for (const start of [0, ...adverbPrefixEnds(words, 0, 2)]) {
    const match = longestFrom(operativeTrie, words, start);
    if (match && (!best || match.end > best.end)) best = match;
  }
  return best && { wordCount: best.end, coreWordCount: best.core };
}

/** The longest preambular phrase at the start of `words` ("Taking note with appreciation also of"). */
export function matchPreambularPhrase(words: readonly Word[]): PhraseMatch | undefined {
  preambularTrie ??= buildTrie(PREAMBULAR_PHRASES, 'core');
  const match = longestFrom(preambularTrie, words, 0);
  return match && { wordCount: match.end, coreWordCount: match.core };
}

const MAX_PHRASE_WORDS = 12;

/**
 * The words at the start of `text[start, end)`, skipping italic markers, up to the first mark of
 * punctuation: an opening phrase never runs past one.
 */
export function leadingWords(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let i = start;
  while (i < end && words.length < MAX_PHRASE_WORDS) {
    const c = text[i];
    if (c === '*' || c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (!isWordChar(text, i)) break;
    const wordStart = i;
    while (i < end && isWordChar(text, i)) i++;
    words.push({ text: text.slice(wordStart, i), span: { start: wordStart, end: i } });
  }
  return words;
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 45 /* - */ || c === 0x2019 /* ’ */ || c === 39 /* ' */) return i > 0 && isLetterCode(text.charCodeAt(i - 1));
  return isLetterCode(c);
}

/**
 * The plain forms of a vocabulary's patterns, for suggestions: optional parts and modifier slots
 * left out, patterns with a word class ("{ATTITUDE}") skipped. "Takes note ~ (of)" gives
 * "Takes note"; "Appeals (to)" gives "Appeals".
 */
export function plainPhrases(kind: 'operative' | 'preambular'): readonly string[] {
  const entries = kind === 'operative' ? OPERATIVE_PHRASES : PREAMBULAR_PHRASES;
  const phrases: string[] = [];
  for (const { pattern } of entries) {
    if (pattern.includes('{')) continue;
    const words = pattern.split(' ').filter((w) => w !== '~' && w !== '|' && !w.startsWith('(') && !w.startsWith('['));
    const phrase = words.join(' ');
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

/** Whether a word is a repetition modifier ("also", "further", "again", "once"). */
export function isRepetitionModifier(word: string): boolean {
  repetitionModifiers ??= new Set([...REPETITION_MODIFIERS.map((entry) => entry.pattern), 'once']);
  return repetitionModifiers.has(word.toLowerCase());
}
