import { LineIndex } from './lineIndex';
import type { FootnoteDefinition, Paragraph, ResolutionDocument, Span, Subparagraph } from './model';
import { treatyMentions } from './treaties/treatyMentions';

/** A part of a resolution an editor can fold away, by lines (0-based, inclusive). */
export interface FoldingRegion {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind: 'header' | 'preamble' | 'operative' | 'division' | 'paragraph' | 'footnotes';
}

function cover(spans: readonly Span[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const span of spans) {
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return { start, end };
}

/** Runs of footnote definitions printed together, with only blank lines between them. */
function footnoteBlocks(doc: ResolutionDocument): FootnoteDefinition[][] {
  const blocks: FootnoteDefinition[][] = [];
  for (const def of doc.footnoteDefinitions) {
    const block = blocks[blocks.length - 1];
    const previous = block?.[block.length - 1];
    if (previous && doc.text.slice(previous.span.end, def.span.start).trim() === '') block.push(def);
    else blocks.push([def]);
  }
  return blocks;
}

/** The span of a part: its paragraphs, and the footnotes printed among them. */
function partSpan(doc: ResolutionDocument, paragraphs: readonly Paragraph[]): Span | undefined {
  if (paragraphs.length === 0) return undefined;
  const span = cover(paragraphs.map((p) => p.span));
  // Footnotes printed right after the part's last paragraph (a page end) belong to it too.
  let end = span.end;
  for (const def of doc.footnoteDefinitions) {
    if (def.span.start < end) continue;
    if (doc.text.slice(end, def.span.start).trim() !== '') break;
    end = def.span.end;
  }
  return { start: span.start, end };
}

/**
 * The folding regions of a resolution: the masthead, the preamble (folded under its opening line
 * "The General Assembly,"), the operative part (under the opening line when there is no preamble), each paragraph of more than one line (with its
 * sub-paragraphs), each division (a section, part, annex or adopted text, under its heading) and
 * each block of footnote definitions. The preamble and operative part folded are those outside
 * any division. One region per start line: where two start on one line (the operative part and
 * its first paragraph), the larger is kept.
 */
export function foldingRegions(doc: ResolutionDocument): FoldingRegion[] {
  const lines = new LineIndex(doc.text);
  const lineOf = (offset: number): number => lines.positionAt(offset).line;
  // The last character of a span, so that a span ending at a line break stays on its line.
  const lastLineOf = (span: Span): number => lineOf(Math.max(span.start, span.end - 1));
  const regions: FoldingRegion[] = [];
  const add = (span: Span | undefined, kind: FoldingRegion['kind'], startAt?: number): void => {
    if (!span) return;
    const startLine = lineOf(startAt ?? span.start);
    const endLine = lastLineOf(span);
    if (endLine > startLine) regions.push({ startLine, endLine, kind });
  };
  add(doc.header.span, 'header');
  const preamble = doc.preamble.filter((p) => p.division === undefined);
  const operativeParagraphs = doc.operative.filter((p) => p.division === undefined);
  add(partSpan(doc, preamble), 'preamble', doc.opening && preamble.length > 0 && doc.opening.span.start < preamble[0].span.start ? doc.opening.span.start : undefined);
  const operative = partSpan(doc, operativeParagraphs);
  for (const p of [...doc.preamble, ...doc.operative, ...doc.annexed]) add(p.span, 'paragraph');
  for (const division of doc.divisions) add(division.span, 'division');
  // A first operative paragraph of several lines keeps its own fold: the part's fold then starts
  // on the blank line above it, when there is one the preamble's fold does not take.
  if (operative) {
    const first = lineOf(operative.start);
    const preambleEnd = regions.find((r) => r.kind === 'preamble')?.endLine ?? -1;
    const lineAbove = first - 1 > preambleEnd && first > 0 ? lines.offsetAt({ line: first - 1, character: 0 }) : undefined;
    const blankAbove = lineAbove !== undefined && doc.text.slice(lineAbove, lines.offsetAt({ line: first, character: 0 })).trim() === '';
    const paragraphFold = regions.some((r) => r.kind === 'paragraph' && r.startLine === first);
    // With no preamble, the operative part folds under the opening line, as the preamble would.
    const underOpening = preamble.length === 0 && doc.opening && doc.opening.span.start < operative.start ? doc.opening.span.start : undefined;
    add(operative, 'operative', underOpening ?? (paragraphFold && blankAbove ? lineAbove : undefined));
  }
  for (const block of footnoteBlocks(doc)) add(cover(block.map((d) => d.span)), 'footnotes');
  const byStart = new Map<number, FoldingRegion>();
  for (const region of regions) {
    const kept = byStart.get(region.startLine);
    if (!kept || region.endLine > kept.endLine) byStart.set(region.startLine, region);
  }
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}

/**
 * The spans an editor's "expand selection" steps through from an offset, innermost first: the
 * opening phrase, treaty name or citation under the cursor, the sub-paragraph, the paragraph,
 * its part (the preamble or the operative part), the divisions around it, the whole document. In the masthead: the line,
 * the masthead. In a footnote: its text, the definition, its block of footnotes.
 */
export function selectionSpans(doc: ResolutionDocument, offset: number): Span[] {
  const spans: Span[] = [];
  const inside = (span: Span): boolean => span.start <= offset && offset <= span.end;
  const push = (span: Span | undefined): void => {
    if (!span || !inside(span)) return;
    const last = spans[spans.length - 1];
    if (last && last.start === span.start && last.end === span.end) return;
    if (last && (span.start > last.start || span.end < last.end)) return;
    spans.push(span);
  };
  const paragraph = [...doc.preamble, ...doc.operative, ...doc.annexed].find((p) => p.pieces.some(inside));
  const definition = doc.footnoteDefinitions.find((d) => inside(d.span));
  if (paragraph) {
    const phrase = [paragraph.opener?.span, ...treatyMentions(doc).map((m) => m.span), ...doc.citations.map((c) => c.span)].find((s) => s !== undefined && inside(s));
    push(phrase);
    const path: Subparagraph[] = [];
    let level: readonly Subparagraph[] = paragraph.subparagraphs;
    for (let sub = level.find((s) => s.pieces.some(inside)); sub; sub = level.find((s) => s.pieces.some(inside))) {
      path.push(sub);
      level = sub.children;
    }
    for (const sub of path.reverse()) push(sub.span);
    push(paragraph.span);
    const part = doc.annexed.includes(paragraph) ? [] : (paragraph.kind === 'preambular' ? doc.preamble : doc.operative).filter((p) => p.division === paragraph.division);
    push(partSpan(doc, part));
    for (let at = paragraph.division; at !== undefined; at = doc.divisions[at].parent) push(doc.divisions[at].span);
  } else if (definition) {
    push(definition.content);
    push(definition.span);
    const block = footnoteBlocks(doc).find((b) => b.includes(definition));
    if (block) push(cover(block.map((d) => d.span)));
  } else if (doc.header.span && inside(doc.header.span)) {
    let lineStart = offset;
    while (lineStart > 0 && doc.text[lineStart - 1] !== '\n') lineStart--;
    let lineEnd = offset;
    while (lineEnd < doc.text.length && doc.text[lineEnd] !== '\n' && doc.text[lineEnd] !== '\r') lineEnd++;
    push({ start: lineStart, end: lineEnd });
    push(doc.header.span);
  } else if (doc.opening && inside(doc.opening.span)) {
    push(doc.opening.span);
  } else if (doc.closing && inside(doc.closing.span)) {
    push(doc.closing.span);
  }
  push({ start: 0, end: doc.text.length });
  return spans;
}
