import { ErrorCodes, ResponseError, TextDocumentSyncKind, type Connection, type InitializeError, type InitializeResult, type ServerCapabilities } from 'vscode-languageserver';
import { SERVER_COMMANDS } from '../../../shared/protocol';
import { CODE_ACTION_KINDS } from './codeActions';
import { COMPLETION_TRIGGER_CHARACTERS } from './completion';
import { clientSupport, ServerContext } from './context';
import { CORE_ANALYZER, type Analyzer } from './documentAnalyses';
import { INSERT_FOOTNOTE_ACTION_KIND } from './footnotes';
import { registerCodeActions } from './handlers/codeActions';
import { registerCommands } from './handlers/commands';
import { registerCompletion } from './handlers/completion';
import { DIAGNOSTIC_PROVIDER_ID, registerDiagnostics } from './handlers/diagnostics';
import { registerDocumentLinks } from './handlers/documentLinks';
import { registerDocumentSymbols } from './handlers/documentSymbols';
import { registerHover } from './handlers/hover';
import { registerNavigation } from './handlers/navigation';
import { registerRename } from './handlers/rename';
import { registerSemanticTokens } from './handlers/semanticTokens';
import { registerSettingsChanges } from './handlers/settings';
import { registerStructure } from './handlers/structure';
import { registerWillSave } from './handlers/willSave';
import { HOST_WITHOUT_FILE_SYSTEM, type ServerHost } from './host';
import { initializeParamsProblem } from './messageGate';
import { SEMANTIC_TOKENS_LEGEND } from './semanticTokens';

/** What the server offers a client that can do what `pullDiagnostics` says. */
function serverCapabilities(pullDiagnostics: boolean): ServerCapabilities {
  const capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, willSaveWaitUntil: true },
    documentSymbolProvider: true,
    codeActionProvider: { codeActionKinds: [...CODE_ACTION_KINDS, INSERT_FOOTNOTE_ACTION_KIND], resolveProvider: false },
    executeCommandProvider: { commands: [...SERVER_COMMANDS] },
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    hoverProvider: true,
    documentLinkProvider: { resolveProvider: false },
    renameProvider: { prepareProvider: true },
    completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: false },
    semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
    foldingRangeProvider: true,
    selectionRangeProvider: true,
  };
  if (pullDiagnostics) {
    capabilities.diagnosticProvider = { identifier: DIAGNOSTIC_PROVIDER_ID, interFileDependencies: false, workspaceDiagnostics: false };
  }
  return capabilities;
}

/** The workspace folders `initialize` names: its `workspaceFolders`, else its `rootUri`. */
function workspaceFoldersOf(params: { workspaceFolders?: unknown; rootUri?: unknown }): string[] {
  if (Array.isArray(params.workspaceFolders)) {
    return params.workspaceFolders.map((folder: unknown) => (folder as { uri?: unknown } | null)?.uri).filter((uri): uri is string => typeof uri === 'string');
  }
  return typeof params.rootUri === 'string' ? [params.rootUri] : [];
}

/**
 * Starts the unres language server on a connection and begins listening. Host-independent: the
 * node entry point, the command line and the web worker entry point only build the connection and
 * the host.
 *
 * Each editor feature registers its handlers in its own module of handlers/, against one
 * `ServerContext`: every handler reads the model and findings of a document version from its one
 * `DocumentAnalyses`, so each version is parsed and linted once.
 *
 * @param analyzer The core's parse and lint; tests pass counting wrappers.
 */
export function startServer(connection: Connection, host: ServerHost = HOST_WITHOUT_FILE_SYSTEM, analyzer: Analyzer = CORE_ANALYZER): void {
  const context = new ServerContext(connection, host, analyzer);

  connection.onInitialize((params): InitializeResult | ResponseError<InitializeError> => {
    if (context.guard.shutDown) return new ResponseError(ErrorCodes.InvalidRequest, 'initialize: the server is shutting down and takes no more requests');
    const problem = initializeParamsProblem(params);
    if (problem !== undefined) return new ResponseError(ErrorCodes.InvalidParams, `initialize: ${problem}`);
    const client = clientSupport(typeof params.capabilities === 'object' && params.capabilities !== null ? params.capabilities : {});
    context.initialize(client, workspaceFoldersOf(params));
    return { capabilities: serverCapabilities(client.pullDiagnostics), serverInfo: { name: 'unres' } };
  });

  const diagnostics = registerDiagnostics(context);
  registerSettingsChanges(context, () => diagnostics.lintOpenDocumentsAgain());
  registerCodeActions(context);
  registerCommands(context, diagnostics);
  registerNavigation(context);
  registerHover(context);
  registerDocumentLinks(context);
  registerRename(context);
  registerSemanticTokens(context);
  registerStructure(context);
  registerCompletion(context);
  registerDocumentSymbols(context);

  context.guard.onShutdown(() => {
    diagnostics.cancelPendingPushes();
    context.idleCollector.cancel();
  });

  context.documents.listen(connection);
  // After documents.listen, whose own handler of the request this one replaces.
  registerWillSave(context);
  connection.listen();
}
