import type { ExtensionContext } from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';

/** The client id; VS Code reads the `unres.trace.server` setting because of it. */
export const CLIENT_ID = 'unres';
/** The name shown for the client's output channel. */
export const CLIENT_NAME = 'unres language server';

/** Builds the host's language client (node: a child process over IPC; web: a worker). */
export type LanguageClientFactory = (id: string, name: string, clientOptions: LanguageClientOptions) => BaseLanguageClient;

/** The client options every host shares: unres documents on disk and untitled ones. */
export const CLIENT_OPTIONS: LanguageClientOptions = {
  documentSelector: [
    { language: 'unres', scheme: 'file' },
    { language: 'unres', scheme: 'untitled' },
  ],
};

/** Creates the language client with the host's factory, ties it to the extension's lifetime and starts it. */
export async function startClient(context: ExtensionContext, createClient: LanguageClientFactory): Promise<BaseLanguageClient> {
  const client = createClient(CLIENT_ID, CLIENT_NAME, CLIENT_OPTIONS);
  context.subscriptions.push(client);
  await client.start();
  return client;
}
