import * as assert from 'node:assert/strict';
import {
  CompletionRequest,
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  MessageType,
  TextDocumentSaveReason,
  WillSaveTextDocumentWaitUntilRequest,
  type CompletionList,
  type FullDocumentDiagnosticReport,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { COMMITTEE_VOCABULARY_DRAFT } from '../support/drafts';
import { reefDraft, REEF_DRAFT_RENUMBERED_LINES } from '../support/numberingDrafts';
import { LspTestClient, PUSH_DIAGNOSTICS_CAPABILITIES, VSCODE_LIKE_CAPABILITIES } from './lspTestClient';

const URI = 'file:///drafts/mangroves.unres';

describe('unres.* settings in the language server', () => {
  let client: LspTestClient;

  afterEach(() => client?.kill());

  async function open(uri: string, text: string): Promise<void> {
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text } });
  }

  async function pulledCodes(uri: string): Promise<string[]> {
    const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    return report.items.map((item) => `${item.code} ${item.range.start.line}`);
  }

  it('accepts the phrases of unres.vocabulary.operative and .preambular, asked per document', async () => {
    client = LspTestClient.inProcess();
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    await open(URI, COMMITTEE_VOCABULARY_DRAFT);
    assert.deepEqual(await pulledCodes(URI), ['UNR005 2', 'UNR002 4']);

    client.otherSettings = (section) => (section === 'unres.vocabulary' ? { operative: ['Takes cognizance of'], preambular: ['Heartened by'] } : null);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.deepEqual(await pulledCodes(URI), []);
    assert.ok(
      client.configurationRequests.some((item) => item.section === 'unres.vocabulary' && item.scopeUri === URI),
      'the server asks for unres.vocabulary scoped to the document',
    );
  });

  it('tells a wrong vocabulary or fixOnSave value once, and lints with the rest', async () => {
    client = LspTestClient.inProcess();
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    client.otherSettings = (section) => {
      if (section === 'unres.vocabulary') return { operative: ['Takes cognizance of', 'Notes;'], preambular: 'Heartened by' };
      if (section === 'unres.fixOnSave') return 'yes';
      return null;
    };
    await open(URI, COMMITTEE_VOCABULARY_DRAFT);
    assert.deepEqual(await pulledCodes(URI), ['UNR005 2'], 'the valid operative phrase applies');
    await pulledCodes(URI);
    const warnings = client.shownMessages.filter((message) => message.type === MessageType.Warning).map((message) => message.message);
    assert.deepEqual(warnings, [
      'unres: unres.vocabulary setting: unres.vocabulary.operative[1]: "Notes;" is not a phrase: write words only, without punctuation or italic markers; it is ignored (and 1 more problem: see the output of the unres language server)',
      'unres: unres.fixOnSave setting: unres.fixOnSave: expected true or false, not "yes"; fixing on save stays off',
    ]);
    const edits = await client.connection.sendRequest(WillSaveTextDocumentWaitUntilRequest.type, { textDocument: { uri: URI }, reason: TextDocumentSaveReason.Manual });
    assert.deepEqual(edits, [], 'no fixes on save while the setting is wrong');
  });

  it('answers will-save with the fix-all edits when unres.fixOnSave is on, and with none when it is off', async () => {
    client = LspTestClient.inProcess();
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    let fixOnSave = false;
    client.otherSettings = (section) => (section === 'unres.fixOnSave' ? fixOnSave : null);
    const text = reefDraft();
    await open(URI, text);
    const willSave = () => client.connection.sendRequest(WillSaveTextDocumentWaitUntilRequest.type, { textDocument: { uri: URI }, reason: TextDocumentSaveReason.Manual });
    assert.deepEqual(await willSave(), []);

    fixOnSave = true;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const edits = (await willSave()) as TextEdit[];
    assert.ok(edits.length > 0);
    assert.equal(TextDocument.applyEdits(TextDocument.create(URI, 'unres', 1, text), edits), reefDraft(REEF_DRAFT_RENUMBERED_LINES));
  });

  it('takes the settings from the whole unres section when the client answers only top-level sections, as eglot does', async () => {
    client = LspTestClient.inProcess();
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    client.rulesSetting = () => null;
    client.otherSettings = (section) =>
      section === 'unres' ? { rules: { 'operative-numbering': 'hint' }, vocabulary: { operative: ['Takes cognizance of'], preambular: ['Heartened by'] }, fixOnSave: true } : null;
    await open(URI, COMMITTEE_VOCABULARY_DRAFT);
    assert.deepEqual(await pulledCodes(URI), [], 'the vocabulary of the section applies');
    const reef = 'file:///drafts/reefs.unres';
    await open(reef, reefDraft());
    const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: reef } })) as FullDocumentDiagnosticReport;
    assert.ok(report.items.length > 0);
    assert.deepEqual(new Set(report.items.map((item) => `${item.code} ${item.severity}`)), new Set(['UNR001 4']), 'so do its rules: numbering reports hints');
    const edits = (await client.connection.sendRequest(WillSaveTextDocumentWaitUntilRequest.type, { textDocument: { uri: reef }, reason: TextDocumentSaveReason.Manual })) as TextEdit[];
    assert.equal(TextDocument.applyEdits(TextDocument.create(reef, 'unres', 1, reefDraft()), edits), reefDraft(REEF_DRAFT_RENUMBERED_LINES), 'and fix on save');
  });

  it('takes fixOnSave and the vocabulary from the settings notification of a client that cannot be asked', async () => {
    client = LspTestClient.inProcess();
    await client.initialize(PUSH_DIAGNOSTICS_CAPABILITIES);
    await open(URI, COMMITTEE_VOCABULARY_DRAFT);
    assert.deepEqual((await client.nextDiagnostics(URI)).diagnostics.map((d) => d.code), ['UNR005', 'UNR002']);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { unres: { vocabulary: { operative: ['Takes cognizance of'], preambular: ['Heartened by'] }, fixOnSave: true } },
    });
    assert.deepEqual((await client.nextDiagnostics(URI)).diagnostics, []);
    const reef = 'file:///drafts/reefs.unres';
    await open(reef, reefDraft());
    const edits = (await client.connection.sendRequest(WillSaveTextDocumentWaitUntilRequest.type, { textDocument: { uri: reef }, reason: TextDocumentSaveReason.Manual })) as TextEdit[];
    assert.equal(TextDocument.applyEdits(TextDocument.create(reef, 'unres', 1, reefDraft()), edits), reefDraft(REEF_DRAFT_RENUMBERED_LINES));
  });

  it('offers the phrases of unres.vocabulary as completions where a paragraph starts', async () => {
    client = LspTestClient.inProcess();
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    client.otherSettings = (section) => (section === 'unres.vocabulary' ? { operative: ['Takes cognizance of'], preambular: ['Heartened by'] } : null);
    const text = 'The General Assembly,\n\n*Recalling* its resolution 77/161,\n\n';
    await open(URI, text);
    const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: { line: 4, character: 0 } })) as CompletionList;
    const heartened = list.items.find((item) => item.label === 'Heartened by');
    assert.ok(heartened, 'the preambular phrase of the setting is offered');
    assert.deepEqual(heartened.textEdit, { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, newText: '*Heartened by* ' });
    assert.ok(list.items.some((item) => item.label === 'Takes cognizance of'));
  });
});
