import type { Division, FootnoteDefinition, Paragraph, ResolutionDocument, Span, Subparagraph } from './model';
import { describeInstruction } from './parse/amendments';

/** One entry of the document outline (LSP document symbols, VS Code's outline and breadcrumbs). */
export interface OutlineItem {
  readonly name: string;
  readonly detail?: string;
  readonly kind: 'header' | 'opening' | 'preamble' | 'operative' | 'division' | 'paragraph' | 'heading' | 'footnotes' | 'footnote' | 'closing' | 'amendment' | 'instruction' | 'decision';
  /** The whole element. */
  readonly span: Span;
  /** The part to reveal and highlight: the number and verb, the heading text. */
  readonly selectionSpan: Span;
  readonly children: readonly OutlineItem[];
}

const MAX_DETAIL_LENGTH = 60;

function cover(spans: readonly Span[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const span of spans) {
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return { start, end };
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_DETAIL_LENGTH ? `${flat.slice(0, MAX_DETAIL_LENGTH - 1)}…` : flat;
}

/**
 * The outline of a resolution, for the outline view and breadcrumbs: the header, the opening
 * line, the preamble with each paragraph under its opening phrase, the operative part with each
 * paragraph as "12. Encourages" (what it says beside it) and its sub-paragraphs, the headings
 * among them, each block of footnotes where it was printed, and the closing lines. A text in
 * sections or parts shows each division ("II Strategic heritage plan …", "Part B", "Annex I
 * Global Digital Compact", the text a paragraph adopts) with its paragraphs, headings and the
 * divisions inside it.
 */
export function outline(doc: ResolutionDocument): OutlineItem[] {
  const items: OutlineItem[] = [];
  const { header } = doc;
  if (header.span) {
    const title = header.title?.text;
    items.push({
      name: 'Header',
      detail: title ? shorten(title) : undefined,
      kind: 'header',
      span: header.span,
      selectionSpan: header.title?.span ?? header.span,
      children: [],
    });
  }
  if (doc.opening) {
    items.push({ name: `The ${doc.opening.body}`, kind: 'opening', span: doc.opening.span, selectionSpan: doc.opening.span, children: [] });
  }
  const headingItems = (part: 'preamble' | 'operative'): OutlineItem[] =>
    doc.headings
      .filter((h) => h.part === part && h.division === undefined)
      .map((h) => ({ name: h.text, kind: 'heading', span: h.span, selectionSpan: h.span, children: [] }));
  // Each block of footnotes printed together is one item, inside the part it was printed in (a
  // page break in the preamble), so that breadcrumbs name the part around it.
  const blocks = footnoteBlockItems(doc);
  const partItem = (name: string, kind: 'preamble' | 'operative', paragraphs: OutlineItem[], headings: OutlineItem[]): OutlineItem => {
    const own = cover(paragraphs.map((c) => c.span));
    const inside = takeBlocks(blocks, (b) => b.span.start > own.start && b.span.end < own.end);
    const children = [...paragraphs, ...headings, ...inside].sort((a, b) => a.span.start - b.span.start);
    const span = cover(children.map((c) => c.span));
    return { name, detail: `${paragraphs.length} paragraphs`, kind, span, selectionSpan: span, children };
  };
  const subparagraphItems = (subs: readonly Subparagraph[]): OutlineItem[] =>
    subs.map((sub) => ({
      name: sub.label.text,
      detail: shorten(doc.text.slice(sub.content.start, sub.content.end)),
      kind: 'paragraph' as const,
      span: sub.span,
      selectionSpan: sub.label.span,
      children: subparagraphItems(sub.children),
    }));
  /** What a paragraph says after its opening phrase, for the detail beside "3. Requests". */
  const gist = (p: Paragraph): string | undefined => {
    const after = doc.text.slice(p.opener?.span.end ?? p.content.start, p.content.end).replace(/^[*\s]+/, '').replace(/\*/g, '');
    return after.trim() === '' ? undefined : shorten(after);
  };
  const paragraphItem = (p: Paragraph): OutlineItem => {
    const phrase = p.opener?.text ?? shorten(doc.text.slice(p.content.start, p.content.end));
    return {
      name: p.number ? `${p.number.text}. ${phrase}` : phrase,
      detail: p.opener ? gist(p) : undefined,
      kind: 'paragraph',
      span: p.span,
      selectionSpan: p.opener ? cover([p.number?.span ?? p.opener.span, p.opener.span]) : p.content,
      children: subparagraphItems(p.subparagraphs),
    };
  };
  if (doc.amendment) {
    // An amendment's quoted paragraphs stand under the instruction that quotes them.
    const instructions: OutlineItem[] = doc.amendment.instructions.map((instruction) => {
      const children = instruction.paragraphs.map(paragraphItem);
      const span = cover([instruction.span, ...children.map((c) => c.span)]);
      return { name: describeInstruction(instruction), kind: 'instruction', span, selectionSpan: instruction.actionSpan ?? instruction.span, children };
    });
    if (instructions.length > 0) {
      const span = cover(instructions.map((i) => i.span));
      items.push({ name: 'Amendment', detail: doc.amendment.amends?.text, kind: 'amendment', span, selectionSpan: span, children: instructions });
    }
  }
  if (doc.decision) {
    const detail = shorten(doc.text.slice(doc.decision.opening.end, doc.decision.span.end).replace(/^[,\s]+/, ''));
    items.push({ name: 'Decision', detail, kind: 'decision', span: doc.decision.span, selectionSpan: doc.decision.opening, children: [] });
  }
  const outside = (p: Paragraph): boolean => p.division === undefined && !doc.amendment;
  const preamble = doc.preamble.filter(outside);
  const operative = doc.operative.filter(outside);
  if (preamble.length > 0) items.push(partItem('Preamble', 'preamble', preamble.map(paragraphItem), headingItems('preamble')));
  if (operative.length > 0) items.push(partItem('Operative part', 'operative', operative.map(paragraphItem), headingItems('operative')));
  // One by one: spreading tens of thousands of items into push() overflows the stack.
  for (const item of divisionItems(doc, paragraphItem, blocks)) items.push(item);
  for (const block of blocks) items.push(block);
  if (doc.closing) {
    items.push({ name: 'Closing', detail: doc.closing.meeting?.text, kind: 'closing', span: doc.closing.span, selectionSpan: doc.closing.span, children: [] });
  }
  // An annex after the closing lines comes after them.
  return items.sort((a, b) => a.span.start - b.span.start);
}

/** The name of a division in the outline: "II", "Part B", "Annex I", "Text adopted by paragraph 1". */
function divisionName(division: Division): string {
  const label = division.label?.text;
  switch (division.kind) {
    case 'section':
      return label ?? 'Section';
    case 'part':
      return label ? `Part ${label}` : 'Part';
    case 'annex':
      return label ? `Annex ${label}` : 'Annex';
    case 'introduced': {
      const by = division.introducedBy?.number?.text;
      return by ? `Text introduced by paragraph ${by}` : 'Introduced text';
    }
  }
}

/**
 * An item for each division that lies in no other, with its paragraphs (the resolution's own or
 * the annexed text's), its headings and the divisions inside it as children; the footnote blocks
 * printed inside a division go into it (and leave `blocks`).
 */
function divisionItems(doc: ResolutionDocument, paragraphItem: (p: Paragraph) => OutlineItem, blocks: OutlineItem[]): OutlineItem[] {
  const count = doc.divisions.length;
  const children: OutlineItem[][] = Array.from({ length: count }, () => []);
  const paragraphs = new Array<number>(count).fill(0);
  for (const p of [...doc.preamble, ...doc.operative, ...doc.annexed]) {
    if (p.division === undefined) continue;
    children[p.division].push(paragraphItem(p));
    paragraphs[p.division]++;
  }
  for (const h of doc.headings) {
    if (h.division !== undefined) children[h.division].push({ name: h.text, kind: 'heading', span: h.span, selectionSpan: h.span, children: [] });
  }
  const blocksInside: OutlineItem[][] = Array.from({ length: count }, () => []);
  takeBlocks(blocks, (b) => {
    const division = innermostDivision(doc.divisions, b.span);
    if (division !== undefined) blocksInside[division].push(b);
    return division !== undefined;
  });
  const items = new Array<OutlineItem>(count);
  // A division's parent comes before it: from the last to the first, each is done before its parent.
  for (let i = count - 1; i >= 0; i--) {
    const division = doc.divisions[i];
    const own = [...children[i], ...blocksInside[i]].sort((a, b) => a.span.start - b.span.start);
    const span = cover([division.span, ...own.map((c) => c.span)]);
    const detail = division.heading ? shorten(division.heading.text) : `${paragraphs[i]} paragraphs`;
    items[i] = { name: divisionName(division), detail, kind: 'division', span, selectionSpan: division.headingSpan, children: own };
    if (division.parent !== undefined) children[division.parent].push(items[i]);
  }
  return items.filter((_, i) => doc.divisions[i].parent === undefined);
}

/** Removes from `blocks` (in place) the blocks `inside` accepts, and returns them. */
function takeBlocks(blocks: OutlineItem[], inside: (block: OutlineItem) => boolean): OutlineItem[] {
  const taken: OutlineItem[] = [];
  let kept = 0;
  for (const block of blocks) {
    if (inside(block)) taken.push(block);
    else blocks[kept++] = block;
  }
  blocks.length = kept;
  return taken;
}

/**
 * The last division (by index) whose span holds `span` strictly inside it: the innermost one, as
 * divisions are listed in text order and each lies inside its parent. Found by bisection on the
 * divisions' starts, then up the parents, so that it costs the depth of nesting, not their number.
 */
function innermostDivision(divisions: readonly Division[], span: Span): number | undefined {
  let low = 0;
  let high = divisions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (divisions[middle].span.start < span.start) low = middle + 1;
    else high = middle;
  }
  for (let i: number | undefined = low - 1; i !== undefined && i >= 0; i = divisions[i].parent) {
    if (divisions[i].span.start < span.start && span.end < divisions[i].span.end) return i;
  }
  return undefined;
}

