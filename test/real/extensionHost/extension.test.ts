import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { REAL_DRAFT_NAME, REAL_DRAFT_TXT_NAME } from '../support/realClients';
import { unresDiagnostics, waitFor, workspaceFile } from './workspace';

/**
 * The extension in a real VS Code extension host (code-server's, see test/real/launcher/code.ts),
 * through the `vscode` API only: what a user gets from the language server, not what the server
 * answers a test client. The workspace holds a copy of a real draft from ../shared; the other
 * drafts are written here.
 */

const EXTENSION_ID = 'unres.unres';


async function openDraft(name: string, text?: string): Promise<vscode.TextEditor> {
  const uri = workspaceFile(name);
  if (text !== undefined) fs.writeFileSync(uri.fsPath, text);
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

const SEVERITY_NAMES: Record<vscode.DiagnosticSeverity, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/** A finding as `unres lint --format json` writes it. */
interface LintFinding {
  rule: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

function asFinding(diagnostic: vscode.Diagnostic): LintFinding {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  const { start, end } = diagnostic.range;
  return {
    rule: String(code),
    severity: SEVERITY_NAMES[diagnostic.severity],
    message: diagnostic.message,
    range: { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } },
  };
}

function hoverText(hovers: vscode.Hover[]): string[] {
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)));
}

