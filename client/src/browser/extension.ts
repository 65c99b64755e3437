import { Uri, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateUnres, WEB_DOCUMENT_SELECTOR } from '../startClient';

let extension: { stop(): Promise<void> } | undefined;

/**
 * The web worker that runs the language server. In vscode.dev and github.dev the extension's files
 * have an https address the worker loads itself. Installed on a server whose workbench runs in the
 * browser (code-server, a VS Code server), they are `vscode-remote:` files, which the web
 * extension host does not let a worker load: the script is read through the workspace file system
 * and started from a blob.
 */
async function serverWorker(serverMain: Uri): Promise<Worker> {
  if (serverMain.scheme !== 'vscode-remote') return new Worker(serverMain.toString(true));
  const script = await workspace.fs.readFile(serverMain);
  return new Worker(URL.createObjectURL(new Blob([new Uint8Array(script)], { type: 'text/javascript' })));
}

/**
 * Activates unres in VS Code for the Web (vscode.dev, github.dev): the same language server, built
 * for a browser (dist/server/browser/main.js), runs in a web worker once a resolution is open.
 */
export function activate(context: ExtensionContext): void {
  const serverMain = Uri.joinPath(context.extensionUri, 'dist', 'server', 'browser', 'main.js');
  extension = activateUnres(context, async (id, name, clientOptions) => new LanguageClient(id, name, clientOptions, await serverWorker(serverMain)), WEB_DOCUMENT_SELECTOR);
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await extension?.stop();
  extension = undefined;
}
