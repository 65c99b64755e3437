import * as assert from 'node:assert/strict';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, firstFixEdits, lint, parseResolution, type Finding } from '../../server/src/core';
import { codeActions, FIX_ALL_KIND, toWorkspaceEdit } from '../../server/src/lsp/codeActions';
import { alreadyNumberedMessage, renumbering } from '../../server/src/lsp/commands';
import { toDiagnostic } from '../../server/src/lsp/convert';
import { reefDraft, REEF_DRAFT_RENUMBERED_LINES } from '../support/numberingDrafts';

const URI = 'file:///drafts/reefs.unres';

/** Applies the edits of a workspace edit to a document, as an editor would. */
function applyWorkspaceEdit(document: TextDocument, edit: WorkspaceEdit): string {
  const edits = edit.documentChanges ? (edit.documentChanges as TextDocumentEdit[]).flatMap((change) => change.edits) : (edit.changes?.[document.uri] ?? []);
  return TextDocument.applyEdits(document, edits);
}

function reefDocument(version = 3): { document: TextDocument; findings: Finding[]; diagnostics: Diagnostic[] } {
  const document = TextDocument.create(URI, 'unres', version, reefDraft());
  const findings = lint(parseResolution(document.getText()));
  return { document, findings, diagnostics: findings.map((finding) => toDiagnostic(document, finding)) };
}

describe('code actions', () => {
  it('offers the fix of a numbering error as the preferred quick fix, on the document version it was computed for', () => {
    const { document, findings, diagnostics } = reefDocument();
    const numbering = diagnostics.filter((d) => d.code === 'UNR001');
    assert.equal(numbering.length, 1);
    const actions = codeActions(document, findings, { diagnostics: numbering, only: [CodeActionKind.QuickFix] }, true);
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred, a.diagnostics]),
      [
        ['Renumber paragraphs', CodeActionKind.QuickFix, true, numbering],
        ['Disable UNR001 for this paragraph', CodeActionKind.QuickFix, undefined, numbering],
        ['Disable UNR001 for this file', CodeActionKind.QuickFix, undefined, numbering],
      ],
    );
    const [change] = actions[0].edit!.documentChanges as TextDocumentEdit[];
    assert.deepEqual(change.textDocument, { uri: URI, version: 3 });
    assert.equal(applyWorkspaceEdit(document, actions[0].edit!), reefDraft(REEF_DRAFT_RENUMBERED_LINES));
  });

  it('offers a fix several diagnostics share once, for all of them', () => {
    // Numbered 1, 3, 3, 5: paragraph 2 missing, 3 twice, 4 missing; one renumbering fixes all three.
    const text = reefDraft().replace('2. *Encourages*', '3. *Encourages*').replace('4. *Invites*', '3. *Invites*');
    const document = TextDocument.create(URI, 'unres', 1, text);
    const findings = lint(parseResolution(text)).filter((f) => f.ruleId === 'UNR001');
    assert.equal(findings.length, 3);
    const diagnostics = findings.map((finding) => toDiagnostic(document, finding));
    const actions = codeActions(document, findings, { diagnostics }, false);
    const renumber = actions.filter((a) => a.title === 'Renumber paragraphs');
    assert.equal(renumber.length, 1);
    assert.deepEqual(renumber[0].diagnostics, diagnostics);
  });

  it('gives no quick fix for a diagnostic that no longer matches a finding, or that is not from unres', () => {
    const { document, findings, diagnostics } = reefDocument();
    const [numbering] = diagnostics.filter((d) => d.code === 'UNR001');
    const moved: Diagnostic = { ...numbering, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
    const foreign: Diagnostic = { ...numbering, source: 'cSpell' };
    assert.deepEqual(codeActions(document, findings, { diagnostics: [moved, foreign], only: [CodeActionKind.QuickFix] }, true), []);
  });

  it('offers source.fixAll.unres with the first fix of every finding, when asked for it or for source actions', () => {
    const { document, findings } = reefDocument();
    for (const only of [[FIX_ALL_KIND], [CodeActionKind.SourceFixAll], [CodeActionKind.Source], undefined]) {
      const fixAll = codeActions(document, findings, { diagnostics: [], only }, true).filter((a: CodeAction) => a.kind === FIX_ALL_KIND);
      assert.equal(fixAll.length, 1, `only ${JSON.stringify(only)}`);
      assert.equal(applyWorkspaceEdit(document, fixAll[0].edit!), applyEdits(document.getText(), firstFixEdits(findings)).text);
    }
    assert.deepEqual(codeActions(document, findings, { diagnostics: [], only: [CodeActionKind.QuickFix] }, true), []);
    assert.deepEqual(codeActions(document, findings, { diagnostics: [], only: [`${CodeActionKind.SourceFixAll}.eslint`] }, true), []);
  });

  it('offers no fix-all action when nothing can be fixed', () => {
    const document = TextDocument.create(URI, 'unres', 1, reefDraft(REEF_DRAFT_RENUMBERED_LINES));
    assert.deepEqual(codeActions(document, lint(parseResolution(document.getText())), { diagnostics: [] }, true), []);
  });

  it('writes plain changes for a client without versioned document changes', () => {
    const document = TextDocument.create(URI, 'unres', 1, 'abc');
    assert.deepEqual(toWorkspaceEdit(document, [{ span: { start: 1, end: 2 }, newText: 'x' }], false), {
      changes: { [URI]: [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } }, newText: 'x' }] },
    });
  });

  it('offers the rewording a hint suggests as a quick fix, never preferred and never in fix-all', () => {
    const text = ['The General Assembly,', '', '1. *Urges* Member States to ratify the Convention;', '', '2. *Urges* States parties to implement it;', '', '3. *Decides* to remain seized of the matter.', ''].join('\n');
    const document = TextDocument.create(URI, 'unres', 1, text);
    const findings = lint(parseResolution(text));
    const diagnostics = findings.filter((f) => f.ruleId === 'UNR007').map((finding) => toDiagnostic(document, finding));
    assert.equal(diagnostics.length, 1);
    const actions = codeActions(document, findings, { diagnostics }, false);
    assert.deepEqual(
      actions.filter((a) => !a.title.startsWith('Disable ')).map((a) => [a.title, a.kind, a.isPreferred]),
      [['Change to "Also urges"', CodeActionKind.QuickFix, false]],
    );
    assert.ok(applyWorkspaceEdit(document, actions[0].edit!).includes('2. *Also urges* States parties'));
    assert.deepEqual(firstFixEdits(findings), []);
  });
});

