import { commands, Selection, window, type ExtensionContext } from 'vscode';
import { ExecuteCommandRequest, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';

/** The client id; VS Code reads the `unres.trace.server` setting because of it. */
export const CLIENT_ID = 'unres';
/** The name shown for the client's output channel. */
export const CLIENT_NAME = 'unres language server';

/** The palette command "unres: Renumber paragraphs" (package.json `contributes.commands`). */
export const RENUMBER_PARAGRAPHS_COMMAND = 'unres.renumberParagraphs';
/** The server command it calls with the document's URI (server/src/lsp/commands.ts). */
export const SERVER_RENUMBER_PARAGRAPHS_COMMAND = 'unres.server.renumberParagraphs';

/** The palette command "unres: Renumber footnotes", and the server command it calls with the document's URI. */
export const RENUMBER_FOOTNOTES_COMMAND = 'unres.renumberFootnotes';
export const SERVER_RENUMBER_FOOTNOTES_COMMAND = 'unres.server.renumberFootnotes';
/** The palette command "unres: Insert footnote", and the server command it calls with the URI and the cursor. */
export const INSERT_FOOTNOTE_COMMAND = 'unres.insertFootnote';
export const SERVER_INSERT_FOOTNOTE_COMMAND = 'unres.server.insertFootnote';

/** What the server's insert command answers (`InsertFootnoteResult` in server/src/lsp/footnotes.ts). */
interface InsertFootnoteResult {
  readonly applied: boolean;
  readonly number?: number;
  readonly definitionPosition?: { readonly line: number; readonly character: number };
  readonly message?: string;
}

/** What the server's renumber command answers (`RenumberParagraphsResult` in server/src/lsp/commands.ts). */
interface RenumberParagraphsResult {
  readonly edits: number;
  readonly applied: boolean;
  readonly message?: string;
}

/** Builds the host's language client (node: a child process over IPC; web: a worker). */
export type LanguageClientFactory = (id: string, name: string, clientOptions: LanguageClientOptions) => BaseLanguageClient;

/** The client options every host shares: unres documents on disk and untitled ones. */
export const CLIENT_OPTIONS: LanguageClientOptions = {
  documentSelector: [
    { language: 'unres', scheme: 'file' },
    { language: 'unres', scheme: 'untitled' },
  ],
};

/**
 * Asks the server to renumber the operative paragraphs (or the footnotes) of the draft in the
 * active editor. The server applies the edit itself (workspace/applyEdit); when there was nothing
 * to renumber, or the edit was not applied, its message is shown.
 */
async function renumber(client: BaseLanguageClient, serverCommand: string): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (!document || document.languageId !== 'unres') return;
  const result = (await client.sendRequest(ExecuteCommandRequest.type, {
    command: serverCommand,
    arguments: [client.code2ProtocolConverter.asUri(document.uri)],
  })) as RenumberParagraphsResult | null;
  if (!result?.message) return;
  if (result.edits === 0) void window.showInformationMessage(result.message);
  else void window.showWarningMessage(result.message);
}

/**
 * Asks the server to insert a footnote at the cursor of the active editor. The server applies the
 * edit (workspace/applyEdit) and answers where the new, empty definition waits: the cursor moves
 * there, to write the footnote's text. When no footnote can go at the cursor, its message is shown.
 */
async function insertFootnote(client: BaseLanguageClient): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'unres') return;
  const result = (await client.sendRequest(ExecuteCommandRequest.type, {
    command: SERVER_INSERT_FOOTNOTE_COMMAND,
    arguments: [client.code2ProtocolConverter.asUri(editor.document.uri), client.code2ProtocolConverter.asPosition(editor.selection.active)],
  })) as InsertFootnoteResult | null;
  if (!result) return;
  if (!result.applied) {
    if (result.message) void window.showInformationMessage(result.message);
    return;
  }
  if (!result.definitionPosition || window.activeTextEditor !== editor) return;
  const position = client.protocol2CodeConverter.asPosition(result.definitionPosition);
  editor.selection = new Selection(position, position);
  editor.revealRange(editor.selection);
}

/** Runs a palette command, showing its failure as an error message. */
function paletteCommand(title: string, run: () => Promise<void>): () => Promise<void> {
  return () =>
    run().catch((error: unknown) => {
      void window.showErrorMessage(`unres: ${title} failed: ${error instanceof Error ? error.message : String(error)}`);
    });
}

/** Creates the language client with the host's factory, ties it to the extension's lifetime and starts it. */
export async function startClient(context: ExtensionContext, createClient: LanguageClientFactory): Promise<BaseLanguageClient> {
  const client = createClient(CLIENT_ID, CLIENT_NAME, CLIENT_OPTIONS);
  context.subscriptions.push(client);
  context.subscriptions.push(
    commands.registerCommand(RENUMBER_PARAGRAPHS_COMMAND, paletteCommand('Renumber paragraphs', () => renumber(client, SERVER_RENUMBER_PARAGRAPHS_COMMAND))),
    commands.registerCommand(RENUMBER_FOOTNOTES_COMMAND, paletteCommand('Renumber footnotes', () => renumber(client, SERVER_RENUMBER_FOOTNOTES_COMMAND))),
    commands.registerCommand(INSERT_FOOTNOTE_COMMAND, paletteCommand('Insert footnote', () => insertFootnote(client))),
  );
  await client.start();
  return client;
}