function completionLabel(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

describe('the unres extension in a VS Code extension host', () => {
  let extension: vscode.Extension<unknown>;

  before(async () => {
    const found = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(found, `${EXTENSION_ID} is loaded`);
    extension = found;
    // Opening a draft activates the extension; activation starts the language server and fails if it cannot.
    await openDraft(REAL_DRAFT_NAME);
    await extension.activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens a real draft as unres and reports every finding with its rule, range and severity, as unres lint does', async () => {
    const uri = workspaceFile(REAL_DRAFT_NAME);
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.languageId, 'unres');
    assert.equal(extension.isActive, true);

    const diagnostics = await waitFor('the diagnostics of the real draft', () => {
      const found = unresDiagnostics(uri);
      return found.length > 0 ? found : undefined;
    });

    // Two of them, exactly: Ibid. not in italics in footnote 8, and the converted text's preamble without italics.
    const ibid = diagnostics.find((diagnostic) => asFinding(diagnostic).rule === 'UNR025');
    assert.ok(ibid, 'UNR025 is reported');
    assert.deepEqual(asFinding(ibid), {
      rule: 'UNR025',
      severity: 'warning',
      message: 'Footnote 8 writes "Ibid.": write it in italics as the document\'s other footnotes do ("*Ibid.*").',
      range: { start: { line: 58, character: 2 }, end: { line: 58, character: 7 } },
    });
    assert.equal(document.getText(ibid.range), 'Ibid.');
    const ruleLink = typeof ibid.code === 'object' ? ibid.code.target : undefined;
    assert.equal(ruleLink && path.basename(ruleLink.path), 'UNR025.md', 'the rule id links to its page');
    const preamble = diagnostics.find((diagnostic) => asFinding(diagnostic).rule === 'UNR006');
    assert.ok(preamble, 'UNR006 is reported');
    assert.deepEqual(asFinding(preamble).range, { start: { line: 22, character: 0 }, end: { line: 22, character: 11 } });
    assert.equal(preamble.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(document.getText(preamble.range), 'Reiterating');

    // All of them: the editor and the command line report the same findings on the same file.
    const extensionPath = extension.extensionPath;
    const lint = spawnSync(process.execPath, [path.join(extensionPath, 'bin', 'unres.js'), 'lint', '--format', 'json', uri.fsPath], { encoding: 'utf8' });
    const [fromCli] = JSON.parse(lint.stdout) as { diagnostics: (LintFinding & { fixes?: unknown })[] }[];
    const order = (a: LintFinding, b: LintFinding) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule);
    // The JSON also gives each finding's fixes, which the editor offers as quick fixes, not in the diagnostic.
    const cliFindings = fromCli.diagnostics.map(({ fixes: _fixes, ...finding }) => finding);
    assert.deepEqual(diagnostics.map(asFinding).sort(order), cliFindings.sort(order));
  });

  it('opens the rule page a finding links to rendered, as a page to read, and never offers it the unres language', async () => {
    const page = vscode.Uri.joinPath(extension.extensionUri, 'docs', 'rules', 'UNR025.md');
    // What the Problems panel does with the link of a rule id.
    await vscode.commands.executeCommand('vscode.open', page);
    const tabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    await waitFor('the rendered rule page', () => (tabs().some((tab) => tab.input instanceof vscode.TabInputWebview && /markdown/i.test(tab.input.viewType)) ? true : undefined));
    await waitFor('the Markdown source to close', () => (tabs().some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === page.toString()) ? undefined : true));
    const opened = vscode.workspace.textDocuments.find((document) => document.uri.toString() === page.toString());
    assert.notEqual(opened?.languageId, 'unres');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await openDraft(REAL_DRAFT_NAME);
  });

  it('shows the text of a footnote on hover over its mark, with Ibid. resolved', async () => {
    const uri = workspaceFile(REAL_DRAFT_NAME);
    const document = await vscode.workspace.openTextDocument(uri);
    const line = document.lineAt(24).text;
    const mark = line.indexOf('Organized Crime,²') + 'Organized Crime,'.length;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(24, mark));
    assert.deepEqual(hoverText(hovers), ['*Ibid.*, vol. 2237, No. 39574.\n\n*Ibid.* repeats footnote 1: United Nations, *Treaty Series*, vol. 2225, No. 39574.']);
  });

  it('shows the facts of a treaty on hover over its name', async () => {
    const uri = workspaceFile(REAL_DRAFT_NAME);
    const document = await vscode.workspace.openTextDocument(uri);
    const name = document.lineAt(24).text.indexOf('Convention on the Rights of the Child⁶');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(24, name + 20));
    const [text] = hoverText(hovers);
    const lines = text.split('\n');
    assert.equal(lines[0], '**Convention on the Rights of the Child**');
    assert.ok(lines.includes('- Adopted: 20 November 1989, by General Assembly resolution 44/25'), text);
    assert.ok(lines.includes('- Place and date (UN Treaty Collection): New York, 20 November 1989'), text);
    assert.ok(lines.includes('- Entry into force: 2 September 1990'), text);
    assert.ok(lines.includes('- Treaty Series: United Nations, *Treaty Series*, vol. 1577, No. 27531'), text);
  });

  it('completes the next operative paragraph with its number and a repeated verb marked "Also"', async () => {
    const draft = 'The General Assembly,\n\n*Recalling* its earlier work on the question,\n\n1. *Welcomes* the report of the Secretary-General;\n\n2. *Encourages* Member States to exchange good practices;\n\n';
    const editor = await openDraft('next-paragraph.unres', draft);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(8, 0));
    const also = list.items.find((item) => completionLabel(item) === 'Also encourages');
    assert.ok(also, 'Also encourages is offered');
    assert.equal(also.preselect, true);
    const insert = typeof also.insertText === 'string' ? also.insertText : also.insertText?.value;
    const range = also.range instanceof vscode.Range ? also.range : also.range?.replacing;
    assert.ok(insert !== undefined && range, 'the item says what it inserts where');
    await editor.edit((edit) => edit.replace(range, insert));
    assert.equal(editor.document.lineAt(8).text, '3. *Also encourages* ');
  });

  it('switches a .txt resolution to unres when unres.detect is "auto" for plain text ("[plaintext]")', async () => {
    const forPlainText = vscode.workspace.getConfiguration('unres', { languageId: 'plaintext' });
    await forPlainText.update('detect', 'auto', vscode.ConfigurationTarget.Global, true);
    try {
      await waitFor('the language-specific setting', () => (vscode.workspace.getConfiguration('unres', { languageId: 'plaintext' }).get('detect') === 'auto' ? true : undefined));
      assert.equal(vscode.workspace.getConfiguration('unres').get('detect'), 'prompt', 'other files are still only offered the language');
      const uri = workspaceFile(REAL_DRAFT_TXT_NAME);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
      // Switching the language reopens the document: look it up again.
      const languageOf = () => vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString())?.languageId;
      await waitFor('the .txt draft in the unres language', () => (languageOf() === 'unres' ? true : undefined));
      await waitFor('its diagnostics', () => (unresDiagnostics(uri).length > 0 ? true : undefined));
    } finally {
      await forPlainText.update('detect', undefined, vscode.ConfigurationTarget.Global, true);
    }
  });

  it('offers the standard clauses as completions where an operative paragraph starts', async () => {
    const editor = await openDraft('completion.unres', 'The General Assembly,\n\n1. *Welcomes* the report of the Secretary-General;\n\n2. op-remain');
    const end = editor.document.lineAt(4).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, end);
    const clause = list.items.find((item) => completionLabel(item) === 'op-remain-seized');
    assert.ok(clause, 'the snippet op-remain-seized is offered');
    const body = clause.insertText instanceof vscode.SnippetString ? clause.insertText.value : clause.insertText;
    assert.equal(body, '*Decides* to remain ${1|seized,actively seized|} of the matter.$0');
  });

  it('applies the quick fix of a finding on the real draft', async () => {
    const { document } = await openDraft(REAL_DRAFT_NAME);
    const uri = document.uri;
    const ibid = await waitFor('UNR025', () => unresDiagnostics(uri).find((diagnostic) => asFinding(diagnostic).rule === 'UNR025'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, ibid.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => action.title === 'Write "*Ibid.*"');
    assert.ok(fix?.edit, 'UNR025 has a quick fix with an edit');
    assert.equal(fix.isPreferred, true);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.equal(document.lineAt(58).text, '⁸ *Ibid.*, vol. 96, No. 1342.');
    const onFootnote8 = (diagnostic: vscode.Diagnostic) => asFinding(diagnostic).rule === 'UNR025' && diagnostic.range.start.line === 58;
    await waitFor('UNR025 to go from footnote 8', () => (unresDiagnostics(uri).some(onFootnote8) ? undefined : true));
  });

  it('fixes a draft on save when unres.fixOnSave is turned on for the unres language only ("[unres]")', async () => {
    const draft = [
      'The General Assembly,',
      '',
      '*Mindful* of the pressure on coastal fisheries,',
      '',
      '1. *Calls upon* coastal States to share data on fish stocks;',
      '',
      '3. *Invites* regional bodies to support the exchange referred to in paragraph 1 above;',
      '',
      '4. *Requests* the Secretary-General to report on paragraph 3 above at its next session.',
      '',
    ];
    const editor = await openDraft('fix-on-save.unres', draft.join('\n'));
    const { document } = editor;
    await waitFor('UNR001 on the gap', () => unresDiagnostics(document.uri).find((diagnostic) => asFinding(diagnostic).rule === 'UNR001'));
    const forUnres = vscode.workspace.getConfiguration('unres', { languageId: 'unres' });
    await forUnres.update('fixOnSave', true, vscode.ConfigurationTarget.Global, true);
    try {
      await waitFor('the language-specific setting', () => (vscode.workspace.getConfiguration('unres', document).get('fixOnSave') === true ? true : undefined));
      // Read by URI alone, as the language client does unless told otherwise, the setting is still off.
      assert.equal(vscode.workspace.getConfiguration('unres', document.uri).get('fixOnSave'), false);
      // Only a changed document is saved (with its will-save participants).
      await editor.edit((edit) => edit.insert(document.lineAt(9).range.end, '\n'));
      assert.equal(await document.save(), true);
      const fixed = [...draft, ''];
      fixed[6] = '2. *Invites* regional bodies to support the exchange referred to in paragraph 1 above;';
      fixed[8] = '3. *Requests* the Secretary-General to report on paragraph 2 above at its next session.';
      assert.equal(document.getText(), fixed.join('\n'));
      assert.equal(fs.readFileSync(document.uri.fsPath, 'utf8'), fixed.join('\n'), 'the fixed text is what is saved');
    } finally {
      await forUnres.update('fixOnSave', undefined, vscode.ConfigurationTarget.Global, true);
    }
  });

  it('renumbers the operative paragraphs and the references to them with "unres: Renumber paragraphs"', async () => {
    const draft = [
      'The General Assembly,',
      '',
      '*Recalling* its earlier work on the question,',
      '',
      '1. *Welcomes* the report of the Secretary-General;',
      '',
      '2. *Encourages* Member States to exchange good practices;',
      '',
      '4. *Requests* the Secretary-General to report on the measures taken;',
      '',
      '5. *Decides* to consider at its next session the report requested in paragraph 4 above.',
      '',
    ];
    const editor = await openDraft('renumber.unres', draft.join('\n'));
    await waitFor('UNR001 on the gap', () => unresDiagnostics(editor.document.uri).find((diagnostic) => asFinding(diagnostic).rule === 'UNR001'));
    await vscode.commands.executeCommand('unres.renumberParagraphs');
    const renumbered = [...draft];
    renumbered[8] = '3. *Requests* the Secretary-General to report on the measures taken;';
    renumbered[10] = '4. *Decides* to consider at its next session the report requested in paragraph 3 above.';
    await waitFor('the renumbered draft', () => (editor.document.getText() === renumbered.join('\n') ? true : undefined));
  });
});
