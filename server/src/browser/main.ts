import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { HOST_WITHOUT_FILE_SYSTEM } from '../lsp/host';
import { messageGate } from '../lsp/messageGate';
import { startServer } from '../lsp/server';

// The language server in a web worker (VS Code for the Web): the client talks to it through the
// worker's messages. No file system: no .unres.json, no rule pages on disk, no workspace lint; the
// treaty table and every rule are bundled.
declare const self: DedicatedWorkerGlobalScope;

startServer(createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self), messageGate()), HOST_WITHOUT_FILE_SYSTEM);
