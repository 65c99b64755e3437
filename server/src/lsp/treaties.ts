import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { treatyHover, type ResolutionDocument, type TreatyTable } from '../core';
import { toRange } from './convert';

/**
 * Hover on a treaty's name or on a *Treaty Series* citation in a footnote: the treaty's facts
 * from the table the document uses (bundled, or with its workspace's entries).
 */
export function treatyHoverAt(document: TextDocument, model: ResolutionDocument, position: Position, table: TreatyTable): Hover | null {
  const hover = treatyHover(model, document.offsetAt(position), table);
  return hover ? { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: toRange(document, hover.span) } : null;
}
