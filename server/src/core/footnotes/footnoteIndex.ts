import type { FootnoteDefinition, FootnoteReference, ResolutionDocument, Span } from '../model';

/** One footnote label ("3", "note") with every reference to it and every definition of it. */
export interface FootnoteEntry {
  readonly label: string;
  readonly number?: number;
  readonly references: readonly FootnoteReference[];
  readonly definitions: readonly FootnoteDefinition[];
}

/**
 * The footnotes of a document, grouped by label, with the numbered ones in the order the reader
 * meets their first reference (conventions FN-02). Sponsor notes ("\*") are left out: they are
 * not numbered.
 */
export interface FootnoteIndex {
  readonly entries: ReadonlyMap<string, FootnoteEntry>;
  /** Labels of numbered footnotes in the order of their first reference. */
  readonly firstReferenceOrder: readonly string[];
  /** Numbered definitions in text order. */
  readonly numberedDefinitions: readonly FootnoteDefinition[];
}

const cache = new WeakMap<ResolutionDocument, FootnoteIndex>();

/** The footnote index of a document, built once per parsed document. */
export function footnoteIndex(doc: ResolutionDocument): FootnoteIndex {
  let index = cache.get(doc);
  if (!index) {
    index = buildIndex(doc);
    cache.set(doc, index);
  }
  return index;
}

function buildIndex(doc: ResolutionDocument): FootnoteIndex {
  const entries = new Map<string, { label: string; number?: number; references: FootnoteReference[]; definitions: FootnoteDefinition[] }>();
  const entry = (label: string, number: number | undefined) => {
    let e = entries.get(label);
    if (!e) {
      e = { label, number, references: [], definitions: [] };
      entries.set(label, e);
    }
    return e;
  };
  const firstReferenceOrder: string[] = [];
  for (const ref of doc.footnoteReferences) {
    if (ref.form === 'asterisk') continue;
    const e = entry(ref.label, ref.number);
    if (e.references.length === 0 && ref.number !== undefined) firstReferenceOrder.push(ref.label);
    e.references.push(ref);
  }
  const numberedDefinitions: FootnoteDefinition[] = [];
  for (const def of doc.footnoteDefinitions) {
    if (def.form === 'asterisk') continue;
    entry(def.label, def.number).definitions.push(def);
    if (def.number !== undefined) numberedDefinitions.push(def);
  }
  return { entries, firstReferenceOrder, numberedDefinitions };
}

/** The "Ibid." that opens a footnote: where it is, whether it is italic and what follows it. */
export interface IbidMark {
  /** "Ibid." with its italic markers, if any. */
  readonly span: Span;
  /** The word "Ibid." alone. */
  readonly word: Span;
  readonly italic: boolean;
  /** What the footnote says after "Ibid.": ", vol. 2237, No. 39574." or "" for a bare repeat. */
  readonly continuation: string;
}

const IBID = /^(\*?)Ibid\.(\*?)/;

/** The "Ibid." a footnote definition opens with, if it does. */
export function ibidOf(doc: ResolutionDocument, def: FootnoteDefinition): IbidMark | undefined {
  const content = doc.text.slice(def.content.start, def.content.end);
  const m = IBID.exec(content);
  if (!m) return undefined;
  const italic = m[1] === '*' && m[2] === '*';
  const start = def.content.start;
  const wordStart = start + m[1].length;
  return {
    span: { start, end: start + m[0].length },
    word: { start: wordStart, end: wordStart + 'Ibid.'.length },
    italic,
    continuation: content.slice(m[0].length).trim(),
  };
}

/** What kind of source a footnote's leading element names, as far as "Ibid." may repeat it. */
export type FootnoteSource = 'treatySeries' | 'officialRecords' | 'other';

const TREATY_SERIES = /^(?:United Nations|League of Nations),\s*\*Treaty Series\*/;
const OFFICIAL_RECORDS = /^\*?Official Records\b/;

/** The leading source of a footnote: read from its text, or through its "Ibid." from the footnote before. */
export function sourceOf(doc: ResolutionDocument, def: FootnoteDefinition, before: (def: FootnoteDefinition) => FootnoteDefinition | undefined, depth = 0): FootnoteSource | undefined {
  const content = doc.text.slice(def.content.start, def.content.end);
  if (TREATY_SERIES.test(content)) return 'treatySeries';
  if (OFFICIAL_RECORDS.test(content)) return 'officialRecords';
  if (IBID.test(content)) {
    const previous = depth < 50 ? before(def) : undefined;
    return previous ? sourceOf(doc, previous, before, depth + 1) : undefined;
  }
  return 'other';
}

/** The numbered definition printed just before another, in text order. */
export function definitionBefore(index: FootnoteIndex, def: FootnoteDefinition): FootnoteDefinition | undefined {
  let positions = definitionPositions.get(index);
  if (!positions) {
    // Asked for every footnote of a long text in turn: a lookup table, not an indexOf each time.
    positions = new Map(index.numberedDefinitions.map((d, i) => [d, i]));
    definitionPositions.set(index, positions);
  }
  const at = positions.get(def) ?? -1;
  return at > 0 ? index.numberedDefinitions[at - 1] : undefined;
}

const definitionPositions = new WeakMap<FootnoteIndex, Map<FootnoteDefinition, number>>();

/** Whether a footnote's text opens with "United Nations, *Treaty Series*" (or the League's). */
export function treatySeriesLead(doc: ResolutionDocument, def: FootnoteDefinition): Span | undefined {
  const content = doc.text.slice(def.content.start, def.content.end);
  const m = TREATY_SERIES.exec(content);
  return m ? { start: def.content.start, end: def.content.start + m[0].length } : undefined;
}

/** The form of "Ibid." most of a document's footnotes use: italic on a tie or when none is written. */
export function usualIbidForm(doc: ResolutionDocument): 'italic' | 'roman' {
  const marks = footnoteIndex(doc).numberedDefinitions.map((d) => ibidOf(doc, d)).filter((m) => m !== undefined);
  const italic = marks.filter((m) => m.italic).length;
  return italic * 2 >= marks.length ? 'italic' : 'roman';
}
