import { DiagnosticSeverity, SymbolKind, type Diagnostic, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, OutlineItem, Severity, Span } from '../core';

/** The `source` of every diagnostic the server reports. */
export const DIAGNOSTIC_SOURCE = 'unres';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const SYMBOL_KINDS: Record<OutlineItem['kind'], SymbolKind> = {
  header: SymbolKind.Module,
  opening: SymbolKind.Key,
  preamble: SymbolKind.Namespace,
  operative: SymbolKind.Namespace,
  division: SymbolKind.Namespace,
  paragraph: SymbolKind.String,
  heading: SymbolKind.Package,
  footnotes: SymbolKind.Namespace,
  footnote: SymbolKind.Field,
  closing: SymbolKind.Event,
  amendment: SymbolKind.Module,
  instruction: SymbolKind.Method,
  decision: SymbolKind.Namespace,
};

/** The LSP range of a span of UTF-16 offsets into the document. */
export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** The LSP severity of a core severity. */
export function toDiagnosticSeverity(severity: Severity): DiagnosticSeverity {
  return SEVERITIES[severity];
}

/** What a diagnostic of unres carries in `data`: whether the finding it reports comes with a fix. */
export interface DiagnosticData {
  readonly fixable: boolean;
}

/**
 * A finding as an LSP diagnostic: `code` is the rule id, `source` is "unres", `codeDescription`
 * links the rule's documentation page when there is one, and `data` says whether it has a fix.
 */
export function toDiagnostic(document: TextDocument, finding: Finding, documentationHref?: string): Diagnostic {
  const data: DiagnosticData = { fixable: finding.fixes.length > 0 };
  return {
    range: toRange(document, finding.span),
    severity: toDiagnosticSeverity(finding.severity),
    code: finding.ruleId,
    ...(documentationHref !== undefined && { codeDescription: { href: documentationHref } }),
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
}

function contains(outer: Range, inner: Range): boolean {
  const startsInside =
    inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character);
  const endsInside = inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character);
  return startsInside && endsInside;
}

/** An outline item and its children as an LSP document symbol tree. */
export function toDocumentSymbol(document: TextDocument, item: OutlineItem): DocumentSymbol {
  const range = toRange(document, item.span);
  const selectionRange = toRange(document, item.selectionSpan);
  return {
    // VS Code rejects a symbol with an empty name, or whose selection range leaves its range.
    name: item.name.trim() === '' ? item.kind : item.name,
    detail: item.detail,
    kind: SYMBOL_KINDS[item.kind],
    range,
    selectionRange: contains(range, selectionRange) ? selectionRange : range,
    children: item.children.map((child) => toDocumentSymbol(document, child)),
  };
}
