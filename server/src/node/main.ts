import * as path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';
import { messageGate } from '../lsp/messageGate';
import { exitOnBrokenFraming } from './framingGuard';
import { createNodeServerHost } from './serverHost';

// This file is bundled to dist/server/node/main.js; the rule pages ship in docs/rules beside dist/.
const RULE_DOCS_FOLDER = path.resolve(__dirname, '..', '..', '..', 'docs', 'rules');

// The transport (--stdio, --node-ipc, --socket=N, --pipe=NAME) comes from the command line.
startServer(createConnection(ProposedFeatures.all, messageGate()), createNodeServerHost(RULE_DOCS_FOLDER));
// After the connection listens, so that it has read from standard input first.
exitOnBrokenFraming(process.argv, process.stdin, (message) => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
});

