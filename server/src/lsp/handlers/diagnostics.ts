import { DiagnosticRefreshRequest, DocumentDiagnosticReportKind, DocumentDiagnosticRequest, LSPErrorCodes, ResponseError, type CancellationToken, type Diagnostic, type DiagnosticServerCancellationData, type DocumentDiagnosticReport } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { countProblems, lint, parseResolution, type DocumentStatistics } from '../../core';
import type { ServerContext } from '../context';
import { toDiagnostic } from '../convert';
import { findingDiagnostics } from '../features';
import { PARAMS } from '../params';

/** How long the server waits after the last change before it pushes diagnostics. */
export const PUSH_DIAGNOSTICS_DELAY_MS = 200;

/** The identifier the server's pull diagnostics are reported under. */
export const DIAGNOSTIC_PROVIDER_ID = 'unres';

/** What other features ask of the diagnostics: linting again, and the diagnostics of files that are not open. */
export interface DiagnosticsFeed {
  /** The configuration changed: every open document's diagnostics are pulled or pushed again. */
  lintOpenDocumentsAgain(): void;
  /**
   * The problems of an open document, as they stand in its current version: when it changes while
   * it is linted, the new version is linted (a few times at most, and never once it is closed).
   */
  openDocumentProblems(uri: string): Promise<DocumentStatistics['problems'] | undefined>;
  /** The diagnostics of a resolution that is not open, from its text and its configuration. */
  closedFileDiagnostics(uri: string, text: string): Promise<{ diagnostics: Diagnostic[]; problems: DocumentStatistics['problems'] }>;
  /** Publishes the diagnostics "Lint workspace" found in a file that is not open; they stay once it is opened and closed. */
  publishWorkspaceFile(uri: string, diagnostics: Diagnostic[]): Promise<void>;
  /** Drops the pushes that wait (the server shuts down). */
  cancelPendingPushes(): void;
}

/**
 * Diagnostics: pulled (`textDocument/diagnostic`) when the client announces pull support and
 * pushed (`textDocument/publishDiagnostics`, debounced) otherwise; never both. The diagnostics of a
 * version are derived once from its findings.
 */
export function registerDiagnostics(context: ServerContext): DiagnosticsFeed {
  const { connection, documents, host } = context;
  const pendingPushes = new Map<string, ReturnType<typeof setTimeout>>();
  /** The files "Lint workspace" published diagnostics for, while they are not open. */
  const workspaceLinted = new Set<string>();

  /** The diagnostics of the current version of an open document, as `findingsOf` gives its findings. */
  async function diagnosticsOf(uri: string, token?: CancellationToken) {
    const result = await context.findingsOf(uri, token);
    if (!result) return undefined;
    const { document, findings } = result;
    return { version: findings.version, diagnostics: findings.derived('diagnostics', (all) => findingDiagnostics(document, all, (ruleId) => host.ruleDocumentation(ruleId))) };
  }

  async function pushDiagnostics(uri: string): Promise<void> {
    pendingPushes.delete(uri);
    try {
      const result = await diagnosticsOf(uri);
      if (result) await connection.sendDiagnostics({ uri, ...result });
    } catch (error) {
      context.logError(`diagnostics for ${uri} failed`, error);
    }
  }

  function cancelPendingPush(uri: string): void {
    const timer = pendingPushes.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    pendingPushes.delete(uri);
  }

  function schedulePush(uri: string): void {
    cancelPendingPush(uri);
    pendingPushes.set(
      uri,
      setTimeout(() => void pushDiagnostics(uri), PUSH_DIAGNOSTICS_DELAY_MS),
    );
  }

  async function closedFileDiagnostics(uri: string, text: string): Promise<{ diagnostics: Diagnostic[]; problems: DocumentStatistics['problems'] }> {
    const config = await context.configurations.forDocument(uri);
    const document = TextDocument.create(uri, 'unres', 0, text);
    const findings = lint(parseResolution(text), config, await context.ruleContext(uri));
    context.configurations.forget(uri);
    return {
      diagnostics: findings.map((finding) => toDiagnostic(document, finding, host.ruleDocumentation(finding.ruleId))),
      problems: countProblems(findings),
    };
  }

  async function lintFileOnDisk(uri: string): Promise<void> {
    try {
      const text = await host.readText(uri);
      if (documents.get(uri)) return;
      if (text === undefined) {
        workspaceLinted.delete(uri);
        await connection.sendDiagnostics({ uri, diagnostics: [] });
        return;
      }
      await connection.sendDiagnostics({ uri, diagnostics: (await closedFileDiagnostics(uri, text)).diagnostics });
    } catch (error) {
      context.logError(`diagnostics for ${uri} failed`, error);
    }
  }

  // Fires for didOpen as well as for every didChange.
  documents.onDidChangeContent(({ document }) => {
    if (!context.client.pullDiagnostics) schedulePush(document.uri);
  });

  documents.onDidOpen(({ document }) => {
    // The editor pulls the diagnostics of an open document: the ones "Lint workspace" pushed go.
    if (context.client.pullDiagnostics && workspaceLinted.has(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  documents.onDidClose(({ document }) => {
    if (workspaceLinted.has(document.uri)) {
      // A file "Lint workspace" reported on keeps its problems once closed, as they stand on disk.
      cancelPendingPush(document.uri);
      void lintFileOnDisk(document.uri);
      return;
    }
    if (context.client.pullDiagnostics) return;
    cancelPendingPush(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  const emptyReport: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
  context.guard.onRequest(DocumentDiagnosticRequest.type, PARAMS.textDocument, emptyReport, async (params, token): Promise<DocumentDiagnosticReport | ResponseError<unknown>> => {
    const uri = params.textDocument.uri;
    if (!documents.get(uri)) return emptyReport;
    const result = await diagnosticsOf(uri, token);
    if (result) return { kind: DocumentDiagnosticReportKind.Full, items: result.diagnostics };
    if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'textDocument/diagnostic cancelled');
    // The document changed (or closed) while it was linted: the client asks again for the new version.
    return new ResponseError<DiagnosticServerCancellationData>(LSPErrorCodes.ServerCancelled, `${uri} changed while it was linted`, { retriggerRequest: documents.get(uri) !== undefined });
  });

  return {
    lintOpenDocumentsAgain(): void {
      if (context.client.pullDiagnostics) {
        if (context.client.diagnosticRefresh) connection.sendRequest(DiagnosticRefreshRequest.type).catch((error: unknown) => context.logError('diagnostic refresh failed', error));
        return;
      }
      for (const document of documents.all()) schedulePush(document.uri);
    },
    async openDocumentProblems(uri) {
      for (let attempt = 0; attempt < 3 && documents.get(uri); attempt++) {
        const result = await context.findingsOf(uri);
        if (result) return result.findings.derived('problems', countProblems);
      }
      return undefined;
    },
    closedFileDiagnostics,
    async publishWorkspaceFile(uri, diagnostics) {
      workspaceLinted.add(uri);
      await connection.sendDiagnostics({ uri, diagnostics });
    },
    cancelPendingPushes(): void {
      for (const uri of [...pendingPushes.keys()]) cancelPendingPush(uri);
    },
  };
}
