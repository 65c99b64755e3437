import { DocumentLinkRequest } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { PARAMS } from '../params';
import { unSymbolLinks } from '../symbols';

/** Document links: each cited resolution and document symbol to its official document. */
export function registerDocumentLinks(context: ServerContext): void {
  context.guard.onRequest(DocumentLinkRequest.type, PARAMS.textDocument, [], (params) => {
    const document = context.documents.get(params.textDocument.uri);
    return document ? context.analyses.derived(document, 'documentLinks', (model) => unSymbolLinks(document, model)) : [];
  });
}
