import * as assert from 'node:assert/strict';
import { ErrorCodes } from 'vscode-languageserver/node';
import {
  CITABLE_TREATIES_COMMAND,
  DOCUMENT_STATISTICS_COMMAND,
  INSERT_FOOTNOTE_COMMAND,
  INSERT_TREATY_CITATION_COMMAND,
  LINT_WORKSPACE_COMMAND,
  RENUMBER_FOOTNOTES_COMMAND,
  RENUMBER_PARAGRAPHS_COMMAND,
} from '../../shared/protocol';
import { reefDraft } from '../support/numberingDrafts';
import { RawSession, type RawResponse } from './rawSession';

const URI = 'file:///guard/draft.unres';
const textDocument = { uri: URI };
const at = { line: 3, character: 4 };

/** Every request the server registers, with params it takes. */
const REQUESTS: Readonly<Record<string, unknown>> = {
  'textDocument/diagnostic': { textDocument },
  'textDocument/codeAction': { textDocument, range: { start: at, end: at }, context: { diagnostics: [] } },
  'workspace/executeCommand': { command: DOCUMENT_STATISTICS_COMMAND, arguments: [URI] },
  'textDocument/definition': { textDocument, position: at },
  'textDocument/references': { textDocument, position: at, context: { includeDeclaration: true } },
  'textDocument/documentHighlight': { textDocument, position: at },
  'textDocument/hover': { textDocument, position: at },
  'textDocument/documentLink': { textDocument },
  'textDocument/prepareRename': { textDocument, position: at },
  'textDocument/rename': { textDocument, position: at, newName: '2' },
  'textDocument/semanticTokens/full': { textDocument },
  'textDocument/foldingRange': { textDocument },
  'textDocument/selectionRange': { textDocument, positions: [at] },
  'textDocument/completion': { textDocument, position: at },
  'textDocument/documentSymbol': { textDocument },
  'textDocument/willSaveWaitUntil': { textDocument, reason: 1 },
};

/** The request each capability the server announces stands for. */
const CAPABILITY_REQUESTS: Readonly<Record<string, readonly string[]>> = {
  documentSymbolProvider: ['textDocument/documentSymbol'],
  codeActionProvider: ['textDocument/codeAction'],
  executeCommandProvider: ['workspace/executeCommand'],
  definitionProvider: ['textDocument/definition'],
  referencesProvider: ['textDocument/references'],
  documentHighlightProvider: ['textDocument/documentHighlight'],
  hoverProvider: ['textDocument/hover'],
  documentLinkProvider: ['textDocument/documentLink'],
  renameProvider: ['textDocument/rename', 'textDocument/prepareRename'],
  completionProvider: ['textDocument/completion'],
  semanticTokensProvider: ['textDocument/semanticTokens/full'],
  foldingRangeProvider: ['textDocument/foldingRange'],
  selectionRangeProvider: ['textDocument/selectionRange'],
  diagnosticProvider: ['textDocument/diagnostic'],
};

/** Params of the wrong shape for a request, from its good ones: null, empty, and each field it reads broken. */
function malformed(method: string, good: Record<string, unknown>): unknown[] {
  const variants: unknown[] = [null, {}, 'text', 42];
  if ('textDocument' in good) variants.push({ ...good, textDocument: null }, { ...good, textDocument: { uri: 42 } }, { ...good, textDocument: 'file:///guard/draft.unres' });
  if ('position' in good) {
    variants.push(
      { ...good, position: null },
      { ...good, position: { line: -1, character: 0 } },
      { ...good, position: { line: 0, character: -3 } },
      { ...good, position: { line: 'zero', character: 0 } },
      { ...good, position: { line: 1.5, character: 0 } },
    );
  }
  if (method === 'textDocument/codeAction') {
    variants.push(
      { ...good, range: { start: at } },
      { ...good, context: null },
      { ...good, context: { diagnostics: 'none' } },
      { ...good, context: { diagnostics: [{ message: 'no range' }] } },
      { ...good, context: { diagnostics: [], only: 'quickfix' } },
    );
  }
  if (method === 'textDocument/references') variants.push({ ...good, context: null }, { ...good, context: { includeDeclaration: 'yes' } });
  if (method === 'textDocument/rename') variants.push({ ...good, newName: 3 });
  if (method === 'textDocument/selectionRange') variants.push({ ...good, positions: null }, { ...good, positions: [at, { line: -1, character: 0 }] });
  if (method === 'textDocument/willSaveWaitUntil') variants.push({ ...good, reason: 'manual' });
  if (method === 'workspace/executeCommand') {
    variants.push(
      { command: 5 },
      { command: 'unres.server.noSuchCommand', arguments: [URI] },
      { command: DOCUMENT_STATISTICS_COMMAND, arguments: URI },
      ...[RENUMBER_PARAGRAPHS_COMMAND, RENUMBER_FOOTNOTES_COMMAND, DOCUMENT_STATISTICS_COMMAND, CITABLE_TREATIES_COMMAND].flatMap((command) => [
        { command },
        { command, arguments: [] },
        { command, arguments: [42] },
        { command, arguments: [{ uri: URI }] },
      ]),
      { command: INSERT_FOOTNOTE_COMMAND, arguments: [URI] },
      { command: INSERT_FOOTNOTE_COMMAND, arguments: [URI, { line: -1, character: 0 }] },
      { command: INSERT_TREATY_CITATION_COMMAND, arguments: [URI, 'here'] },
      { command: INSERT_TREATY_CITATION_COMMAND, arguments: [URI, at, 42] },
    );
  }
  return variants;
}

