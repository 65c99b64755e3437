import { HoverRequest } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { footnoteHover } from '../footnotes';
import { PARAMS } from '../params';
import { mostSpecificHover, unSymbolHover } from '../symbols';
import { treatyHoverAt } from '../treaties';

/** Hover: on a footnote mark, a treaty's name or *Treaty Series* citation, a resolution or document symbol. */
export function registerHover(context: ServerContext): void {
  context.guard.onRequest(HoverRequest.type, PARAMS.textDocumentPosition, null, async (params) => {
    if (!context.documents.get(params.textDocument.uri)) return null;
    const table = await context.treatyTable(params.textDocument.uri);
    const document = context.documents.get(params.textDocument.uri);
    if (!document) return null;
    // The most specific wins: a footnote mark (one character) over a citation, a treaty's name or a symbol around it.
    const model = context.analyses.model(document);
    return mostSpecificHover(document, [
      footnoteHover(document, model, params.position),
      treatyHoverAt(document, model, params.position, table),
      unSymbolHover(document, model, params.position),
    ]);
  });
}
