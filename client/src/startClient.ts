import { commands, window, type ExtensionContext } from 'vscode';
import { ExecuteCommandRequest, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';

/** The client id; VS Code reads the `unres.trace.server` setting because of it. */
export const CLIENT_ID = 'unres';
/** The name shown for the client's output channel. */
export const CLIENT_NAME = 'unres language server';

/** The palette command "unres: Renumber paragraphs" (package.json `contributes.commands`). */
export const RENUMBER_PARAGRAPHS_COMMAND = 'unres.renumberParagraphs';
/** The server command it calls with the document's URI (server/src/lsp/commands.ts). */
export const SERVER_RENUMBER_PARAGRAPHS_COMMAND = 'unres.server.renumberParagraphs';

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
 * Asks the server to renumber the operative paragraphs of the draft in the active editor. The
 * server applies the edit itself (workspace/applyEdit); when there was nothing to renumber, or the
 * edit was not applied, its message is shown.
 */
async function renumberParagraphs(client: BaseLanguageClient): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (!document || document.languageId !== 'unres') return;
  const result = (await client.sendRequest(ExecuteCommandRequest.type, {
    command: SERVER_RENUMBER_PARAGRAPHS_COMMAND,
    arguments: [client.code2ProtocolConverter.asUri(document.uri)],
  })) as RenumberParagraphsResult | null;
  if (!result?.message) return;
  if (result.edits === 0) void window.showInformationMessage(result.message);
  else void window.showWarningMessage(result.message);
}

/** Creates the language client with the host's factory, ties it to the extension's lifetime and starts it. */
export async function startClient(context: ExtensionContext, createClient: LanguageClientFactory): Promise<BaseLanguageClient> {
  const client = createClient(CLIENT_ID, CLIENT_NAME, CLIENT_OPTIONS);
  context.subscriptions.push(client);
  context.subscriptions.push(
    commands.registerCommand(RENUMBER_PARAGRAPHS_COMMAND, () =>
      renumberParagraphs(client).catch((error: unknown) => {
        void window.showErrorMessage(`unres: Renumber paragraphs failed: ${error instanceof Error ? error.message : String(error)}`);
      }),
    ),
  );
  await client.start();
  return client;
}
