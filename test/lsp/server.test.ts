import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticReportKind,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  TextDocumentSyncKind,
  type DocumentSymbol,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, outline, parseResolution } from '../../server/src/core';
import { cleanDraftLines, draftWithoutOpeningLines, OPENING_LINE, PREAMBLE_LINES } from '../support/drafts';
import { REPO_ROOT } from '../support/paths';
import { LspTestClient, PULL_DIAGNOSTICS_CAPABILITIES, PUSH_DIAGNOSTICS_CAPABILITIES } from './lspTestClient';

const URI = 'file:///drafts/water.unres';
const SEVERITIES = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };

const rulePage = (ruleId: string) => path.join(REPO_ROOT, 'docs', 'rules', `${ruleId}.md`);

/** The diagnostics the server should send for a text: the core's findings, placed by TextDocument. */
function expectedDiagnostics(text: string) {
  const document = TextDocument.create(URI, 'unres', 1, text);
  return lint(parseResolution(text)).map((finding) => ({
    range: { start: document.positionAt(finding.span.start), end: document.positionAt(finding.span.end) },
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    ...(fs.existsSync(rulePage(finding.ruleId)) && { codeDescription: { href: pathToFileURL(rulePage(finding.ruleId)).href } }),
    source: 'unres',
    message: finding.message,
    data: { fixable: finding.fixes.length > 0 },
  }));
}

