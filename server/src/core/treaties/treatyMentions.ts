import type { Treaty } from '../data/treaties';
import type { ResolutionDocument, Span } from '../model';
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
 * 29)", without the year ("Forced Labour Convention (No. 29)") and "ILO Convention No. 29".
 */
function namesOf(treaty: Treaty): string[] {
  const names = [treaty.title, ...treaty.shortNames.map((n) => n.replace(/^the\s+/i, ''))];
  const tie = /,\s+(?:supplementing|annexed to|additional to)\b/i.exec(treaty.title);
  if (tie) names.push(treaty.title.slice(0, tie.index));
  if (treaty.ilo) {
    const { number, form } = treaty.ilo;
    names.push(form, `${treaty.title.replace(/,\s*(?:19|20)\d\d$/, '')} (No. ${number})`);
    if (/\bConvention\b/.test(treaty.title)) names.push(`ILO Convention No. ${number}`, `International Labour Organization Convention No. ${number}`);
  }
  return names;
}

const tries = new WeakMap<TreatyTable, NameNode>();

function nameTrie(table: TreatyTable): NameNode {
  let root = tries.get(table);
  if (root) return root;
  root = { next: new Map() };
  for (const treaty of table.treaties) {
    for (const name of namesOf(treaty)) {
      let node = root;
      for (const word of nameWords(name)) {
        let child = node.next.get(word);
        if (!child) {
          child = { next: new Map() };
          node.next.set(word, child);
        }
        node = child;
      }
      // Two treaties with one name: the first in the table keeps it (workspace entries come
      // first; the tests keep the bundled names unique).
      node.treaty ??= treaty;
    }
  }
  tries.set(table, root);
  return root;
}

const caches = new WeakMap<TreatyTable, WeakMap<ResolutionDocument, TreatyMention[]>>();

/**
 * The treaties named in the paragraphs and footnotes of a document, in text order, longest names
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
  const units: Span[][] = [...doc.preamble, ...doc.operative].map((p) => [...p.pieces]).concat(doc.footnoteDefinitions.map((d) => [d.content]));
  units.sort((a, b) => (a[0]?.start ?? 0) - (b[0]?.start ?? 0));
  for (let i = 0; i < units.length; i++) {
    if (units[i].length > 0) mentions.push(...rememberedUnitMentions(doc.text, units[i], table));
    if ((i + 1) % UNITS_PER_STEP === 0) yield;
  }
  cache.set(doc, mentions);
  return mentions;
}

interface Word {
  readonly key: string;
  readonly lower: string;
  readonly span: Span;
  /** The index of the piece of the unit the word is in. */
  readonly piece: number;
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;

/** The length of the letter (or letter or digit) at `i`: 1, 2 for an astral one, 0 for none. */
function wordCharLength(text: string, i: number, end: number, digits: boolean): number {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
  if (c >= 48 && c <= 57) return digits ? 1 : 0;
  if (c < 0x80) return 0;
  const pattern = digits ? LETTER_OR_DIGIT : LETTER;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const low = text.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff && pattern.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return pattern.test(text[i]) ? 1 : 0;
}

/** Where the word that starts at `i` ends, as `WORD` reads it: letters and digits, then an apostrophe and letters. */
function wordEnd(text: string, i: number, end: number): number {
  let n: number;
  while (i < end && (n = wordCharLength(text, i, end, true)) > 0) i += n;
  const c = text.charCodeAt(i);
  if ((c === 0x2019 || c === 39) && i + 1 < end && wordCharLength(text, i + 1, end, false) > 0) {
    i++;
    while (i < end && (n = wordCharLength(text, i, end, false)) > 0) i += n;
  }
  return i;
}

