import { Uri, type ExtensionContext } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateUnres, WEB_DOCUMENT_SELECTOR } from '../startClient';

let extension: { stop(): Promise<void> } | undefined;

/**
 * Activates unres in VS Code for the Web (vscode.dev, github.dev): the same language server, built
 * for a browser (dist/server/browser/main.js), runs in a web worker once a resolution is open.
 */
export function activate(context: ExtensionContext): void {
  const serverMain = Uri.joinPath(context.extensionUri, 'dist', 'server', 'browser', 'main.js');
  extension = activateUnres(context, (id, name, clientOptions) => new LanguageClient(id, name, clientOptions, new Worker(serverMain.toString(true))), WEB_DOCUMENT_SELECTOR);
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await extension?.stop();
  extension = undefined;
}
