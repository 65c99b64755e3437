import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createMessageConnection,
  DiagnosticRefreshRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ApplyWorkspaceEditParams,
  type ClientCapabilities,
  type InitializeResult,
  type MessageConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type ShowDocumentParams,
  type ShowMessageParams,
} from 'vscode-languageserver/node';
import { LANGUAGE_SERVER_NODE_OPTIONS } from '../../server/src/node/nodeOptions';
import { REPO_ROOT, UNRES_BIN } from '../support/paths';

/** The language server bundle the VS Code extension starts. */
const EXTENSION_SERVER_BUNDLE = path.join(REPO_ROOT, 'dist', 'server', 'node', 'main.js');

/** Client capabilities of a client that pulls diagnostics (as VS Code does). */
export const PULL_DIAGNOSTICS_CAPABILITIES: ClientCapabilities = {
  textDocument: { diagnostic: { dynamicRegistration: false }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
};

/** Client capabilities of a client that only takes pushed diagnostics (as Neovim 0.7 does). */
export const PUSH_DIAGNOSTICS_CAPABILITIES: ClientCapabilities = {
  textDocument: { publishDiagnostics: { versionSupport: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
};

/** The workspace capabilities of VS Code that the server adapts to: settings, watchers, edits, refresh. */
const VSCODE_WORKSPACE_CAPABILITIES: ClientCapabilities['workspace'] = {
  configuration: true,
  didChangeConfiguration: { dynamicRegistration: true },
  didChangeWatchedFiles: { dynamicRegistration: true },
  workspaceEdit: { documentChanges: true },
  applyEdit: true,
  diagnostics: { refreshSupport: true },
};

/** A client like VS Code: pulls diagnostics, answers workspace/configuration, applies edits. */
export const VSCODE_LIKE_CAPABILITIES: ClientCapabilities = { ...PULL_DIAGNOSTICS_CAPABILITIES, workspace: VSCODE_WORKSPACE_CAPABILITIES, window: { showDocument: { support: true } } };

/** A client that takes pushed diagnostics but otherwise does what VS Code does. */
export const PUSH_WITH_WORKSPACE_CAPABILITIES: ClientCapabilities = { ...PUSH_DIAGNOSTICS_CAPABILITIES, workspace: VSCODE_WORKSPACE_CAPABILITIES };

/**
 * A minimal LSP client for tests: runs `unres server` as a child process and speaks JSON-RPC to
 * it, keeping every diagnostics notification it receives. It answers the server's requests as an
 * editor would: `workspace/configuration` from `rulesSetting`, `workspace/applyEdit` by recording
 * the edit and saying it was applied, and records refreshes, registrations and window messages.
 */
export class LspTestClient {
  readonly #published: PublishDiagnosticsParams[] = [];
  readonly #waiters: (() => void)[] = [];
  /** The `unres.rules` setting the client gives for a document's URI. */
  rulesSetting: (scopeUri: string | undefined) => unknown = () => ({});
  /** The other `unres.*` settings (`unres.vocabulary`, `unres.fixOnSave` …) the client gives, by section. */
  otherSettings: (section: string, scopeUri: string | undefined) => unknown = () => null;
  /** Every `workspace/configuration` item the server asked for. */
  readonly configurationRequests: { scopeUri?: string; section?: string }[] = [];
  /** Every `workspace/applyEdit` the server sent. */
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  /** Every capability the server registered. */
  readonly registrations: Registration[] = [];
  /** Every `window/showDocument` the server sent. */
  readonly shownDocuments: ShowDocumentParams[] = [];
  /** Every `window/showMessage` the server sent. */
  readonly shownMessages: ShowMessageParams[] = [];
  /** How many times the server asked to pull diagnostics again. */
  diagnosticRefreshes = 0;
  #stderr = '';
  readonly #consumed = new Map<string, number>();
  /** Resolves to the server's exit code when its process ends. */
  readonly exited: Promise<number | null>;

  private constructor(
    readonly connection: MessageConnection,
    readonly child: ChildProcess,
  ) {
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      this.#stderr += chunk;
    });
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.#published.push(params);
      this.#wake();
    });
    connection.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests.push(...params.items);
      this.#wake();
      return params.items.map((item) => (item.section === 'unres.rules' ? this.rulesSetting(item.scopeUri) : this.otherSettings(item.section ?? '', item.scopeUri)));
    });
    connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.appliedEdits.push(params);
      this.#wake();
      return { applied: true };
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      this.#wake();
    });
    connection.onRequest(ShowDocumentRequest.type, (params) => {
      this.shownDocuments.push(params);
      this.#wake();
      return { success: true };
    });
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.diagnosticRefreshes++;
      this.#wake();
    });
    connection.onNotification(ShowMessageNotification.type, (params) => {
      this.shownMessages.push(params);
      this.#wake();
    });
    connection.listen();
  }

  #wake(): void {
    for (const wake of this.#waiters.splice(0)) wake();
  }

  /** Waits until `condition` holds, checking whenever the server sends something, for up to `timeoutMs`. */
  async waitFor(description: string, condition: () => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`timed out waiting for ${description}; server stderr:\n${this.#stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Starts the server bundle the VS Code extension runs, dist/server/node/main.js, over stdio, with the node options the extension gives it. */
  static startExtensionServer(): LspTestClient {
    const child = spawn(process.execPath, [...LANGUAGE_SERVER_NODE_OPTIONS, EXTENSION_SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    return new LspTestClient(createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin)), child);
  }

  /** Starts `node bin/unres.js server --stdio` (or `--node-ipc`). */
  static start(transport: 'stdio' | 'node-ipc'): LspTestClient {
    if (transport === 'stdio') {
      const child = spawn(process.execPath, [UNRES_BIN, 'server', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
      return new LspTestClient(connection, child);
    }
    const child = spawn(process.execPath, [UNRES_BIN, 'server', '--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    return new LspTestClient(connection, child);
  }

  /** What the server wrote to stderr so far, for failure messages. */
  get stderr(): string {
    return this.#stderr;
  }

  /** Sends initialize and initialized, and returns the server's answer. */
  async initialize(capabilities: ClientCapabilities): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities,
      workspaceFolders: null,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** Every diagnostics notification received so far, for any document. */
  get published(): readonly PublishDiagnosticsParams[] {
    return this.#published;
  }

  /** The next diagnostics notification for `uri` not yet returned by this method, waiting up to `timeoutMs`. */
  async nextDiagnostics(uri: string, timeoutMs = 5000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const seen = this.#consumed.get(uri) ?? 0;
      const forUri = this.#published.filter((p) => p.uri === uri);
      if (forUri.length > seen) {
        this.#consumed.set(uri, seen + 1);
        return forUri[seen];
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; server stderr:\n${this.#stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Sends shutdown and exit, and resolves to the server's exit code. */
  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** Ends the server if a test failed before shutting it down. */
  kill(): void {
    this.connection.dispose();
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }
}