/** The words of a unit, read as `WORD` reads them but without a regular expression: this runs over every paragraph and footnote. */
function wordsOf(text: string, pieces: readonly Span[]): Word[] {
  const words: Word[] = [];
  pieces.forEach((span, piece) => {
    for (let i = span.start; i < span.end; ) {
      if (wordCharLength(text, i, span.end, true) === 0) {
        i++;
        continue;
      }
      const end = wordEnd(text, i, span.end);
      const word = text.slice(i, end);
      const lower = word.toLowerCase();
      words.push({ key: lower !== word && isAbbreviation(word) ? word : lower, lower, span: { start: i, end }, piece });
      i = end;
    }
  });
  return words;
}

/** The spans of a mention from word `first` to word `last`, one a piece. */
function partsOf(words: readonly Word[], first: number, last: number, end: number): Span[] {
  const parts: Span[] = [];
  for (let k = first; k <= last; k++) {
    const w = words[k];
    const current = parts[parts.length - 1];
    if (current && words[k - 1].piece === w.piece) parts[parts.length - 1] = { start: current.start, end: w.span.end };
    else parts.push({ start: w.span.start, end: w.span.end });
  }
  parts[parts.length - 1] = { start: parts[parts.length - 1].start, end };
  return parts;
}

function mention(treaty: Treaty, words: readonly Word[], first: number, last: number, end = words[last].span.end): TreatyMention {
  return { treaty, span: { start: words[first].span.start, end }, parts: partsOf(words, first, last, end) };
}

/** A name written as part of a document symbol ("CEDAW/C/GC/38") is the symbol's, not the treaty's. */
function inSymbol(text: string, span: Span): boolean {
  return text[span.start - 1] === '/' || text[span.end] === '/';
}

/** How far past a unit its mentions may read (a protocol's title after "thereto"). */
const LOOKAHEAD = 512;
/** How many characters of paragraph text the remembered mentions of one table may hold. */
const REMEMBERED_CHARS = 2_000_000;

interface RememberedUnit {
  readonly base: number;
  readonly mentions: readonly TreatyMention[];
  readonly size: number;
}

const remembered = new WeakMap<TreatyTable, { readonly units: Map<string, RememberedUnit>; chars: number }>();

/**
 * The mentions of a unit, remembered by its text: an edit changes one paragraph, and the others
 * need not be read again. The key is everything the reading looks at (a character before, the
 * pieces and the text between them, and LOOKAHEAD characters after), copied so that it does not
 * keep the whole text of an old version alive.
 */
function rememberedUnitMentions(text: string, pieces: readonly Span[], table: TreatyTable): readonly TreatyMention[] {
  let memory = remembered.get(table);
  if (!memory) remembered.set(table, (memory = { units: new Map(), chars: 0 }));
  const units = memory.units;
  const base = pieces[0].start;
  const end = pieces[pieces.length - 1].end;
  const layout = pieces.map((p) => `${p.start - base}-${p.end - base}`).join(',');
  const key = `${layout}|${text.slice(Math.max(0, base - 1), Math.min(text.length, end + LOOKAHEAD))}`;
  const known = units.get(key);
  if (known) {
    units.delete(key);
    units.set(key, known);
    const delta = base - known.base;
    if (delta === 0) return known.mentions;
    const shift = (span: Span): Span => ({ start: span.start + delta, end: span.end + delta });
    return known.mentions.map((m) => ({ treaty: m.treaty, span: shift(m.span), parts: m.parts.map(shift) }));
  }
  const mentions = unitMentions(text, pieces, table);
  if (key.length <= REMEMBERED_CHARS / 4) {
    const copy = JSON.parse(JSON.stringify(key)) as string;
    units.set(copy, { base, mentions, size: copy.length });
    memory.chars += copy.length;
    for (const [oldest, unit] of units) {
      if (memory.chars <= REMEMBERED_CHARS) break;
      units.delete(oldest);
      memory.chars -= unit.size;
    }
  }
  return mentions;
}

