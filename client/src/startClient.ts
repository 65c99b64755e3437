import {
  commands,
  ConfigurationTarget,
  Disposable,
  EventEmitter,
  languages,
  ProgressLocation,
  Selection,
  StatusBarAlignment,
  window,
  workspace,
  type ExtensionContext,
  type TextDocument,
} from 'vscode';
import { CloseAction, ExecuteCommandRequest, type BaseLanguageClient, type DocumentSelector, type ErrorHandler, type LanguageClientOptions } from 'vscode-languageclient';
import * as protocol from '../../shared/protocol';
import { WORD_TEXT_SCHEME } from '../../shared/wordText';
import { languageScopedConfiguration } from './configuration';
import { detectionAction, DETECTED_LANGUAGES, isShippedRulePage, readDetectMode } from './detection';
import { renderRulePages } from './rulePages';
import { isDocumentStatistics, statisticsLines, statusBarText, statusBarTooltip } from './statistics';
import { wordExport } from './wordExport';
import { wordTextEditor } from './wordTextEditor';
import { compareWithOtherVersion } from './compareVersions';

/** The client id; VS Code reads the `unres.trace.server` setting because of it. */
export const CLIENT_ID = 'unres';
/** The name shown for the client's output channel. */
export const CLIENT_NAME = 'unres language server';

// The palette commands (package.json `contributes.commands`); each calls a server command of shared/protocol.ts.
/** "unres: Renumber paragraphs". */
export const RENUMBER_PARAGRAPHS_COMMAND = 'unres.renumberParagraphs';
/** "unres: Renumber footnotes". */
export const RENUMBER_FOOTNOTES_COMMAND = 'unres.renumberFootnotes';
/** "unres: Insert footnote", at the cursor. */
export const INSERT_FOOTNOTE_COMMAND = 'unres.insertFootnote';
/** "unres: Insert treaty citation", at the cursor, offering the citable treaties when none is named there. */
export const INSERT_TREATY_CITATION_COMMAND = 'unres.insertTreatyCitation';
/** "unres: Lint workspace". */
export const LINT_WORKSPACE_COMMAND = 'unres.lintWorkspace';
/** "unres: Show document statistics". */
export const SHOW_STATISTICS_COMMAND = 'unres.showStatistics';
/** "unres: Compare with another language version". */
export const COMPARE_VERSIONS_COMMAND = 'unres.compareVersions';

/** Asks the server to execute one of its commands; null when it answers nothing. */
function executeServerCommand<C extends protocol.ServerCommand>(client: BaseLanguageClient, command: C, args: protocol.ServerCommandArguments<C>): Promise<protocol.ServerCommandResult<C> | null> {
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<protocol.ServerCommandResult<C> | null>;
}

/**
 * Asks the server to insert the Treaty Series footnote of the treaty named at (or before) the
 * cursor. When no treaty is named there, offers the treaties that have a citation to choose from,
 * and asks again with the one chosen; a message from the server (no citation known) is shown.
 */
async function insertTreatyCitation(client: BaseLanguageClient): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'unres') return;
  const uri = client.code2ProtocolConverter.asUri(editor.document.uri);
  const position = client.code2ProtocolConverter.asPosition(editor.selection.active);
  const ask = (treatyId?: string) => executeServerCommand(client, protocol.INSERT_TREATY_CITATION_COMMAND, treatyId === undefined ? [uri, position] : [uri, position, treatyId]);
  let result = await ask();
  if (result && !result.applied && result.needsTreaty) {
    const treaties = (await executeServerCommand(client, protocol.CITABLE_TREATIES_COMMAND, [uri])) ?? [];
    const choice = await window.showQuickPick(
      treaties.map((t) => ({ label: t.title, description: t.citation, id: t.id })),
      { placeHolder: 'No treaty is named at the cursor: choose the treaty to cite', matchOnDescription: true },
    );
    if (!choice) return;
    result = await ask(choice.id);
  }
  if (result && !result.applied && result.message) void window.showInformationMessage(result.message);
}

/** Builds the host's language client (node: a child process over IPC; web: a worker). */
export type LanguageClientFactory = (id: string, name: string, clientOptions: LanguageClientOptions) => BaseLanguageClient | Promise<BaseLanguageClient>;

