import { Uri, ViewColumn, window, workspace, type DiagnosticCollection } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { CompareVersionsResult } from '../../shared/protocol';
import { wordTextUri } from '../../shared/wordText';
import { versionCandidates } from './versionCandidates';

/** Asks the server to compare a document with another (the "Compare versions" server command). */
export type CompareRequest = (uri: string, otherUri: string, otherText?: string) => Promise<CompareVersionsResult | null>;

/** The drafts a workspace holds, as the palette offers them: unres files and Word files. */
const DRAFT_FILES = '**/*.{unres,res.md,docx,md,txt}';
const NOT_SEARCHED = '**/{node_modules,.git}/**';
/** How many files the quick pick lists at most. */
const MAX_FILES = 500;
const CHOOSE_FILE = 'Choose a file…';

/** The other version: a draft of the workspace chosen in a quick pick, or any file through the file dialog. */
async function chooseOtherVersion(current: Uri): Promise<Uri | undefined> {
  const found = await workspace.findFiles(DRAFT_FILES, NOT_SEARCHED, MAX_FILES);
  const byPath = new Map(found.map((uri) => [workspace.asRelativePath(uri), uri]));
  const candidates = versionCandidates(workspace.asRelativePath(current), [...byPath.keys()]);
  const choice = await window.showQuickPick([...candidates.map((candidate) => ({ label: candidate.label, description: candidate.description, file: candidate.file })), { label: CHOOSE_FILE, description: '', file: '' }], {
    placeHolder: 'The other language version of this resolution',
    matchOnDescription: true,
  });
  if (!choice) return undefined;
  if (choice.file !== '') return byPath.get(choice.file);
  const picked = await window.showOpenDialog({ canSelectMany: false, openLabel: 'Compare', filters: { 'Resolution drafts': ['unres', 'md', 'txt', 'docx'] } });
  return picked?.[0];
}

/**
 * "unres: Compare with another language version": asks for the other version, asks the server for
 * the parallel check and shows each difference as a problem in both versions, in `collection`
 * (source "unres compare"), which each run clears first. `given`, the other version's address,
 * skips the question (a keybinding's or a script's argument).
 */
export async function compareWithOtherVersion(client: BaseLanguageClient, request: CompareRequest, collection: DiagnosticCollection, given?: unknown): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (!document || document.languageId !== 'unres') {
    void window.showInformationMessage('unres: open a resolution to compare it with another language version.');
    return;
  }
  const other = given instanceof Uri ? given : await chooseOtherVersion(document.uri);
  if (!other) return;
  // A Word file is read as the text "Open as resolution text" shows; another file is sent as it is
  // on disk (or as open in the editor), so the server need not read it (it cannot in the browser).
  const isWord = /\.docx$/i.test(other.path);
  const otherUri = isWord ? Uri.parse(wordTextUri(other.toString())) : other;
  const open = workspace.textDocuments.find((candidate) => candidate.uri.toString() === otherUri.toString());
  const otherText = isWord ? open?.getText() : (open?.getText() ?? new TextDecoder('utf-8').decode(await workspace.fs.readFile(other)));
  const convert = client.code2ProtocolConverter;
  const result = await request(convert.asUri(document.uri), convert.asUri(otherUri), otherText);
  collection.clear();
  if (!result) return;
  for (const version of result.documents) {
    collection.set(client.protocol2CodeConverter.asUri(version.uri), await client.protocol2CodeConverter.asDiagnostics(version.diagnostics));
  }
  const differences = result.documents.some((version) => version.diagnostics.length > 0);
  if (!differences) {
    void window.showInformationMessage(result.message);
    return;
  }
  const action = await window.showWarningMessage(result.message, 'Open the other version beside');
  if (action) await window.showTextDocument(otherUri, { viewColumn: ViewColumn.Beside, preview: true });
}
