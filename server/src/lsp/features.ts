import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, outline } from '../core';
import { toDiagnostic, toDocumentSymbol } from './convert';
import type { DocumentModelCache } from './documentModels';

/** The diagnostics of a document: every finding of the core's `lint` on its cached model. */
export function documentDiagnostics(document: TextDocument, models: DocumentModelCache): Diagnostic[] {
  return lint(models.get(document)).map((finding) => toDiagnostic(document, finding));
}

/** The document symbols of a document: the core's outline of its cached model. */
export function documentSymbols(document: TextDocument, models: DocumentModelCache): DocumentSymbol[] {
  return outline(models.get(document)).map((item) => toDocumentSymbol(document, item));
}
