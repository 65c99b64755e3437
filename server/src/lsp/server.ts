import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  DocumentDiagnosticRequest,
  DocumentHighlightRequest,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  ErrorCodes,
  ExecuteCommandRequest,
  FoldingRangeRequest,
  HoverRequest,
  LSPErrorCodes,
  MessageType,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  SelectionRangeRequest,
  SemanticTokensRequest,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  WillSaveTextDocumentWaitUntilRequest,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type DiagnosticServerCancellationData,
  type DocumentDiagnosticReport,
  type InitializeError,
  type InitializeResult,
  type Position,
  type ServerCapabilities,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { citableTreaties, countProblems, documentStatistics, firstFixEdits, lint, parseResolution, PROJECT_CONFIG_FILE_NAME, WORKSPACE_TREATIES_FILE, type DocumentStatistics, type RuleContext, type Severity } from '../core';

type CitableTreaty = ReturnType<typeof citableTreaties>[number];
import { CODE_ACTION_KINDS, codeActions, fixAllEdits } from './codeActions';
import { COMPLETION_TRIGGER_CHARACTERS, documentCompletions } from './completion';
import { documentSemanticTokens, SEMANTIC_TOKENS_LEGEND } from './semanticTokens';
import {
  COMMAND_ARGUMENTS,
  DOCUMENT_STATISTICS_COMMAND,
  LINT_WORKSPACE_COMMAND,
  lintWorkspaceMessage,
  RENUMBER_EDIT_LABEL,
  renumbering,
  SERVER_COMMANDS,
  type LintWorkspaceResult,
  type RenumberParagraphsResult,
} from './commands';
import { toDiagnostic } from './convert';
import { documentFoldingRanges, documentSelectionRanges } from './structure';
import { ConfigProblemReporter, DocumentConfigurations, SERVER_SETTINGS, SETTINGS_SECTION, settingsFromAnswers, type EditorSettingsSection } from './configuration';
import { CORE_ANALYZER, DEFAULT_ANALYSIS_CAPACITY, DocumentAnalyses, type Analyzer, type LintSettings, type VersionFindings } from './documentAnalyses';
import { documentSymbols, findingDiagnostics } from './features';
import {
  footnoteDefinitionLocations,
  footnoteHighlights,
  footnoteHover,
  footnoteInsertion,
  footnoteReferenceLocations,
  footnoteRename,
  footnoteRenumbering,
  INSERT_FOOTNOTE_COMMAND,
  INSERT_FOOTNOTE_ACTION_KIND,
  INSERT_FOOTNOTE_EDIT_LABEL,
  insertFootnoteActions,
  prepareFootnoteRename,
  RENUMBER_FOOTNOTES_COMMAND,
  RENUMBER_FOOTNOTES_EDIT_LABEL,
  type InsertFootnoteResult,
} from './footnotes';
import { HOST_WITHOUT_FILE_SYSTEM, type ServerHost } from './host';
import { IdleCollector } from './idleCollection';
import { PARAMS } from './params';
import { initializeParamsProblem } from './messageGate';
import { RequestGuard } from './requestGuard';
import { mostSpecificHover, unSymbolHover, unSymbolLinks } from './symbols';
import { CITABLE_TREATIES_COMMAND, INSERT_TREATY_CITATION_COMMAND, INSERT_TREATY_CITATION_EDIT_LABEL, treatyCitationEdit, treatyHoverAt, type InsertTreatyCitationResult } from './treaties';

const SEVERITY_NAMES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** How long the server waits after the last change before it pushes diagnostics. */
export const PUSH_DIAGNOSTICS_DELAY_MS = 200;

/** The identifier the server's pull diagnostics are reported under. */
export const DIAGNOSTIC_PROVIDER_ID = 'unres';

/** The files the server asks the client to watch: project configurations anywhere in the workspace. */
export const PROJECT_CONFIG_GLOB = `**/${PROJECT_CONFIG_FILE_NAME}`;
/** The workspace treaty data files the server asks the client to watch. */
export const TREATY_DATA_GLOB = `**/${WORKSPACE_TREATIES_FILE}`;

