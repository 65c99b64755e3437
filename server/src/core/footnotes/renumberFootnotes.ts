import type { TextEdit } from '../findings';
import type { FootnoteForm, ResolutionDocument } from '../model';
import { isSuperscript } from '../parse/inline';
import { footnoteIndex } from './footnoteIndex';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A footnote mark in a form: "¹²" or "[^12]" (a definition's markdown mark adds the colon). */
export function footnoteMark(form: FootnoteForm, number: number, definition = false): string {
  if (form === 'markdown') return definition ? `[^${number}]:` : `[^${number}]`;
  return [...String(number)].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');
}

/**
 * The edits that give every numbered footnote the number in `newNumbers` (old label -> new
 * number): each reference and each definition mark is rewritten in its own form. The places
 * where definitions are printed stay where they are (a page of the PDF ended there), and take
 * the definitions in the order of their new numbers: after a paragraph moved, its footnote is
 * printed where the first footnote was, and numbering and printing agree again. Each definition
 * keeps its own text: none is dropped or repeated.
 */
export function numberingEdits(doc: ResolutionDocument, newNumbers: ReadonlyMap<string, number>): TextEdit[] {
  const index = footnoteIndex(doc);
  const edits: TextEdit[] = [];
  for (const entry of index.entries.values()) {
    const wanted = newNumbers.get(entry.label);
    if (wanted === undefined || entry.number === undefined) continue;
    for (const ref of entry.references) {
      const mark = footnoteMark(ref.form, wanted);
      if (doc.text.slice(ref.span.start, ref.span.end) !== mark) edits.push({ span: ref.span, newText: mark });
    }
  }
  const places = index.numberedDefinitions;
  const numbered = places.map((def) => ({ def, wanted: newNumbers.get(def.label) ?? def.number! }));
  // A stable sort: a number defined twice keeps its two definitions in their printed order.
  const inPrintOrder = [...numbered].sort((a, b) => a.wanted - b.wanted);
  places.forEach((place, i) => {
    const { def, wanted } = inPrintOrder[i];
    const mark = footnoteMark(def.form, wanted, true);
    if (def === place) {
      if (doc.text.slice(def.marker.start, def.marker.end) !== mark) edits.push({ span: def.marker, newText: mark });
      return;
    }
    edits.push({ span: place.span, newText: mark + doc.text.slice(def.marker.end, def.span.end) });
  });
  return edits.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The new numbers of the numbered footnotes, in the order of their first reference (conventions
 * FN-02); footnotes that nothing references follow, in the order of their definitions.
 */
export function numbersByFirstReference(doc: ResolutionDocument, order: readonly string[] = footnoteIndex(doc).firstReferenceOrder): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const label of order) numbers.set(label, numbers.size + 1);
  for (const def of footnoteIndex(doc).numberedDefinitions) {
    if (!numbers.has(def.label)) numbers.set(def.label, numbers.size + 1);
  }
  return numbers;
}

/** The edits of "Renumber footnotes": references and definitions together, in order of first reference. */
export function renumberFootnotes(doc: ResolutionDocument): TextEdit[] {
  return numberingEdits(doc, numbersByFirstReference(doc));
}

/** What "Insert footnote" does: its edits, and where the new definition's text goes. */
export interface FootnoteInsertion {
  readonly edits: readonly TextEdit[];
  readonly number: number;
  /** The offset in the text after the edits where the definition's text begins (empty unless given). */
  readonly definitionOffset: number;
}

/**
 * Inserts a footnote at `offset`: the next number there, in the document's form (superscript
 * unless it uses "[^n]"), the footnotes after it renumbered, and an empty definition placed
 * before the definition of the footnote that now follows it (or after the last definition, or at
 * the end of the text). The definition holds `content` when one is given (a citation). Undefined
 * when a superscript mark stands right beside the cursor: "¹" and "²" side by side would read as
 * footnote 12.
 */
export function insertFootnote(doc: ResolutionDocument, offset: number, content = ''): FootnoteInsertion | undefined {
  const index = footnoteIndex(doc);
  const form: FootnoteForm = doc.footnoteReferences.some((r) => r.form === 'superscript') || !doc.footnoteReferences.some((r) => r.form === 'markdown') ? 'superscript' : 'markdown';
  if (offset < 0 || offset > doc.text.length) return undefined;
  if (form === 'superscript' && (isSuperscript(doc.text[offset - 1] ?? '') || isSuperscript(doc.text[offset] ?? ''))) return undefined;
  const before = index.firstReferenceOrder.filter((label) => index.entries.get(label)!.references[0].span.start < offset);
  const after = index.firstReferenceOrder.filter((label) => index.entries.get(label)!.references[0].span.start >= offset);
  const NEW = '\u0000new';
  const numbers = numbersByFirstReference(doc, [...before, NEW, ...after]);
  const number = numbers.get(NEW)!;
  numbers.delete(NEW);
  const edits: TextEdit[] = [...numberingEdits(doc, numbers)];
  edits.push({ span: { start: offset, end: offset }, newText: footnoteMark(form, number) });

  const followingDefinition = index.numberedDefinitions.find((def) => (numbers.get(def.label) ?? 0) > number);
  const lastDefinition = index.numberedDefinitions[index.numberedDefinitions.length - 1];
  const definitionText = `${footnoteMark(form, number, true)} `;
  let at: number;
  let inserted: string;
  const definition = definitionText + content;
  if (followingDefinition) {
    at = followingDefinition.span.start;
    inserted = `${definition}\n`;
  } else if (lastDefinition) {
    at = lastDefinition.span.end;
    inserted = `\n${definition}`;
  } else {
    at = doc.text.length;
    inserted = `${doc.text.endsWith('\n') || doc.text.length === 0 ? '' : '\n'}\n${definition}`;
  }
  // A run of definitions rewritten in a new order takes the new one in front of it, never inside.
  const rewrite = edits.find((e) => e.span.start < at && at < e.span.end);
  if (rewrite) {
    at = rewrite.span.start;
    inserted = `${definition}\n`;
  }
  const definitionEdit: TextEdit = { span: { start: at, end: at }, newText: inserted };
  edits.push(definitionEdit);
  edits.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  // Where the definition's text goes once every edit is applied: after its mark and space.
  let shift = 0;
  for (const edit of edits) {
    if (edit === definitionEdit) break;
    shift += edit.newText.length - (edit.span.end - edit.span.start);
  }
  const markEnd = inserted.indexOf(definitionText) + definitionText.length;
  return { edits, number, definitionOffset: at + shift + markEnd };
}
