import { CompletionRequest } from 'vscode-languageserver';
import { documentCompletions } from '../completion';
import type { ServerContext } from '../context';
import { PARAMS } from '../params';

/** Completion, with the committee's own openers of the document's configuration. */
export function registerCompletion(context: ServerContext): void {
  context.guard.onRequest(CompletionRequest.type, PARAMS.textDocumentPosition, null, async (params) => {
    if (!context.documents.get(params.textDocument.uri)) return null;
    const config = await context.configurations.forDocument(params.textDocument.uri);
    const document = context.documents.get(params.textDocument.uri);
    return document ? documentCompletions(document, context.analyses.model(document), params.position, config) : null;
  });
}
