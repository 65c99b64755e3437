import type { ResolutionDocument, Span } from './model';

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
 * The outline of a resolution: the header, the preamble, each operative paragraph as
 * "12. Encourages", the headings among them, the footnotes and the closing lines.
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
  const partItem = (name: string, kind: 'preamble' | 'operative', paragraphs: OutlineItem[], headings: OutlineItem[]): OutlineItem => {
    const children = [...paragraphs, ...headings].sort((a, b) => a.span.start - b.span.start);
    const span = cover(children.map((c) => c.span));
    return { name, detail: `${paragraphs.length} paragraphs`, kind, span, selectionSpan: span, children };
  };
  if (doc.preamble.length > 0) {
    const paragraphs: OutlineItem[] = doc.preamble.map((p) => ({
      name: p.opener?.text ?? shorten(doc.text.slice(p.content.start, p.content.end)),
      kind: 'paragraph',
      span: p.span,
      selectionSpan: p.opener?.span ?? p.content,
      children: [],
    }));
    items.push(partItem('Preamble', 'preamble', paragraphs, headingItems('preamble')));
  }
  if (doc.operative.length > 0) {
    const paragraphs: OutlineItem[] = doc.operative.map((p) => {
      const verb = p.opener?.text ?? shorten(doc.text.slice(p.content.start, p.content.end));
      return {
        name: p.number ? `${p.number.text}. ${verb}` : verb,
        kind: 'paragraph',
        span: p.span,
        selectionSpan: p.opener ? cover([p.number?.span ?? p.opener.span, p.opener.span]) : p.content,
        children: p.subparagraphs.map((s) => ({
          name: s.label.text,
          detail: shorten(doc.text.slice(s.content.start, s.content.end)),
          kind: 'paragraph' as const,
          span: s.span,
          selectionSpan: s.label.span,
          children: [],
        })),
      };
    });
    items.push(partItem('Operative part', 'operative', paragraphs, headingItems('operative')));
  }
  if (doc.footnoteDefinitions.length > 0) {
    const children: OutlineItem[] = doc.footnoteDefinitions.map((d) => ({
      name: `Footnote ${d.label}`,
      detail: shorten(doc.text.slice(d.content.start, d.content.end)),
      kind: 'footnote',
      span: d.span,
      selectionSpan: d.marker,
      children: [],
    }));
    const span = cover(children.map((c) => c.span));
    items.push({ name: 'Footnotes', detail: `${children.length}`, kind: 'footnotes', span, selectionSpan: children[0].selectionSpan, children });
  }
  if (doc.closing) {
    items.push({ name: 'Closing', detail: doc.closing.meeting?.text, kind: 'closing', span: doc.closing.span, selectionSpan: doc.closing.span, children: [] });
  }
  return items;
}
