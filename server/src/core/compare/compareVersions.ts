// The parallel check: two language versions of one resolution must have the same paragraphs,
// numbered alike, with the footnote marks in the same paragraphs and the same symbols, dates,
// Treaty Series citations and numbers in each pair of paragraphs. Nothing here reads the words
// themselves, so it works for any two of the six languages.
import { LANGUAGE_NAMES, type Language } from '../language/languages';
import type { FootnoteDefinition, FootnoteReference, Paragraph, ResolutionDocument, Span, Subparagraph } from '../model';
import { alignByKey, alignInOrder, type Alignment } from './alignParagraphs';
import { readsDates, versionTokens, type TokenKind, type VersionToken } from './versionTokens';

/** What kind of difference was found. */
export type DifferenceKind =
  /** A paragraph of one version has no counterpart in the other. */
  | 'paragraph'
  /** Paired operative paragraphs carry different numbers. */
  | 'numbering'
  /** Paired paragraphs have different sub-paragraphs. */
  | 'subparagraphs'
  /** A footnote mark stands in a paragraph of one version and not in its counterpart. */
  | 'footnote'
  | TokenKind;

/** One side of a difference: where it is in that version, and what to tell its reader. */
export interface DifferenceSide {
  /** The paragraph, sub-paragraph or footnote concerned. */
  readonly span: Span;
  /** The words concerned, when this version has them. */
  readonly words?: Span;
  /** The difference as the reader of this version sees it, quoting this version's words. */
  readonly message: string;
}

/** A difference between the versions, told in each: `[first, second]`. */
export interface VersionDifference {
  readonly kind: DifferenceKind;
  readonly sides: readonly [DifferenceSide, DifferenceSide];
}

/** The result of the parallel check. */
export interface VersionComparison {
  readonly languages: readonly [Language, Language];
  /** How many paragraphs each version has: preambular, operative. */
  readonly counts: readonly [{ readonly preambular: number; readonly operative: number }, { readonly preambular: number; readonly operative: number }];
  /** In the order of the first version. */
  readonly differences: readonly VersionDifference[];
}

/** A piece of a version that has its counterpart in the other: a paragraph, its chapeau, a sub-paragraph, a footnote. */
interface Unit {
  /** "preambular paragraph 3", "sub-paragraph (b) of operative paragraph 2", "footnote 4". */
  readonly name: string;
  readonly span: Span;
  /** The text to read, without the paragraph's number or a sub-paragraph's label. */
  readonly pieces: readonly Span[];
}

/** A version as the check reads it. */
interface Version {
  readonly model: ResolutionDocument;
  readonly language: Language;
  /** "the French version"; "the other version" when both are in one language. */
  readonly called: string;
  /** Its footnote marks in text order. */
  readonly marks: readonly FootnoteReference[];
}

const KIND_NAMES: Readonly<Record<TokenKind, string>> = { symbol: 'symbol', date: 'date', treaty: 'Treaty Series citation', number: 'number' };

const clip = (span: Span, pieces: readonly Span[]): Span[] =>
  pieces.map((piece) => ({ start: Math.max(span.start, piece.start), end: Math.min(span.end, piece.end) })).filter((piece) => piece.end > piece.start);