describe('language server: pushed and pulled diagnostics, document symbols', () => {
  let client: LspTestClient;

  afterEach(() => client?.kill());

  async function open(lines: string[]): Promise<void> {
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: URI, languageId: 'unres', version: 1, text: lines.join('\n') },
    });
  }

  describe('with a client that takes pushed diagnostics', () => {
    beforeEach(() => {
      client = LspTestClient.inProcess();
    });

    it('announces incremental sync and document symbols, and no pull diagnostics', async () => {
      const { capabilities, serverInfo } = await client.initialize(PUSH_DIAGNOSTICS_CAPABILITIES);
      assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental, willSaveWaitUntil: true });
      assert.equal(capabilities.documentSymbolProvider, true);
      assert.equal(capabilities.diagnosticProvider, undefined);
      assert.equal(serverInfo?.name, 'unres');
      await client.shutdown();
    });

    it('pushes diagnostics on open and after an incremental change, and clears them on close', async () => {
      await client.initialize(PUSH_DIAGNOSTICS_CAPABILITIES);
      const lines = draftWithoutOpeningLines();
      await open(lines);

      const opened = await client.nextDiagnostics(URI);
      assert.equal(opened.version, 1);
      const firstParagraphLine = lines.indexOf(PREAMBLE_LINES[0]);
      assert.deepEqual(opened.diagnostics, expectedDiagnostics(lines.join('\n')));
      assert.deepEqual(
        opened.diagnostics.map((d) => [d.code, d.severity, d.range.start]),
        [['UNR003', DiagnosticSeverity.Warning, { line: firstParagraphLine, character: 0 }]],
      );

      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: URI, version: 2 },
        contentChanges: [
          { range: { start: { line: firstParagraphLine, character: 0 }, end: { line: firstParagraphLine, character: 0 } }, text: `${OPENING_LINE}\n\n` },
        ],
      });
      const changed = await client.nextDiagnostics(URI);
      assert.equal(changed.version, 2);
      assert.deepEqual(changed.diagnostics, []);

      await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: URI } });
      const closed = await client.nextDiagnostics(URI);
      assert.deepEqual(closed.diagnostics, []);
      await client.shutdown();
    });

    it('pushes once for a burst of changes', async () => {
      await client.initialize(PUSH_DIAGNOSTICS_CAPABILITIES);
      const lines = cleanDraftLines();
      await open(lines);
      await client.nextDiagnostics(URI);
      const openingLine = lines.indexOf(OPENING_LINE);
      for (let version = 2; version <= 4; version++) {
        await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: { uri: URI, version },
          contentChanges: [{ range: { start: { line: openingLine, character: 0 }, end: { line: openingLine, character: 0 } }, text: 'x' }],
        });
      }
      const afterBurst = await client.nextDiagnostics(URI);
      assert.equal(afterBurst.version, 4);
      await client.shutdown();
      assert.equal(client.published.filter((p) => p.uri === URI).length, 2);
    });

    it('returns the outline as document symbols, operative paragraphs named "1. Urges"', async () => {
      await client.initialize(PUSH_DIAGNOSTICS_CAPABILITIES);
      const lines = cleanDraftLines();
      await open(lines);
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as DocumentSymbol[];
      assert.deepEqual(
        symbols.map((s) => s.name),
        outline(parseResolution(lines.join('\n'))).map((item) => item.name),
      );
      const operative = symbols.find((s) => s.children?.some((child) => child.name === '1. Urges'));
      assert.ok(operative, `no symbol holds "1. Urges": ${JSON.stringify(symbols.map((s) => s.name))}`);
      assert.deepEqual(
        operative.children?.map((s) => s.name),
        ['1. Urges', '2. Invites', '3. Requests'],
      );
      const urges = operative.children![0];
      const urgesLine = lines.findIndex((line) => line.startsWith('1. *Urges*'));
      assert.deepEqual(urges.range.start, { line: urgesLine, character: 0 });
      assert.equal(urges.selectionRange.start.line, urgesLine);
      await client.shutdown();
    });

    it('answers requests for unknown documents with empty results', async () => {
      await client.initialize(PUSH_DIAGNOSTICS_CAPABILITIES);
      const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///never-opened.unres' } });
      assert.deepEqual(symbols, []);
      await client.shutdown();
    });
  });

  describe('with a client that pulls diagnostics', () => {
    beforeEach(() => {
      client = LspTestClient.inProcess();
    });

    it('announces a pull diagnostic provider', async () => {
      const { capabilities } = await client.initialize(PULL_DIAGNOSTICS_CAPABILITIES);
      assert.deepEqual(capabilities.diagnosticProvider, { identifier: 'unres', interFileDependencies: false, workspaceDiagnostics: false });
      await client.shutdown();
    });

    it('answers textDocument/diagnostic and never pushes', async () => {
      await client.initialize(PULL_DIAGNOSTICS_CAPABILITIES);
      const lines = draftWithoutOpeningLines();
      await open(lines);
      const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
        textDocument: { uri: URI },
      })) as FullDocumentDiagnosticReport;
      assert.equal(report.kind, DocumentDiagnosticReportKind.Full);
      assert.deepEqual(report.items, expectedDiagnostics(lines.join('\n')));
      assert.deepEqual(
        report.items.map((d) => [d.code, d.severity, d.range.start.line]),
        [['UNR003', DiagnosticSeverity.Warning, lines.indexOf(PREAMBLE_LINES[0])]],
      );
      // Wait well past the push delay: a push would have arrived by now.
      await new Promise((resolve) => setTimeout(resolve, 800));
      assert.deepEqual(client.published, []);
      await client.shutdown();
      assert.deepEqual(client.published, []);
    });
  });
});

// The server as editors start it, from the command line: a process of its own on either transport.
for (const transport of ['stdio', 'node-ipc'] as const) {
  describe(`language server over ${transport}`, () => {
    it('initializes, reports diagnostics, and exits 0 after shutdown and exit', async () => {
      const client = LspTestClient.start(transport);
      try {
        const { capabilities } = await client.initialize(PUSH_DIAGNOSTICS_CAPABILITIES);
        assert.equal(capabilities.documentSymbolProvider, true);
        const text = draftWithoutOpeningLines().join('\n');
        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
          textDocument: { uri: URI, languageId: 'unres', version: 1, text },
        });
        const published = await client.nextDiagnostics(URI);
        assert.equal(published.diagnostics.length, 1);
        assert.deepEqual(published.diagnostics, expectedDiagnostics(text));
        assert.equal(await client.shutdown(), 0);
      } finally {
        client.kill();
      }
    });
  });
}
