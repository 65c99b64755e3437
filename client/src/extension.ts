import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type BaseLanguageClient, type ServerOptions } from 'vscode-languageclient/node';
import { startClient } from './startClient';

let client: BaseLanguageClient | undefined;

/** Starts the bundled language server (dist/server/node/main.js) in a node process over IPC. */
export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server/node/main.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  client = await startClient(context, (id, name, clientOptions) => new LanguageClient(id, name, serverOptions, clientOptions));
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