/** The documents the node client serves: unres documents on disk, untitled ones, and Word drafts opened as resolution text. */
export const NODE_DOCUMENT_SELECTOR: DocumentSelector = [
  { language: 'unres', scheme: 'file' },
  { language: 'unres', scheme: 'untitled' },
  { language: 'unres', scheme: WORD_TEXT_SCHEME },
];
/** The documents the web client serves: unres documents of any file system (vscode.dev, github.dev). */
export const WEB_DOCUMENT_SELECTOR: DocumentSelector = [{ language: 'unres' }];

/** How long the status bar waits after the last edit before it asks for new counts. */
const STATUS_DELAY_MS = 300;

/**
 * Asks the server to renumber the operative paragraphs (or the footnotes) of the draft in the
 * active editor. The server applies the edit itself (workspace/applyEdit); when there was nothing
 * to renumber, or the edit was not applied, its message is shown.
 */
async function renumber(client: BaseLanguageClient, serverCommand: typeof protocol.RENUMBER_PARAGRAPHS_COMMAND | typeof protocol.RENUMBER_FOOTNOTES_COMMAND): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (!document || document.languageId !== 'unres') return;
  const result = await executeServerCommand(client, serverCommand, [client.code2ProtocolConverter.asUri(document.uri)]);
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
  const result = await executeServerCommand(client, protocol.INSERT_FOOTNOTE_COMMAND, [
    client.code2ProtocolConverter.asUri(editor.document.uri),
    client.code2ProtocolConverter.asPosition(editor.selection.active),
  ]);
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

/** The language server did not start; the language client has already shown why, with a button to the server's output. */
class ServerStartFailure extends Error {
  constructor(readonly reason: unknown) {
    super(`the language server did not start: ${reason instanceof Error ? reason.message : String(reason)}`);
  }
}

/**
 * The language client, started the first time a resolution is open or a command needs it: the
 * extension activates for plain text and Markdown too (to detect resolutions there), and only
 * starts the server when there is a resolution to serve.
 */
class LazyClient {
  #created: BaseLanguageClient | undefined;
  #client: BaseLanguageClient | undefined;
  #starting: Promise<BaseLanguageClient> | undefined;
  #restartAfterCrash: ErrorHandler | undefined;
  readonly #started = new EventEmitter<BaseLanguageClient>();
  /** Fires once the client runs. */
  readonly onStarted = this.#started.event;

  constructor(
    readonly context: ExtensionContext,
    readonly create: () => BaseLanguageClient | Promise<BaseLanguageClient>,
  ) {}

  /** The client, starting it if it is not yet started. Rejects with {@link ServerStartFailure} when the server does not start. */
  get(): Promise<BaseLanguageClient> {
    this.#starting ??= (async () => {
      const client = await this.create();
      this.#created = client;
      this.context.subscriptions.push(client);
      try {
        await client.start();
      } catch (error) {
        throw new ServerStartFailure(error);
      }
      this.#client = client;
      this.#started.fire(client);
      return client;
    })();
    return this.#starting;
  }

  /**
   * The language client's error handler. A server whose connection closes before it has answered
   * `initialize` cannot start (a damaged bundle, a node that cannot run it): restarting it four
   * more times would only hold back the message by half a minute, so it is not restarted and the
   * language client says at once that it could not connect, with a button to the server's output.
   * A server that ran and then stopped is restarted as the language client's own handler does.
   */
  readonly errorHandler: ErrorHandler = {
    error: (error, message, count) => this.#crashHandler().error(error, message, count),
    closed: () => (this.#client === undefined ? { action: CloseAction.DoNotRestart, handled: true } : this.#crashHandler().closed()),
  };

  #crashHandler(): ErrorHandler {
    if (this.#created === undefined) throw new Error('the language client reported on a connection before it was created');
    return (this.#restartAfterCrash ??= this.#created.createDefaultErrorHandler());
  }

  /** The client if it runs, without starting it. */
  get running(): BaseLanguageClient | undefined {
    return this.#client;
  }

  async stop(): Promise<void> {
    const client = this.#client;
    this.#client = undefined;
    this.#starting = undefined;
    if (client?.isRunning()) await client.stop();
  }
}

/** Lints every resolution of the workspace through the server; the problems go to the Problems panel. */
async function lintWorkspace(clients: LazyClient): Promise<void> {
  const client = await clients.get();
  const result = await window.withProgress({ location: ProgressLocation.Window, title: 'unres: linting the workspace' }, () => executeServerCommand(client, protocol.LINT_WORKSPACE_COMMAND, []));
  if (!result) return;
  void window.showInformationMessage(result.message);
  const { error, warning, information, hint } = result.problems;
  if (error + warning + information + hint > 0) await commands.executeCommand('workbench.actions.view.problems');
}

/** The statistics of a document, from the server; undefined when the answer is not statistics. */
async function statisticsOf(client: BaseLanguageClient, document: TextDocument): Promise<protocol.DocumentStatistics | undefined> {
  // Checked: a server of another version could answer something else, which the status bar must not show.
  const stats: unknown = await executeServerCommand(client, protocol.DOCUMENT_STATISTICS_COMMAND, [client.code2ProtocolConverter.asUri(document.uri)]);
  return isDocumentStatistics(stats) ? stats : undefined;
}

/** Shows the counts of the draft in the active editor, one a line. */
async function showStatistics(clients: LazyClient): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (!document || document.languageId !== 'unres') {
    void window.showInformationMessage('unres: open a resolution to see its statistics.');
    return;
  }
  const stats = await statisticsOf(await clients.get(), document);
  if (!stats) return;
  const name = document.uri.path.split('/').pop() || document.uri.toString();
  await window.showInformationMessage(`Statistics of ${name}`, { modal: true, detail: statisticsLines(stats).join('\n') });
}

