import { definitionBefore, footnoteIndex, ibidOf } from '../footnotes/footnoteIndex';
import type { FootnoteDefinition, FootnoteReference, ResolutionDocument, Span, TreatySeriesCitation } from '../model';
import { treatyMentions, type TreatyMention } from './treatyMentions';
import type { TreatyTable } from './treatyTable';

/** What may stand between a treaty's name and its footnote mark: punctuation, a closing quote, italics. */
const BETWEEN_NAME_AND_MARK = /^[\s,;:.”’"'*)]{0,4}$/;

/**
 * What UN texts write between a treaty's name and its mark that still says which treaty it is: the
 * ILO number and organization ("…, 1999 (No. 182), of the International Labour Organization,⁹"),
 * the year or date ("(Outer Space Treaty) of 1967,¹", "… Prisoners of War, of 12 August 1949,¹⁴"), the short name it is given ("(the Compliance
 * Agreement),⁸", "(Treaty of Tlatelolco),⁴") and where it was adopted ("…Law of Treaties, adopted
 * on 22 May 1969 by the United Nations Conference on the Law of Treaties,¹"). No footnote mark
 * and no comma inside a qualifier, so the name and the mark stay in one phrase.
 */
const QUALIFIER = /^[\s,]*(?:\(No\. \d+\)|\((?:the\s+)?[“"]?\p{Lu}[^()\u2070-\u2079\u00b9\u00b2\u00b3]{0,60}\)|of the International Labour Organization|of (?:\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:1[89]|20)\d\d|(?:adopted|done|signed|opened for signature) (?:on|at|in|by) [^,;:\u2070-\u2079\u00b9\u00b2\u00b3]{1,160}?(?=[\s,;:.]*$|,))/u;

function onlyQualifiers(between: string): boolean {
  let rest = between;
  for (let guard = 0; guard < 4; guard++) {
    if (BETWEEN_NAME_AND_MARK.test(rest)) return true;
    const m = QUALIFIER.exec(rest);
    if (!m || m[0].length === 0) return false;
    rest = rest.slice(m[0].length);
  }
  return BETWEEN_NAME_AND_MARK.test(rest);
}

const mentionsByEnd = new WeakMap<readonly TreatyMention[], readonly TreatyMention[]>();

/**
 * The treaty named just before a footnote mark: the mention that ends last before it, found by
 * bisection (a long text has thousands of marks and mentions), if only punctuation or qualifiers
 * stand between the two.
 */
export function treatyNamedAtMark(doc: ResolutionDocument, ref: FootnoteReference, table: TreatyTable): TreatyMention | undefined {
  const mentions = treatyMentions(doc, table);
  let sorted = mentionsByEnd.get(mentions);
  if (!sorted) {
    sorted = [...mentions].sort((a, b) => a.span.end - b.span.end);
    mentionsByEnd.set(mentions, sorted);
  }
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].span.end <= ref.span.start) low = mid + 1;
    else high = mid;
  }
  const m = sorted[low - 1];
  return m && onlyQualifiers(doc.text.slice(m.span.end, ref.span.start)) && !endsLongerTitle(unitTextBefore(doc, m.span.start)) ? m : undefined;
}

/**
 * The text of the paragraph (or footnote) that holds `offset`, from its start (at most `window`
 * characters back) up to `offset`: the pieces of a paragraph split by a page break joined by a
 * space, without the footnotes printed between them. Outside any paragraph, the text just before.
 */
export function unitTextBefore(doc: ResolutionDocument, offset: number, window = 400): string {
  const pieces = pieceIndex(doc);
  // The last piece that starts at or before the offset: pieces do not overlap.
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (pieces[mid].span.start <= offset) low = mid + 1;
    else high = mid;
  }
  const found = pieces[low - 1];
  if (!found || offset > found.span.end) return doc.text.slice(Math.max(0, offset - window), offset);
  const before = found.unit.filter((piece) => piece.start < offset).map((piece) => doc.text.slice(piece.start, Math.min(piece.end, offset)));
  const joined = before.join(' ');
  return joined.length > window ? joined.slice(-window) : joined;
}

