import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExecuteCommandRequest,
  type ClientCapabilities,
} from 'vscode-languageserver/node';
import { countProblems, lint, parseResolution } from '../../server/src/core';
import { readDocx } from '../../server/src/docx';
import { DOCUMENT_STATISTICS_COMMAND, LINT_WORKSPACE_COMMAND, type LintWorkspaceResult } from '../../shared/protocol';
import { wordTextUri } from '../../shared/wordText';
import { cleanDraftLines, MEETING_NOTES } from '../support/drafts';
import { reefDraft } from '../support/numberingDrafts';
import { TempFolder } from '../support/tempFolder';
import { earlyWarningDraft } from '../support/wordDrafts';
import { LspTestClient, PUSH_WITH_WORKSPACE_CAPABILITIES, VSCODE_LIKE_CAPABILITIES } from './lspTestClient';

describe('language server: Lint workspace and Show document statistics', () => {
  let folder: TempFolder;
  let dir: string;
  let client: LspTestClient;

  beforeEach(() => {
    folder = new TempFolder('unres-workspace-');
    dir = folder.path;
  });

  afterEach(() => {
    client?.kill();
    folder.remove();
  });

  /** Writes a file under the workspace folder and returns its URI. */
  const writeFile = (name: string, content: string): string => pathToFileURL(folder.write(name, content)).href;

  async function start(capabilities: ClientCapabilities, folders: string[] = [pathToFileURL(dir).href]): Promise<void> {
    client = LspTestClient.inProcess();
    await client.initialize(capabilities, folders);
  }

  const lintWorkspace = async () => (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: LINT_WORKSPACE_COMMAND, arguments: [] })) as LintWorkspaceResult;
  const codesOf = (text: string) => lint(parseResolution(text)).map((finding) => finding.ruleId);

  it('publishes the problems of every resolution in the folders, and none for other files', async () => {
    const reefs = writeFile('second-committee/reefs.unres', reefDraft());
    const water = writeFile('third-committee/water.txt', cleanDraftLines().join('\n').replace('*Invites*', '*Invitse*'));
    writeFile('third-committee/notes.md', MEETING_NOTES);
    writeFile('node_modules/pkg/readme.unres', reefDraft());
    await start(VSCODE_LIKE_CAPABILITIES);
    const result = await lintWorkspace();
    const expected = countProblems([...lint(parseResolution(reefDraft())), ...lint(parseResolution(fs.readFileSync(path.join(dir, 'third-committee/water.txt'), 'utf8')))]);
    assert.deepEqual(expected, { error: 1, warning: 1, information: 0, hint: 0 }, 'the numbering gap of the reefs, the misspelt verb of the water draft');
    assert.deepEqual(result, { files: 2, problems: expected, message: 'unres: linted 2 resolution files: 1 error, 1 warning, 0 information, 0 hints.' });
    assert.deepEqual(
      client.published.map((params) => [params.uri, params.diagnostics.map((d) => d.code)]).sort(),
      [
        [reefs, codesOf(reefDraft())],
        [water, ['UNR002']],
      ].sort(),
    );
    const [invites] = client.published.find((params) => params.uri === water)!.diagnostics;
    assert.deepEqual(invites.range, { start: { line: 19, character: 4 }, end: { line: 19, character: 11 } });
  });

  it('hands an open file over to the pulled diagnostics, and publishes its problems on disk again when it is closed', async () => {
    const reefs = writeFile('reefs.unres', reefDraft());
    await start(VSCODE_LIKE_CAPABILITIES);
    await lintWorkspace();
    assert.deepEqual((await client.nextDiagnostics(reefs)).diagnostics.map((d) => d.code), codesOf(reefDraft()));
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: reefs, languageId: 'unres', version: 1, text: reefDraft() } });
    assert.deepEqual((await client.nextDiagnostics(reefs)).diagnostics, [], 'the pushed diagnostics are cleared while the editor pulls');
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: reefs } });
    assert.deepEqual((await client.nextDiagnostics(reefs)).diagnostics.map((d) => d.code), codesOf(reefDraft()));
  });

  it('lints a Word draft of the folder under the address of its resolution text, with the .unres.json beside it, names a Word file it cannot read, and reads the draft again when its text closes', async () => {
    const file = path.join(dir, 'second-committee', 'early-warning.docx');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, earlyWarningDraft());
    // The committee's project turns off the italics of operative verbs: it applies to the Word draft's text as to its other drafts.
    writeFile('second-committee/.unres.json', JSON.stringify({ rules: { UNR004: 'off' } }));
    fs.writeFileSync(path.join(dir, 'second-committee', 'protected.docx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]));
    const text = wordTextUri(pathToFileURL(file).href);
    await start(VSCODE_LIKE_CAPABILITIES);
    const result = await lintWorkspace();
    assert.deepEqual(result, {
      files: 1,
      problems: { error: 0, warning: 1, information: 0, hint: 0 },
      message:
        'unres: linted 1 resolution file: 0 errors, 1 warning, 0 information, 0 hints. A Word file could not be read: ' +
        `${path.join('second-committee', 'protected.docx')}: encrypted or legacy Word file (an OLE compound file, not a .docx zip): save it as a .docx without a password.`,
    });
    assert.deepEqual(client.published.map((params) => params.uri), [text], 'nothing is published on the .docx itself');
    const [recalls] = (await client.nextDiagnostics(text)).diagnostics;
    assert.equal(recalls.code, 'UNR002');
    const read = readDocx(earlyWarningDraft());
    assert.ok(read.ok);
    const lines = read.reading.text.split('\n');
    assert.equal(lines[recalls.range.start.line].slice(recalls.range.start.character, recalls.range.end.character), 'Recalls');
    // The extension opens the text (from the Problems panel or its command), then closes it.
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: text, languageId: 'unres', version: 1, text: read.reading.text } });
    assert.deepEqual((await client.nextDiagnostics(text)).diagnostics, [], 'the pushed diagnostics are cleared while the editor pulls');
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: text } });
    assert.deepEqual((await client.nextDiagnostics(text)).diagnostics.map((d) => d.code), ['UNR002']);
  });

  it('counts an open file with its text in the editor, and publishes nothing over its live diagnostics', async () => {
    const water = writeFile('water.unres', cleanDraftLines().join('\n'));
    await start(PUSH_WITH_WORKSPACE_CAPABILITIES);
    const edited = cleanDraftLines().join('\n').replace('*Urges*', '*Urgs*');
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: water, languageId: 'unres', version: 1, text: edited } });
    assert.deepEqual((await client.nextDiagnostics(water)).diagnostics.map((d) => d.code), ['UNR002']);
    const result = await lintWorkspace();
    assert.deepEqual(result.problems, { error: 0, warning: 1, information: 0, hint: 0 });
    assert.equal(result.message, 'unres: linted 1 resolution file: 0 errors, 1 warning, 0 information, 0 hints.');
    assert.equal(client.published.filter((params) => params.uri === water).length, 1);
  });

  it('says so when there is no folder to lint', async () => {
    await start(VSCODE_LIKE_CAPABILITIES, []);
    assert.deepEqual(await lintWorkspace(), { files: 0, problems: { error: 0, warning: 0, information: 0, hint: 0 }, message: 'unres: open a folder to lint the resolutions in it.' });
  });

  it('answers the statistics of an open document, with its problems under the settings', async () => {
    await start(VSCODE_LIKE_CAPABILITIES);
    const uri = 'untitled:Untitled-1';
    const text = reefDraft();
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text } });
    const stats = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: DOCUMENT_STATISTICS_COMMAND, arguments: [uri] });
    const doc = parseResolution(text);
    assert.deepEqual(stats, {
      preambular: doc.preamble.length,
      operative: doc.operative.length,
      subparagraphs: 0,
      footnotes: 0,
      // 20 and 15 words in the preamble; 16, 11, 12 and 18 in the operative paragraphs.
      words: 92,
      problems: countProblems(lint(doc)),
      language: 'en',
      languageBasis: doc.language.basis,
    });
    assert.deepEqual([doc.preamble.length, doc.operative.length], [2, 4]);
    client.rulesSetting = () => ({ UNR001: 'off' });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const quiet = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: DOCUMENT_STATISTICS_COMMAND, arguments: [uri] })) as { problems: { error: number } };
    assert.equal(quiet.problems.error, 0, 'UNR001 turned off in the settings no longer counts');
  });
});