/**
 * The status bar item of resolution documents: their counts (preambular, operative, footnotes,
 * problems), asked of the server after each edit and each change of diagnostics; hidden for any
 * other document. Clicking it shows the document statistics.
 */
function statusBarItem(clients: LazyClient): Disposable {
  const item = window.createStatusBarItem('unres.statistics', StatusBarAlignment.Right, 100);
  item.name = 'unres document statistics';
  item.command = SHOW_STATISTICS_COMMAND;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  async function update(): Promise<void> {
    const document = window.activeTextEditor?.document;
    const client = clients.running;
    if (!document || document.languageId !== 'unres' || !client) {
      item.hide();
      return;
    }
    const ask = ++asked;
    const stats = await statisticsOf(client, document).catch(() => undefined);
    // A newer question (another edit, another editor) answers instead.
    if (ask !== asked) return;
    if (!stats || window.activeTextEditor?.document !== document) {
      if (window.activeTextEditor?.document !== document) item.hide();
      return;
    }
    item.text = statusBarText(stats);
    item.tooltip = statusBarTooltip(stats);
    item.show();
  }

  function schedule(delay = STATUS_DELAY_MS): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void update();
    }, delay);
  }

  const subscriptions = [
    item,
    window.onDidChangeActiveTextEditor(() => schedule(0)),
    workspace.onDidChangeTextDocument(({ document }) => {
      if (document === window.activeTextEditor?.document) schedule();
    }),
    languages.onDidChangeDiagnostics(({ uris }) => {
      const active = window.activeTextEditor?.document.uri.toString();
      if (active && uris.some((uri) => uri.toString() === active)) schedule();
    }),
    clients.onStarted(() => schedule(0)),
    { dispose: () => timer !== undefined && clearTimeout(timer) },
  ];
  schedule(0);
  return Disposable.from(...subscriptions);
}

/**
 * Detection (`unres.detect`): a plain text or Markdown document that is a resolution is offered
 * the unres language once a session, or switched to it. A wrong value of the setting is told once.
 */
function resolutionDetection(context: ExtensionContext): Disposable {
  const considered = new Set<string>();
  const toldProblems = new Set<string>();

  async function consider(document: TextDocument): Promise<void> {
    if (!DETECTED_LANGUAGES.includes(document.languageId) || isShippedRulePage(document.uri.toString(), context.extensionUri.toString())) return;
    const key = document.uri.toString();
    if (considered.has(key)) return;
    considered.add(key);
    const { mode, problem } = readDetectMode(workspace.getConfiguration('unres', document).get<unknown>('detect'));
    if (problem && !toldProblems.has(problem)) {
      toldProblems.add(problem);
      void window.showWarningMessage(problem);
    }
    const action = detectionAction(mode, document.languageId, document.getText());
    if (action === 'switch') {
      await languages.setTextDocumentLanguage(document, 'unres');
      return;
    }
    if (action !== 'offer') return;
    const name = document.uri.path.split('/').pop() || key;
    const choice = await window.showInformationMessage(`${name} looks like a UN resolution. Open it as one, with the unres checks?`, OPEN_AS_RESOLUTION, DO_NOT_ASK);
    if (choice === OPEN_AS_RESOLUTION) await languages.setTextDocumentLanguage(document, 'unres');
    else if (choice === DO_NOT_ASK) await workspace.getConfiguration('unres').update('detect', 'off', ConfigurationTarget.Global);
  }

  const failed = (error: unknown) => void window.showErrorMessage(`unres: detecting a resolution failed: ${error instanceof Error ? error.message : String(error)}`);
  for (const document of workspace.textDocuments) void consider(document).catch(failed);
  return workspace.onDidOpenTextDocument((document) => void consider(document).catch(failed));
}

