import { WillSaveTextDocumentWaitUntilRequest } from 'vscode-languageserver';
import { fixAllEdits } from '../codeActions';
import type { ServerContext } from '../context';
import { PARAMS } from '../params';

/**
 * `unres.fixOnSave`: the editor applies the fix-all edits (those of source.fixAll.unres) before it
 * saves. Register after `documents.listen`, whose own handler of the request this one replaces.
 */
export function registerWillSave(context: ServerContext): void {
  context.guard.onRequest(WillSaveTextDocumentWaitUntilRequest.type, PARAMS.willSave, [], async (params, token) => {
    if (!context.documents.get(params.textDocument.uri) || !(await context.configurations.fixOnSave(params.textDocument.uri))) return [];
    const result = await context.findingsOf(params.textDocument.uri, token);
    return result ? result.findings.derived('fixAllLspEdits', (findings) => fixAllEdits(result.document, findings)) : [];
  });
}
