// The rule pages a diagnostic links to (docs/rules/UNR001.md, shipped in the extension) open as a
// rendered page, not as the Markdown source: a drafter clicks the rule id in the Problems panel to
// read what the rule asks for.
import { commands, TabInputText, window, type Disposable, type ExtensionContext, type TextEditor } from 'vscode';
import { isShippedRulePage } from './detection';

/** Shows a rule page opened as text in the Markdown preview instead, and closes its source tab. */
export function renderRulePages(context: ExtensionContext): Disposable {
  const extensionUri = context.extensionUri.toString();
  const render = async (editor: TextEditor | undefined): Promise<void> => {
    const uri = editor?.document.uri;
    if (!uri || !isShippedRulePage(uri.toString(), extensionUri)) return;
    await commands.executeCommand('markdown.showPreview', uri);
    const tabs = window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof TabInputText && tab.input.uri.toString() === uri.toString());
    await window.tabGroups.close(tabs);
  };
  const failed = (error: unknown) => void window.showErrorMessage(`unres: showing the rule page failed: ${error instanceof Error ? error.message : String(error)}`);
  void render(window.activeTextEditor).catch(failed);
  return window.onDidChangeActiveTextEditor((editor) => void render(editor).catch(failed));
}
