import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { parseResolution } from '../../../server/src/core';
import { readDocx } from '../../../server/src/docx';
import { workspaceFile } from './workspace';

/**
 * "unres: Export as Word document" in a real VS Code extension host: the draft of the open editor,
 * with an edit not yet saved, written as a .docx that the Word reader reads back as the same
 * resolution. Runs after extension.test.ts, which has activated the extension.
 */

/** A draft on coastal early warning, written for this test: a footnote, italics, numbered paragraphs. */
const DRAFT = [
  'General Assembly',
  '',
  'Early warning for coastal communities',
  '',
  'The General Assembly,',
  '',
  '*Recalling* the Sendai Framework for Disaster Risk Reduction 2015–2030,¹',
  '',
  '*Concerned* that many coastal communities still receive no timely warning of storm surges,',
  '',
  '1. *Encourages* Member States to extend warning systems to every coastal district;',
  '',
  '2. *Requests* the Secretary-General to report on the implementation of the present resolution at its eighty-second session.',
  '',
  '¹ Resolution 69/283, annex II.',
  '',
].join('\n');

describe('Export as Word document, in a VS Code extension host', () => {
  const draftUri = workspaceFile('coastal-warning.unres');
  const exported = workspaceFile('coastal-warning.docx');

  before(() => {
    fs.writeFileSync(draftUri.fsPath, DRAFT);
    fs.rmSync(exported.fsPath, { force: true });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('writes the open draft, with its unsaved edit, as a .docx the Word reader reads back as the same resolution', async () => {
    const document = await vscode.workspace.openTextDocument(draftUri);
    const editor = await vscode.window.showTextDocument(document);
    // An edit not yet saved: the export takes the text as the editor shows it.
    const line = document.lineAt(10);
    await editor.edit((edit) => edit.replace(line.range, '1. *Encourages* Member States to extend warning systems to every coastal and island district;'));
    assert.equal(document.isDirty, true);

    const written = (await vscode.commands.executeCommand('unres.exportWord', undefined, exported)) as vscode.Uri | undefined;
    assert.equal(written?.toString(), exported.toString());
    const reading = readDocx(fs.readFileSync(exported.fsPath));
    assert.ok(reading.ok, reading.ok ? '' : reading.reason);
    const back = parseResolution(reading.reading.text);
    const original = parseResolution(document.getText());
    assert.deepEqual(
      back.operative.map((paragraph) => paragraph.number?.value),
      original.operative.map((paragraph) => paragraph.number?.value),
    );
    assert.ok(reading.reading.text.includes('1. *Encourages* Member States to extend warning systems to every coastal and island district;'), reading.reading.text);
    assert.ok(reading.reading.text.includes('*Recalling* the Sendai Framework'), 'the italic opener is kept');
    assert.deepEqual([back.footnoteReferences.length, back.footnoteDefinitions.length], [1, 1]);
    // The draft itself is untouched on disk.
    assert.equal(fs.readFileSync(draftUri.fsPath, 'utf8'), DRAFT);
  });

  it('refuses to write over the draft, and writes nothing for a document that is not a draft', async () => {
    const document = await vscode.workspace.openTextDocument(draftUri);
    await vscode.window.showTextDocument(document);
    assert.equal(await vscode.commands.executeCommand('unres.exportWord', draftUri, draftUri), undefined);
    assert.equal(fs.readFileSync(draftUri.fsPath, 'utf8'), DRAFT);
    const notes = workspaceFile('meeting-notes.txt');
    fs.writeFileSync(notes.fsPath, 'Notes of the informal consultations: the co-facilitators will circulate a revised text on Friday.\n');
    const target = workspaceFile('meeting-notes.docx');
    assert.equal(await vscode.commands.executeCommand('unres.exportWord', notes, target), undefined);
    assert.equal(fs.existsSync(target.fsPath), false);
  });
});