/** The path problems of a file are told under: the file system path of a `file:` URI, else the URI. */
function fileSystemPathOf(uri: string): string {
  if (!uri.startsWith('file://')) return uri;
  const path = decodeURIComponent(uri.slice('file://'.length));
  return /^\/[A-Za-z]:/.test(path) ? path.slice(1).replace(/\//g, '\\') : path;
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** What the client can do that the server adapts to, read once from its capabilities. */
export interface ClientSupport {
  /** It pulls diagnostics (`textDocument/diagnostic`); the server then never pushes them. */
  readonly pullDiagnostics: boolean;
  /** It re-pulls the diagnostics of open documents on `workspace/diagnostic/refresh`. */
  readonly diagnosticRefresh: boolean;
  /** It answers `workspace/configuration`. */
  readonly configuration: boolean;
  /** It lets the server register for `workspace/didChangeConfiguration` of the unres section. */
  readonly configurationChangeRegistration: boolean;
  /** It lets the server register file watchers (`workspace/didChangeWatchedFiles`). */
  readonly watchedFilesRegistration: boolean;
  /** It applies versioned `documentChanges` in a workspace edit. */
  readonly documentChanges: boolean;
  /** It applies edits the server sends (`workspace/applyEdit`). */
  readonly applyEdit: boolean;
  /** It opens a document and moves the cursor on `window/showDocument`. */
  readonly showDocument: boolean;
  /** It answers `workspace/workspaceFolders`. */
  readonly workspaceFolders: boolean;
}

/** What a client can do, from the capabilities it announces in `initialize`. */
export function clientSupport(capabilities: ClientCapabilities): ClientSupport {
  const workspace = capabilities.workspace;
  return {
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: workspace?.diagnostics?.refreshSupport === true,
    configuration: workspace?.configuration === true,
    configurationChangeRegistration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchedFilesRegistration: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    documentChanges: workspace?.workspaceEdit?.documentChanges === true,
    applyEdit: workspace?.applyEdit === true,
    showDocument: capabilities.window?.showDocument?.support === true,
    workspaceFolders: workspace?.workspaceFolders === true,
  };
}

/**
 * Starts the unres language server on a connection and begins listening. Host-independent: the
 * node entry point and a future web worker entry point only build the connection and the host.
 *
 * Diagnostics are pulled (`textDocument/diagnostic`) when the client announces pull support and
 * pushed (`textDocument/publishDiagnostics`, debounced) otherwise; never both. Each document is
 * linted with the rule defaults under the `unres.rules` setting under the nearest `.unres.json`;
 * a change of either lints the open documents again. Every handler reads the model and findings
 * of a document version from one `DocumentAnalyses`: each version is parsed and linted once.
 *
 * @param analyzer The core's parse and lint; tests pass counting wrappers.
 */
export function startServer(connection: Connection, host: ServerHost = HOST_WITHOUT_FILE_SYSTEM, analyzer: Analyzer = CORE_ANALYZER): void {
  const documents = new TextDocuments(TextDocument);
  const guard = new RequestGuard(connection, (message) => connection.console.error(message));
  const analyses = new DocumentAnalyses(DEFAULT_ANALYSIS_CAPACITY, analyzer);
  const pendingPushes = new Map<string, ReturnType<typeof setTimeout>>();
  const idleCollector = new IdleCollector(host.collectGarbage);
  const reporter = new ConfigProblemReporter({
    // A notification, not window/showMessageRequest: nothing to wait for, nothing to fail.
    showWarning: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }),
    log: (message) => connection.console.warn(message),
  });
  let client: ClientSupport = clientSupport({});
  let configurations = new DocumentConfigurations(host, reporter, undefined);
  let initialFolders: string[] = [];
  /** The files "Lint workspace" published diagnostics for, while they are not open. */
  const workspaceLinted = new Set<string>();

  connection.onInitialize((params): InitializeResult | ResponseError<InitializeError> => {
    if (guard.shutDown) return new ResponseError(ErrorCodes.InvalidRequest, 'initialize: the server is shutting down and takes no more requests');
    const problem = initializeParamsProblem(params);
    if (problem !== undefined) return new ResponseError(ErrorCodes.InvalidParams, `initialize: ${problem}`);
    client = clientSupport(typeof params.capabilities === 'object' && params.capabilities !== null ? params.capabilities : {});
    initialFolders = Array.isArray(params.workspaceFolders)
      ? params.workspaceFolders.map((folder: unknown) => (folder as { uri?: unknown } | null)?.uri).filter((uri): uri is string => typeof uri === 'string')
      : typeof params.rootUri === 'string'
        ? [params.rootUri]
        : [];
    const fetchSettings = client.configuration
      ? async (scopeUri: string): Promise<EditorSettingsSection> => {
          const items = [...SERVER_SETTINGS, SETTINGS_SECTION].map((section) => ({ scopeUri, section }));
          const [rules, vocabulary, fixOnSave, treaties, whole] = (await connection.workspace.getConfiguration(items)) as unknown[];
          return settingsFromAnswers({ rules, vocabulary, fixOnSave, treaties }, whole);
        }
      : undefined;
    configurations = new DocumentConfigurations(host, reporter, fetchSettings);
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
    if (client.pullDiagnostics) {
      capabilities.diagnosticProvider = {
        identifier: DIAGNOSTIC_PROVIDER_ID,
        interFileDependencies: false,
        workspaceDiagnostics: false,
      };
    }
    return { capabilities, serverInfo: { name: 'unres' } };
  });

  connection.onInitialized(() => {
    const registrationFailed = (what: string) => (error: unknown) => connection.console.error(`unres: could not register for ${what}: ${describeError(error)}`);
    if (client.configurationChangeRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(registrationFailed('setting changes'));
    }
    if (client.watchedFilesRegistration) {
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: PROJECT_CONFIG_GLOB }, { globPattern: TREATY_DATA_GLOB }] }).catch(registrationFailed(`changes of ${PROJECT_CONFIG_FILE_NAME} files`));
    }
  });

  /** What the rules consult for a document beyond its text: its treaty table. */
  async function ruleContext(uri: string): Promise<RuleContext> {
    return { treaties: await configurations.treatyTable(uri, initialFolders) };
  }

  /** What a document is linted with: its configuration and treaty table. */
  async function lintSettings(uri: string): Promise<LintSettings> {
    return { config: await configurations.forDocument(uri), context: await ruleContext(uri) };
  }

  /**
   * The findings of the current version of an open document, with that document; undefined when
   * the document is closed, or changed or the request was cancelled before they were known.
   */
  async function findingsOf(uri: string, token?: CancellationToken): Promise<{ document: TextDocument; findings: VersionFindings } | undefined> {
    const settings = await lintSettings(uri);
    // Read the document after waiting, so the findings belong to the version they are sent with.
    const document = documents.get(uri);
    if (!document) return undefined;
    const version = document.version;
    try {
      const findings = await analyses.findings(document, settings, token);
      // TextDocuments updates a document in place: a new version makes these findings stale.
      if (!findings || documents.get(uri) !== document || document.version !== version) return undefined;
      return { document, findings };
    } finally {
      idleCollector.workDone(document.getText().length);
    }
  }

  /** The diagnostics of the current version of an open document, as `findingsOf` gives its findings. */
  async function diagnosticsOf(uri: string, token?: CancellationToken) {
    const result = await findingsOf(uri, token);
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
      connection.console.error(`unres: diagnostics for ${uri} failed: ${describeError(error)}`);
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

  /** The configuration changed: every open document's diagnostics are pulled or pushed again. */
  function lintOpenDocumentsAgain(): void {
    if (client.pullDiagnostics) {
      if (client.diagnosticRefresh) connection.sendRequest(DiagnosticRefreshRequest.type).catch((error: unknown) => connection.console.error(`unres: diagnostic refresh failed: ${describeError(error)}`));
      return;
    }
    for (const document of documents.all()) schedulePush(document.uri);
  }

  // Fires for didOpen as well as for every didChange.
  documents.onDidChangeContent(({ document }) => {
    analyses.dropOutdated(document);
    if (!client.pullDiagnostics) schedulePush(document.uri);
  });

  documents.onDidOpen(({ document }) => {
    // The editor pulls the diagnostics of an open document: the ones "Lint workspace" pushed go.
    if (client.pullDiagnostics && workspaceLinted.has(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  documents.onDidClose(({ document }) => {
    analyses.delete(document.uri);
    configurations.forget(document.uri);
    // Its text and model are garbage now.
    idleCollector.workDone(document.getText().length);
    if (workspaceLinted.has(document.uri)) {
      // A file "Lint workspace" reported on keeps its problems once closed, as they stand on disk.
      cancelPendingPush(document.uri);
      void lintFileOnDisk(document.uri);
      return;
    }
    if (client.pullDiagnostics) return;
    cancelPendingPush(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((params) => {
    configurations.settingsChanged(params.settings);
    lintOpenDocumentsAgain();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const projectFiles = changes.filter((change) => change.uri.endsWith(`/${PROJECT_CONFIG_FILE_NAME}`));
    const treatyFiles = changes.filter((change) => change.uri.endsWith(`/${WORKSPACE_TREATIES_FILE}`));
    if (projectFiles.length === 0 && treatyFiles.length === 0) return;
    for (const change of projectFiles) configurations.projectFileChanged(change.uri);
    // The host reads treaty data again when its modification time changes; its problems may be told again.
    for (const change of treatyFiles) configurations.reporter.forget(fileSystemPathOf(change.uri));
    lintOpenDocumentsAgain();
  });

  const emptyReport: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
  guard.onRequest(DocumentDiagnosticRequest.type, PARAMS.textDocument, emptyReport, async (params, token): Promise<DocumentDiagnosticReport | ResponseError<unknown>> => {
    const uri = params.textDocument.uri;
    if (!documents.get(uri)) return emptyReport;
    const result = await diagnosticsOf(uri, token);
    if (result) return { kind: DocumentDiagnosticReportKind.Full, items: result.diagnostics };
    if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'textDocument/diagnostic cancelled');
    // The document changed (or closed) while it was linted: the client asks again for the new version.
    return new ResponseError<DiagnosticServerCancellationData>(LSPErrorCodes.ServerCancelled, `${uri} changed while it was linted`, { retriggerRequest: documents.get(uri) !== undefined });
  });

  guard.onRequest(CodeActionRequest.type, PARAMS.codeAction, [], async (params, token) => {
    if (!documents.get(params.textDocument.uri)) return [];
    const result = await findingsOf(params.textDocument.uri, token);
    // The document changed meanwhile: the editor asks again for the new version.
    if (!result) return [];
    const { document, findings } = result;
    const fixes = codeActions(document, findings.findings, params.context, client.documentChanges, () => findings.derived('fixAllEdits', firstFixEdits));
    return [...fixes, ...insertFootnoteActions(document, analyses.model(document), params.range, params.context)];
  });

  /** Sends an edit with workspace/applyEdit and says whether the editor applied it, and if not, why. */
  async function sendEdit(label: string, edit: WorkspaceEdit, what: string): Promise<{ applied: boolean; message?: string }> {
    if (!client.applyEdit) return { applied: false, message: 'This editor does not take edits from the language server (workspace/applyEdit).' };
    const response = await connection.workspace.applyEdit({ label, edit });
    if (response.applied) return { applied: true };
    return { applied: false, message: `The editor did not apply ${what}${response.failureReason ? `: ${response.failureReason}` : '.'}` };
  }

  async function renumberParagraphsCommand(document: TextDocument): Promise<RenumberParagraphsResult> {
    const result = renumbering(document, analyses.model(document), client.documentChanges);
    if ('message' in result) return { edits: 0, applied: false, message: result.message };
    return { edits: result.edits, ...(await sendEdit(RENUMBER_EDIT_LABEL, result.edit, 'the renumbering')) };
  }

  async function renumberFootnotesCommand(document: TextDocument): Promise<RenumberParagraphsResult> {
    const result = footnoteRenumbering(document, analyses.model(document), client.documentChanges);
    if ('message' in result) return { edits: 0, applied: false, message: result.message };
    return { edits: result.edits, ...(await sendEdit(RENUMBER_FOOTNOTES_EDIT_LABEL, result.edit, 'the renumbering')) };
  }

  async function insertFootnoteCommand(document: TextDocument, position: Position): Promise<InsertFootnoteResult> {
    const result = footnoteInsertion(document, analyses.model(document), position, client.documentChanges);
    if ('message' in result) return { applied: false, message: result.message };
    const sent = await sendEdit(INSERT_FOOTNOTE_EDIT_LABEL, result.edit, 'the new footnote');
    // The drafter writes the note next: put the cursor in the empty definition, whoever ran the
    // command (the palette, a light bulb, another editor).
    if (sent.applied && client.showDocument) {
      const at = { start: result.definitionPosition, end: result.definitionPosition };
      connection.window.showDocument({ uri: document.uri, selection: at, takeFocus: true }).catch((error: unknown) => connection.console.error(`unres: could not move the cursor to footnote ${result.number}: ${describeError(error)}`));
    }
    return sent.applied ? { applied: true, number: result.number, definitionPosition: result.definitionPosition } : { applied: false, message: sent.message };
  }

  async function insertTreatyCitationCommand(document: TextDocument, position: Position, treatyId: string | undefined): Promise<InsertTreatyCitationResult> {
    const table = await configurations.treatyTable(document.uri, initialFolders);
    const current = documents.get(document.uri) ?? document;
    const result = treatyCitationEdit(current, analyses.model(current), position, table, treatyId, client.documentChanges);
    if ('message' in result) return { applied: false, message: result.message, ...(result.needsTreaty ? { needsTreaty: true } : {}) };
    const sent = await sendEdit(INSERT_TREATY_CITATION_EDIT_LABEL, result.edit, 'the treaty citation');
    return sent.applied ? { applied: true, number: result.number, treaty: result.treaty } : { applied: false, message: sent.message };
  }

  /** The diagnostics of a resolution that is not open, from its text and its configuration. */
  async function closedFileDiagnostics(uri: string, text: string): Promise<{ diagnostics: Diagnostic[]; problems: DocumentStatistics['problems'] }> {
    const config = await configurations.forDocument(uri);
    const document = TextDocument.create(uri, 'unres', 0, text);
    const findings = lint(parseResolution(text), config, await ruleContext(uri));
    configurations.forget(uri);
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
      connection.console.error(`unres: diagnostics for ${uri} failed: ${describeError(error)}`);
    }
  }

  /** The workspace folders: asked of a client that keeps them, else those of initialize. */
  async function currentWorkspaceFolders(): Promise<string[]> {
    if (client.workspaceFolders) {
      const folders = await connection.workspace.getWorkspaceFolders();
      return (folders ?? []).map((folder) => folder.uri);
    }
    return initialFolders;
  }

  async function lintWorkspaceCommand(): Promise<LintWorkspaceResult> {
    const problems = { error: 0, warning: 0, information: 0, hint: 0 };
    const folders = await currentWorkspaceFolders();
    if (folders.length === 0) return { files: 0, problems, message: 'unres: open a folder to lint the resolutions in it.' };
    const files = await host.workspaceResolutions(folders);
    if (!files) {
      return { files: 0, problems, message: 'unres: Lint workspace reads the files of the workspace from disk, which the language server cannot do here (in the browser): open the drafts to lint them.' };
    }
    for (const file of files) {
      if (documents.get(file.uri)) {
        const counts = await openDocumentProblems(file.uri);
        if (counts) for (const severity of SEVERITY_NAMES) problems[severity] += counts[severity];
        continue;
      }
      const result = await closedFileDiagnostics(file.uri, file.text);
      for (const severity of SEVERITY_NAMES) problems[severity] += result.problems[severity];
      workspaceLinted.add(file.uri);
      await connection.sendDiagnostics({ uri: file.uri, diagnostics: result.diagnostics });
    }
    return { files: files.length, problems, message: lintWorkspaceMessage(files.length, problems) };
  }

  /**
   * The problems of an open document, as they stand in its current version: when it changes while
   * it is linted, the new version is linted (a few times at most, and never once it is closed).
   */
  async function openDocumentProblems(uri: string): Promise<DocumentStatistics['problems'] | undefined> {
    for (let attempt = 0; attempt < 3 && documents.get(uri); attempt++) {
      const result = await findingsOf(uri);
      if (result) return result.findings.derived('problems', countProblems);
    }
    return undefined;
  }

  /** The statistics of the current version of a document; undefined when it changed or closed meanwhile, or the request was cancelled. */
  async function documentStatisticsCommand(document: TextDocument, token: CancellationToken): Promise<DocumentStatistics | undefined> {
    const result = await findingsOf(document.uri, token);
    if (!result) return undefined;
    const model = analyses.model(result.document);
    return result.findings.derived('statistics', (findings) => documentStatistics(model, findings));
  }

  type CommandResult = RenumberParagraphsResult | InsertFootnoteResult | InsertTreatyCitationResult | CitableTreaty[] | LintWorkspaceResult | DocumentStatistics | null;
  guard.onRequest(ExecuteCommandRequest.type, PARAMS.executeCommand, null, async (params, token): Promise<CommandResult | ResponseError<unknown>> => {
    const takes = COMMAND_ARGUMENTS.get(params.command);
    if (!takes) return new ResponseError(ErrorCodes.InvalidParams, `unres: unknown command ${params.command}`);
    const problem = takes.check(params.arguments, 'arguments');
    if (problem !== undefined) return new ResponseError(ErrorCodes.InvalidParams, `${params.command} takes ${takes.description}: ${problem}`);
    if (params.command === LINT_WORKSPACE_COMMAND) return await lintWorkspaceCommand();
    const [uri, position, treatyId] = params.arguments as [string, Position | undefined, string | null | undefined];
    if (params.command === CITABLE_TREATIES_COMMAND) return citableTreaties(await configurations.treatyTable(uri, initialFolders));
    const document = documents.get(uri);
    if (!document) return new ResponseError(ErrorCodes.InvalidParams, `${uri} is not open`);
    if (params.command === RENUMBER_FOOTNOTES_COMMAND) return await renumberFootnotesCommand(document);
    if (params.command === INSERT_FOOTNOTE_COMMAND) return await insertFootnoteCommand(document, position!);
    if (params.command === INSERT_TREATY_CITATION_COMMAND) return await insertTreatyCitationCommand(document, position!, treatyId ?? undefined);
    // Null when the document changed while it was counted: the status bar asks again.
    if (params.command === DOCUMENT_STATISTICS_COMMAND) return (await documentStatisticsCommand(document, token)) ?? null;
    return await renumberParagraphsCommand(document);
  });

  guard.onRequest(DefinitionRequest.type, PARAMS.textDocumentPosition, [], (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? footnoteDefinitionLocations(document, analyses.model(document), params.position) : [];
  });

  guard.onRequest(ReferencesRequest.type, PARAMS.references, [], (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? footnoteReferenceLocations(document, analyses.model(document), params.position, params.context.includeDeclaration) : [];
  });

  guard.onRequest(DocumentHighlightRequest.type, PARAMS.textDocumentPosition, [], (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? footnoteHighlights(document, analyses.model(document), params.position) : [];
  });

  guard.onRequest(HoverRequest.type, PARAMS.textDocumentPosition, null, async (params) => {
    if (!documents.get(params.textDocument.uri)) return null;
    const table = await configurations.treatyTable(params.textDocument.uri, initialFolders);
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    // The most specific wins: a footnote mark (one character) over a citation, a treaty's name or a symbol around it.
    const model = analyses.model(document);
    return mostSpecificHover(document, [
      footnoteHover(document, model, params.position),
      treatyHoverAt(document, model, params.position, table),
      unSymbolHover(document, model, params.position),
    ]);
  });

  guard.onRequest(DocumentLinkRequest.type, PARAMS.textDocument, [], (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? analyses.derived(document, 'documentLinks', (model) => unSymbolLinks(document, model)) : [];
  });

  guard.onRequest(PrepareRenameRequest.type, PARAMS.textDocumentPosition, null, (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? prepareFootnoteRename(document, analyses.model(document), params.position) : null;
  });

  guard.onRequest(RenameRequest.type, PARAMS.rename, null, (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? footnoteRename(document, analyses.model(document), params.position, params.newName, client.documentChanges) : null;
  });

  guard.onRequest(SemanticTokensRequest.type, PARAMS.textDocument, { data: [] }, (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? analyses.derived(document, 'semanticTokens', (model) => documentSemanticTokens(document, model)) : { data: [] };
  });

  guard.onRequest(FoldingRangeRequest.type, PARAMS.textDocument, [], (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? analyses.derived(document, 'foldingRanges', documentFoldingRanges) : [];
  });

  guard.onRequest(SelectionRangeRequest.type, PARAMS.selectionRange, [], (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? documentSelectionRanges(document, analyses.model(document), params.positions) : [];
  });

  guard.onRequest(CompletionRequest.type, PARAMS.textDocumentPosition, null, async (params) => {
    if (!documents.get(params.textDocument.uri)) return null;
    const config = await configurations.forDocument(params.textDocument.uri);
    const document = documents.get(params.textDocument.uri);
    return document ? documentCompletions(document, analyses.model(document), params.position, config) : null;
  });

  guard.onRequest(DocumentSymbolRequest.type, PARAMS.textDocument, [], (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? analyses.derived(document, 'documentSymbols', (model) => documentSymbols(document, model)) : [];
  });

  guard.onShutdown(() => {
    for (const uri of [...pendingPushes.keys()]) cancelPendingPush(uri);
    idleCollector.cancel();
  });

  documents.listen(connection);
  // After documents.listen, whose own handler of the request this one replaces.
  // unres.fixOnSave: the editor applies the fix-all edits (those of source.fixAll.unres) before it saves.
  guard.onRequest(WillSaveTextDocumentWaitUntilRequest.type, PARAMS.willSave, [], async (params, token) => {
    if (!documents.get(params.textDocument.uri) || !(await configurations.fixOnSave(params.textDocument.uri))) return [];
    const result = await findingsOf(params.textDocument.uri, token);
    return result ? result.findings.derived('fixAllLspEdits', (findings) => fixAllEdits(result.document, findings)) : [];
  });
  connection.listen();
}