/** Every piece of text of the paragraphs and footnotes, with the pieces of its unit, in text order. */
type PieceEntry = { readonly span: Span; readonly unit: readonly Span[] };
const PIECE_INDEXES = new WeakMap<ResolutionDocument, readonly PieceEntry[]>();

function pieceIndex(doc: ResolutionDocument): readonly PieceEntry[] {
  let index = PIECE_INDEXES.get(doc);
  if (index) return index;
  const units: Array<readonly Span[]> = [...doc.preamble, ...doc.operative, ...doc.annexed].map((p) => p.pieces);
  for (const def of doc.footnoteDefinitions) units.push([def.content]);
  const entries = units.flatMap((unit) => unit.map((span) => ({ span, unit })));
  index = entries.sort((a, b) => a.span.start - b.span.start);
  PIECE_INDEXES.set(doc, index);
  return index;
}

/**
 * Nouns that head the title of a text that is not a treaty, and whose title may end with a
 * treaty's name: "the Declaration on Principles of International Law concerning Friendly Relations
 * and Cooperation among States in accordance with the Charter of the United Nations".
 */
const NON_TREATY_HEADS = new Set(['Declaration', 'Programme', 'Principles', 'Guidelines', 'Rules', 'Agenda', 'Plan', 'Platform', 'Strategy', 'Framework', 'Code', 'Outcome', 'Consensus', 'Statement', 'Proclamation', 'Compact', 'Standards', 'Recommendations', 'Manifesto']);
/** Lower-case words a declaration's title holds besides those of `TITLE_LINK_WORDS`: "in accordance with", "in conformity with". */
const LONGER_TITLE_WORDS = new Set(['accordance', 'conformity', 'pursuant', 'respect', 'relation']);

/**
 * Whether the words before a treaty's name continue a longer title that ends with it, the title of a
 * declaration or another text that is not a treaty: its mark is that text's, not the treaty's. Read
 * backwards over capitalized words and the small words titles hold, to the "the" that opens the
 * longer title; a comma or "and the" ends a title ("the Universal Declaration of Human Rights and
 * the International Covenant …" names two texts).
 */
export function endsLongerTitle(before: string): boolean {
  const words = before.split(/\s+/).filter((w) => w !== '');
  let head: string | undefined;
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k];
    if (!/^[\p{L}\p{Nd}’'-]+$/u.test(word)) return false;
    const lower = word.toLowerCase();
    if (/^\p{Lu}/u.test(word)) {
      if (NON_TREATY_HEADS.has(word)) head = word;
      continue;
    }
    if (lower === 'the' && head !== undefined && /^\p{Lu}/u.test(words[k + 1] ?? '')) return true;
    if (lower === 'and' && words[k + 1]?.toLowerCase() === 'the') return false;
    if (!TITLE_LINK_WORDS.has(lower) && !LONGER_TITLE_WORDS.has(lower)) return false;
  }
  return false;
}

/** The *Treaty Series* citation within a footnote's text, if it has one. */
export function treatySeriesCitationIn(doc: ResolutionDocument, def: FootnoteDefinition): TreatySeriesCitation | undefined {
  return doc.citations.find((c): c is TreatySeriesCitation => c.kind === 'treatySeries' && c.span.start >= def.content.start && c.span.end <= def.content.end);
}

/** A *Treaty Series* citation with its *Ibid.* resolved: whose series, the volumes and the number. */
export interface ResolvedTreatySeriesCitation {
  readonly series: 'United Nations' | 'League of Nations';
  readonly volumes: readonly number[];
  readonly registrationNumber?: number;
}

/** How far back a chain of *Ibid.* footnotes is followed. */
const MAX_CHAIN = 50;

/**
 * What a footnote's *Treaty Series* citation comes to once its *Ibid.* is resolved: the series of
 * the footnote it repeats, and the volumes and number it gives or repeats. Each *Ibid.* repeats the
 * footnote printed just before it.
 */
