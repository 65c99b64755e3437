import { PassThrough } from 'node:stream';
import {
  createConnection,
  createMessageConnection,
  InitializedNotification,
  InitializeRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type MessageConnection,
} from 'vscode-languageserver/node';
import { lintInSteps, parseResolution, type Finding, type ResolutionDocument, type RuleConfig, type RuleContext } from '../../server/src/core';
import type { Analyzer } from '../../server/src/lsp/documentAnalyses';
import { startServer } from '../../server/src/lsp/server';

/** The core's parse and lint, counting every parse and every lint the server starts. */
export class CountingAnalyzer implements Analyzer {
  parses = 0;
  lints = 0;

  parse(text: string): ResolutionDocument {
    this.parses++;
    return parseResolution(text);
  }

  lintInSteps(model: ResolutionDocument, config: RuleConfig, context: RuleContext): Generator<void, Finding[]> {
    this.lints++;
    return lintInSteps(model, config, context);
  }
}

/**
 * The language server running in this process, over a pair of in-memory streams, with a counting
 * analyzer: what a test can only see from inside, how often the server parses and lints. It never
 * gets `exit` (which ends the process it runs in); `dispose` closes the streams.
 */
export class InProcessServer {
  readonly analyzer = new CountingAnalyzer();
  readonly connection: MessageConnection;
  readonly #streams: PassThrough[];

  constructor() {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    this.#streams = [toServer, toClient];
    startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), undefined, this.analyzer);
    this.connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    this.connection.listen();
  }

  async initialize(capabilities: ClientCapabilities): Promise<void> {
    // No process id: the server would watch this process, which outlives it.
    await this.connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities, workspaceFolders: null });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  dispose(): void {
    this.connection.dispose();
    for (const stream of this.#streams) stream.end();
  }
}
