// "unres: Open as resolution text": a Word draft (.docx) shown as the text unres checks, in a
// read-only editor of the unres language, so the language server gives it diagnostics, hovers,
// the outline and the rest. The Word file is read here, in the extension, through the workspace
// file system: the same on the desktop and on the web.
import { commands, Disposable, EventEmitter, FileSystemError, TabInputCustom, TabInputText, Uri, window, workspace, type TextDocumentContentProvider } from 'vscode';
import { DOCX_LIMITS, isWordFileName } from '../../server/src/docx';
import { parseWordTextUri, WORD_TEXT_SCHEME, wordTextUri, type WordTextView } from '../../shared/wordText';
import { readDetectMode } from './detection';
import { readWordText, wordTextRefusal, type WordTextResult } from './wordText';

/** "unres: Open as resolution text". */
export const OPEN_WORD_AS_TEXT_COMMAND = 'unres.openWordAsText';

const SHOW_ORIGINAL = 'Show the text before the changes';
const SHOW_ACCEPTED = 'Show the changes accepted';
const OPEN_AS_TEXT = 'Open as resolution text';

function nameOf(uri: Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

/** Whether a URI is a .docx (the offer is made for these; the command takes .docm too, to say why it cannot). */
function isDocx(uri: Uri): boolean {
  return /\.docx$/i.test(uri.path);
}

/** The Word file a resolution text shows. */
function sourceOf(textUri: Uri): { source: Uri; view: WordTextView } | undefined {
  const parsed = parseWordTextUri(textUri.toString());
  return parsed && { source: Uri.parse(parsed.source), view: parsed.view };
}

/** Reads the Word file a resolution text shows. Never throws: a file that cannot be read gives its message. */
async function readSource(textUri: Uri): Promise<WordTextResult> {
  const found = sourceOf(textUri);
  if (!found) return { ok: false, message: `unres: ${textUri.toString()} does not name a Word file.` };
  const name = nameOf(found.source);
  try {
    const { size } = await workspace.fs.stat(found.source);
    if (size > DOCX_LIMITS.archiveBytes) return { ok: false, message: wordTextRefusal(name, `larger than ${DOCX_LIMITS.archiveBytes / (1024 * 1024)} MiB`) };
    return readWordText(name, await workspace.fs.readFile(found.source), found.view);
  } catch (error) {
    const reason = error instanceof FileSystemError ? error.message.replace(/\s*\(\w+\)$/, '') : error instanceof Error ? error.message : String(error);
    return { ok: false, message: wordTextRefusal(name, reason) };
  }
}

/** The text of `unres-word:` documents, read from their Word file; told again when the file changes. */
class WordTextProvider implements TextDocumentContentProvider {
  readonly #changed = new EventEmitter<Uri>();
  readonly onDidChange = this.#changed.event;
  /** What the command read just before it opened (or refreshed) a document: used once, not read twice. */
  readonly #justRead = new Map<string, WordTextResult>();

  async provideTextDocumentContent(uri: Uri): Promise<string> {
    const key = uri.toString();
    const result = this.#justRead.get(key) ?? (await readSource(uri));
    this.#justRead.delete(key);
    // Shown by VS Code in place of the text (opening from the Problems panel, a file that changed).
    if (!result.ok) throw new Error(result.message);
    return result.text;
  }

  /** Keeps what was read for the document's next reading, and has an open one read again. */
  justRead(uri: Uri, result: WordTextResult): void {
    this.#justRead.set(uri.toString(), result);
    if (workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) this.#changed.fire(uri);
  }

  /** Has the open texts of a Word file read again, after it changed on disk. */
  sourceChanged(source: Uri): void {
    for (const document of workspace.textDocuments) {
      if (document.uri.scheme === WORD_TEXT_SCHEME && sourceOf(document.uri)?.source.toString() === source.toString()) this.#changed.fire(document.uri);
    }
  }

  dispose(): void {
    this.#changed.dispose();
  }
}

/** The Word file in the active editor: a .docx tab (VS Code's binary notice), or the resolution text of one. */
function activeWordFile(): Uri | undefined {
  const input = window.tabGroups.activeTabGroup.activeTab?.input;
  const uri = input instanceof TabInputText || input instanceof TabInputCustom ? input.uri : undefined;
  if (!uri) return undefined;
  if (uri.scheme === WORD_TEXT_SCHEME) return sourceOf(uri)?.source;
  return isWordFileName(uri.path) ? uri : undefined;
}

/**
 * Opens a Word file as resolution text: the file given (the explorer's or the editor title's),
 * else the one in the active editor, else one chosen in a dialog. A file that cannot be read is
 * said in one line; the tracked changes, comments and what the text leaves out are said in a
 * message, with a button to the other view when there are tracked changes.
 */
async function openWordAsText(provider: WordTextProvider, given: unknown, view: WordTextView = 'accepted'): Promise<void> {
  let file = given instanceof Uri ? given : activeWordFile();
  if (file?.scheme === WORD_TEXT_SCHEME) file = sourceOf(file)?.source;
  if (!file) {
    const chosen = await window.showOpenDialog({ canSelectMany: false, filters: { 'Word documents': ['docx'] }, openLabel: OPEN_AS_TEXT });
    file = chosen?.[0];
    if (!file) return;
  }
  const textUri = Uri.parse(wordTextUri(file.toString(), view));
  const result = await readSource(textUri);
  if (!result.ok) {
    void window.showErrorMessage(result.message);
    return;
  }
  provider.justRead(textUri, result);
  const document = await workspace.openTextDocument(textUri);
  await window.showTextDocument(document, { preview: false });
  if (!result.note) return;
  // Not waited for: the command is done once the text is shown.
  const other = result.reading.trackedChanges === 0 ? [] : [view === 'accepted' ? SHOW_ORIGINAL : SHOW_ACCEPTED];
  const source = file;
  void window.showInformationMessage(result.note, ...other).then((choice) => {
    if (choice !== undefined) void openWordAsText(provider, source, view === 'accepted' ? 'original' : 'accepted').catch(openFailed);
  });
}

function openFailed(error: unknown): void {
  void window.showErrorMessage(`unres: Open as resolution text failed: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * Offers "Open as resolution text" when a .docx opens in an editor (VS Code shows only that it is
 * a binary file), once a file in a session, unless `unres.detect` is "off".
 */
function offerOnWordTabs(open: (file: Uri) => Promise<void>): Disposable {
  const offered = new Set<string>();
  const consider = async (uri: Uri): Promise<void> => {
    const key = uri.toString();
    if (!isDocx(uri) || uri.scheme === WORD_TEXT_SCHEME || offered.has(key)) return;
    offered.add(key);
    if (readDetectMode(workspace.getConfiguration('unres', uri).get<unknown>('detect')).mode === 'off') return;
    const choice = await window.showInformationMessage(`${nameOf(uri)} is a Word file. Open it as resolution text, with the unres checks?`, OPEN_AS_TEXT);
    if (choice === OPEN_AS_TEXT) await open(uri);
  };
  const inputUri = (input: unknown) => (input instanceof TabInputText || input instanceof TabInputCustom ? input.uri : undefined);
  const failed = (error: unknown) => void window.showErrorMessage(`unres: offering to open a Word file failed: ${error instanceof Error ? error.message : String(error)}`);
  for (const tab of window.tabGroups.all.flatMap((group) => group.tabs)) {
    const uri = inputUri(tab.input);
    if (uri && tab.isActive) void consider(uri).catch(failed);
  }
  return window.tabGroups.onDidChangeTabs(({ opened }) => {
    for (const tab of opened) {
      const uri = inputUri(tab.input);
      if (uri) void consider(uri).catch(failed);
    }
  });
}

/** Registers the resolution texts of Word files: their content, the command, the offer, and reading them again when the file changes. */
export function wordTextEditor(): Disposable {
  const provider = new WordTextProvider();
  const open = (file: unknown) => openWordAsText(provider, file).catch(openFailed);
  const watcher = workspace.createFileSystemWatcher('**/*.docx');
  return Disposable.from(
    provider,
    workspace.registerTextDocumentContentProvider(WORD_TEXT_SCHEME, provider),
    commands.registerCommand(OPEN_WORD_AS_TEXT_COMMAND, open),
    watcher,
    watcher.onDidChange((uri) => provider.sourceChanged(uri)),
    watcher.onDidCreate((uri) => provider.sourceChanged(uri)),
    offerOnWordTabs(open),
  );
}