export function resolvedTreatySeriesCitation(doc: ResolutionDocument, def: FootnoteDefinition): ResolvedTreatySeriesCitation | undefined {
  const index = footnoteIndex(doc);
  let volumes: readonly number[] | undefined;
  let number: number | undefined;
  let current: FootnoteDefinition | undefined = def;
  for (let step = 0; step < MAX_CHAIN && current; step++) {
    const citation = treatySeriesCitationIn(doc, current);
    if (citation) {
      volumes ??= citation.volumes;
      number ??= citation.registrationNumber;
      if (!citation.ibid) return { series: citation.series === 'League of Nations' ? 'League of Nations' : 'United Nations', volumes, ...(number !== undefined ? { registrationNumber: number } : {}) };
    } else {
      const ibid = ibidOf(doc, current);
      if (!ibid) return undefined;
      // "Ibid. vol. 660, No. 9464." without the comma the parser's citation wants: read here.
      const continued = VOLUMES_AND_NUMBER.exec(ibid.continuation);
      if (continued) {
        volumes ??= (continued[1].match(/\d+/g) ?? []).map(Number);
        number ??= continued[2] !== undefined ? Number(continued[2]) : undefined;
      } else if (ibid.continuation.replace(/^[.\s]+/, '') !== '') {
        return undefined;
      }
    }
    current = definitionBefore(index, current);
  }
  return undefined;
}

const VOLUMES_AND_NUMBER = /^[,\s]*vols?\.\s*(\d+(?:(?:\s*,\s*|\s*,?\s+and\s+)\d+)*)(?:\s*,\s*No\.\s*(\d+))?/;

/**
 * Where a text is printed, as a footnote cites it: "See resolution 2200 A (XXI), annex.",
 * "Resolution 61/106, annex I."; or a decision in a document: "See FCCC/CP/2015/10/Add.1, decision
 * 1/CP.21, annex.", "Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21.".
 */
export type ResolutionAnnexCitation =
  | {
      /** As written: "2200 A (XXI)", "61/106", "S-23/3". */
      readonly resolution: string;
      /** "annex", "annex I". */
      readonly annex: string;
    }
  | {
      /** The document's symbol: "FCCC/CP/2015/10/Add.1". */
      readonly document: string;
      /** "1/CP.21". */
      readonly decision: string;
      readonly annex?: string;
    };

const DECISION = /^(?:See\s+|Adopted under (?:the\s+)?[^,]{1,80}?\s+in\s+)?([A-Z]+(?:\/[A-Za-z0-9.-]+)+),\s+decision\s+(\d+\/[A-Z]+(?:\.\d+)?)(?:,\s+(annex(?:\s+[IVXL]+)?))?\s*\.?\s*$/;

const RESOLUTION_ANNEX = /^(?:See\s+)?(?:General Assembly\s+)?resolution\s+((?:S-|ES-)?\d+(?:\/\d+)?(?:\s+[A-Z])?(?:\s+\([IVXLC]+\))?),\s+(annex(?:\s+[IVXL]+)?)\s*\.?\s*$/i;

