import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentModelCache } from './documentModels';
import { documentDiagnostics, documentSymbols } from './features';

/** How long the server waits after the last change before it pushes diagnostics. */
export const PUSH_DIAGNOSTICS_DELAY_MS = 200;

/** The identifier the server's pull diagnostics are reported under. */
export const DIAGNOSTIC_PROVIDER_ID = 'unres';

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * Runs a request handler's computation so that a failure never takes the server down: an
 * exception is logged and the request answers `emptyResult`; a request the client has already
 * cancelled is answered with `RequestCancelled` without computing anything.
 */
export function runSafe<T, E = void>(
  connection: Connection,
  requestName: string,
  emptyResult: T,
  token: CancellationToken,
  compute: () => T,
): T | ResponseError<E> {
  if (token.isCancellationRequested) {
    return new ResponseError<E>(LSPErrorCodes.RequestCancelled, `${requestName} cancelled`);
  }
  try {
    return compute();
  } catch (error) {
    connection.console.error(`unres: ${requestName} failed: ${describeError(error)}`);
    return emptyResult;
  }
}

/**
 * Starts the unres language server on a connection and begins listening. Host-independent: the
 * node entry point and a future web worker entry point only build the connection.
 *
 * Diagnostics are pulled (`textDocument/diagnostic`) when the client announces pull support and
 * pushed (`textDocument/publishDiagnostics`, debounced) otherwise; never both.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const models = new DocumentModelCache();
  const pendingPushes = new Map<string, ReturnType<typeof setTimeout>>();
  let pullDiagnostics = false;

  connection.onInitialize((params): InitializeResult => {
    pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
    const capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      documentSymbolProvider: true,
    };
    if (pullDiagnostics) {
      capabilities.diagnosticProvider = {
        identifier: DIAGNOSTIC_PROVIDER_ID,
        interFileDependencies: false,
        workspaceDiagnostics: false,
      };
    }
    return { capabilities, serverInfo: { name: 'unres' } };
  });

  function pushDiagnostics(uri: string): void {
    pendingPushes.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    try {
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics: documentDiagnostics(document, models) });
    } catch (error) {
      connection.console.error(`unres: diagnostics for ${uri} failed: ${describeError(error)}`);
    }
  }

  function cancelPendingPush(uri: string): void {
    const timer = pendingPushes.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    pendingPushes.delete(uri);
  }

  // Fires for didOpen as well as for every didChange.
  documents.onDidChangeContent(({ document }) => {
    if (pullDiagnostics) return;
    cancelPendingPush(document.uri);
    pendingPushes.set(
      document.uri,
      setTimeout(() => pushDiagnostics(document.uri), PUSH_DIAGNOSTICS_DELAY_MS),
    );
  });

  documents.onDidClose(({ document }) => {
    models.delete(document.uri);
    if (pullDiagnostics) return;
    cancelPendingPush(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on((params, token) =>
    runSafe(connection, 'textDocument/diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] }, token, () => {
      const document = documents.get(params.textDocument.uri);
      return { kind: DocumentDiagnosticReportKind.Full, items: document ? documentDiagnostics(document, models) : [] };
    }),
  );

  connection.onDocumentSymbol((params, token) =>
    runSafe(connection, 'textDocument/documentSymbol', [], token, () => {
      const document = documents.get(params.textDocument.uri);
      return document ? documentSymbols(document, models) : [];
    }),
  );

  connection.onShutdown(() => {
    for (const uri of [...pendingPushes.keys()]) cancelPendingPush(uri);
  });

  documents.listen(connection);
  connection.listen();
}
