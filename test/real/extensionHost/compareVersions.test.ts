import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { ENGLISH_VERSION, FRENCH_VERSION } from '../../support/languageVersions';
import { waitFor, workspaceFile } from './workspace';

/**
 * "unres: Compare with another language version" in a real VS Code extension host: the English
 * and French versions of one draft (test/support/languageVersions.ts), the French one with a date
 * changed, compared from the English editor; the difference shows as a problem in both files.
 * Runs after extension.test.ts, which has activated the extension.
 */


const comparisonProblems = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'unres compare');

describe('Compare with another language version, in a VS Code extension host', () => {
  const english = workspaceFile('older-persons.en.unres');
  const french = workspaceFile('older-persons.fr.unres');

  before(() => {
    fs.writeFileSync(english.fsPath, ENGLISH_VERSION);
    // The French version gives the report's date as 20 December, the English 19 December.
    fs.writeFileSync(french.fsPath, FRENCH_VERSION.replace('le 19 décembre 2027', 'le 20 décembre 2027'));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows a date that differs as a problem in both versions, at operative paragraph 4 of each', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(english));
    // The command ends with a message and its button, which nobody clicks here: it is not awaited.
    void vscode.commands.executeCommand('unres.compareVersions', french);
    const inEnglish = await waitFor('the problem in the English version', () => (comparisonProblems(english).length > 0 ? comparisonProblems(english) : undefined));
    const inFrench = await waitFor('the problem in the French version', () => (comparisonProblems(french).length > 0 ? comparisonProblems(french) : undefined));
    assert.equal(inEnglish.length, 1, inEnglish.map((d) => d.message).join('\n'));
    assert.equal(inFrench.length, 1, inFrench.map((d) => d.message).join('\n'));
    assert.equal(inFrench[0].message, 'Operative paragraph 4: the date “20 décembre 2027” is “19 December 2027” in the English version.');
    const englishLine = ENGLISH_VERSION.split('\n').findIndex((line) => line.startsWith('4. *Requests*'));
    const frenchLine = FRENCH_VERSION.split('\n').findIndex((line) => line.startsWith('4. *Prie*'));
    assert.equal(inEnglish[0].range.start.line, englishLine);
    assert.equal(inFrench[0].range.start.line, frenchLine);
  });
});
