import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

// What the extension-host tests share: the files of the test workspace, waiting for the language
// server, and the diagnostics unres publishes.

/** A file of the workspace folder the suite runs in. */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite runs in a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Polls `probe` until it gives a value (the language server answers asynchronously). */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The diagnostics of a document from the unres language server (not those of "unres compare"). */
export function unresDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'unres');
}
