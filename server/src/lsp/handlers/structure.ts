import { FoldingRangeRequest, SelectionRangeRequest } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { PARAMS } from '../params';
import { documentFoldingRanges, documentSelectionRanges } from '../structure';

/** Folding ranges and "expand selection", from the structure of the model. */
export function registerStructure(context: ServerContext): void {
  const { documents, analyses } = context;
  context.guard.onRequest(FoldingRangeRequest.type, PARAMS.textDocument, [], (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? analyses.derived(document, 'foldingRanges', documentFoldingRanges) : [];
  });

  context.guard.onRequest(SelectionRangeRequest.type, PARAMS.selectionRange, [], (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? documentSelectionRanges(document, analyses.model(document), params.positions) : [];
  });
}
