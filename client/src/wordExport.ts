// "unres: Export as Word document": the draft in the active editor, as it stands (unsaved edits
// included), written as a .docx in the layout of a UN draft, beside the draft or where the drafter
// chooses. The writer is the one `unres export --to docx` uses; it is pure, so this runs the same
// on the desktop and on the web, through the workspace file system.
import { commands, Uri, window, workspace, type Disposable, type TextDocument } from 'vscode';
import { isDraftText } from '../../server/src/core';
import { writeResolutionDocx } from '../../server/src/export';
import { WORD_TEXT_SCHEME } from '../../shared/wordText';

/** "unres: Export as Word document". */
export const EXPORT_WORD_COMMAND = 'unres.exportWord';

function nameOf(uri: Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

/** The draft's address with `.docx` for its extension: "water.unres" and "water.res.md" give "water.docx". */
export function wordExportUri(draft: Uri): Uri {
  const name = nameOf(draft);
  const base = name.replace(/\.res\.md$/i, '').replace(/\.[^.]*$/, '') || name;
  const folder = draft.path.slice(0, draft.path.length - name.length);
  return draft.with({ path: `${folder}${base}.docx`, query: '', fragment: '' });
}

/** Why a document cannot be exported, or undefined when it can. */
export function exportRefusal(document: Pick<TextDocument, 'uri' | 'languageId' | 'getText'>): string | undefined {
  const name = nameOf(document.uri);
  if (document.uri.scheme === WORD_TEXT_SCHEME) return `${name} is read from a Word file: the Word file is the document to send`;
  const text = document.getText();
  if (!isDraftText(text, document.languageId === 'markdown' ? 'markdown' : 'plain')) return `${name} is not a resolution draft`;
  return undefined;
}

/** The document to export: the one given (a URI, as the explorer passes it), or the active editor's. */
async function documentToExport(given: unknown): Promise<TextDocument | undefined> {
  if (given instanceof Uri) return workspace.openTextDocument(given);
  return window.activeTextEditor?.document;
}

/**
 * Exports a draft. `given` is the draft (default: the active editor's); `target` where to write,
 * without asking (default: a save dialog opened beside the draft). Returns the address written,
 * or undefined when nothing was (refused, or the dialog cancelled).
 */
async function exportWord(given: unknown, target: unknown): Promise<Uri | undefined> {
  const document = await documentToExport(given);
  if (!document) {
    void window.showErrorMessage('unres: open a resolution draft to export it as a Word document.');
    return undefined;
  }
  const refusal = exportRefusal(document);
  if (refusal) {
    void window.showErrorMessage(`unres: cannot export: ${refusal}.`);
    return undefined;
  }
  const destination =
    target instanceof Uri
      ? target
      : await window.showSaveDialog({ defaultUri: wordExportUri(document.uri), filters: { 'Word document': ['docx'] }, saveLabel: 'Export', title: 'Export as Word document' });
  if (!destination) return undefined;
  if (destination.toString() === document.uri.toString()) {
    void window.showErrorMessage('unres: cannot export: the Word document would overwrite the draft. Choose another name.');
    return undefined;
  }
  const bytes = await writeResolutionDocx(document.getText());
  await workspace.fs.writeFile(destination, bytes);
  void window.showInformationMessage(`unres: ${nameOf(document.uri)} exported as ${nameOf(destination)}.`);
  return destination;
}

/** Registers "unres: Export as Word document". */
export function wordExport(): Disposable {
  return commands.registerCommand(EXPORT_WORD_COMMAND, (given: unknown, target: unknown) =>
    exportWord(given, target).catch((error: unknown) => {
      void window.showErrorMessage(`unres: exporting as a Word document failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }),
  );
}
