import { DocumentSymbolRequest } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { documentSymbols } from '../features';
import { PARAMS } from '../params';

/** Document symbols: the outline of the model, derived once a version. */
export function registerDocumentSymbols(context: ServerContext): void {
  context.guard.onRequest(DocumentSymbolRequest.type, PARAMS.textDocument, [], (params) => {
    const document = context.documents.get(params.textDocument.uri);
    return document ? context.analyses.derived(document, 'documentSymbols', (model) => documentSymbols(document, model)) : [];
  });
}
