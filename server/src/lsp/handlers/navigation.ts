import { DefinitionRequest, DocumentHighlightRequest, ReferencesRequest } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { footnoteDefinitionLocations, footnoteHighlights, footnoteReferenceLocations } from '../footnotes';
import { PARAMS } from '../params';

/** Go to definition, find references and highlights: between a footnote's marks and its definitions. */
export function registerNavigation(context: ServerContext): void {
  const { documents, analyses } = context;
  context.guard.onRequest(DefinitionRequest.type, PARAMS.textDocumentPosition, [], (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? footnoteDefinitionLocations(document, analyses.model(document), params.position) : [];
  });

  context.guard.onRequest(ReferencesRequest.type, PARAMS.references, [], (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? footnoteReferenceLocations(document, analyses.model(document), params.position, params.context.includeDeclaration) : [];
  });

  context.guard.onRequest(DocumentHighlightRequest.type, PARAMS.textDocumentPosition, [], (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? footnoteHighlights(document, analyses.model(document), params.position) : [];
  });
}
