import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { outline, type Finding, type ResolutionDocument } from '../core';
import { toDiagnostic, toDocumentSymbol } from './convert';

/**
 * The diagnostics of a document's findings, each linked to the documentation page of its rule when
 * `ruleDocumentation` knows one.
 */
export function findingDiagnostics(document: TextDocument, findings: readonly Finding[], ruleDocumentation: (ruleId: string) => string | undefined = () => undefined): Diagnostic[] {
  return findings.map((finding) => toDiagnostic(document, finding, ruleDocumentation(finding.ruleId)));
}

/** The document symbols of a document: the core's outline of its model. */
export function documentSymbols(document: TextDocument, model: ResolutionDocument): DocumentSymbol[] {
  return outline(model).map((item) => toDocumentSymbol(document, item));
}
