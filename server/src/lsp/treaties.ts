import { MarkupKind, type Hover, type Position, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { treatyCitationInsertion, treatyHover, type ResolutionDocument, type TreatyTable } from '../core';
import { toWorkspaceEdit } from './codeActions';
import { toRange } from './convert';

/**
 * Hover on a treaty's name or on a *Treaty Series* citation in a footnote: the treaty's facts
 * from the table the document uses (bundled, or with its workspace's entries).
 */
export function treatyHoverAt(document: TextDocument, model: ResolutionDocument, position: Position, table: TreatyTable): Hover | null {
  const hover = treatyHover(model, document.offsetAt(position), table);
  return hover ? { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: toRange(document, hover.span) } : null;
}

export const INSERT_TREATY_CITATION_EDIT_LABEL = 'Insert treaty citation';

/** The edit of "Insert treaty citation" at a position, or why there is none. */
export function treatyCitationEdit(
  document: TextDocument,
  model: ResolutionDocument,
  position: Position,
  table: TreatyTable,
  treatyId: string | undefined,
  useDocumentChanges: boolean,
): { edit: WorkspaceEdit; number: number; treaty: string } | { message: string; needsTreaty?: boolean } {
  const result = treatyCitationInsertion(model, document.offsetAt(position), table, treatyId);
  if (!result.ok) return result.needsTreaty ? { message: result.message, needsTreaty: true } : { message: result.message };
  return { edit: toWorkspaceEdit(document, result.insertion.edits, useDocumentChanges), number: result.insertion.number, treaty: result.treaty.id };
}
