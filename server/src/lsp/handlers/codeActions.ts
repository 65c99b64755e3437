import { CodeActionRequest } from 'vscode-languageserver';
import { firstFixEdits } from '../../core';
import { codeActions } from '../codeActions';
import type { ServerContext } from '../context';
import { insertFootnoteActions } from '../footnotes';
import { PARAMS } from '../params';

/** Code actions: the quick fixes and fix-all of the findings of the current version, and "Insert footnote". */
export function registerCodeActions(context: ServerContext): void {
  context.guard.onRequest(CodeActionRequest.type, PARAMS.codeAction, [], async (params, token) => {
    if (!context.documents.get(params.textDocument.uri)) return [];
    const result = await context.findingsOf(params.textDocument.uri, token);
    // The document changed meanwhile: the editor asks again for the new version.
    if (!result) return [];
    const { document, findings } = result;
    const fixes = codeActions(document, findings.findings, params.context, context.client.documentChanges, () => findings.derived('fixAllEdits', firstFixEdits));
    return [...fixes, ...insertFootnoteActions(document, context.analyses.model(document), params.range, params.context)];
  });
}
