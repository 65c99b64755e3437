import * as assert from 'node:assert/strict';
import { DidChangeTextDocumentNotification, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LspTestClient } from './lspTestClient';

/**
 * Applies a workspace edit from the server to the test's copy of a document and sends the new
 * text, as an editor does; checks that the edit was made for the version the copy holds.
 */
export async function applyAsEditor(client: LspTestClient, documents: Map<string, TextDocument>, edit: WorkspaceEdit): Promise<string> {
  const [change] = edit.documentChanges as TextDocumentEdit[];
  const document = documents.get(change.textDocument.uri)!;
  assert.equal(change.textDocument.version, document.version, 'the edit is for the version the client holds');
  const text = TextDocument.applyEdits(document, change.edits);
  const version = document.version + 1;
  documents.set(document.uri, TextDocument.create(document.uri, 'unres', version, text));
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: document.uri, version }, contentChanges: [{ text }] });
  return text;
}
