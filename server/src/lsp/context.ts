import { MessageType, ShowMessageNotification, TextDocuments, type CancellationToken, type ClientCapabilities, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { RuleContext, TreatyTable } from '../core';
import { ConfigProblemReporter, DocumentConfigurations, SERVER_SETTINGS, SETTINGS_SECTION, settingsFromAnswers, type EditorSettingsSection } from './configuration';
import { DEFAULT_ANALYSIS_CAPACITY, DocumentAnalyses, type Analyzer, type LintSettings, type VersionFindings } from './documentAnalyses';
import type { ServerHost } from './host';
import { IdleCollector } from './idleCollection';
import { describeError, RequestGuard } from './requestGuard';

/** What a client can do that the server adapts to, read once from its capabilities. */
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
 * What every handler of the server works with: the connection and the gate of its requests, the
 * open documents, the one cache of their analyses, their settings and the host. What the client
 * can do and its workspace folders are known from `initialize` on (`initialize`).
 *
 * The context also keeps the analyses in step with the documents: a new version drops the analysis
 * of the old one, and a closed document's analysis and settings go.
 */
export class ServerContext {
  readonly documents = new TextDocuments(TextDocument);
  readonly guard: RequestGuard;
  readonly analyses: DocumentAnalyses;
  readonly idleCollector: IdleCollector;
  readonly #reporter: ConfigProblemReporter;
  #client: ClientSupport = clientSupport({});
  #configurations: DocumentConfigurations;
  #initialFolders: readonly string[] = [];

  constructor(
    readonly connection: Connection,
    readonly host: ServerHost,
    analyzer: Analyzer,
  ) {
    this.guard = new RequestGuard(connection, (message) => connection.console.error(message));
    this.analyses = new DocumentAnalyses(DEFAULT_ANALYSIS_CAPACITY, analyzer, (uri) => ({ language: host.projectConfig(uri)?.language }));
    this.idleCollector = new IdleCollector(host.collectGarbage);
    this.#reporter = new ConfigProblemReporter({
      // A notification, not window/showMessageRequest: nothing to wait for, nothing to fail.
      showWarning: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }),
      log: (message) => connection.console.warn(message),
    });
    this.#configurations = new DocumentConfigurations(host, this.#reporter, undefined);
    // Fires for didOpen as well as for every didChange.
    this.documents.onDidChangeContent(({ document }) => this.analyses.dropOutdated(document));
    this.documents.onDidClose(({ document }) => {
      this.analyses.delete(document.uri);
      this.#configurations.forget(document.uri);
      // Its text and model are garbage now.
      this.idleCollector.workDone(document.getText().length);
    });
  }

  /** What the client can do; nothing until `initialize`. */
  get client(): ClientSupport {
    return this.#client;
  }

  /** The rule configuration, settings and treaty table of each document. */
  get configurations(): DocumentConfigurations {
    return this.#configurations;
  }

  /** The workspace folders `initialize` named. */
  get initialFolders(): readonly string[] {
    return this.#initialFolders;
  }

  /**
   * What `initialize` told: what the client can do and its workspace folders. A client that answers
   * `workspace/configuration` is asked for the settings of each document.
   */
  initialize(client: ClientSupport, workspaceFolders: readonly string[]): void {
    this.#client = client;
    this.#initialFolders = workspaceFolders;
    const fetchSettings = client.configuration
      ? async (scopeUri: string): Promise<EditorSettingsSection> => {
          const items = [...SERVER_SETTINGS, SETTINGS_SECTION].map((section) => ({ scopeUri, section }));
          const [rules, vocabulary, fixOnSave, treaties, whole] = (await this.connection.workspace.getConfiguration(items)) as unknown[];
          return settingsFromAnswers({ rules, vocabulary, fixOnSave, treaties }, whole);
        }
      : undefined;
    this.#configurations = new DocumentConfigurations(this.host, this.#reporter, fetchSettings);
  }

  /** Logs a failure of the server's own doing ("diagnostics for file:///a.unres failed: …"). */
  logError(what: string, error: unknown): void {
    this.connection.console.error(`unres: ${what}: ${describeError(error)}`);
  }

  /** The treaty table of a document: bundled, under the workspace's data files. */
  treatyTable(uri: string): Promise<TreatyTable> {
    return this.#configurations.treatyTable(uri, this.#initialFolders);
  }

  /** What the rules consult for a document beyond its text: its treaty table. */
  async ruleContext(uri: string): Promise<RuleContext> {
    return { treaties: await this.treatyTable(uri) };
  }

  /** What a document is linted with: its configuration and treaty table. */
  async lintSettings(uri: string): Promise<LintSettings> {
    return { config: await this.#configurations.forDocument(uri), context: await this.ruleContext(uri) };
  }

  /**
   * The findings of the current version of an open document, with that document; undefined when
   * the document is closed, or changed or the request was cancelled before they were known.
   */
  async findingsOf(uri: string, token?: CancellationToken): Promise<{ document: TextDocument; findings: VersionFindings } | undefined> {
    const settings = await this.lintSettings(uri);
    // Read the document after waiting, so the findings belong to the version they are sent with.
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const version = document.version;
    try {
      const findings = await this.analyses.findings(document, settings, token);
      // TextDocuments updates a document in place: a new version makes these findings stale.
      if (!findings || this.documents.get(uri) !== document || document.version !== version) return undefined;
      return { document, findings };
    } finally {
      this.idleCollector.workDone(document.getText().length);
    }
  }
}
