import * as assert from 'node:assert/strict';
import {
  CancellationTokenSource,
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  FoldingRangeRequest,
  HoverRequest,
  LSPErrorCodes,
  ResponseError,
  SelectionRangeRequest,
  SemanticTokensRequest,
  type CodeAction,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentStatistics, lint, parseResolution } from '../../server/src/core';
import { DOCUMENT_STATISTICS_COMMAND } from '../../shared/protocol';
import { FIX_ALL_KIND } from '../../server/src/lsp/codeActions';
import { reefDraft } from '../support/numberingDrafts';
import { longResolution } from '../support/longDrafts';
import { CountingAnalyzer } from './countingAnalyzer';
import { LspTestClient, PULL_DIAGNOSTICS_CAPABILITIES } from './lspTestClient';

const URI = 'file:///cache/draft.unres';
const textDocument = { uri: URI };

describe('language server: the model and findings of a document version, read by every request', function () {
  this.timeout(60_000);
  let client: LspTestClient;
  let analyzer: CountingAnalyzer;

  beforeEach(async () => {
    analyzer = new CountingAnalyzer();
    client = LspTestClient.inProcess({ analyzer });
    await client.initialize(PULL_DIAGNOSTICS_CAPABILITIES);
  });
  afterEach(() => client.kill());

  const open = (text: string) => client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'unres', version: 1, text } });
  const pull = async () => (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument })) as FullDocumentDiagnosticReport;
  const statistics = (token?: CancellationTokenSource) => client.connection.sendRequest(ExecuteCommandRequest.type, { command: DOCUMENT_STATISTICS_COMMAND, arguments: [URI] }, token?.token);
  const codeActions = async (line: number, diagnostics: FullDocumentDiagnosticReport['items'] = [], token?: CancellationTokenSource) =>
    (await client.connection.sendRequest(CodeActionRequest.type, { textDocument, range: { start: { line, character: 0 }, end: { line, character: 0 } }, context: { diagnostics } }, token?.token)) as CodeAction[];
  const counts = () => [analyzer.parses, analyzer.lints];

  it('answers diagnostics, code actions at every cursor move, statistics, semantic tokens, folding, symbols, links, selection ranges and hovers from one parse and one lint', async () => {
    const text = reefDraft();
    await open(text);
    const report = await pull();
    assert.ok(report.items.length > 0);
    for (let line = 0; line < 12; line++) {
      const actions = await codeActions(line, report.items.filter((d) => d.range.start.line === line));
      assert.ok(actions.some((action) => action.kind === FIX_ALL_KIND), `the fix-all action at line ${line}`);
    }
    const expected = JSON.parse(JSON.stringify(documentStatistics(parseResolution(text), lint(parseResolution(text))))) as unknown;
    for (let i = 0; i < 3; i++) assert.deepEqual(await statistics(), expected);
    for (let i = 0; i < 2; i++) {
      assert.ok(((await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument }))?.data.length ?? 0) > 0);
      assert.ok(((await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument })) ?? []).length > 0);
      assert.ok(((await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument })) ?? []).length > 0);
      await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument });
      await client.connection.sendRequest(SelectionRangeRequest.type, { textDocument, positions: [{ line: 2, character: 3 }] });
      await client.connection.sendRequest(HoverRequest.type, { textDocument, position: { line: 2, character: 3 } });
    }
    assert.deepEqual(counts(), [1, 1]);
    // A new version is parsed and linted once more, whatever asks first.
    const change = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' };
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: URI, version: 2 }, contentChanges: [change] });
    await codeActions(1);
    await statistics();
    await pull();
    await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument });
    assert.deepEqual(counts(), [2, 2]);
    const changed = TextDocument.create(URI, 'unres', 1, text);
    TextDocument.update(changed, [change], 2);
    assert.deepEqual(await statistics(), JSON.parse(JSON.stringify(documentStatistics(parseResolution(changed.getText()), lint(parseResolution(changed.getText()))))));
  });

  it('makes code actions and statistics asked before any diagnostics wait for the one lint of the version', async () => {
    await open(longResolution({ bytes: 1_000_000 }));
    const answers = await Promise.all([codeActions(3), statistics(), codeActions(4), pull(), statistics()]);
    assert.ok(answers.every((answer) => answer !== null));
    assert.deepEqual(counts(), [1, 1]);
  });

  it('answers a cancelled code action or statistics request with RequestCancelled, and lints the version only once', async () => {
    await open(longResolution({ bytes: 1_000_000 }));
    const outcome = (request: Promise<unknown>) =>
      request.then(
        () => 'answered',
        (error: unknown) => (error instanceof ResponseError ? error.code : String(error)),
      );
    const actionsToken = new CancellationTokenSource();
    const statisticsToken = new CancellationTokenSource();
    const cancelledActions = outcome(codeActions(3, [], actionsToken));
    const cancelledStatistics = outcome(statistics(statisticsToken));
    actionsToken.cancel();
    statisticsToken.cancel();
    // The lint of a 1 MB text takes several slices: both requests are cancelled while they wait for it.
    assert.equal(await cancelledActions, LSPErrorCodes.RequestCancelled);
    assert.equal(await cancelledStatistics, LSPErrorCodes.RequestCancelled);
    assert.ok((await pull()).items.length > 0);
    assert.ok((await codeActions(3)).length > 0);
    assert.deepEqual(counts(), [1, 1]);
  });
});
