import { SemanticTokensRequest } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { PARAMS } from '../params';
import { documentSemanticTokens } from '../semanticTokens';

/** Semantic tokens of a whole document, derived once a version. */
export function registerSemanticTokens(context: ServerContext): void {
  context.guard.onRequest(SemanticTokensRequest.type, PARAMS.textDocument, { data: [] }, (params) => {
    const document = context.documents.get(params.textDocument.uri);
    return document ? context.analyses.derived(document, 'semanticTokens', (model) => documentSemanticTokens(document, model)) : { data: [] };
  });
}
