import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, DocumentDiagnosticRequest, HoverRequest, type FullDocumentDiagnosticReport, type Hover, type MarkupContent, type Position } from 'vscode-languageserver/node';
import { ESCAZU_TREATY_DATA_FILE } from '../support/workspaceTreatyData';
import { LspTestClient, VSCODE_LIKE_CAPABILITIES } from './lspTestClient';

const DRAFT = [
  'The General Assembly,',
  '',
  '*Welcoming* the entry into force of the Escazú Agreement and recalling the Vienna Convention on the Law of Treaties,¹',
  '',
  '¹ United Nations, *Treaty Series*, vol. 1155, No. 18232.',
  '',
  '1. *Decides* to remain seized of the matter.',
  '',
].join('\n');

const positionOf = (search: string, nth = 2): Position => {
  const line = DRAFT.split('\n').findIndex((l) => l.includes(search));
  return { line, character: DRAFT.split('\n')[line].indexOf(search) + nth };
};

describe('language server: workspace treaty data', function () {
  this.timeout(20000);
  let client: LspTestClient;
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-treaties-'));
    fs.mkdirSync(path.join(folder, '.unres'));
    client = LspTestClient.inProcess();
  });
  afterEach(() => {
    client?.kill();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  /** Initializes the server as VS Code does with the drafts folder open as its workspace folder. */
  async function initializeWithFolder(): Promise<void> {
    await client.initialize(VSCODE_LIKE_CAPABILITIES, [pathToFileURL(folder).href]);
  }

  async function openDraft(): Promise<string> {
    const file = path.join(folder, 'drafts', 'escazu.unres');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, DRAFT);
    const uri = pathToFileURL(file).href;
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text: DRAFT } });
    return uri;
  }

  const hover = async (uri: string, search: string): Promise<string | undefined> => {
    const result = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(search) })) as Hover | null;
    return result ? (result.contents as MarkupContent).value : undefined;
  };

  it('hovers a treaty of the nearest .unres/treaties.json, and checks citations against it', async () => {
    fs.writeFileSync(path.join(folder, '.unres', 'treaties.json'), ESCAZU_TREATY_DATA_FILE);
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const uri = await openDraft();
    const escazu = await hover(uri, 'Escazú Agreement');
    assert.match(escazu ?? '', /^\*\*Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean\*\*\n/);
    assert.ok(escazu?.endsWith(`From the workspace treaty data (${path.join(folder, '.unres', 'treaties.json')}).`), escazu);
    const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    assert.deepEqual(report.items.filter((d) => d.code === 'UNR030'), []);
    assert.deepEqual(client.shownMessages, []);
    await client.shutdown();
  });

  it('tells once of a broken file, naming it and its line, and goes on with the bundled table', async () => {
    const file = path.join(folder, '.unres', 'treaties.json');
    fs.writeFileSync(file, ESCAZU_TREATY_DATA_FILE.replace('"escazu-text"\n', '"escazu-page"\n'));
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const uri = await openDraft();
    assert.equal(await hover(uri, 'Escazú Agreement'), undefined);
    assert.match((await hover(uri, 'Vienna Convention')) ?? '', /^\*\*Vienna Convention on the Law of Treaties\*\*\n/);
    await hover(uri, 'Vienna Convention');
    assert.deepEqual(client.shownMessages.map((m) => m.message), [
      `unres: ${file}: line 18, column 11: no source has the id "escazu-page" (define it in "sources" of the file); the file is not used until it is fixed, and the bundled treaty table is used meanwhile`,
    ]);
    await client.shutdown();
  });

  it('adds the file of the unres.treaties.file setting, relative to the workspace folder', async () => {
    fs.writeFileSync(path.join(folder, 'regional-treaties.json'), ESCAZU_TREATY_DATA_FILE);
    client.otherSettings = (section) => (section === 'unres.treaties' ? { file: 'regional-treaties.json' } : null);
    await initializeWithFolder();
    const uri = await openDraft();
    assert.match((await hover(uri, 'Escazú Agreement')) ?? '', /^\*\*Regional Agreement on Access to Information/);
    assert.ok(client.configurationRequests.some((item) => item.section === 'unres.treaties' && item.scopeUri === uri));
    await client.shutdown();
  });

  it('with unres.treaties.file set to /dev/zero, stays alive, tells once, and goes on with the bundled table', async () => {
    client.otherSettings = (section) => (section === 'unres.treaties' ? { file: '/dev/zero' } : null);
    await initializeWithFolder();
    const uri = await openDraft();
    assert.match((await hover(uri, 'Vienna Convention')) ?? '', /^\*\*Vienna Convention on the Law of Treaties\*\*\n/);
    await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    await hover(uri, 'Vienna Convention');
    assert.deepEqual(client.shownMessages.map((m) => m.message), ['unres: /dev/zero: not a regular file; the file is not used, and the bundled treaty table is used meanwhile']);
    await client.shutdown();
  });
});
