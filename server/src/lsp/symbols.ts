import { MarkupKind, type DocumentLink, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { symbolHover, symbolLinks, type ResolutionDocument } from '../core';
import { toRange } from './convert';

/**
 * Resolutions and United Nations documents in the editor: a hover on a cited resolution or symbol
 * ("resolution 64/293", "A/C.3/79/L.5/Rev.1") and a document link to the official document at
 * undocs.org for each.
 */

/** The hover on the resolution or document symbol under the cursor, or null. */
export function unSymbolHover(document: TextDocument, model: ResolutionDocument, position: Position): Hover | null {
  const hover = symbolHover(model, document.offsetAt(position));
  return hover ? { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: toRange(document, hover.span) } : null;
}

/** A link for every cited resolution and document whose symbol is known. */
export function unSymbolLinks(document: TextDocument, model: ResolutionDocument): DocumentLink[] {
  return symbolLinks(model).map((link) => ({ range: toRange(document, link.span), target: link.url, tooltip: `Open ${link.symbol} at undocs.org` }));
}

/**
 * Of several hovers for one position, the most specific: the one whose range is the shortest
 * (a footnote mark inside a treaty's name wins over the name). Null when there is none.
 */
export function mostSpecificHover(document: TextDocument, hovers: ReadonlyArray<Hover | null>): Hover | null {
  let best: Hover | null = null;
  let bestLength = Infinity;
  for (const hover of hovers) {
    if (!hover) continue;
    const length = hover.range ? document.offsetAt(hover.range.end) - document.offsetAt(hover.range.start) : Infinity;
    if (best === null || length < bestLength) {
      best = hover;
      bestLength = length;
    }
  }
  return best;
}