/** The resolution and annex a footnote cites, when that is all it says (a bare *Ibid.* repeats the footnote before). */
export function resolutionAnnexOf(doc: ResolutionDocument, def: FootnoteDefinition): ResolutionAnnexCitation | undefined {
  const index = footnoteIndex(doc);
  let current: FootnoteDefinition | undefined = def;
  for (let step = 0; step < MAX_CHAIN && current; step++) {
    const content = doc.text.slice(current.content.start, current.content.end).replace(/\[([^\]]*)\]\(#\)/g, '$1').replace(/\*/g, '').trim();
    const m = RESOLUTION_ANNEX.exec(content);
    if (m) return { resolution: m[1].replace(/\s+/g, ' '), annex: m[2].toLowerCase().replace(/\s+/g, ' ') };
    const d = DECISION.exec(content);
    if (d) return { document: d[1], decision: d[2], ...(d[3] ? { annex: d[3].toLowerCase().replace(/\s+/g, ' ') } : {}) };
    const ibid = ibidOf(doc, current);
    if (!ibid || ibid.continuation.replace(/^[.\s]+/, '') !== '') return undefined;
    current = definitionBefore(index, current);
  }
  return undefined;
}

/** Why a treaty footnote could not be tied to a treaty of the table. */
export type UnmatchedReason =
  /** The footnote is never marked in the text. */
  | 'no mark'
  /** The mark follows a plural: "the Optional Protocols thereto", "the Geneva Conventions". */
  | 'plural'
  /** The words before the mark look like a treaty's name, but the table has no such name. */
  | 'name not in the table'
  /** No treaty's name stands at the mark. */
  | 'no treaty name at the mark';

/** A footnote that cites a treaty: by *Treaty Series*, or by the resolution that annexes it with its mark on a treaty's name. */
export interface TreatyFootnote {
  readonly definition: FootnoteDefinition;
  readonly references: readonly FootnoteReference[];
  readonly treatySeries?: ResolvedTreatySeriesCitation;
  readonly resolution?: ResolutionAnnexCitation;
  /** The treaty named at the (first) mark, and where. */
  readonly mention?: TreatyMention;
  readonly reason?: UnmatchedReason;
  /** The words just before the first mark, for a person to read (up to 80 characters, one line). */
  readonly before?: string;
  /** For 'name not in the table': the treaty's name as the text writes it before the mark, where it reads as a whole title. */
  readonly namedAtMark?: string;
}

/** A name that reads as a treaty's: words with capitals ending in a treaty noun. */
const TREATY_LIKE = /\b(?:Convention|Covenant|Protocol|Agreement|Treaty|Statute|Charter|Constitution|Amendment|Accord)s?\b[^.;:]{0,80}$/;
const PLURAL = /\b(?:Protocols|Conventions|Covenants|Agreements|Treaties|Amendments)\b(?:,?\s+(?:thereto|of\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+\s+)?\d{4}|\([^)]*\)))?[\s,;:”’"'*)]*$/u;

function unmatchedReason(before: string): UnmatchedReason {
  if (PLURAL.test(before)) return 'plural';
  if (TREATY_LIKE.test(before.replace(/\(No\. \d+\)/g, ''))) return 'name not in the table';
  return 'no treaty name at the mark';
}

/**
 * The treaty footnotes of a document, in text order: every footnote whose text is (or, through
 * *Ibid.*, repeats) a *Treaty Series* citation, each with the treaty named at its mark or why none
 * is; and every footnote that cites a resolution's annex ("See resolution 2200 A (XXI), annex.")
 * whose mark stands on a treaty's name. A resolution's annex cited for anything else (a
 * declaration, a programme of action) is no treaty footnote and is left out.
 */
export function treatyFootnotes(doc: ResolutionDocument, table: TreatyTable): TreatyFootnote[] {
  const index = footnoteIndex(doc);
  const out: TreatyFootnote[] = [];
  for (const def of doc.footnoteDefinitions) {
    if (def.form === 'asterisk') continue;
    const treatySeries = resolvedTreatySeriesCitation(doc, def);
    const resolution = treatySeries ? undefined : resolutionAnnexOf(doc, def);
    if (!treatySeries && !resolution) continue;
    const references = index.entries.get(def.label)?.references ?? [];
    let mention: TreatyMention | undefined;
    for (const ref of references) {
      mention = treatyNamedAtMark(doc, ref, table);
      if (mention) break;
    }
    const first = references[0];
    const before = first ? doc.text.slice(Math.max(0, first.span.start - 200), first.span.start).replace(/\s+/g, ' ') : undefined;
    if (mention) {
      out.push({ definition: def, references, ...(treatySeries ? { treatySeries } : {}), ...(resolution ? { resolution } : {}), mention, before: shortBefore(before ?? '') });
    } else if (treatySeries) {
      const reason = first ? unmatchedReason(before ?? '') : 'no mark';
      const named = reason === 'name not in the table' ? treatyNameBefore(doc.text.slice(Math.max(0, first.span.start - NAME_WINDOW), first.span.start)) : undefined;
      out.push({ definition: def, references, treatySeries, reason, ...(before !== undefined ? { before: shortBefore(before) } : {}), ...(named ? { namedAtMark: named } : {}) });
    }
  }
  return out;
}

function shortBefore(before: string): string {
  return before.length > 80 ? `…${before.slice(-80)}` : before;
}

/** How far back a treaty's name is read from its mark: the longest titles the texts print are about 250 characters. */
const NAME_WINDOW = 400;

/** Words a title may hold in lower case: "Convention on the Law of the Sea", "Agreement to Promote Compliance with …". */
const TITLE_LINK_WORDS = new Set(['of', 'the', 'on', 'and', 'for', 'to', 'in', 'at', 'by', 'with', 'against', 'from', 'between', 'a', 'an', 'or', 'relating', 'concerning', 'regarding', 'among', 'into', 'under', 'its', 'their']);
const TREATY_NOUN = /^(?:Convention|Covenant|Protocol|Agreement|Treaty|Statute|Charter|Constitution|Accord)$/;
const MADE_IN_ORGANIZATION = /\s+of\s+the\s+(?:\p{Lu}[\p{L}-]*\s+|and\s+)*Organization(?:\s+of\s+the\s+United\s+Nations)?(?=(?:\s+\([^()]*\))?$)/u;
const DATE_AFTER_TITLE = /,?\s+of\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:1[89]|20)\d\d$/;
const LISTED_WORD_AT_END = /(\p{Lu}[\p{L}\p{Nd}’'-]*),\s*$/u;
const WORD_AT_END = /(\(No\.\s*\d+\)|\([^()\u2070-\u2079\u00b9\u00b2\u00b3]{1,60}\)|,\s*(?:1[89]|20)\d\d|[\p{L}\p{Nd}][\p{L}\p{Nd}’'-]*)\s*$/u;

/**
 * The treaty's name a text writes right before a footnote mark, read backwards word by word:
 * capitalized words and the small words titles hold, a comma between capitalized words, a year after a comma ("…at Sea, 1974"), a
 * number or short name in parentheses ("(No. 185)", "(Protocol I)"). It must hold a treaty noun
 * and begin with a capital; a name cut by the window, or a bare noun ("that Convention"), is none.
 */
export function treatyNameBefore(before: string): string | undefined {
  // "… Prisoners of War, of 12 August 1949,": the date after the title is not part of it.
  let rest = before.replace(/[\s,;:.”’"'*)]*$/, (m) => (m.includes(')') ? m.slice(0, m.indexOf(')') + 1) : '')).replace(DATE_AFTER_TITLE, '');
  const words: string[] = [];
  for (let guard = 0; guard < 60; guard++) {
    // "Standards of Training, Certification and Watchkeeping": a comma between two capitalized words of the title.
    const listed = LISTED_WORD_AT_END.exec(rest);
    if (listed && words.length > 0 && /^\p{Lu}/u.test(words[0])) {
      words.unshift(`${listed[1]},`);
      rest = rest.slice(0, listed.index);
      continue;
    }
    const m = WORD_AT_END.exec(rest);
    if (!m) break;
    const word = m[1];
    const kept = word.startsWith('(') || word.startsWith(',') || /^\p{Lu}|^\d/u.test(word) || TITLE_LINK_WORDS.has(word);
    if (!kept) break;
    words.unshift(word);
    rest = rest.slice(0, m.index);
  }
  if (rest.length === 0) return undefined;
  // Capitals before the first treaty noun and a small word are the sentence's ("States Parties to the Antarctic Treaty").
  const noun = words.findIndex((w) => TREATY_NOUN.test(w));
  let link = noun - 1;
  while (link >= 0 && !TITLE_LINK_WORDS.has(words[link])) link--;
  if (link >= 0) words.splice(0, link + 1);
  // Leading small words and years belong to the sentence ("the 2001 Convention"), not to the title.
  while (words.length > 0 && (TITLE_LINK_WORDS.has(words[0]) || /^\d+$/.test(words[0]) || words[0].startsWith('(') || words[0].startsWith(','))) words.shift();
  if (words.length < 2 || !words.some((w) => TREATY_NOUN.test(w))) return undefined;
  // "… Unregulated Fishing of the Food and Agriculture Organization of the United Nations": the organization the treaty was made in, not its title.
  return words.join(' ').replace(/\s+,/g, ',').replace(MADE_IN_ORGANIZATION, '');
}