/** One item per block of footnote definitions printed together: "Footnotes 1–3", "Footnotes *, 1", or "Footnote 4" alone. */
function footnoteBlockItems(doc: ResolutionDocument): OutlineItem[] {
  const runs: FootnoteDefinition[][] = [];
  for (const def of doc.footnoteDefinitions) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (previous && doc.text.slice(previous.span.end, def.span.start).trim() === '') run.push(def);
    else runs.push([def]);
  }
  return runs.map((run) => {
    const children: OutlineItem[] = run.map((d) => ({
      name: `Footnote ${d.label}`,
      detail: shorten(doc.text.slice(d.content.start, d.content.end).replace(/\*/g, '')),
      kind: 'footnote',
      span: d.span,
      selectionSpan: d.marker,
      children: [],
    }));
    if (children.length === 1) return children[0];
    const span = cover(children.map((c) => c.span));
    const labels = run.map((d) => d.label);
    const numbered = run.every((d, i) => d.number !== undefined && (i === 0 || d.number === run[i - 1].number! + 1));
    const name = numbered && labels.length > 2 ? `Footnotes ${labels[0]}–${labels[labels.length - 1]}` : `Footnotes ${labels.join(', ')}`;
    return { name, kind: 'footnotes', span, selectionSpan: children[0].selectionSpan, children };
  });
}
