import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CancellationTokenSource,
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  HoverRequest,
  LSPErrorCodes,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  SemanticTokensRequest,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, parseResolution } from '../../server/src/core';
import { FIFTY_KB_SAMPLE, longResolution, SHARED } from '../support/longDrafts';
import { LspTestClient, VSCODE_LIKE_CAPABILITIES } from './lspTestClient';

const URI = 'file:///robustness/draft.unres';
const SAMPLE = fs.readFileSync(path.join(SHARED, FIFTY_KB_SAMPLE), 'utf8');

/** The rule ids and ranges the server should report for a text: the core's, placed by TextDocument. */
function expectedRanges(text: string) {
  const document = TextDocument.create(URI, 'unres', 1, text);
  return lint(parseResolution(text)).map((f) => [f.ruleId, document.positionAt(f.span.start), document.positionAt(f.span.end)]);
}

/** Writes one framed JSON-RPC message, or any bytes, straight into the server's input. */
function writeRaw(client: LspTestClient, body: string, header = `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n`): void {
  client.child.stdin!.write(header + body);
}

describe('language server robustness', function () {
  this.timeout(120_000);
  let client: LspTestClient;

  afterEach(() => client?.kill());

  async function openDocument(text: string, uri = URI): Promise<void> {
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text } });
  }

  async function pulled(uri = URI): Promise<FullDocumentDiagnosticReport> {
    return (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  }

  const ranges = (report: FullDocumentDiagnosticReport) => report.items.map((d) => [d.code, d.range.start, d.range.end]);

  it('survives malformed messages and goes on answering', async () => {
    client = LspTestClient.startExtensionServer();
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    writeRaw(client, '{"jsonrpc":"2.0","id":901,"method":"textDocument/hover",');
    writeRaw(client, '{"not":"a message"}');
    writeRaw(client, '[1,2,3]');
    writeRaw(client, '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///robustness/bad.unres"}}}');
    writeRaw(client, '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///robustness/never.unres","version":2},"contentChanges":[{"text":"x"}]}}');
    writeRaw(client, '{"jsonrpc":"2.0","id":902,"method":"textDocument/hover","params":{"position":{"line":"zero"}}}');
    writeRaw(client, '{"jsonrpc":"2.0","id":903,"method":"unres/noSuchRequest","params":{}}');
    await openDocument(SAMPLE);
    assert.deepEqual(ranges(await pulled()), expectedRanges(SAMPLE));
    assert.equal(await client.shutdown(), 0);
  });

  it('exits with a message on stderr when the input breaks the framing, so that the editor restarts it', async () => {
    for (const [start, input] of [
      [() => LspTestClient.startExtensionServer(), 'Content-Type: text/plain\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"shutdown"}'],
      [() => LspTestClient.start('stdio'), '\u0000\u0001garbage that is no header'],
    ] as const) {
      client = start();
      await client.initialize(VSCODE_LIKE_CAPABILITIES);
      client.child.stdin!.write(input);
      assert.equal(await client.exited, 1);
      assert.match(client.stderr, /unres server: the editor sent input that breaks the language server protocol \(/);
    }
  });

  it('answers requests for documents it never saw with empty results', async () => {
    client = LspTestClient.startExtensionServer();
    const { capabilities } = await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const textDocument = { uri: 'file:///robustness/never-opened.unres' };
    const position = { line: 3, character: 4 };
    const c = client.connection;
    assert.deepEqual(await pulled(textDocument.uri), { kind: 'full', items: [] });
    assert.equal(await c.sendRequest(HoverRequest.type, { textDocument, position }), null);
    assert.deepEqual(await c.sendRequest(DefinitionRequest.type, { textDocument, position }), []);
    assert.deepEqual(await c.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: true } }), []);
    assert.deepEqual(await c.sendRequest(DocumentHighlightRequest.type, { textDocument, position }), []);
    assert.deepEqual(await c.sendRequest(DocumentSymbolRequest.type, { textDocument }), []);
    assert.equal(await c.sendRequest(RenameRequest.type, { textDocument, position, newName: '3' }), null);
    const range = { start: position, end: position };
    assert.deepEqual(await c.sendRequest(CodeActionRequest.type, { textDocument, range, context: { diagnostics: [] } }), []);
    if (capabilities.completionProvider) {
      const completions = await c.sendRequest(CompletionRequest.type, { textDocument, position });
      assert.equal(completions === null ? 0 : Array.isArray(completions) ? completions.length : completions.items.length, 0);
    }
    if (capabilities.semanticTokensProvider) assert.deepEqual((await c.sendRequest(SemanticTokensRequest.type, { textDocument }))?.data ?? [], []);
    assert.equal(await client.shutdown(), 0);
  });

  it('clamps positions outside the document, in requests and in edits, as the editor does', async () => {
    client = LspTestClient.startExtensionServer();
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    await openDocument(SAMPLE);
    const textDocument = { uri: URI };
    for (const position of [{ line: 1_000_000, character: 5 }, { line: 3, character: 1_000_000 }, { line: 0, character: 0 }]) {
      await client.connection.sendRequest(HoverRequest.type, { textDocument, position });
      await client.connection.sendRequest(DefinitionRequest.type, { textDocument, position });
    }
    // An edit past the end, as a confused client might send: TextDocument clamps it to the end.
    const document = TextDocument.create(URI, 'unres', 1, SAMPLE);
    const change = { range: { start: { line: 999_999, character: 0 }, end: { line: 999_999, character: 9 } }, text: '\n\n4. *Decides* to remain seized of the matter.' };
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: URI, version: 2 }, contentChanges: [change] });
    TextDocument.update(document, [change], 2);
    assert.ok(document.getText().endsWith('remain seized of the matter.'));
    assert.deepEqual(ranges(await pulled()), expectedRanges(document.getText()));
    assert.equal(await client.shutdown(), 0);
  });

  it('answers a cancelled diagnostic request with RequestCancelled or its result, and goes on', async () => {
    client = LspTestClient.startExtensionServer();
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const long = longResolution({ bytes: 1_000_000 });
    await openDocument(long);
    const source = new CancellationTokenSource();
    const request = client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI } }, source.token);
    source.cancel();
    const outcome = await request.then(
      (report) => (report as FullDocumentDiagnosticReport).kind,
      (error: unknown) => (error instanceof ResponseError ? error.code : String(error)),
    );
    assert.ok(outcome === 'full' || outcome === LSPErrorCodes.RequestCancelled, `unexpected outcome ${outcome}`);
    assert.deepEqual(ranges(await pulled()), expectedRanges(long));
    assert.equal(await client.shutdown(), 0);
  });

  it('drops a lint that a newer version overtook, and reports on the newest version', async () => {
    client = LspTestClient.startExtensionServer();
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const long = longResolution({ bytes: 2_000_000 });
    await openDocument(long);
    const first = client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI } });
    const change = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '<!-- unres-disable UNR003 -->\n' };
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: URI, version: 2 }, contentChanges: [change] });
    const outcome = await first.then(
      () => 'answered',
      (error: unknown) => (error instanceof ResponseError ? error.code : String(error)),
    );
    // Answered when the lint was done before the change arrived; otherwise ServerCancelled.
    assert.ok(outcome === 'answered' || outcome === LSPErrorCodes.ServerCancelled, `unexpected outcome ${outcome}`);
    const changed = TextDocument.create(URI, 'unres', 1, long);
    TextDocument.update(changed, [change], 2);
    assert.deepEqual(ranges(await pulled()), expectedRanges(changed.getText()));
    assert.equal(await client.shutdown(), 0);
  });

  it('opens a 100 000-line document, a single 5 MB line, CRLF, astral characters and lone surrogates', async () => {
    client = LspTestClient.startExtensionServer();
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const manyLines = Array.from({ length: 100_000 }, (_, i) => (i % 3 === 2 ? '' : `${(i % 9000) + 1}. *Urges* Member States to share water;`)).join('\n');
    let oneLine = '';
    while (oneLine.length < 5_000_000) oneLine += SAMPLE.replace(/\s+/g, ' ');
    const texts = {
      'many-lines': manyLines,
      'one-line': oneLine.slice(0, 5_000_000),
      crlf: SAMPLE.replace(/\n/g, '\r\n'),
      astral: SAMPLE.replace(/Member States/g, '𝒜 Member States 🌍'),
      surrogates: SAMPLE.replace(/Member States/g, 'Member \ud800States\udfff'),
      empty: '',
    };
    for (const [name, text] of Object.entries(texts)) {
      const uri = `file:///robustness/${name}.unres`;
      await openDocument(text, uri);
      assert.deepEqual(ranges(await pulled(uri)), expectedRanges(text), name);
    }
    assert.equal(await client.shutdown(), 0);
  });

  it('exits when the client disappears without shutting it down', async () => {
    client = LspTestClient.startExtensionServer();
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    await openDocument(SAMPLE);
    await pulled();
    client.child.stdin!.end();
    const code = await client.exited;
    // vscode-languageserver exits with 1 when its input closes before a shutdown request.
    assert.equal(code, 1);
    assert.doesNotMatch(client.stderr, /Error|at .*\.js:\d+/);
  });
});
