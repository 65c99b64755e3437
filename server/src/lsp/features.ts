import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_RULE_CONTEXT, lint, lintInSteps, outline, type Finding, type RuleConfig, type RuleContext } from '../core';
import { toDiagnostic, toDocumentSymbol } from './convert';
import type { DocumentModelCache } from './documentModels';

/** The findings of the core's `lint` on the cached model of a document. */
export function documentFindings(document: TextDocument, models: DocumentModelCache, config: RuleConfig = {}, context: RuleContext = DEFAULT_RULE_CONTEXT): Finding[] {
  return lint(models.get(document), config, context);
}

/**
 * The diagnostics of a document: every finding of the core's `lint` on its cached model, linked to
 * the documentation page of its rule when `ruleDocumentation` knows one.
 */
export function documentDiagnostics(
  document: TextDocument,
  models: DocumentModelCache,
  config: RuleConfig = {},
  ruleDocumentation: (ruleId: string) => string | undefined = () => undefined,
  context: RuleContext = DEFAULT_RULE_CONTEXT,
): Diagnostic[] {
  return documentFindings(document, models, config, context).map((finding) => toDiagnostic(document, finding, ruleDocumentation(finding.ruleId)));
}

/** How long the server lints before it lets other messages (a hover, a change) through. */
export const LINT_SLICE_MS = 20;

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * `documentDiagnostics` in slices of about LINT_SLICE_MS: between slices the server answers other
 * requests, so a very long text never blocks it for long. `stillWanted` is asked after each pause;
 * when it says no (the document changed, the request was cancelled) the lint stops and the result
 * is undefined. Parsing is one slice; the cache then keeps the model for the other features.
 */
export async function documentDiagnosticsInSlices(
  document: TextDocument,
  models: DocumentModelCache,
  config: RuleConfig,
  ruleDocumentation: (ruleId: string) => string | undefined,
  stillWanted: () => boolean,
  context: RuleContext = DEFAULT_RULE_CONTEXT,
): Promise<Diagnostic[] | undefined> {
  const model = models.get(document);
  const steps = lintInSteps(model, config, context);
  // Date.now, not performance.now: the web worker host need not have the latter.
  let sliceStart = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value.map((finding) => toDiagnostic(document, finding, ruleDocumentation(finding.ruleId)));
    if (Date.now() - sliceStart < LINT_SLICE_MS) continue;
    await nextTurn();
    if (!stillWanted()) return undefined;
    sliceStart = Date.now();
  }
}

/** The document symbols of a document: the core's outline of its cached model. */
export function documentSymbols(document: TextDocument, models: DocumentModelCache): DocumentSymbol[] {
  return outline(models.get(document)).map((item) => toDocumentSymbol(document, item));
}
