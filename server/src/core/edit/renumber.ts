import type { TextEdit } from '../findings';
import { numberingRuns, runsOfReferences } from '../divisions';
import type { Paragraph, ResolutionDocument, Span, Subparagraph } from '../model';

/**
 * A reference to paragraphs of the resolution itself: "paragraph 5 above", "paragraphs 3 and 4
 * below", "paragraph 12 (b) of the present resolution". A number not followed by one of these
 * words refers to another document ("paragraph 29 of resolution 64/293") and is left alone.
 */
const INTERNAL_REFERENCE = /\bparagraphs?\s+((?:\d+(?:\s+bis|\s+ter)?(?:\s*\([a-z]{1,4}\))*)(?:(?:,\s*|,?\s+(?:and|to)\s+)\d+(?:\s+bis|\s+ter)?(?:\s*\([a-z]{1,4}\))*)*)\s+(above|below|of the present resolution)\b/g;
const REFERENCED_NUMBER = /\d+(?:\s+bis|\s+ter)?/g;

/** A paragraph number inside an internal reference. */
export interface ParagraphReference {
  /** The span of the number ("5", "5 bis"), without any sub-paragraph letter. */
  readonly span: Span;
  /** The number as written, spaces folded: "5", "5 bis". */
  readonly number: string;
  readonly direction: 'above' | 'below' | 'present resolution';
}

/** The internal paragraph references in the paragraphs and sub-paragraphs of a resolution. */
export function paragraphReferences(doc: ResolutionDocument): ParagraphReference[] {
  const refs: ParagraphReference[] = [];
  const scan = (span: Span): void => {
    const slice = doc.text.slice(span.start, span.end);
    // Most paragraphs have no reference: the fixed word is found far faster than the expression runs.
    if (!slice.includes('aragraph')) return;
    INTERNAL_REFERENCE.lastIndex = 0;
    for (let m = INTERNAL_REFERENCE.exec(slice); m; m = INTERNAL_REFERENCE.exec(slice)) {
      const listStart = m.index + m[0].indexOf(m[1]);
      const direction = m[2] === 'of the present resolution' ? 'present resolution' : (m[2] as 'above' | 'below');
      REFERENCED_NUMBER.lastIndex = 0;
      for (let n = REFERENCED_NUMBER.exec(m[1]); n; n = REFERENCED_NUMBER.exec(m[1])) {
        const start = span.start + listStart + n.index;
        refs.push({ span: { start, end: start + n[0].length }, number: n[0].replace(/\s+/g, ' '), direction });
      }
    }
  };
  const visit = (subs: readonly Subparagraph[]): void => {
    for (const s of subs) {
      s.pieces.forEach(scan);
      visit(s.children);
    }
  };
  for (const p of [...doc.preamble, ...doc.operative]) {
    p.contentPieces.forEach(scan);
    visit(p.subparagraphs);
  }
  return refs.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The edits that number the operative paragraphs 1, 2, 3 ... in order ("5 bis" becomes a number of
 * its own, an unnumbered paragraph gets one) and rewrite the internal references to follow them.
 * In a resolution in sections or parts, each run of paragraphs numbered together (see
 * `numberingRuns`) is numbered from 1, and a reference is rewritten by the run it stands in.
 * A lone operative paragraph stays unnumbered. Returns no edits when the numbering is already right.
 */
export function renumberParagraphs(doc: ResolutionDocument): TextEdit[] {
  const edits: TextEdit[] = [];
  const runs = numberingRuns(doc);
  const newNumbers: Map<string, string>[] = [];
  for (const run of runs) {
    const newNumberOf = new Map<string, string>();
    newNumbers.push(newNumberOf);
    if (run.length === 1 && !run[0].number) continue;
    // An Arabic draft numbered in Arabic-Indic digits ("١ -") is renumbered in them.
    const indic = run.some((p) => p.number && /[\u0660-\u0669]/.test(p.number.text));
    run.forEach((p: Paragraph, i) => {
      const wanted = indic ? String(i + 1).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))) : String(i + 1);
      if (p.number) {
        if (!newNumberOf.has(p.number.text)) newNumberOf.set(p.number.text, wanted);
        if (p.number.text !== wanted) edits.push({ span: { start: p.number.span.start, end: p.number.span.end - 1 }, newText: wanted });
      } else {
        edits.push({ span: { start: p.content.start, end: p.content.start }, newText: `${wanted}. ` });
      }
    });
  }
  if (edits.length === 0) return [];
  const references = paragraphReferences(doc);
  const runOf = runsOfReferences(doc, runs, references.map((ref) => ref.span.start));
  references.forEach((ref, i) => {
    const wanted = newNumbers[runOf[i]]?.get(ref.number);
    if (wanted !== undefined && wanted !== ref.number) edits.push({ span: ref.span, newText: wanted });
  });
  return edits.sort((a, b) => a.span.start - b.span.start);
}