describe('renumbering', () => {
  it('returns the edit that numbers the paragraphs 1 to 4 and rewrites the reference', () => {
    const document = TextDocument.create(URI, 'unres', 7, reefDraft());
    const result = renumbering(document, parseResolution(document.getText()), true);
    assert.ok('edit' in result);
    assert.equal(result.edits, 3);
    assert.equal(applyWorkspaceEdit(document, result.edit), reefDraft(REEF_DRAFT_RENUMBERED_LINES));
  });

  it('says why there is nothing to renumber', () => {
    const numbered = parseResolution(reefDraft(REEF_DRAFT_RENUMBERED_LINES));
    assert.equal(alreadyNumberedMessage(numbered), 'Paragraphs already numbered 1 to 4');
    const document = TextDocument.create(URI, 'unres', 1, numbered.text);
    assert.deepEqual(renumbering(document, numbered, true), { message: 'Paragraphs already numbered 1 to 4' });
    const lone = parseResolution('The General Assembly,\n\n*Decides* to include in the provisional agenda of its eighty-second session the item entitled "Coral reefs".\n');
    assert.equal(alreadyNumberedMessage(lone), 'The only operative paragraph stays unnumbered.');
    assert.equal(alreadyNumberedMessage(parseResolution('The General Assembly,\n')), 'There are no operative paragraphs to number.');
  });

  it('offers to turn a rule off for the paragraph or the file, with the comment that does it', () => {
    const { document, findings, diagnostics } = reefDocument();
    const numbering = diagnostics.filter((d) => d.code === 'UNR001');
    const actions = codeActions(document, findings, { diagnostics: numbering, only: [CodeActionKind.QuickFix] }, false);
    const paragraph = actions.find((a) => a.title === 'Disable UNR001 for this paragraph')!;
    const file = actions.find((a) => a.title === 'Disable UNR001 for this file')!;
    const offParagraph = applyWorkspaceEdit(document, paragraph.edit!);
    assert.match(offParagraph, /\n<!-- unres-disable-next UNR001 -->\n4\. \*Invites\*/);
    assert.deepEqual(lint(parseResolution(offParagraph)).filter((f) => f.ruleId === 'UNR001'), []);
    const offFile = applyWorkspaceEdit(document, file.edit!);
    assert.ok(offFile.startsWith('<!-- unres-disable-file UNR001 -->\n\n'));
    assert.deepEqual(lint(parseResolution(offFile)).filter((f) => f.ruleId === 'UNR001'), []);
    // The other findings stay as they were.
    const others = (text: string) => lint(parseResolution(text)).filter((f) => f.ruleId !== 'UNR001').map((f) => [f.ruleId, f.message]);
    assert.deepEqual(others(offParagraph), others(document.getText()));
  });
});
