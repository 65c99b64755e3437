import type { Treaty } from '../data/treaties';
import type { ResolutionDocument, Span } from '../model';
import { isLetterCode, isLetterOrDigitCode, isOwnLowerCase } from '../parse/chars';
import { BUNDLED_TREATY_TABLE, childrenOf, type TreatyTable } from './treatyTable';

/** A treaty named in the text: "the United Nations Convention against Corruption", "CEDAW". */
export interface TreatyMention {
  readonly treaty: Treaty;
  /** From the first letter of the name to its last character. */
  readonly span: Span;
  /**
   * The text of the name, piece by piece: one span, or several when a page break (footnotes
   * printed in between) splits the name. What lies between the pieces is not part of the mention.
   */
  readonly parts: readonly Span[];
}

interface NameNode {
  readonly next: Map<string, NameNode>;
  /**
   * The keys of `next` by `lowerHash` of their lower case: a word with another hash goes nowhere
   * from here, and a word's child is found without cutting the word out of the text.
   */
  readonly byHash: Map<number, Array<{ readonly key: string; readonly node: NameNode }>>;
  treaty?: Treaty;
}

const WORD = /[\p{L}\p{Nd}]+(?:[’'][\p{L}]+)?/gu;

/** Words of a name, folded for matching: case and punctuation do not count, abbreviations' case does. */
function nameWords(name: string): string[] {
  const words = name.match(WORD) ?? [];
  return words.map((w) => (isAbbreviation(w) ? w : w.toLowerCase()));
}

/** Superscript digits: footnote marks. */
const MARKS = '\u2070-\u2079\u00b9\u00b2\u00b3';

const isAbbreviation = (word: string): boolean => word.length >= 2 && /^[A-Z]+$/.test(word);

/**
 * The names a treaty goes by in UN texts: its title, the title without the clause that ties a
 * protocol to its convention (", supplementing the United Nations Convention against ..."), its
 * short names without a leading "the", and the ILO forms: "Forced Labour Convention, 1930 (No.
 * 29)", without the year ("Forced Labour Convention (No. 29)") and "ILO Convention No. 29"; and its
 * titles in other languages where a source gives them ("Convention relative aux droits de l’enfant").
 */
function namesOf(treaty: Treaty): string[] {
  // A title of one word ("Protocol", as the Collection lists one) names no treaty in a text.
  const names = [...titleForms(treaty.title), ...treaty.shortNames.map((n) => n.replace(/^the\s+/i, ''))].filter((name) => nameWords(name).length > 1 || isAbbreviation(name));
  const tie = /,\s+(?:supplementing|annexed to|additional to)\b/i.exec(treaty.title);
  if (tie) names.push(treaty.title.slice(0, tie.index));
  if (treaty.ilo) {
    const { number, form } = treaty.ilo;
    names.push(form, `${treaty.title.replace(/,\s*(?:19|20)\d\d$/, '')} (No. ${number})`);
    if (/\bConvention\b/.test(treaty.title)) names.push(`ILO Convention No. ${number}`, `International Labour Organization Convention No. ${number}`);
  }
  // The titles a source gives in other languages, so that a French or Spanish draft's mention is found; UN texts write ’
  // (some of their web pages '), a keyboard ': a title is found with either.
  for (const [language, title] of Object.entries(treaty.titles ?? {})) {
    if (language === 'en' || title === undefined) continue;
    names.push(title);
    if (title.includes('’')) names.push(title.replace(/’/g, "'"));
    if (title.includes("'")) names.push(title.replace(/'/g, '’'));
  }
  return names;
}

/**
 * A title and the forms texts write it in: without the UN Treaty Collection's notes ("(deposited
 * in the archives of the Government of …)", a closing "*") and without a closing parenthesis
 * ("… Indiscriminate Effects (with Protocols I, II and III)", "… by Road (CMR)").
 */
function titleForms(title: string): string[] {
  const clean = title.replace(/\s*\(deposited in the archives of [^)]*\)/g, '').replace(/\*+$/, '').trim();
  const forms = [title];
  if (clean !== title) forms.push(clean);
  const closing = /\s*\([^()]*\)$/.exec(clean);
  if (closing && closing.index > 0) forms.push(clean.slice(0, closing.index));
  return forms;
}

/** The root of a name trie, with a bitmap of its words' hashes: one array read rules out most words of a text. */
interface NameRoot extends NameNode {
  readonly bits: Uint8Array;
}

const FIRST_WORD_BITS = 1 << 16;

/** Whether a word with this hash may begin a name: no word whose bit is clear does. */
function mayBeginName(root: NameRoot, hash: number): boolean {
  const bit = hash & (FIRST_WORD_BITS - 1);
  return (root.bits[bit >>> 3] & (1 << (bit & 7))) !== 0;
}

const tries = new WeakMap<TreatyTable, NameRoot>();

function nameTrie(table: TreatyTable): NameRoot {
  let root = tries.get(table);
  if (root) return root;
  root = { next: new Map(), byHash: new Map(), bits: new Uint8Array(FIRST_WORD_BITS / 8) };
  for (const treaty of table.treaties) {
    for (const name of namesOf(treaty)) {
      let node: NameNode = root;
      for (const word of nameWords(name)) {
        let child = node.next.get(word);
        if (!child) {
          child = { next: new Map(), byHash: new Map() };
          node.next.set(word, child);
          const hash = lowerHash(word.toLowerCase());
          const same = node.byHash.get(hash);
          if (same) same.push({ key: word, node: child });
          else node.byHash.set(hash, [{ key: word, node: child }]);
        }
        node = child;
      }
      // Two treaties with one name: the first in the table keeps it (workspace entries come
      // first; the tests keep the bundled names unique).
      node.treaty ??= treaty;
    }
  }
  for (const hash of root.byHash.keys()) {
    const bit = hash & (FIRST_WORD_BITS - 1);
    root.bits[bit >>> 3] |= 1 << (bit & 7);
  }
  tries.set(table, root);
  return root;
}

const caches = new WeakMap<TreatyTable, WeakMap<ResolutionDocument, TreatyMention[]>>();

/**
 * The treaties named in the paragraphs (the resolution's and those of the texts it annexes) and
 * footnotes of a document, in text order, longest names
 * first. A paragraph split by a page break is read as one text, so a title may run across the
 * break. Besides names, two forms that point back to a treaty just named are read where the table
 * says which treaty they are: "the Optional Protocol thereto" (or "its Optional Protocol", "the
 * 1967 Protocol thereto", "the Optional Protocol thereto on the sale of children, ...") when the
 * treaty named before it in the paragraph has exactly one such protocol in the table; and "the
 * treaties of Tlatelolco, Rarotonga, Bangkok and Pelindaba", each place for its "Treaty of ...".
 */
export function treatyMentions(doc: ResolutionDocument, table: TreatyTable = BUNDLED_TREATY_TABLE): readonly TreatyMention[] {
  const steps = treatyMentionsInSteps(doc, table);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many paragraphs and footnotes `treatyMentionsInSteps` reads between two pauses. */
const UNITS_PER_STEP = 200;

/** `treatyMentions` in steps: pauses after every UNITS_PER_STEP paragraphs and footnotes (see `lintInSteps`). */
export function* treatyMentionsInSteps(doc: ResolutionDocument, table: TreatyTable = BUNDLED_TREATY_TABLE): Generator<void, readonly TreatyMention[]> {
  let cache = caches.get(table);
  if (!cache) caches.set(table, (cache = new WeakMap()));
  const known = cache.get(doc);
  if (known) return known;
  const mentions: TreatyMention[] = [];
  const units: Array<readonly Span[]> = [...doc.preamble, ...doc.operative, ...doc.annexed].map((p) => p.pieces).concat(doc.footnoteDefinitions.map((d) => [d.content]));
  units.sort((a, b) => (a[0]?.start ?? 0) - (b[0]?.start ?? 0));
  for (let i = 0; i < units.length; i++) {
    if (units[i].length > 0) for (const mention of unitMentions(doc.text, units[i], table)) mentions.push(mention);
    if ((i + 1) % UNITS_PER_STEP === 0) yield;
  }
  cache.set(doc, mentions);
  return mentions;
}

/**
 * A hash of a lower-cased word (FNV-1a over its UTF-16 code units), to rule out cheaply the
 * words that cannot be a name's first word or one of the words read before a name.
 */
function lowerHash(lower: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < lower.length; i++) hash = Math.imul(hash ^ lower.charCodeAt(i), FNV_PRIME);
  return hash & SMALL_INTEGER;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Hashes are cut to 30 bits, which the engine keeps as small integers, not as heap numbers. */
const SMALL_INTEGER = 0x3fffffff;
/** A lower-case word the reading looks for, with its hash. */
interface KnownWord {
  readonly lower: string;
  readonly hash: number;
}

const known = (lower: string): KnownWord => ({ lower, hash: lowerHash(lower) });
const THE = known('the');
const ITS = known('its');
const OPTIONAL = known('optional');
const PROTOCOL = known('protocol');
const THERETO = known('thereto');
const TREATIES = known('treaties');
const OF = known('of');

/** The length of the letter (or letter or digit) at `i`: 1, 2 for an astral one, 0 for none. */
function wordCharLength(text: string, i: number, end: number, digits: boolean): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const low = text.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff && (digits ? LETTER_OR_DIGIT : LETTER).test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return (digits ? isLetterOrDigitCode(c) : isLetterCode(c)) ? 1 : 0;
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;

/**
 * The words of a unit (a paragraph's pieces, a footnote), read as `WORD` reads them but without a
 * regular expression. This runs over every paragraph and footnote, so a word is kept as offsets
 * and the hash of its lower-cased form; its text is cut out only for the few words that may
 * begin a name (or "the", "its", "treaties") and the words after them.
 */
class UnitWords {
  count = 0;
  private text = '';
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  /** The index of the piece of the unit each word is in. */
  private pieces = new Int32Array(256);
  private hashes = new Int32Array(256);
  /** 1 for a word of ASCII characters only. */
  private ascii = new Uint8Array(256);
  /** The words cut out of the text so far, by index: lower-cased, and as trie keys. */
  private readonly lowers = new Map<number, string>();
  private readonly keys = new Map<number, string>();

  /** Reads the words of a unit, forgetting the unit before. */
  read(text: string, pieces: readonly Span[]): this {
    this.text = text;
    this.count = 0;
    this.lowers.clear();
    this.keys.clear();
    for (let piece = 0; piece < pieces.length; piece++) {
      const span = pieces[piece];
      for (let i = span.start; i < span.end; ) {
        const c = text.charCodeAt(i);
        // Between words stand mostly spaces and ASCII punctuation: ruled out without a call.
        const wordStart = c < 0x80 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : wordCharLength(text, i, span.end, true) > 0;
        i = wordStart ? this.readWord(i, span.end, piece) : i + 1;
      }
    }
    return this;
  }

  /**
   * Reads the word that starts at `i` (as `WORD` reads it) and returns its end. The hash of
   * its lower-cased form is taken on the way, without a string, when lower-casing is plain: ASCII
   * capitals, and characters that are their own lower case; else from `toLowerCase`.
   */
  private readWord(i: number, end: number, piece: number): number {
    const { text } = this;
    const start = i;
    let hash = FNV_OFFSET;
    let plain = true;
    let ascii = true;
    let digits = true;
    for (;;) {
      while (i < end) {
        let c = text.charCodeAt(i);
        if (c < 0x80) {
          if (c >= 65 && c <= 90) c += 32;
          else if (!(c >= 97 && c <= 122) && !(digits && c >= 48 && c <= 57)) break;
        } else if (c >= 0xd800 && c <= 0xdbff) {
          const n = wordCharLength(text, i, end, digits);
          if (n === 0) break;
          plain = false;
          ascii = false;
          i += n;
          continue;
        } else if (!(digits ? isLetterOrDigitCode(c) : isLetterCode(c))) {
          break;
        } else {
          ascii = false;
          if (!isOwnLowerCase(c)) plain = false;
        }
        hash = Math.imul(hash ^ c, FNV_PRIME);
        i++;
      }
      // Then an apostrophe and letters: "women's".
      const c = text.charCodeAt(i);
      if (!digits || !((c === 0x2019 || c === 39) && i + 1 < end && wordCharLength(text, i + 1, end, false) > 0)) break;
      if (c >= 0x80) ascii = false;
      hash = Math.imul(hash ^ c, FNV_PRIME);
      i++;
      digits = false;
    }
    const k = this.count++;
    if (k === this.starts.length) {
      const grow = (from: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
        const to = new Int32Array(from.length * 2);
        to.set(from);
        return to;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.pieces = grow(this.pieces);
      this.hashes = grow(this.hashes);
      const ascii = new Uint8Array(this.ascii.length * 2);
      ascii.set(this.ascii);
      this.ascii = ascii;
    }
    this.starts[k] = start;
    this.ends[k] = i;
    this.pieces[k] = piece;
    this.ascii[k] = ascii ? 1 : 0;
    this.hashes[k] = plain ? hash & SMALL_INTEGER : lowerHash(this.lower(k) as string);
    return i;
  }

  start(k: number): number {
    return this.starts[k];
  }

  end(k: number): number {
    return this.ends[k];
  }

  piece(k: number): number {
    return this.pieces[k];
  }

  /** `lowerHash` of the word's lower-cased form; -1, no hash, past the last word. */
  hash(k: number): number {
    return k < this.count ? this.hashes[k] : -1;
  }

  /** The word lower-cased; undefined past the last word. */
  lower(k: number): string | undefined {
    if (k >= this.count) return undefined;
    let lower = this.lowers.get(k);
    if (lower === undefined) {
      lower = this.text.slice(this.starts[k], this.ends[k]).toLowerCase();
      this.lowers.set(k, lower);
    }
    return lower;
  }

  /** Whether word `k` is this word, case aside; false past the last word. */
  is(k: number, word: KnownWord): boolean {
    return k < this.count && this.hashes[k] === word.hash && this.lower(k) === word.lower;
  }

  /** Whether word `k` is a year of the twentieth or twenty-first century, "1967"; false past the last word. */
  isYear(k: number): boolean {
    if (k >= this.count || this.ends[k] - this.starts[k] !== 4) return false;
    const { text } = this;
    const at = this.starts[k];
    const first = text.charCodeAt(at);
    const second = text.charCodeAt(at + 1);
    const isDigit = (c: number): boolean => c >= 48 && c <= 57;
    // "19" or "20", then two digits.
    return ((first === 49 && second === 57) || (first === 50 && second === 48)) && isDigit(text.charCodeAt(at + 2)) && isDigit(text.charCodeAt(at + 3));
  }

  /**
   * The child of `node` that word `k` leads to, as `node.next.get(key(k)) ?? node.next.get(lower(k))`
   * finds it; an ASCII word is compared with the keys character by character, not cut out.
   */
  child(k: number, node: NameNode): NameNode | undefined {
    const candidates = k < this.count ? node.byHash.get(this.hashes[k]) : undefined;
    if (!candidates) return undefined;
    if (this.ascii[k] === 0) {
      const key = this.key(k);
      const lower = this.lower(k) as string;
      return node.next.get(key) ?? (key !== lower ? node.next.get(lower) : undefined);
    }
    const { text } = this;
    const start = this.starts[k];
    const length = this.ends[k] - start;
    // An abbreviation ("CEDAW": capitals only) is looked for as written first.
    let abbreviation = length >= 2;
    for (let i = 0; i < length && abbreviation; i++) {
      const c = text.charCodeAt(start + i);
      abbreviation = c >= 65 && c <= 90;
    }
    if (abbreviation) {
      for (const { key, node: child } of candidates) {
        if (key.length === length && text.startsWith(key, start)) return child;
      }
    }
    for (const { key, node: child } of candidates) {
      if (key.length !== length) continue;
      let same = true;
      for (let i = 0; i < length && same; i++) {
        let c = text.charCodeAt(start + i);
        if (c >= 65 && c <= 90) c += 32;
        same = c === key.charCodeAt(i);
      }
      if (same) return child;
    }
    return undefined;
  }

  /** The word as the name trie holds it: lower-cased, but an abbreviation ("CEDAW") as written. */
  key(k: number): string {
    let key = this.keys.get(k);
    if (key === undefined) {
      const word = this.text.slice(this.starts[k], this.ends[k]);
      const lower = this.lower(k) as string;
      key = lower !== word && isAbbreviation(word) ? word : lower;
      this.keys.set(k, key);
    }
    return key;
  }
}

/**
 * The one reader of words: reading a unit (and everything that looks at its words) runs to its
 * end without a pause, so its buffers serve every unit in turn without being allocated again.
 */
const unitWords = new UnitWords();

/** The spans of a mention from word `first` to word `last`, one a piece. */
function partsOf(words: UnitWords, first: number, last: number, end: number): Span[] {
  const parts: Span[] = [];
  for (let k = first; k <= last; k++) {
    const current = parts[parts.length - 1];
    if (current && words.piece(k - 1) === words.piece(k)) parts[parts.length - 1] = { start: current.start, end: words.end(k) };
    else parts.push({ start: words.start(k), end: words.end(k) });
  }
  parts[parts.length - 1] = { start: parts[parts.length - 1].start, end };
  return parts;
}

function mention(treaty: Treaty, words: UnitWords, first: number, last: number, end = words.end(last)): TreatyMention {
  return { treaty, span: { start: words.start(first), end }, parts: partsOf(words, first, last, end) };
}

/** A name written as part of a document symbol ("CEDAW/C/GC/38") is the symbol's, not the treaty's. */
function inSymbol(text: string, start: number, end: number): boolean {
  return text[start - 1] === '/' || text[end] === '/';
}

function unitMentions(text: string, pieces: readonly Span[], table: TreatyTable): TreatyMention[] {
  const words = unitWords.read(text, pieces);
  const out: TreatyMention[] = [];
  const trie = nameTrie(table);
  for (let i = 0; i < words.count; i++) {
    const hash = words.hash(i);
    if (hash === THE.hash || hash === ITS.hash) {
      const anaphor = pointingBack(text, words, i, out, table);
      if (anaphor) {
        out.push(anaphor.mention);
        i = anaphor.last;
        continue;
      }
    } else if (hash === TREATIES.hash) {
      const listed = placeList(text, words, i, table);
      if (listed) {
        for (const mention of listed.mentions) out.push(mention);
        i = listed.last;
        continue;
      }
    }
    // Most words begin no name: the hashes rule them out before any word is cut out of the text.
    if (!mayBeginName(trie, hash)) continue;
    let node: NameNode | undefined = trie;
    let treaty: Treaty | undefined;
    let last = i;
    for (let j = i; j < words.count && node; j++) {
      node = words.child(j, node);
      if (node?.treaty) {
        treaty = node.treaty;
        last = j;
      }
    }
    if (!treaty) continue;
    let end = words.end(last);
    if (text[end] === ')') end++;
    if (last === i && inSymbol(text, words.start(i), words.end(i))) continue;
    out.push(mention(treaty, words, i, last, end));
    i = last;
  }
  return out;
}

/**
 * "the Optional Protocol thereto", "its Optional Protocol", "the 1967 Protocol thereto", "the
 * Optional Protocol thereto on the sale of children, ...": a protocol of the treaty named last
 * before it in the same paragraph, when the table has exactly one that fits (a year given must be
 * the year of its adoption, opening for signature or conclusion; words after "thereto" must end its title). Plurals ("the Optional
 * Protocols thereto") name several treaties and are left alone.
 */
function pointingBack(text: string, words: UnitWords, i: number, before: readonly TreatyMention[], table: TreatyTable): { mention: TreatyMention; last: number } | undefined {
  // The hashes rule out nearly every "the" before a word is cut out of the text: "protocol" must follow.
  let k = i + 1;
  if (words.isYear(k)) k++;
  if (words.hash(k) === OPTIONAL.hash) k++;
  if (words.hash(k) !== PROTOCOL.hash) return undefined;
  const the = words.is(i, THE);
  if (!the && !words.is(i, ITS)) return undefined;
  k = i + 1;
  const year = words.isYear(k) ? words.lower(k++) : undefined;
  const optional = words.is(k, OPTIONAL);
  if (optional) k++;
  if (!words.is(k, PROTOCOL)) return undefined;
  let last = k;
  if (words.is(k + 1, THERETO)) last = k + 1;
  else if (the) return undefined;
  const referent = before[before.length - 1];
  if (!referent) return undefined;
  const head = optional ? 'optional protocol' : 'protocol';
  let candidates = childrenOf(table, referent.treaty).filter((t) => t.title.toLowerCase().startsWith(head) && (year === undefined || [t.adopted?.date, t.openedForSignature?.date, t.concluded?.date, t.collectionPlaceDate?.date].some((date) => date?.startsWith(year))));
  // "thereto on the sale of children, ...": the words after "thereto" that end a candidate's title.
  // Read only as far as a title's tail reaches: slicing to the end of a long text here would
  // copy the rest of the text for every "the Protocol thereto".
  const afterStart = words.end(last);
  let tailStart = afterStart;
  while (tailStart < text.length && /\s/.test(text[tailStart])) tailStart++;
  const tailed = candidates.flatMap((t) => {
    const parentTitle = referent.treaty.title.toLowerCase();
    const at = t.title.toLowerCase().indexOf(parentTitle);
    const tail = at < 0 ? '' : t.title.slice(at + parentTitle.length).trim();
    return tail !== '' && /^on\b/i.test(tail) && text.slice(tailStart, tailStart + tail.length).toLowerCase() === tail.toLowerCase() ? [{ t, tail }] : [];
  });
  let end = afterStart;
  if (tailed.length === 1) {
    candidates = [tailed[0].t];
    end = tailStart + tailed[0].tail.length;
    while (last + 1 < words.count && words.end(last + 1) <= end) last++;
  } else if (/^\s+on\b/i.test(text.slice(afterStart, tailStart + 3))) {
    return undefined;
  }
  if (candidates.length !== 1) return undefined;
  const first = i + 1;
  return { mention: mention(candidates[0], words, first, last, end), last };
}

/**
 * "the treaties of Tlatelolco, Rarotonga, Bangkok and Pelindaba": each place a mention of the
 * treaty whose short name is "Treaty of <place>".
 */
function placeList(text: string, words: UnitWords, i: number, table: TreatyTable): { mentions: TreatyMention[]; last: number } | undefined {
  if (!words.is(i, TREATIES) || !words.is(i + 1, OF)) return undefined;
  const byPlace = new Map<string, Treaty>();
  for (const treaty of table.treaties) {
    for (const name of treaty.shortNames) {
      const m = /^(?:the\s+)?Treaty of (\p{Lu}[\p{L}-]+)$/u.exec(name);
      if (m) byPlace.set(m[1].toLowerCase(), treaty);
    }
  }
  const mentions: TreatyMention[] = [];
  let last = i + 1;
  for (let k = i + 2; k < words.count; k++) {
    const treaty = byPlace.get(words.lower(k)!);
    if (!treaty) break;
    mentions.push(mention(treaty, words, k, k));
    last = k;
    const gap = k + 1 < words.count ? text.slice(words.end(k), words.start(k + 1)) : '';
    if (words.lower(k + 1) === 'and' && new RegExp(`^[\\s,${MARKS}]*$`).test(gap)) k++;
    else if (!new RegExp(`^[\\s${MARKS}]*,[\\s${MARKS}]*$`).test(gap)) break;
  }
  return mentions.length > 0 ? { mentions, last } : undefined;
}

/** The treaty named at a place in the text, if a mention covers it. */
export function treatyAt(doc: ResolutionDocument, offset: number, table: TreatyTable = BUNDLED_TREATY_TABLE): TreatyMention | undefined {
  return treatyMentions(doc, table).find((m) => m.parts.some((part) => part.start <= offset && offset <= part.end));
}

/** The treaties named in a piece of plain text (a query, a line): the same reading as in a document. */
export function treatyMentionsInText(text: string, table: TreatyTable = BUNDLED_TREATY_TABLE): TreatyMention[] {
  return unitMentions(text, [{ start: 0, end: text.length }], table);
}

/** Words of a name folded for comparing a whole query with a whole name: case does not count at all. */
const looseWords = (name: string): string => (name.match(WORD) ?? []).map((w) => w.toLowerCase()).join(' ');

/** The treaties one of whose names (title, short names, ILO forms) is exactly this text, case aside and a leading "the" dropped. */
export function treatiesNamedExactly(text: string, table: TreatyTable = BUNDLED_TREATY_TABLE): Treaty[] {
  const query = looseWords(text.trim().replace(/^the\s+/i, ''));
  if (query === '') return [];
  return table.treaties.filter((treaty) => namesOf(treaty).some((name) => looseWords(name) === query));
}

/** The treaties whose title or a short name contains this text as whole words, case aside. */
export function treatiesNamedPartly(text: string, table: TreatyTable = BUNDLED_TREATY_TABLE): Treaty[] {
  const query = looseWords(text);
  if (query === '') return [];
  return table.treaties.filter((treaty) => namesOf(treaty).some((name) => ` ${looseWords(name)} `.includes(` ${query} `)));
}