const OPEN_AS_RESOLUTION = 'Open as UN resolution';
const DO_NOT_ASK = "Don't ask again";

/**
 * Activates unres in a host: registers the palette commands, the status bar item and detection at
 * once (they cost nothing), and starts the language client the host builds only when a resolution
 * is open or a command needs the server.
 */
export function activateUnres(context: ExtensionContext, createClient: LanguageClientFactory, documentSelector: DocumentSelector): { stop(): Promise<void> } {
  // The settings a user gives the unres language ("[unres]": { … }) apply to the documents the server asks about.
  const clients: LazyClient = new LazyClient(context, () =>
    createClient(CLIENT_ID, CLIENT_NAME, {
      documentSelector,
      errorHandler: clients.errorHandler,
      // A failed `initialize` is reported once, by the client's own start-up message.
      initializationFailedHandler: () => false,
      middleware: {
        workspace: { configuration: languageScopedConfiguration(workspace) },
        // The text of a Word file is read-only: its fixes are made in Word, so none is offered.
        provideCodeActions: (document, range, context, token, next) => (document.uri.scheme === WORD_TEXT_SCHEME ? [] : next(document, range, context, token)),
      },
    }),
  );
  const startFor = (document: TextDocument) => {
    if (document.languageId !== 'unres') return;
    clients.get().catch((error: unknown) => {
      if (error instanceof ServerStartFailure) return;
      void window.showErrorMessage(`unres: the language server did not start: ${error instanceof Error ? error.message : String(error)}`);
    });
  };
  const comparison = languages.createDiagnosticCollection(protocol.COMPARE_DIAGNOSTIC_SOURCE);
  const compare = async (other?: unknown) => {
    const client = await clients.get();
    await compareWithOtherVersion(client, (uri, otherUri, otherText) => executeServerCommand(client, protocol.COMPARE_VERSIONS_COMMAND, otherText === undefined ? [uri, otherUri] : [uri, otherUri, otherText]), comparison, other);
  };
  context.subscriptions.push(
    comparison,
    commands.registerCommand(COMPARE_VERSIONS_COMMAND, (other?: unknown) => paletteCommand('Compare with another language version', () => compare(other))()),
    commands.registerCommand(RENUMBER_PARAGRAPHS_COMMAND, paletteCommand('Renumber paragraphs', async () => renumber(await clients.get(), protocol.RENUMBER_PARAGRAPHS_COMMAND))),
    commands.registerCommand(RENUMBER_FOOTNOTES_COMMAND, paletteCommand('Renumber footnotes', async () => renumber(await clients.get(), protocol.RENUMBER_FOOTNOTES_COMMAND))),
    commands.registerCommand(INSERT_FOOTNOTE_COMMAND, paletteCommand('Insert footnote', async () => insertFootnote(await clients.get()))),
    commands.registerCommand(INSERT_TREATY_CITATION_COMMAND, paletteCommand('Insert treaty citation', async () => insertTreatyCitation(await clients.get()))),
    commands.registerCommand(LINT_WORKSPACE_COMMAND, paletteCommand('Lint workspace', () => lintWorkspace(clients))),
    commands.registerCommand(SHOW_STATISTICS_COMMAND, paletteCommand('Show document statistics', () => showStatistics(clients))),
    workspace.onDidOpenTextDocument(startFor),
    statusBarItem(clients),
    resolutionDetection(context),
    renderRulePages(context),
    wordTextEditor(),
    wordExport(),
  );
  for (const document of workspace.textDocuments) startFor(document);
  return { stop: () => clients.stop() };
}
