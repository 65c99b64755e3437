import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_SERVER_NODE_OPTIONS } from '../../server/src/node/nodeOptions';
import { activateUnres, NODE_DOCUMENT_SELECTOR } from './startClient';

let extension: { stop(): Promise<void> } | undefined;

/**
 * Activates unres in VS Code desktop (and code-server): the bundled language server
 * (dist/server/node/main.js) runs in a node process over IPC once a resolution is open.
 */
export function activate(context: ExtensionContext): void {
  const module = context.asAbsolutePath('dist/server/node/main.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...LANGUAGE_SERVER_NODE_OPTIONS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...LANGUAGE_SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6009'] } },
  };
  extension = activateUnres(context, (id, name, clientOptions) => new LanguageClient(id, name, serverOptions, clientOptions), NODE_DOCUMENT_SELECTOR);
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await extension?.stop();
  extension = undefined;
}
