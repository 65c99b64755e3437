import type { Span } from '../model';

/**
 * HTML comments (`<!-- … -->`) are no part of a resolution's text: front matter, notes to a
 * co-drafter, `<!-- unres-disable … -->`. The parser reads the text with each comment blanked out
 * (spaces, line breaks kept), so a comment changes no offset and no parse, wherever it stands: on
 * its own line, at the end of a paragraph or inside one.
 */

const COMMENT = /<!--[\s\S]*?(?:-->|$(?![\s\S]))/g;

/** The comments of a text, in order; one left open runs to the end, as Markdown reads it. */
export function htmlComments(source: string): Span[] {
  if (!source.includes('<!--')) return [];
  return [...source.matchAll(COMMENT)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The text with these spans blanked out: every character a space but line breaks. */
export function blankedOut(source: string, spans: readonly Span[]): string {
  if (spans.length === 0) return source;
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    parts.push(source.slice(at, span.start), source.slice(span.start, span.end).replace(/[^\r\n]/g, ' '));
    at = span.end;
  }
  parts.push(source.slice(at));
  return parts.join('');
}
