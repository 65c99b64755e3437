import { spawn, type ChildProcess } from 'node:child_process';
import {
  createMessageConnection,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { UNRES_BIN } from '../support/paths';

/** Client capabilities of a client that pulls diagnostics (as VS Code does). */
export const PULL_DIAGNOSTICS_CAPABILITIES: ClientCapabilities = {
  textDocument: { diagnostic: { dynamicRegistration: false }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
};

/** Client capabilities of a client that only takes pushed diagnostics (as Neovim 0.7 does). */
export const PUSH_DIAGNOSTICS_CAPABILITIES: ClientCapabilities = {
  textDocument: { publishDiagnostics: { versionSupport: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
};

/**
 * A minimal LSP client for tests: runs `unres server` as a child process and speaks JSON-RPC to
 * it, keeping every diagnostics notification it receives.
 */
export class LspTestClient {
  readonly #published: PublishDiagnosticsParams[] = [];
  readonly #waiters: (() => void)[] = [];
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
      for (const wake of this.#waiters.splice(0)) wake();
    });
    connection.listen();
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
