import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createConnection,
  createMessageConnection,
  DiagnosticRefreshRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  LogMessageNotification,
  ProposedFeatures,
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
import type { Analyzer } from '../../server/src/lsp/documentAnalyses';
import type { ServerHost } from '../../server/src/lsp/host';
import { messageGate } from '../../server/src/lsp/messageGate';
import { startServer } from '../../server/src/lsp/server';
import { LANGUAGE_SERVER_NODE_OPTIONS } from '../../server/src/node/nodeOptions';
import { createNodeServerHost } from '../../server/src/node/serverHost';
import { REPO_ROOT, UNRES_BIN } from '../support/paths';

/** The language server bundle the VS Code extension starts. */
const EXTENSION_SERVER_BUNDLE = path.join(REPO_ROOT, 'dist', 'server', 'node', 'main.js');
/** The rule pages, where `unres server` finds them beside dist/. */
const RULE_DOCS_FOLDER = path.join(REPO_ROOT, 'docs', 'rules');

/**
 * Where the server a test client talks to runs: a child process (the bundle `unres server` or the
 * extension runs), or this process, started with `startServer` on a pair of in-memory streams.
 */
type ServerEnd = { readonly kind: 'process'; readonly child: ChildProcess } | { readonly kind: 'in process'; readonly streams: readonly PassThrough[] };

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
 * A minimal LSP client for tests: speaks JSON-RPC to the server, keeping every diagnostics
 * notification it receives. It answers the server's requests as an editor would:
 * `workspace/configuration` from `rulesSetting`, `workspace/applyEdit` by recording the edit and
 * saying it was applied, and records refreshes, registrations and window messages.
 *
 * The server runs in this process (`inProcess`), which is what feature tests use: it starts in a
 * few milliseconds. Tests of what only a process shows (start-up of the bundle, stdio and IPC
 * framing, exit codes, crashes) start `unres server` (`start`) or the extension's bundle
 * (`startExtensionServer`) as a child process.
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
  /** What the server logged (`window/logMessage`), for failure messages. */
  #log = '';
  readonly #consumed = new Map<string, number>();
  readonly #server: ServerEnd;

  private constructor(
    readonly connection: MessageConnection,
    server: ServerEnd,
  ) {
    this.#server = server;
    if (server.kind === 'process') {
      server.child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
        this.#stderr += chunk;
      });
    }
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.#log += `${params.message}\n`;
    });
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
      if (remaining <= 0) throw new Error(`timed out waiting for ${description}; ${this.#serverOutput()}`);
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
    return new LspTestClient(createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin)), { kind: 'process', child });
  }

  /** Starts `node bin/unres.js server --stdio` (or `--node-ipc`). */
  static start(transport: 'stdio' | 'node-ipc'): LspTestClient {
    if (transport === 'stdio') {
      const child = spawn(process.execPath, [UNRES_BIN, 'server', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
      return new LspTestClient(connection, { kind: 'process', child });
    }
    const child = spawn(process.execPath, [UNRES_BIN, 'server', '--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    return new LspTestClient(connection, { kind: 'process', child });
  }

  /**
   * Starts the server in this process, as `unres server` starts it (the same connection options, the
   * node host with the rule pages of docs/rules), on a pair of in-memory streams.
   *
   * @param host Another host, such as the one of the web worker, which has no file system.
   * @param analyzer The core's parse and lint, for a test that counts them.
   */
  static inProcess(options: { host?: ServerHost; analyzer?: Analyzer } = {}): LspTestClient {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const serverConnection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient), messageGate());
    startServer(serverConnection, options.host ?? createNodeServerHost(RULE_DOCS_FOLDER), options.analyzer);
    return new LspTestClient(createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer)), { kind: 'in process', streams: [toServer, toClient] });
  }

  /** The server's child process; tests of what a process does write to its input themselves. */
  get child(): ChildProcess {
    if (this.#server.kind !== 'process') throw new Error('the server runs in this process');
    return this.#server.child;
  }

  /** Resolves to the exit code of the server's process when it ends. */
  get exited(): Promise<number | null> {
    const child = this.child;
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
    return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  /** What the server's process wrote to stderr so far, for failure messages. */
  get stderr(): string {
    return this.#stderr;
  }

  #serverOutput(): string {
    return this.#server.kind === 'process' ? `server stderr:\n${this.#stderr}` : `server log:\n${this.#log}`;
  }

  /** Sends initialize (with the workspace folders given, as URIs) and initialized, and returns the server's answer. */
  async initialize(capabilities: ClientCapabilities, workspaceFolders?: readonly string[]): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      // The server would watch the process that started it, and keep this one alive for it.
      processId: this.#server.kind === 'process' ? process.pid : null,
      rootUri: null,
      capabilities,
      workspaceFolders: workspaceFolders ? workspaceFolders.map((uri, i) => ({ uri, name: `folder ${i}` })) : null,
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
      if (remaining <= 0) throw new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; ${this.#serverOutput()}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /**
   * Sends shutdown, and to a server process exit; resolves to the exit code of the process. A
   * server in this process is not sent exit (it would end this process): it is left with its
   * streams closed, and resolves to undefined.
   */
  async shutdown(): Promise<number | null | undefined> {
    await this.connection.sendRequest(ShutdownRequest.type);
    if (this.#server.kind === 'in process') {
      this.kill();
      return undefined;
    }
    await this.connection.sendNotification(ExitNotification.type);
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** Ends the server if a test failed before shutting it down. */
  kill(): void {
    this.connection.dispose();
    if (this.#server.kind === 'in process') {
      for (const stream of this.#server.streams) stream.end();
      return;
    }
    const child = this.#server.child;
    if (child.exitCode === null && child.signalCode === null) child.kill();
  }
}
