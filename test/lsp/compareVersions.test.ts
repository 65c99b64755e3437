import * as assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DidOpenTextDocumentNotification, ExecuteCommandRequest } from 'vscode-languageserver/node';
import { COMPARE_DIAGNOSTIC_SOURCE, COMPARE_VERSIONS_COMMAND, type CompareVersionsResult } from '../../shared/protocol';
import { changed, ENGLISH_VERSION, FRENCH_VERSION, SPANISH_VERSION } from '../support/languageVersions';
import { TempFolder } from '../support/tempFolder';
import { LspTestClient, VSCODE_LIKE_CAPABILITIES } from './lspTestClient';

describe('language server: Compare with another language version', () => {
  let folder: TempFolder;
  let client: LspTestClient;

  beforeEach(async () => {
    folder = new TempFolder('unres-compare-lsp-');
    client = LspTestClient.inProcess();
    await client.initialize(VSCODE_LIKE_CAPABILITIES, [pathToFileURL(folder.path).href]);
  });

  afterEach(() => {
    client.kill();
    folder.remove();
  });

  const open = (uri: string, text: string) => client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text } });
  const compare = async (...args: string[]) => (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: COMPARE_VERSIONS_COMMAND, arguments: args })) as CompareVersionsResult;
  /** The 0-based line of the first line of `text` with `words`. */
  const lineOf = (text: string, words: string) => text.split('\n').findIndex((line) => line.includes(words));

  it('answers diagnostics for both versions at the paragraphs that differ, the other read from disk', async () => {
    const english = pathToFileURL(folder.write('older-persons.en.unres', ENGLISH_VERSION)).href;
    const french = changed(changed(FRENCH_VERSION, 'culturels¹,', 'culturels,'), 'inondations de 2024,', 'inondations de 2024¹,');
    const frenchUri = pathToFileURL(folder.write('older-persons.fr.unres', french)).href;
    await open(english, ENGLISH_VERSION);
    const result = await compare(english, frenchUri);
    assert.equal(result.message, 'unres: 1 difference between older-persons.en.unres (English) and older-persons.fr.unres (French), shown as problems in both.');
    assert.deepEqual(
      result.documents.map((document) => [document.uri, document.diagnostics.map((d) => [d.source, d.code, d.severity, d.range.start.line, d.relatedInformation?.[0].location.uri])]),
      [
        [english, [[COMPARE_DIAGNOSTIC_SOURCE, 'footnote', DiagnosticSeverity.Warning, lineOf(ENGLISH_VERSION, '*Reaffirming*'), frenchUri]]],
        [frenchUri, [[COMPARE_DIAGNOSTIC_SOURCE, 'footnote', DiagnosticSeverity.Warning, lineOf(french, '*Vivement préoccupée*'), english]]],
      ],
    );
    assert.equal(result.documents[1].diagnostics[0].message, 'Footnote 1 is marked in preambular paragraph 3 here, and in preambular paragraph 2 in the English version.');
  });

  it('takes the text of the other version from the client, and says when the versions correspond', async () => {
    const spanish = 'untitled:Untitled-2';
    const english = 'untitled:Untitled-1';
    await open(english, ENGLISH_VERSION);
    const same = await compare(english, spanish, SPANISH_VERSION);
    assert.deepEqual(same, {
      message: 'unres: Untitled-1 (English) and Untitled-2 (Spanish) correspond.',
      documents: [
        { uri: english, diagnostics: [] },
        { uri: spanish, diagnostics: [] },
      ],
    });
    const differs = await compare(english, spanish, changed(SPANISH_VERSION, 'el 19 de diciembre de 2027', 'el 9 de diciembre de 2027'));
    assert.deepEqual(
      differs.documents.map((document) => document.diagnostics.map((d) => [d.code, d.message])),
      [
        [['date', 'Operative paragraph 4: the date “19 December 2027” is “9 de diciembre de 2027” in the Spanish version.']],
        [['date', 'Operative paragraph 4: the date “9 de diciembre de 2027” is “19 December 2027” in the English version.']],
      ],
    );
  });

  it('says why it cannot compare, and refuses arguments it does not take', async () => {
    const english = pathToFileURL(folder.write('a.unres', ENGLISH_VERSION)).href;
    await open(english, ENGLISH_VERSION);
    const gone = pathToFileURL(`${folder.path}/gone.unres`).href;
    assert.deepEqual(await compare(english, gone), { message: `unres: cannot read ${gone}: open it in the editor and compare again.`, documents: [] });
    assert.deepEqual(await compare(english, english), { message: 'unres: choose another file than the one to compare it with.', documents: [] });
    const notes = pathToFileURL(folder.write('notes.unres', 'Meeting of the facilitators on Friday: the revised text goes out on Monday.\n')).href;
    assert.deepEqual(await compare(english, notes), { message: 'unres: notes.unres has no preambular or operative paragraphs to compare.', documents: [] });
    await assert.rejects(client.connection.sendRequest(ExecuteCommandRequest.type, { command: COMPARE_VERSIONS_COMMAND, arguments: [english] }), /takes the URIs of two documents/);
  });
});
