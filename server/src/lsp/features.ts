import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_RULE_CONTEXT, lint, outline, type Finding, type RuleConfig, type RuleContext } from '../core';
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

/** The document symbols of a document: the core's outline of its cached model. */
export function documentSymbols(document: TextDocument, models: DocumentModelCache): DocumentSymbol[] {
  return outline(models.get(document)).map((item) => toDocumentSymbol(document, item));
}
