import { PrepareRenameRequest, RenameRequest } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { footnoteRename, prepareFootnoteRename } from '../footnotes';
import { PARAMS } from '../params';

/** Rename: a footnote's number, in its marks and its definitions. */
export function registerRename(context: ServerContext): void {
  const { documents, analyses } = context;
  context.guard.onRequest(PrepareRenameRequest.type, PARAMS.textDocumentPosition, null, (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? prepareFootnoteRename(document, analyses.model(document), params.position) : null;
  });

  context.guard.onRequest(RenameRequest.type, PARAMS.rename, null, (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? footnoteRename(document, analyses.model(document), params.position, params.newName, context.client.documentChanges) : null;
  });
}