function unitMentions(text: string, pieces: readonly Span[], table: TreatyTable): TreatyMention[] {
  const words = wordsOf(text, pieces);
  const out: TreatyMention[] = [];
  const trie = nameTrie(table);
  for (let i = 0; i < words.length; i++) {
    const anaphor = pointingBack(text, words, i, out, table);
    if (anaphor) {
      out.push(anaphor.mention);
      i = anaphor.last;
      continue;
    }
    const listed = placeList(text, words, i, table);
    if (listed) {
      out.push(...listed.mentions);
      i = listed.last;
      continue;
    }
    let node: NameNode | undefined = trie;
    let best: { treaty: Treaty; end: number } | undefined;
    for (let j = i; j < words.length && node; j++) {
      node = node.next.get(words[j].key) ?? (words[j].key !== words[j].lower ? node.next.get(words[j].lower) : undefined);
      if (node?.treaty) best = { treaty: node.treaty, end: j };
    }
    if (!best) continue;
    let end = words[best.end].span.end;
    if (text[end] === ')') end++;
    if (best.end === i && inSymbol(text, words[i].span)) continue;
    out.push(mention(best.treaty, words, i, best.end, end));
    i = best.end;
  }
  return out;
}

/**
 * "the Optional Protocol thereto", "its Optional Protocol", "the 1967 Protocol thereto", "the
 * Optional Protocol thereto on the sale of children, ...": a protocol of the treaty named last
 * before it in the same paragraph, when the table has exactly one that fits (a year given must be
 * its year of adoption; words after "thereto" must end its title). Plurals ("the Optional
 * Protocols thereto") name several treaties and are left alone.
 */
function pointingBack(text: string, words: readonly Word[], i: number, before: readonly TreatyMention[], table: TreatyTable): { mention: TreatyMention; last: number } | undefined {
  const determiner = words[i].lower;
  if (determiner !== 'the' && determiner !== 'its') return undefined;
  let k = i + 1;
  const year = /^(?:19|20)\d\d$/.test(words[k]?.lower ?? '') ? words[k++].lower : undefined;
  const optional = words[k]?.lower === 'optional';
  if (optional) k++;
  if (words[k]?.lower !== 'protocol') return undefined;
  let last = k;
  if (words[k + 1]?.lower === 'thereto') last = k + 1;
  else if (determiner === 'the') return undefined;
  const referent = before[before.length - 1];
  if (!referent) return undefined;
  const head = optional ? 'optional protocol' : 'protocol';
  let candidates = childrenOf(table, referent.treaty).filter((t) => t.title.toLowerCase().startsWith(head) && (year === undefined || t.adopted?.date.startsWith(year)));
  // "thereto on the sale of children, ...": the words after "thereto" that end a candidate's title.
  // Read only as far as a title's tail reaches: slicing to the end of a long text here would
  // copy the rest of the text for every "the Protocol thereto".
  const afterStart = words[last].span.end;
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
    while (last + 1 < words.length && words[last + 1].span.end <= end) last++;
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
function placeList(text: string, words: readonly Word[], i: number, table: TreatyTable): { mentions: TreatyMention[]; last: number } | undefined {
  if (words[i].lower !== 'treaties' || words[i + 1]?.lower !== 'of') return undefined;
  const byPlace = new Map<string, Treaty>();
  for (const treaty of table.treaties) {
    for (const name of treaty.shortNames) {
      const m = /^(?:the\s+)?Treaty of (\p{Lu}[\p{L}-]+)$/u.exec(name);
      if (m) byPlace.set(m[1].toLowerCase(), treaty);
    }
  }
  const mentions: TreatyMention[] = [];
  let last = i + 1;
  for (let k = i + 2; k < words.length; k++) {
    const treaty = byPlace.get(words[k].lower);
    if (!treaty) break;
    mentions.push(mention(treaty, words, k, k));
    last = k;
    const gap = words[k + 1] ? text.slice(words[k].span.end, words[k + 1].span.start) : '';
    if (words[k + 1]?.lower === 'and' && new RegExp(`^[\\s,${MARKS}]*$`).test(gap)) k++;
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