function assertError(response: RawResponse, code: number, what: string): void {
  assert.ok(response.error, `${what}: answered ${JSON.stringify(response.result)}`);
  assert.equal(response.error.code, code, `${what}: ${response.error.message}`);
  assert.doesNotMatch(response.error.message, /Cannot read|undefined|\n\s+at /, what);
}

describe('language server: a misbehaving client', function () {
  this.timeout(60_000);
  let session: RawSession;

  afterEach(() => session?.kill());

  async function start(): Promise<Record<string, unknown>> {
    session = new RawSession();
    const initialized = await session.request('initialize', { processId: null, rootUri: null, capabilities: { textDocument: { diagnostic: {} } }, workspaceFolders: null });
    session.notify('initialized', {});
    session.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'unres', version: 1, text: reefDraft() } });
    return (initialized.result as { capabilities: Record<string, unknown> }).capabilities;
  }

  it('covers every request the server announces', async () => {
    const capabilities = await start();
    const announced = Object.keys(capabilities).filter((key) => key.endsWith('Provider'));
    for (const key of announced) {
      assert.ok(CAPABILITY_REQUESTS[key], `no request listed for ${key}`);
      for (const method of CAPABILITY_REQUESTS[key]) assert.ok(method in REQUESTS, method);
    }
    assert.equal((capabilities.textDocumentSync as { willSaveWaitUntil?: boolean }).willSaveWaitUntil, true);
    for (const [method, params] of Object.entries(REQUESTS)) {
      const response = await session.request(method, params);
      assert.equal(response.error, undefined, `${method}: ${response.error?.message}`);
    }
  });

  it('answers null, missing and wrongly typed params of every request with InvalidParams, and goes on answering', async () => {
    await start();
    for (const [method, good] of Object.entries(REQUESTS)) {
      for (const params of malformed(method, good as Record<string, unknown>)) {
        assertError(await session.request(method, params), ErrorCodes.InvalidParams, `${method} ${JSON.stringify(params)}`);
      }
      // No params at all, and params by position, are refused by the protocol library the same way.
      assertError(await session.request(method), ErrorCodes.InvalidParams, `${method} without params`);
      assertError(await session.request(method, [good]), ErrorCodes.InvalidParams, `${method} with params by position`);
    }
    const symbols = await session.request('textDocument/documentSymbol', { textDocument });
    assert.ok(Array.isArray(symbols.result) && symbols.result.length > 0);
    assert.doesNotMatch(session.stderr, /Error|\n\s+at /);
  });

  it('refuses every request after shutdown with InvalidRequest, and exits 0 on exit', async () => {
    await start();
    const shutdown = await session.request('shutdown');
    assert.equal(shutdown.error, undefined);
    assert.equal(shutdown.result, null);
    for (const [method, params] of Object.entries(REQUESTS)) assertError(await session.request(method, params), ErrorCodes.InvalidRequest, method);
    for (const [method, params] of [
      ['workspace/executeCommand', { command: LINT_WORKSPACE_COMMAND, arguments: [] }],
      ['unres/noSuchRequest', {}],
      ['shutdown', undefined],
      ['initialize', { processId: null, rootUri: null, capabilities: {} }],
    ] as const) {
      assertError(await session.request(method, params), ErrorCodes.InvalidRequest, method);
    }
    session.notify('exit');
    assert.equal(await session.exited, 0);
  });

  it('answers initialize params that are not an object, or whose capabilities or processId are of a wrong type, with InvalidParams, and then initializes', async () => {
    session = new RawSession();
    for (const params of [null, undefined, 'text', 42, [{ capabilities: {} }], { capabilities: null }, { capabilities: 'all' }, { processId: 'me', capabilities: {} }, { processId: 1.5, capabilities: {} }]) {
      assertError(await session.request('initialize', params), ErrorCodes.InvalidParams, `initialize ${JSON.stringify(params)}`);
    }
    const initialized = await session.request('initialize', { processId: null, rootUri: null, capabilities: {} });
    assert.equal(initialized.error, undefined);
    assert.ok((initialized.result as { capabilities: Record<string, unknown> }).capabilities.hoverProvider);
    assert.doesNotMatch(session.stderr, /Error|\n\s+at /);
  });

  it('drops the notifications that come after shutdown: a document opened then is not linted', async () => {
    session = new RawSession();
    // No pull capability: the server pushes diagnostics.
    await session.request('initialize', { processId: null, rootUri: null, capabilities: {} });
    session.notify('initialized', {});
    const published = session.nextNotification('textDocument/publishDiagnostics', 10_000);
    session.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'unres', version: 1, text: reefDraft() } });
    assert.equal((await published as { uri: string }).uri, URI, 'diagnostics pushed before shutdown');
    assert.equal((await session.request('shutdown')).error, undefined);
    const late = session.nextNotification('textDocument/publishDiagnostics', 3_000);
    session.notify('textDocument/didOpen', { textDocument: { uri: 'file:///guard/late.unres', languageId: 'unres', version: 1, text: reefDraft() } });
    session.notify('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: reefDraft().replace('1.', '3.') }] });
    assert.equal(await late, undefined);
    session.notify('exit');
    assert.equal(await session.exited, 0);
  });

  it('exits 1 on exit without shutdown', async () => {
    await start();
    assert.equal((await session.request('textDocument/foldingRange', { textDocument })).error, undefined);
    session.notify('exit');
    assert.equal(await session.exited, 1);
  });
});
