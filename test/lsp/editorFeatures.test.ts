import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CodeActionRequest,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  FileChangeType,
  type CodeAction,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, firstFixEdits, lint, parseResolution } from '../../server/src/core';
import { reefDraft, REEF_DRAFT_RENUMBERED_LINES } from '../support/numberingDrafts';
import { applyAsEditor } from './editorCopy';
import { TempFolder } from '../support/tempFolder';
import { LspTestClient, PUSH_WITH_WORKSPACE_CAPABILITIES, VSCODE_LIKE_CAPABILITIES } from './lspTestClient';

/**
 * The language server as an editor meets it: configuration from settings and `.unres.json` files,
 * documentation links, quick fixes, fix-all and the renumber command. The server runs in this
 * process, but for the test of the bundle the extension starts.
 */
describe('language server: configuration and fixes', () => {
  let folder: TempFolder;
  let dir: string;
  let client: LspTestClient;
  /** The open documents, as the client holds them, to apply edits to and send changes of. */
  const documents = new Map<string, TextDocument>();

  beforeEach(() => {
    folder = new TempFolder('unres-lsp-');
    dir = folder.path;
    client = LspTestClient.inProcess();
    documents.clear();
  });

  afterEach(() => {
    client?.kill();
    folder.remove();
  });

  const writeFile = (name: string, content: string): string => folder.write(name, content);

  /** Opens a draft at a path under the test folder (the file need not exist) and returns its URI. */
  async function open(name: string, text = reefDraft()): Promise<string> {
    const uri = pathToFileURL(path.join(dir, name)).href;
    documents.set(uri, TextDocument.create(uri, 'unres', 1, text));
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text } });
    return uri;
  }

  /** Applies a workspace edit to the client's copy and sends the change, as an editor does. */
  const apply = (edit: WorkspaceEdit): Promise<string> => applyAsEditor(client, documents, edit);

  async function pull(uri: string): Promise<Diagnostic[]> {
    const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    return report.items;
  }

  const numbering = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'UNR001');

  it('announces quick fixes, source.fixAll.unres and the renumber command, and registers for settings and .unres.json changes', async () => {
    const { capabilities } = await client.initialize(VSCODE_LIKE_CAPABILITIES);
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: [CodeActionKind.QuickFix, 'source.fixAll.unres', CodeActionKind.RefactorRewrite], resolveProvider: false });
    assert.deepEqual(capabilities.executeCommandProvider, { commands: ['unres.server.renumberParagraphs', 'unres.server.renumberFootnotes', 'unres.server.insertFootnote', 'unres.server.lintWorkspace', 'unres.server.documentStatistics', 'unres.server.insertTreatyCitation', 'unres.server.citableTreaties', 'unres.server.compareVersions'] });
    await client.waitFor('two registrations', () => client.registrations.length === 2);
    assert.deepEqual(
      client.registrations.map((r) => [r.method, r.registerOptions]),
      [
        ['workspace/didChangeConfiguration', { section: 'unres' }],
        ['workspace/didChangeWatchedFiles', { watchers: [{ globPattern: '**/.unres.json' }, { globPattern: '**/.unres/treaties.json' }] }],
      ],
    );
    await client.shutdown();
  });

  it('gives each diagnostic its rule as code, a link to the rule page on disk and whether it has a fix', async () => {
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const uri = await open('reefs.unres');
    const [diagnostic] = numbering(await pull(uri));
    assert.equal(diagnostic.message, 'Paragraph 4 follows paragraph 2: paragraph 3 is missing.');
    assert.equal(diagnostic.severity, DiagnosticSeverity.Error);
    assert.deepEqual(diagnostic.data, { fixable: true });
    const href = diagnostic.codeDescription?.href ?? '';
    assert.ok(href.startsWith('file:///') && href.endsWith('/docs/rules/UNR001.md'), href);
    assert.match(fs.readFileSync(fileURLToPath(href), 'utf8'), /^# UNR001 operative-numbering/);
    await client.shutdown();
  });

  it('links the rule pages from the bundle the extension runs too (dist/server/node/main.js, pages in docs/rules)', async () => {
    client.kill();
    client = LspTestClient.startExtensionServer();
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const uri = await open('reefs.unres');
    const hrefs = (await pull(uri)).map((d) => d.codeDescription?.href);
    assert.equal(hrefs.length, 1);
    assert.ok(hrefs[0] && fs.existsSync(fileURLToPath(hrefs[0])), `${hrefs[0]} exists`);
    assert.equal(await client.shutdown(), 0);
  });

  it('puts the nearest .unres.json over the unres.rules setting, asking for the setting of each document', async () => {
    writeFile('second-committee/.unres.json', JSON.stringify({ rules: { 'operative-numbering': 'warning' } }));
    client.rulesSetting = () => ({ UNR001: 'hint' });
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const inCommittee = await open('second-committee/reefs.unres');
    const loose = await open('loose/reefs.unres');
    assert.deepEqual(numbering(await pull(inCommittee)).map((d) => d.severity), [DiagnosticSeverity.Warning]);
    assert.deepEqual(numbering(await pull(loose)).map((d) => d.severity), [DiagnosticSeverity.Hint]);
    assert.deepEqual(
      client.configurationRequests.map((item) => [item.scopeUri, item.section]),
      [inCommittee, loose].flatMap((uri) => ['unres.rules', 'unres.vocabulary', 'unres.fixOnSave', 'unres.treaties', 'unres'].map((section) => [uri, section])),
    );
    await client.shutdown();
  });

  it('lints again when the setting changes: asks a pulling client to refresh', async () => {
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const uri = await open('reefs.unres');
    assert.equal(numbering(await pull(uri))[0].severity, DiagnosticSeverity.Error);
    client.rulesSetting = () => ({ numbering: 'off' });
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { unres: { rules: { numbering: 'off' } } } });
    await client.waitFor('a diagnostic refresh', () => client.diagnosticRefreshes === 1);
    assert.deepEqual(numbering(await pull(uri)), []);
    await client.shutdown();
  });

  it('lints again when the setting changes: pushes anew to a client that takes pushed diagnostics', async () => {
    await client.initialize(PUSH_WITH_WORKSPACE_CAPABILITIES);
    const uri = await open('reefs.unres');
    assert.equal(numbering((await client.nextDiagnostics(uri)).diagnostics)[0].severity, DiagnosticSeverity.Error);
    client.rulesSetting = () => ({ 'operative-numbering': 'information' });
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const pushed = await client.nextDiagnostics(uri);
    assert.deepEqual(numbering(pushed.diagnostics).map((d) => d.severity), [DiagnosticSeverity.Information]);
    await client.shutdown();
  });

  it('lints again when a .unres.json changes, and tells each problem in it once', async () => {
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const uri = await open('third-committee/reefs.unres');
    assert.equal(numbering(await pull(uri)).length, 1);

    const configFile = writeFile('.unres.json', '{\n  "rules": {\n    "numbering": "off",\n    "chairs-note": "hint"\n  }\n}\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(configFile).href, type: FileChangeType.Created }] });
    await client.waitFor('a diagnostic refresh', () => client.diagnosticRefreshes === 1);
    assert.deepEqual(numbering(await pull(uri)), []);
    await pull(uri);
    assert.deepEqual(
      client.shownMessages.map((m) => m.message),
      [`unres: ${configFile}: rules.chairs-note: no rule has this id, alias or tag (use a rule id such as UNR001, an alias or a tag); the entry is ignored`],
    );

    fs.writeFileSync(configFile, '{ "rules": { "numbering": "off", } }');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(configFile).href, type: FileChangeType.Changed }] });
    await client.waitFor('a second refresh', () => client.diagnosticRefreshes === 2);
    assert.equal(numbering(await pull(uri)).length, 1, 'a file that is not JSON applies nothing');
    assert.equal(client.shownMessages.length, 2);
    assert.match(client.shownMessages[1].message, /invalid JSON at line 1, column 32: a comma before '\}' is not allowed in JSON/);
    await client.shutdown();
  });

  it('fixes a numbering error with its quick fix, after which the error is gone', async () => {
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const uri = await open('reefs.unres');
    const diagnostics = numbering(await pull(uri));
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics, only: [CodeActionKind.QuickFix] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred, a.diagnostics]),
      [
        ['Renumber paragraphs', CodeActionKind.QuickFix, true, diagnostics],
        ['Disable UNR001 for this paragraph', CodeActionKind.QuickFix, undefined, diagnostics],
        ['Disable UNR001 for this file', CodeActionKind.QuickFix, undefined, diagnostics],
      ],
    );
    assert.equal(await apply(actions[0].edit!), reefDraft(REEF_DRAFT_RENUMBERED_LINES));
    assert.deepEqual(numbering(await pull(uri)), []);
    await client.shutdown();
  });

  it('applies the first fix of every finding with source.fixAll.unres, as on save', async () => {
    const text = reefDraft().replace('*Encourages*', 'Encourages').replace('coral reefs;', 'coral reefs');
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const uri = await open('reefs.unres', text);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.unres'] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind]),
      [['Fix all auto-fixable unres problems', 'source.fixAll.unres']],
    );
    const fixed = await apply(actions[0].edit!);
    assert.equal(fixed, applyEdits(text, firstFixEdits(lint(parseResolution(text)))).text);
    assert.ok(fixed.includes('4. *Requests*'), 'the paragraphs are renumbered');
    assert.deepEqual(numbering(await pull(uri)), []);
    await client.shutdown();
  });

  it('renumbers the paragraphs on command by sending workspace/applyEdit, and says when they already are', async () => {
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const uri = await open('reefs.unres');
    const result = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'unres.server.renumberParagraphs', arguments: [uri] });
    assert.deepEqual(result, { edits: 3, applied: true });
    assert.equal(client.appliedEdits.length, 1);
    const [sent] = client.appliedEdits;
    assert.equal(sent.label, 'Renumber paragraphs');
    const [change] = sent.edit.documentChanges as TextDocumentEdit[];
    assert.deepEqual(
      change.edits.map((edit) => [edit.range.start, edit.newText]),
      [
        [{ line: 21, character: 0 }, '3'],
        [{ line: 23, character: 0 }, '4'],
        [{ line: 23, character: reefDraft().split('\n')[23].indexOf('paragraph 4 above') + 'paragraph '.length }, '3'],
      ],
    );
    assert.equal(await apply(sent.edit), reefDraft(REEF_DRAFT_RENUMBERED_LINES));

    const again = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'unres.server.renumberParagraphs', arguments: [uri] });
    assert.deepEqual(again, { edits: 0, applied: false, message: 'Paragraphs already numbered 1 to 4' });
    assert.equal(client.appliedEdits.length, 1, 'nothing more was sent');
    await assert.rejects(client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'unres.server.renumberParagraphs', arguments: ['file:///never-opened.unres'] }), /is not open/);
    await client.shutdown();
  });
});