/** The first words of a piece of text, without markup, for a message: “Rappelant sa résolution 70/1 …”. */
function quote(model: ResolutionDocument, pieces: readonly Span[]): string {
  const text = pieces
    .map((piece) => model.text.slice(piece.start, piece.end))
    .join(' ')
    .replace(/[*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const words = text.split(' ');
  // Chinese and other scripts without spaces are cut by characters.
  const short = words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : text.length > 60 ? `${text.slice(0, 60)} …` : text;
  return `“${short}”`;
}

function paragraphName(paragraph: Paragraph): string {
  return paragraph.kind === 'preambular' ? `preambular paragraph ${paragraph.index + 1}` : `operative paragraph ${paragraph.number?.text ?? paragraph.index + 1}`;
}

/** The sub-paragraphs of a paragraph in order, the (i), (ii) … inside each (a), (b) … after it. */
function flatSubparagraphs(subparagraphs: readonly Subparagraph[]): Subparagraph[] {
  return subparagraphs.flatMap((sub) => [sub, ...flatSubparagraphs(sub.children)]);
}

/** How a paragraph's sub-paragraphs are numbered, in a form that is the same in every language: "1.1 1.2 2.1". */
function subparagraphShape(paragraph: Paragraph): string {
  return flatSubparagraphs(paragraph.subparagraphs)
    .map((sub) => `${sub.level}.${sub.ordinal}`)
    .join(' ');
}

/** The units of a paragraph: its own text, then each sub-paragraph; or the whole paragraph as one. */
function paragraphUnits(paragraph: Paragraph, whole: boolean): Unit[] {
  const name = paragraphName(paragraph);
  if (whole || paragraph.subparagraphs.length === 0) {
    const from = paragraph.number?.span.end ?? paragraph.span.start;
    return [{ name, span: paragraph.span, pieces: clip({ start: from, end: paragraph.span.end }, paragraph.pieces) }];
  }
  const units: Unit[] = [{ name, span: paragraph.span, pieces: paragraph.contentPieces }];
  const flat = flatSubparagraphs(paragraph.subparagraphs);
  for (const sub of flat) {
    const ownEnd = sub.children[0]?.span.start ?? sub.content.end;
    units.push({ name: `sub-paragraph ${sub.label.text} of ${name}`, span: sub.span, pieces: clip({ start: sub.content.start, end: ownEnd }, sub.pieces) });
  }
  return units;
}

/** The tokens of a unit: its text with its footnote marks and markup blanked out. */
function unitTokens(version: Version, unit: Unit): VersionToken[] {
  const { model } = version;
  return unit.pieces.flatMap((piece) => {
    const written = model.text.slice(piece.start, piece.end);
    const parts: string[] = [];
    let at = 0;
    for (const mark of marksIn(version.marks, piece)) {
      const from = Math.max(at, mark.span.start - piece.start);
      const to = Math.min(written.length, mark.span.end - piece.start);
      if (to <= from) continue;
      parts.push(written.slice(at, from), ' '.repeat(to - from));
      at = to;
    }
    parts.push(written.slice(at));
    return versionTokens(written, parts.join('').replace(/[*]/g, ' '), piece.start, version.language);
  });
}

function unitMarks(version: Version, unit: Unit): FootnoteReference[] {
  return unit.pieces.flatMap((piece) => marksIn(version.marks, piece));
}

/** Tokens by key, each key's in text order: a multiset that gives up its tokens one by one. */
class TokenPool {
  readonly #byKey = new Map<string, VersionToken[]>();
  readonly #next = new Map<string, number>();

  constructor(tokens: readonly VersionToken[]) {
    for (const token of tokens) {
      const list = this.#byKey.get(token.key);
      if (list) list.push(token);
      else this.#byKey.set(token.key, [token]);
    }
  }

  /** How many tokens with this key are left. */
  count(key: string): number {
    return (this.#byKey.get(key)?.length ?? 0) - (this.#next.get(key) ?? 0);
  }

  /** Takes the first token left with this key. */
  take(key: string): VersionToken | undefined {
    const next = this.#next.get(key) ?? 0;
    const token = this.#byKey.get(key)?.[next];
    if (token) this.#next.set(key, next + 1);
    return token;
  }
}

/** Leaves in each list what the other does not have, as multisets by key, each in its order. */
function unmatched(first: readonly VersionToken[], second: readonly VersionToken[]): [VersionToken[], VersionToken[]] {
  const pool = new TokenPool(second);
  const matched = new Set<VersionToken>();
  const left = first.filter((token) => {
    const other = pool.take(token.key);
    if (other) matched.add(other);
    return !other;
  });
  return [left, second.filter((token) => !matched.has(token))];
}

/** The footnote marks of a version that fall in a piece of its text, by binary search in text order. */
function marksIn(marks: readonly FootnoteReference[], piece: Span): FootnoteReference[] {
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (marks[middle].span.start < piece.start) low = middle + 1;
    else high = middle;
  }
  const found: FootnoteReference[] = [];
  for (let i = low; i < marks.length && marks[i].span.start < piece.end; i++) found.push(marks[i]);
  return found;
}

/** Compares two versions of one resolution. */
export function compareVersions(first: ResolutionDocument, second: ResolutionDocument): VersionComparison {
  const sameLanguage = first.language.code === second.language.code;
  const versionOf = (model: ResolutionDocument): Version => ({
    model,
    language: model.language.code,
    called: sameLanguage ? 'the other version' : `the ${LANGUAGE_NAMES[model.language.code]} version`,
    marks: [...model.footnoteReferences].sort((x, y) => x.span.start - y.span.start),
  });
  const a = versionOf(first);
  const b = versionOf(second);
  const differences: VersionDifference[] = [];
  const add = (kind: DifferenceKind, sideA: DifferenceSide, sideB: DifferenceSide): void => void differences.push({ kind, sides: [sideA, sideB] });
  const datesWhole = readsDates(a.language) && readsDates(b.language);
  // How much longer the first version's paragraphs run than the second's, all of them together: a
  // paragraph one version lacks changes this little, where it would change the share of its part.
  const paragraphsLength = (model: ResolutionDocument): number => [...model.preamble, ...model.operative].reduce((sum, paragraph) => sum + paragraph.span.end - paragraph.span.start, 0);
  const lengthScale = Math.max(1, paragraphsLength(first)) / Math.max(1, paragraphsLength(second));

  /** Footnote marks left without their counterpart, to tell a moved mark from a missing one. */
  const loneMarks: Array<{ side: 0 | 1; mark: FootnoteReference; unit: Unit; counterpart?: Unit }> = [];

  function compareUnits(unitA: Unit, unitB: Unit): void {
    const marksA = unitMarks(a, unitA);
    const marksB = unitMarks(b, unitB);
    const restB = [...marksB];
    for (const mark of marksA) {
      const index = restB.findIndex((other) => other.label === mark.label);
      if (index >= 0) restB.splice(index, 1);
      else loneMarks.push({ side: 0, mark, unit: unitA, counterpart: unitB });
    }
    for (const mark of restB) loneMarks.push({ side: 1, mark, unit: unitB, counterpart: unitA });
    compareTokens(unitA, unitTokens(a, unitA), unitB, unitTokens(b, unitB));
  }

  function compareTokens(unitA: Unit, tokensA: readonly VersionToken[], unitB: Unit, tokensB: readonly VersionToken[]): void {
    const byKind = (tokens: readonly VersionToken[], kind: TokenKind): VersionToken[] => tokens.filter((token) => token.kind === kind);
    // A version that cannot read a date whole sees its day and year as numbers: so must the other.
    const numbersOf = (tokens: readonly VersionToken[]): VersionToken[] => [...byKind(tokens, 'number'), ...(datesWhole ? [] : byKind(tokens, 'date').flatMap((date) => date.parts ?? []))];
    const numbersA = numbersOf(tokensA);
    const numbersB = numbersOf(tokensB);
    const kinds: TokenKind[] = datesWhole ? ['symbol', 'treaty', 'date'] : ['symbol', 'treaty'];
    const loneA: VersionToken[] = [];
    const loneB: VersionToken[] = [];
    for (const kind of kinds) {
      const [onlyA, onlyB] = unmatched(byKind(tokensA, kind), byKind(tokensB, kind));
      const paired = Math.min(onlyA.length, onlyB.length);
      for (let i = 0; i < paired; i++) reportChanged(kind, unitA, onlyA[i], unitB, onlyB[i]);
      loneA.push(...onlyA.slice(paired));
      loneB.push(...onlyB.slice(paired));
    }
    // A citation or date the other version writes in a form not read whole: its numbers may still be there.
    let [numbersOnlyA, numbersOnlyB] = unmatched(numbersA, numbersB);
    const absorb = (lone: readonly VersionToken[], numbers: readonly VersionToken[], side: 0 | 1, unit: Unit, counterpart: Unit): VersionToken[] => {
      if (lone.length === 0) return [...numbers];
      const pool = new TokenPool(numbers);
      const used = new Set<VersionToken>();
      for (const token of lone) {
        const needed = new Map<string, number>();
        for (const part of token.parts ?? []) needed.set(part.key, (needed.get(part.key) ?? 0) + 1);
        const fits = needed.size > 0 && [...needed].every(([key, count]) => pool.count(key) >= count);
        if (fits) for (const part of token.parts ?? []) used.add(pool.take(part.key)!);
        else reportMissing(token.kind, side, unit, token, counterpart);
      }
      return numbers.filter((token) => !used.has(token));
    };
    numbersOnlyB = absorb(loneA, numbersOnlyB, 0, unitA, unitB);
    numbersOnlyA = absorb(loneB, numbersOnlyA, 1, unitB, unitA);
    const paired = Math.min(numbersOnlyA.length, numbersOnlyB.length);
    for (let i = 0; i < paired; i++) reportChanged('number', unitA, numbersOnlyA[i], unitB, numbersOnlyB[i]);
    for (const token of numbersOnlyA.slice(paired)) reportMissing('number', 0, unitA, token, unitB);
    for (const token of numbersOnlyB.slice(paired)) reportMissing('number', 1, unitB, token, unitA);
  }

  const where = (unit: Unit, other: Unit, version: Version): string => (unit.name === other.name ? version.called : `${version.called} (${other.name})`);

  function reportChanged(kind: TokenKind, unitA: Unit, tokenA: VersionToken, unitB: Unit, tokenB: VersionToken): void {
    const name = KIND_NAMES[kind];
    add(
      kind,
      { span: unitA.span, words: tokenA.span, message: `${capital(unitA.name)}: the ${name} “${tokenA.written}” is “${tokenB.written}” in ${where(unitA, unitB, b)}.` },
      { span: unitB.span, words: tokenB.span, message: `${capital(unitB.name)}: the ${name} “${tokenB.written}” is “${tokenA.written}” in ${where(unitB, unitA, a)}.` },
    );
  }

  function reportMissing(kind: TokenKind, side: 0 | 1, unit: Unit, token: VersionToken, counterpart: Unit): void {
    const [here, there] = side === 0 ? [a, b] : [b, a];
    const name = KIND_NAMES[kind];
    const has: DifferenceSide = { span: unit.span, words: token.span, message: `${capital(unit.name)}: the ${name} “${token.written}” is not in ${where(unit, counterpart, there)}.` };
    const lacks: DifferenceSide = { span: counterpart.span, message: `${capital(counterpart.name)}: no ${name} stands for “${token.written}” of ${where(counterpart, unit, here)}.` };
    add(kind, ...(side === 0 ? ([has, lacks] as const) : ([lacks, has] as const)));
  }

  function reportMarks(): void {
    const used = new Set<number>();
    const secondByLabel = new Map<string, number[]>();
    loneMarks.forEach((lone, index) => {
      if (lone.side !== 1) return;
      const list = secondByLabel.get(lone.mark.label);
      if (list) list.push(index);
      else secondByLabel.set(lone.mark.label, [index]);
    });
    loneMarks.forEach((lone, index) => {
      if (lone.side !== 0) return;
      const moved = secondByLabel.get(lone.mark.label)?.shift();
      if (moved === undefined) return;
      used.add(index).add(moved);
      const other = loneMarks[moved];
      add(
        'footnote',
        { span: lone.unit.span, words: lone.mark.span, message: `Footnote ${lone.mark.label} is marked in ${lone.unit.name} here, and in ${other.unit.name} in ${b.called}.` },
        { span: other.unit.span, words: other.mark.span, message: `Footnote ${other.mark.label} is marked in ${other.unit.name} here, and in ${lone.unit.name} in ${a.called}.` },
      );
    });
    loneMarks.forEach((lone, index) => {
      if (used.has(index) || !lone.counterpart) return;
      const [here, there] = lone.side === 0 ? [a, b] : [b, a];
      const has: DifferenceSide = { span: lone.unit.span, words: lone.mark.span, message: `Footnote ${lone.mark.label} is marked in ${lone.unit.name} here, and nowhere in ${where(lone.unit, lone.counterpart, there)}.` };
      const lacks: DifferenceSide = { span: lone.counterpart.span, message: `${capital(lone.counterpart.name)} has no mark of footnote ${lone.mark.label}, which ${where(lone.counterpart, lone.unit, here)} marks here.` };
      add('footnote', ...(lone.side === 0 ? ([has, lacks] as const) : ([lacks, has] as const)));
    });
  }

  function reportAlone(kind: 'preambular' | 'operative', side: 0 | 1, alone: Paragraph, alignment: Alignment, paragraphsHere: readonly Paragraph[], paragraphsThere: readonly Paragraph[]): void {
    const [here, there] = side === 0 ? [a, b] : [b, a];
    const name = paragraphName(alone);
    // Where it would stand in the other version: after the counterpart of the paragraph before it.
    const pairOf = (index: number): number | undefined => alignment.pairs.find((pair) => pair[side] === index)?.[side === 0 ? 1 : 0];
    let after: number | undefined;
    for (let i = alone.index - 1; i >= 0 && after === undefined; i--) after = pairOf(i);
    let before: number | undefined;
    for (let i = alone.index + 1; i < paragraphsHere.length && before === undefined && after === undefined; i++) before = pairOf(i);
    const neighbour = after !== undefined ? paragraphsThere[after] : before !== undefined ? paragraphsThere[before] : paragraphsThere[0];
    const counts = (mine: readonly Paragraph[], other: Version, theirs: readonly Paragraph[]): string => `This version has ${mine.length} ${kind} paragraph${mine.length === 1 ? '' : 's'}, ${other.called} ${theirs.length}.`;
    const has: DifferenceSide = { span: alone.span, message: `${capital(name)} (${quote(here.model, alone.contentPieces)}) has no counterpart in ${there.called}. ${counts(paragraphsHere, there, paragraphsThere)}` };
    const place = neighbour ? (after !== undefined ? `after ${paragraphName(neighbour)}` : `before ${paragraphName(neighbour)}`) : 'here';
    const lacks: DifferenceSide = {
      span: neighbour?.span ?? there.model.opening?.span ?? { start: 0, end: 0 },
      message: `${capital(here.called)} has ${name} (${quote(here.model, alone.contentPieces)}), which this version lacks ${place}. ${counts(paragraphsThere, here, paragraphsHere)}`,
    };
    add('paragraph', ...(side === 0 ? ([has, lacks] as const) : ([lacks, has] as const)));
  }

  function compareParagraphs(kind: 'preambular' | 'operative', paragraphsA: readonly Paragraph[], paragraphsB: readonly Paragraph[]): void {
    const numberKey = (paragraph: Paragraph): string | undefined => paragraph.number && `${paragraph.number.value}${paragraph.number.suffix ? ` ${paragraph.number.suffix}` : ''}`;
    const keysA = paragraphsA.map(numberKey);
    const keysB = paragraphsB.map(numberKey);
    const byNumber = kind === 'operative' && [keysA, keysB].every((keys) => keys.every((key) => key !== undefined) && new Set(keys).size === keys.length);
    const inOrder = (): Alignment => alignInOrder(paragraphsA.length, paragraphsB.length, (i, j) => likeness(a, paragraphsA, i, b, paragraphsB, j, lengthScale));
    const numbered = byNumber ? alignByKey(keysA as string[], keysB as string[]) : undefined;
    // As many paragraphs on each side and some numbers apart: renumbered, not dropped.
    const alignment = numbered && !(numbered.onlyFirst.length > 0 && paragraphsA.length === paragraphsB.length) ? numbered : inOrder();
    for (const [i, j] of alignment.pairs) {
      const paragraphA = paragraphsA[i];
      const paragraphB = paragraphsB[j];
      if (kind === 'operative' && keysA[i] !== keysB[j]) {
        add(
          'numbering',
          { span: paragraphA.number?.span ?? paragraphA.span, message: `${capital(paragraphName(paragraphA))} is numbered ${paragraphB.number ? `“${paragraphB.number.text}”` : 'otherwise'} in ${b.called}.` },
          { span: paragraphB.number?.span ?? paragraphB.span, message: `${capital(paragraphName(paragraphB))} is numbered ${paragraphA.number ? `“${paragraphA.number.text}”` : 'otherwise'} in ${a.called}.` },
        );
      }
      const shapeA = subparagraphShape(paragraphA);
      const shapeB = subparagraphShape(paragraphB);
      const same = shapeA === shapeB;
      if (!same) {
        const labels = (paragraph: Paragraph): string => {
          const flat = flatSubparagraphs(paragraph.subparagraphs);
          return flat.length === 0 ? 'no sub-paragraphs' : `${flat.length} sub-paragraph${flat.length === 1 ? '' : 's'} (${flat.map((sub) => sub.label.text).join(', ')})`;
        };
        add(
          'subparagraphs',
          { span: paragraphA.span, message: `${capital(paragraphName(paragraphA))} has ${labels(paragraphA)}; in ${b.called} it has ${labels(paragraphB)}.` },
          { span: paragraphB.span, message: `${capital(paragraphName(paragraphB))} has ${labels(paragraphB)}; in ${a.called} it has ${labels(paragraphA)}.` },
        );
      }
      const unitsA = paragraphUnits(paragraphA, !same);
      const unitsB = paragraphUnits(paragraphB, !same);
      unitsA.forEach((unit, index) => compareUnits(unit, unitsB[index]));
    }
    for (const index of alignment.onlyFirst) {
      reportAlone(kind, 0, paragraphsA[index], alignment, paragraphsA, paragraphsB);
      for (const mark of unitMarks(a, paragraphUnits(paragraphsA[index], true)[0])) loneMarks.push({ side: 0, mark, unit: paragraphUnits(paragraphsA[index], true)[0] });
    }
    for (const index of alignment.onlySecond) {
      reportAlone(kind, 1, paragraphsB[index], alignment, paragraphsB, paragraphsA);
      for (const mark of unitMarks(b, paragraphUnits(paragraphsB[index], true)[0])) loneMarks.push({ side: 1, mark, unit: paragraphUnits(paragraphsB[index], true)[0] });
    }
  }

  const symbolA = first.header.symbol;
  const symbolB = second.header.symbol;
  if (symbolA && symbolB && symbolA.text.replace(/\s+/g, '') !== symbolB.text.replace(/\s+/g, '')) {
    add(
      'symbol',
      { span: symbolA.span, words: symbolA.span, message: `The document symbol “${symbolA.text}” is “${symbolB.text}” in ${b.called}.` },
      { span: symbolB.span, words: symbolB.span, message: `The document symbol “${symbolB.text}” is “${symbolA.text}” in ${a.called}.` },
    );
  }
  // Without an opening line that unres reads in its language (Russian, Arabic, Chinese today) a
  // version's preamble is not told from its masthead: one difference says so, not one a paragraph.
  const unreadPreamble = (version: Version, other: Version): boolean => !version.model.opening && version.model.preamble.length === 0 && other.model.preamble.length > 0;
  if (unreadPreamble(a, b) || unreadPreamble(b, a)) {
    const [lacking, other] = unreadPreamble(a, b) ? [a, b] : [b, a];
    const preamble = other.model.preamble;
    const otherSide: DifferenceSide = {
      span: { start: preamble[0].span.start, end: preamble[preamble.length - 1].span.end },
      message: `No preamble was read in ${lacking.called}: it has no opening line unres reads (“${other.model.opening ? other.model.text.slice(other.model.opening.span.start, other.model.opening.span.end).trim() : 'The General Assembly,'}” in this version), so ${preamble.length === 1 ? 'this preambular paragraph is' : `these ${preamble.length} preambular paragraphs are`} not compared.`,
    };
    const lackingSide: DifferenceSide = {
      span: lacking.model.operative[0] ? { start: 0, end: lacking.model.operative[0].span.start } : { start: 0, end: 0 },
      message: `No preamble was read in this version: it has no opening line unres reads in ${LANGUAGE_NAMES[lacking.language]}, so ${preamble.length === 1 ? 'the preambular paragraph' : `the ${preamble.length} preambular paragraphs`} of ${other.called} ${preamble.length === 1 ? 'is' : 'are'} not compared.`,
    };
    add('paragraph', ...(lacking === a ? ([lackingSide, otherSide] as const) : ([otherSide, lackingSide] as const)));
  } else {
    compareParagraphs('preambular', first.preamble, second.preamble);
  }
  compareParagraphs('operative', first.operative, second.operative);
  compareFootnotes(first.footnoteDefinitions, second.footnoteDefinitions);
  reportMarks();

  function compareFootnotes(definitionsA: readonly FootnoteDefinition[], definitionsB: readonly FootnoteDefinition[]): void {
    for (const definitionA of definitionsA) {
      const definitionB = definitionsB.find((definition) => definition.label === definitionA.label);
      if (!definitionB) continue;
      const unit = (definition: FootnoteDefinition): Unit => ({ name: `footnote ${definition.label}`, span: definition.span, pieces: [definition.content] });
      compareTokens(unit(definitionA), unitTokens(a, unit(definitionA)), unit(definitionB), unitTokens(b, unit(definitionB)));
    }
  }

  const counts = (model: ResolutionDocument) => ({ preambular: model.preamble.length, operative: model.operative.length });
  return { languages: [a.language, b.language], counts: [counts(first), counts(second)], differences: differences.sort((x, y) => x.sides[0].span.start - y.sides[0].span.start || (x.sides[0].words ?? x.sides[0].span).start - (y.sides[0].words ?? y.sides[0].span).start) };
}

/** The digits of each paragraph, read once however many paragraphs of the other version it is weighed against. */
const DIGIT_KEYS = new WeakMap<Paragraph, string[]>();
/** The footnote labels of each paragraph. */
const MARK_LABELS = new WeakMap<Paragraph, string[]>();

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * How alike two paragraphs of two versions look without reading their words (0 to 1): the digits
 * they hold, their footnote marks, and their lengths, the second's scaled by `scale` (how much
 * longer the first version's paragraphs are in all: French runs longer than English).
 */
function likeness(a: Version, paragraphsA: readonly Paragraph[], i: number, b: Version, paragraphsB: readonly Paragraph[], j: number, scale: number): number {
  const digits = (version: Version, paragraph: Paragraph): string[] => {
    let keys = DIGIT_KEYS.get(paragraph);
    if (!keys) {
      keys = paragraphUnits(paragraph, true).flatMap((unit) => unitTokens(version, unit).flatMap((token) => (token.parts ?? [token]).map((part) => part.key)));
      DIGIT_KEYS.set(paragraph, keys);
    }
    return keys;
  };
  const marks = (version: Version, paragraph: Paragraph): string[] => {
    let labels = MARK_LABELS.get(paragraph);
    if (!labels) {
      labels = paragraph.pieces.flatMap((piece) => marksIn(version.marks, piece)).map((mark) => mark.label);
      MARK_LABELS.set(paragraph, labels);
    }
    return labels;
  };
  const overlap = (x: string[], y: string[]): number => {
    if (x.length === 0 && y.length === 0) return 0.5;
    const rest = [...y];
    const shared = x.filter((item) => {
      const index = rest.indexOf(item);
      if (index < 0) return false;
      rest.splice(index, 1);
      return true;
    }).length;
    return shared / (x.length + y.length - shared);
  };
  const sizeA = paragraphsA[i].span.end - paragraphsA[i].span.start;
  const sizeB = (paragraphsB[j].span.end - paragraphsB[j].span.start) * scale;
  const length = Math.min(sizeA, sizeB) / Math.max(sizeA, sizeB, Number.EPSILON);
  return 0.45 * overlap(digits(a, paragraphsA[i]), digits(b, paragraphsB[j])) + 0.25 * overlap(marks(a, paragraphsA[i]), marks(b, paragraphsB[j])) + 0.3 * length;
}
