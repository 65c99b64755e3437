import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { earlyWarningDraft, earlyWarningDraftParts } from '../../support/wordDrafts';
import { italic, wordFile } from '../../support/wordFiles';
import { unresDiagnostics, waitFor, workspaceFile } from './workspace';

/**
 * Word drafts in a real VS Code extension host: "unres: Open as resolution text" on a .docx the
 * test writes into the workspace (a delegation's draft with a facilitator's tracked changes and
 * comment, see test/support/wordDrafts.ts), and "unres: Lint workspace" over it. Runs after
 * extension.test.ts, which has activated the extension.
 */

const WORD_DRAFT_NAME = 'early-warning.docx';


function ruleOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

/** A finding as `unres lint --format json` writes it, without the Word paragraph the command line adds. */
interface Finding {
  rule: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

function asFinding(diagnostic: vscode.Diagnostic): Finding {
  const { start, end } = diagnostic.range;
  return { rule: ruleOf(diagnostic), message: diagnostic.message, range: { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } } };
}

function hoverText(hovers: vscode.Hover[]): string[] {
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)));
}

describe('Word drafts (.docx) in a VS Code extension host', () => {
  const wordDraft = workspaceFile(WORD_DRAFT_NAME);
  /** The resolution text the command opened. */
  let textUri: vscode.Uri | undefined;

  before(() => {
    fs.writeFileSync(wordDraft.fsPath, earlyWarningDraft());
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens a .docx as resolution text in the unres language, with the diagnostics unres lint gives the file', async () => {
    await vscode.commands.executeCommand('unres.openWordAsText', wordDraft);
    const editor = await waitFor('the resolution text', () => (vscode.window.activeTextEditor?.document.uri.scheme === 'unres-word' ? vscode.window.activeTextEditor : undefined));
    const { document } = editor;
    textUri = document.uri;
    assert.equal(document.languageId, 'unres');
    assert.equal(path.posix.basename(document.uri.path), 'early-warning.docx.unres');
    assert.equal(vscode.Uri.parse(document.uri.toString()).toString(), document.uri.toString(), 'the address is written as VS Code writes it');
    // The tracked changes are read as accepted.
    assert.equal(document.lineAt(36).text, '(b) To support the training of local volunteers and first responders;');

    const diagnostics = await waitFor('the diagnostics of the Word draft', () => {
      const found = unresDiagnostics(document.uri);
      return found.length >= 2 ? found : undefined;
    });
    const recalls = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'UNR002');
    assert.ok(recalls, 'UNR002 is reported on the preambular paragraph that opens with "Recalls"');
    assert.equal(document.getText(recalls.range), 'Recalls');
    const requests = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'UNR004');
    assert.ok(requests, 'UNR004 is reported on the verb of paragraph 3, not in italics');
    assert.equal(document.getText(requests.range), 'Requests');

    // Read-only: no fix is offered, as none could be applied.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, requests.range);
    assert.deepEqual(actions.map((action) => action.title), []);

    // The same findings as the command line's on the .docx.
    const extensionPath = vscode.extensions.getExtension('unres.unres')!.extensionPath;
    const lint = spawnSync(process.execPath, [path.join(extensionPath, 'bin', 'unres.js'), 'lint', '--format', 'json', wordDraft.fsPath], { encoding: 'utf8' });
    const [fromCli] = JSON.parse(lint.stdout) as { diagnostics: Finding[] }[];
    const order = (a: Finding, b: Finding) => a.range.start.line - b.range.start.line || a.rule.localeCompare(b.rule);
    assert.deepEqual(
      diagnostics.map(asFinding).sort(order),
      fromCli.diagnostics.map(({ rule, message, range }) => ({ rule, message, range })).sort(order),
    );
  });

  it('gives the resolution text the hovers and the outline of a draft', async () => {
    assert.ok(textUri, 'the text is open');
    const line = 22;
    const document = await vscode.workspace.openTextDocument(textUri);
    const mark = document.lineAt(line).text.indexOf('¹');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', textUri, new vscode.Position(line, mark));
    assert.ok(hoverText(hovers).some((text) => text.startsWith('Resolution 69/283, annex II.')), hoverText(hovers).join('\n---\n'));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', textUri);
    const operative = symbols.find((symbol) => symbol.name === 'Operative part');
    assert.deepEqual(operative?.children.map((symbol) => symbol.name), ['1. Encourages', '2. Invites', '3. Requests']);
  });

  it('reads the Word file again when it changes on disk: a slip corrected in Word leaves the Problems panel', async () => {
    assert.ok(textUri, 'the text is open');
    const parts = earlyWarningDraftParts();
    const corrected = parts.body.replace(italic('Recalls'), italic('Recalling'));
    assert.notEqual(corrected, parts.body);
    fs.writeFileSync(wordDraft.fsPath, wordFile({ ...parts, body: corrected }));
    const document = await vscode.workspace.openTextDocument(textUri);
    await waitFor('the corrected text', () => (document.lineAt(28).text.startsWith('*Recalling* its previous resolutions') ? true : undefined));
    await waitFor('UNR002 to go', () => (unresDiagnostics(textUri!).some((diagnostic) => ruleOf(diagnostic) === 'UNR002') ? undefined : true));
    assert.deepEqual(unresDiagnostics(textUri).map(ruleOf), ['UNR004']);
  });

  it('opens the text of the .docx in the active editor (where VS Code says it shows no binary file) from the palette or the editor title', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('vscode.open', wordDraft);
    await waitFor('the .docx tab', () => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return input instanceof vscode.TabInputText && input.uri.toString() === wordDraft.toString() ? true : undefined;
    });
    await vscode.commands.executeCommand('unres.openWordAsText');
    await waitFor('its resolution text', () => (vscode.window.activeTextEditor?.document.uri.toString() === textUri?.toString() ? true : undefined));
  });

  it('says nothing but an error for a file that is no Word draft, and opens no text for it', async () => {
    const notWord = workspaceFile('minutes.docx');
    fs.writeFileSync(notWord.fsPath, 'Minutes of the informal consultations, in plain text.\n');
    await vscode.commands.executeCommand('unres.openWordAsText', notWord);
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.path.endsWith('minutes.docx.unres')), 'no text of minutes.docx is opened');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), textUri?.toString(), 'the editor stays on the text that was active');
  });

  it('lints a Word draft never opened with "unres: Lint workspace", under the address its resolution text opens at from the Problems panel', async () => {
    const revision = workspaceFile('early-warning-rev1.docx');
    fs.writeFileSync(revision.fsPath, earlyWarningDraft());
    // The address "Open as resolution text" gives it: the file's path with .unres added, the file itself as the query.
    const textOf = (file: vscode.Uri) => vscode.Uri.from({ scheme: 'unres-word', path: `${file.path}.unres`, query: file.toString() });
    assert.equal(textOf(wordDraft).toString(), textUri!.toString(), 'the command opened the first draft at this address');
    const revisionText = textOf(revision);
    await vscode.commands.executeCommand('unres.lintWorkspace');
    const problems = await waitFor('the problems of the Word draft', () => {
      const found = unresDiagnostics(revisionText);
      return found.length >= 2 ? found : undefined;
    });
    assert.deepEqual(problems.map(ruleOf).sort(), ['UNR002', 'UNR004']);
    assert.equal(unresDiagnostics(revision).length, 0, 'none on the .docx itself, which shows no text');
    // What the Problems panel does with one of them: the text opens, and the problem's range is on its word.
    const document = await vscode.workspace.openTextDocument(revisionText);
    assert.equal(document.languageId, 'unres');
    const recalls = problems.find((diagnostic) => ruleOf(diagnostic) === 'UNR002')!;
    assert.equal(document.getText(recalls.range), 'Recalls');
  });
});
