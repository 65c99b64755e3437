import type { TextEdit } from '../findings';
import type { FootnoteDefinition, FootnoteReference, ResolutionDocument, Span } from '../model';
import { definitionBefore, footnoteIndex, ibidOf, type FootnoteEntry } from './footnoteIndex';
import { footnoteMark } from './renumberFootnotes';

/** The footnote mark at an offset: a reference in the text or the mark that opens a definition. */
export interface FootnoteAtOffset {
  readonly entry: FootnoteEntry;
  /** The whole mark: "¹²", "[^12]", "[^12]:". */
  readonly mark: Span;
  /** The number inside the mark: "¹²", "12". */
  readonly numberSpan: Span;
  readonly reference?: FootnoteReference;
  readonly definition?: FootnoteDefinition;
}

/** Where the number stands inside a footnote mark, in its form. */
function numberSpanOf(form: FootnoteReference['form'], mark: Span, definition: boolean): Span {
  if (form !== 'markdown') return mark;
  return { start: mark.start + 2, end: mark.end - (definition ? 2 : 1) };
}

/**
 * The footnote whose mark touches `offset` (the cursor may stand just before or just after it).
 * Sponsor notes ("\*") are not footnotes here: they have no number to go to or to rename.
 */
export function footnoteAt(doc: ResolutionDocument, offset: number): FootnoteAtOffset | undefined {
  const entries = footnoteIndex(doc).entries;
  const touches = (span: Span) => span.start <= offset && offset <= span.end;
  const reference = doc.footnoteReferences.find((ref) => ref.form !== 'asterisk' && touches(ref.span));
  if (reference) {
    const entry = entries.get(reference.label);
    if (entry) return { entry, mark: reference.span, numberSpan: numberSpanOf(reference.form, reference.span, false), reference };
  }
  const definition = doc.footnoteDefinitions.find((def) => def.form !== 'asterisk' && touches(def.marker));
  if (definition) {
    const entry = entries.get(definition.label);
    if (entry) return { entry, mark: definition.marker, numberSpan: numberSpanOf(definition.form, definition.marker, true), definition };
  }
  return undefined;
}

/** How far back a chain of "Ibid." footnotes is followed before giving up. */
export const MAX_IBID_CHAIN = 50;

/**
 * The footnote an "Ibid." repeats: the footnote printed before it, and if that one opens with
 * "Ibid." too, the one before that, back to the first that does not (at most `MAX_IBID_CHAIN`
 * steps). Undefined when the footnote does not open with "Ibid." or nothing stands before it.
 */
export function ibidSource(doc: ResolutionDocument, def: FootnoteDefinition): FootnoteDefinition | undefined {
  if (!ibidOf(doc, def)) return undefined;
  const index = footnoteIndex(doc);
  let current: FootnoteDefinition | undefined = def;
  for (let step = 0; step < MAX_IBID_CHAIN && current; step++) {
    current = definitionBefore(index, current);
    if (current && !ibidOf(doc, current)) return current;
  }
  return undefined;
}

/**
 * The edits that rename footnote `label` to `newNumber`. Renaming swaps: every reference and
 * every definition of the old number gets `newNumber`, and every reference and definition that
 * had `newNumber` (if any) gets the old number, each mark in its own form (superscript or "[^n]").
 * Only the marks change: definitions stay where they are printed, each with its own text, so
 * nothing is dropped or repeated; "Renumber footnotes" puts the order right afterwards if needed.
 * No edits when the footnote has no number or already has `newNumber`.
 */
export function renameFootnote(doc: ResolutionDocument, label: string, newNumber: number): TextEdit[] {
  const entries = footnoteIndex(doc).entries;
  const renamed = entries.get(label);
  if (!renamed || renamed.number === undefined || renamed.number === newNumber) return [];
  const oldNumber = renamed.number;
  const edits: TextEdit[] = [];
  const remark = (entry: FootnoteEntry, number: number) => {
    for (const ref of entry.references) edits.push({ span: ref.span, newText: footnoteMark(ref.form, number) });
    for (const def of entry.definitions) edits.push({ span: def.marker, newText: footnoteMark(def.form, number, true) });
  };
  remark(renamed, newNumber);
  // The footnote that had the new number, under whichever label ("3" superscript or "[^3]" share it).
  for (const entry of entries.values()) {
    if (entry !== renamed && entry.number === newNumber) remark(entry, oldNumber);
  }
  return edits.filter((edit) => doc.text.slice(edit.span.start, edit.span.end) !== edit.newText).sort((a, b) => a.span.start - b.span.start);
}
