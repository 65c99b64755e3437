import type { FootnoteDefinition, Paragraph, ResolutionDocument, Span, Subparagraph } from './model';

/** One entry of the document outline (LSP document symbols, VS Code's outline and breadcrumbs). */
export interface OutlineItem {
  readonly name: string;
  readonly detail?: string;
  readonly kind: 'header' | 'opening' | 'preamble' | 'operative' | 'paragraph' | 'heading' | 'footnotes' | 'footnote' | 'closing';
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
 * among them, each block of footnotes where it was printed, and the closing lines.
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
      .filter((h) => h.part === part)
      .map((h) => ({ name: h.text, kind: 'heading', span: h.span, selectionSpan: h.span, children: [] }));
  // Each block of footnotes printed together is one item, inside the part it was printed in (a
  // page break in the preamble), so that breadcrumbs name the part around it.
  const blocks = footnoteBlockItems(doc);
  const partItem = (name: string, kind: 'preamble' | 'operative', paragraphs: OutlineItem[], headings: OutlineItem[]): OutlineItem => {
    const own = cover(paragraphs.map((c) => c.span));
    const inside = blocks.filter((b) => b.span.start > own.start && b.span.end < own.end);
    for (const block of inside) blocks.splice(blocks.indexOf(block), 1);
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
  if (doc.preamble.length > 0) {
    const paragraphs: OutlineItem[] = doc.preamble.map((p) => ({
      name: p.opener?.text ?? shorten(doc.text.slice(p.content.start, p.content.end)),
      detail: p.opener ? gist(p) : undefined,
      kind: 'paragraph',
      span: p.span,
      selectionSpan: p.opener?.span ?? p.content,
      children: subparagraphItems(p.subparagraphs),
    }));
    items.push(partItem('Preamble', 'preamble', paragraphs, headingItems('preamble')));
  }
  if (doc.operative.length > 0) {
    const paragraphs: OutlineItem[] = doc.operative.map((p) => {
      const verb = p.opener?.text ?? shorten(doc.text.slice(p.content.start, p.content.end));
      return {
        name: p.number ? `${p.number.text}. ${verb}` : verb,
        detail: p.opener ? gist(p) : undefined,
        kind: 'paragraph',
        span: p.span,
        selectionSpan: p.opener ? cover([p.number?.span ?? p.opener.span, p.opener.span]) : p.content,
        children: subparagraphItems(p.subparagraphs),
      };
    });
    items.push(partItem('Operative part', 'operative', paragraphs, headingItems('operative')));
  }
  items.push(...blocks);
  items.sort((a, b) => a.span.start - b.span.start);
  if (doc.closing) {
    items.push({ name: 'Closing', detail: doc.closing.meeting?.text, kind: 'closing', span: doc.closing.span, selectionSpan: doc.closing.span, children: [] });
  }
  return items;
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
