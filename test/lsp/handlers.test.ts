import * as assert from 'node:assert/strict';
import { CancellationTokenSource, DiagnosticSeverity, LSPErrorCodes, ResponseError, SymbolKind, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseResolution, type Finding, type OutlineItem, type ResolutionDocument } from '../../server/src/core';
import { toDiagnostic, toDiagnosticSeverity, toDocumentSymbol, toRange } from '../../server/src/lsp/convert';
import { DocumentModelCache } from '../../server/src/lsp/documentModels';
import { documentDiagnostics, documentSymbols } from '../../server/src/lsp/features';
import { runSafe } from '../../server/src/lsp/server';
import { cleanDraftLines, draftWithoutOpeningLines, PREAMBLE_LINES } from '../support/drafts';

function countingParser(): { parse: (text: string) => ResolutionDocument; calls: () => number } {
  let calls = 0;
  return {
    parse: (text) => {
      calls++;
      return parseResolution(text);
    },
    calls: () => calls,
  };
}

describe('DocumentModelCache', () => {
  it('parses a document version once for every feature', () => {
    const parser = countingParser();
    const models = new DocumentModelCache(4, parser.parse);
    const document = TextDocument.create('file:///a.unres', 'unres', 1, draftWithoutOpeningLines().join('\n'));
    documentDiagnostics(document, models);
    documentSymbols(document, models);
    assert.equal(models.get(document), models.get(document));
    assert.equal(parser.calls(), 1);
  });

  it('parses again when the version changes', () => {
    const parser = countingParser();
    const models = new DocumentModelCache(4, parser.parse);
    const document = TextDocument.create('file:///a.unres', 'unres', 1, cleanDraftLines().join('\n'));
    const first = models.get(document);
    TextDocument.update(document, [{ text: 'x' }], 2);
    const second = models.get(document);
    assert.notEqual(second, first);
    assert.equal(second.text, 'x');
    assert.equal(models.size, 1);
    assert.equal(parser.calls(), 2);
  });

  it('drops the model of a version that is gone as soon as the document changes, and keeps the current one', () => {
    const parser = countingParser();
    const models = new DocumentModelCache(4, parser.parse);
    const draft = TextDocument.create('file:///draft.unres', 'unres', 1, cleanDraftLines().join('\n'));
    const other = TextDocument.create('file:///other.unres', 'unres', 1, draftWithoutOpeningLines().join('\n'));
    const current = models.get(other);
    models.get(draft);
    assert.equal(models.size, 2);
    models.dropOutdated(draft);
    assert.equal(models.size, 2, 'the model of the current version stays');
    TextDocument.update(draft, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }], 2);
    models.dropOutdated(draft);
    assert.equal(models.size, 1, 'the model of version 1 is gone before version 2 is parsed');
    assert.equal(models.get(other), current);
    assert.ok(models.get(draft).text.startsWith('x'));
    assert.equal(parser.calls(), 3);
  });

  it('evicts the least recently used document beyond its capacity', () => {
    const parser = countingParser();
    const models = new DocumentModelCache(2, parser.parse);
    const docs = ['a', 'b', 'c'].map((name) => TextDocument.create(`file:///${name}.unres`, 'unres', 1, name));
    models.get(docs[0]);
    models.get(docs[1]);
    models.get(docs[0]); // a is now newer than b
    models.get(docs[2]); // evicts b
    assert.equal(models.size, 2);
    assert.equal(parser.calls(), 3);
    models.get(docs[0]);
    assert.equal(parser.calls(), 3, 'a stayed cached');
    models.get(docs[1]);
    assert.equal(parser.calls(), 4, 'b was evicted');
  });

  it('forgets a deleted document', () => {
    const parser = countingParser();
    const models = new DocumentModelCache(2, parser.parse);
    const document = TextDocument.create('file:///a.unres', 'unres', 1, 'text');
    models.get(document);
    models.delete(document.uri);
    assert.equal(models.size, 0);
    models.get(document);
    assert.equal(parser.calls(), 2);
  });
});

describe('convert', () => {
  const finding = (start: number, end: number, severity: Finding['severity']): Finding => ({
    ruleId: 'UNR000',
    severity,
    message: 'message',
    span: { start, end },
    fixes: [],
  });

  it('places spans on CRLF lines and counts astral characters as two UTF-16 units', () => {
    const text = 'The General Assembly,\r\n\r\n*Noting* 🌍 the report,\r\n';
    const document = TextDocument.create('file:///a.unres', 'unres', 1, text);
    const start = text.indexOf('the report');
    assert.deepEqual(toRange(document, { start, end: start + 'the report'.length }), {
      start: { line: 2, character: 12 },
      end: { line: 2, character: 22 },
    });
  });

  it('maps every severity and carries rule id and source', () => {
    const document = TextDocument.create('file:///a.unres', 'unres', 1, 'abcdef');
    assert.deepEqual(
      (['error', 'warning', 'information', 'hint'] as const).map(toDiagnosticSeverity),
      [DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information, DiagnosticSeverity.Hint],
    );
    assert.deepEqual(toDiagnostic(document, finding(1, 3, 'hint')), {
      range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } },
      severity: DiagnosticSeverity.Hint,
      code: 'UNR000',
      source: 'unres',
      message: 'message',
      data: { fixable: false },
    });
  });

  it('links the rule documentation when given, and marks a finding with a fix as fixable', () => {
    const document = TextDocument.create('file:///a.unres', 'unres', 1, 'abcdef');
    const fixable: Finding = { ...finding(0, 2, 'error'), ruleId: 'UNR001', fixes: [{ title: 'Renumber paragraphs', edits: [{ span: { start: 0, end: 1 }, newText: '1' }] }] };
    const diagnostic = toDiagnostic(document, fixable, 'file:///opt/unres/docs/rules/UNR001.md');
    assert.deepEqual(diagnostic.codeDescription, { href: 'file:///opt/unres/docs/rules/UNR001.md' });
    assert.deepEqual(diagnostic.data, { fixable: true });
    assert.equal(diagnostic.code, 'UNR001');
    assert.equal('codeDescription' in toDiagnostic(document, fixable), false);
  });

  it('keeps symbols acceptable to VS Code: a name, and a selection inside the range', () => {
    const document = TextDocument.create('file:///a.unres', 'unres', 1, 'Header line\nmore\n');
    const item: OutlineItem = {
      name: ' ',
      kind: 'header',
      span: { start: 0, end: 11 },
      selectionSpan: { start: 5, end: 16 },
      children: [{ name: 'child', kind: 'paragraph', span: { start: 0, end: 6 }, selectionSpan: { start: 0, end: 6 }, children: [] }],
    };
    const symbol = toDocumentSymbol(document, item);
    assert.equal(symbol.name, 'header');
    assert.equal(symbol.kind, SymbolKind.Module);
    assert.deepEqual(symbol.selectionRange, symbol.range);
    assert.deepEqual(symbol.children?.map((c) => [c.name, c.kind]), [['child', SymbolKind.String]]);
  });
});

describe('features', () => {
  it('reports the parse problems of a draft as diagnostics', () => {
    const lines = draftWithoutOpeningLines();
    const document = TextDocument.create('file:///a.unres', 'unres', 1, lines.join('\n'));
    const diagnostics = documentDiagnostics(document, new DocumentModelCache());
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range.start]),
      [['UNR003', DiagnosticSeverity.Warning, { line: lines.indexOf(PREAMBLE_LINES[0]), character: 0 }]],
    );
  });

  it('has no diagnostics for a clean draft', () => {
    const document = TextDocument.create('file:///a.unres', 'unres', 1, cleanDraftLines().join('\n'));
    assert.deepEqual(documentDiagnostics(document, new DocumentModelCache()), []);
  });
});

describe('runSafe', () => {
  function recordingConnection(): { connection: Connection; errors: string[] } {
    const errors: string[] = [];
    const connection = { console: { error: (message: string) => errors.push(message) } } as unknown as Connection;
    return { connection, errors };
  }

  it('returns the result of a handler that succeeds', () => {
    const { connection, errors } = recordingConnection();
    const result = runSafe(connection, 'textDocument/documentSymbol', [] as string[], new CancellationTokenSource().token, () => ['ok']);
    assert.deepEqual(result, ['ok']);
    assert.deepEqual(errors, []);
  });

  it('logs an exception and returns the empty result', () => {
    const { connection, errors } = recordingConnection();
    const result = runSafe(connection, 'textDocument/documentSymbol', [] as string[], new CancellationTokenSource().token, () => {
      throw new Error('parser bug');
    });
    assert.deepEqual(result, []);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /^unres: textDocument\/documentSymbol failed: Error: parser bug/);
  });

  it('answers a cancelled request with RequestCancelled without computing', () => {
    const { connection } = recordingConnection();
    const source = new CancellationTokenSource();
    source.cancel();
    let computed = false;
    const result = runSafe(connection, 'textDocument/diagnostic', [], source.token, () => {
      computed = true;
      return [];
    });
    assert.ok(result instanceof ResponseError);
    assert.equal(result.code, LSPErrorCodes.RequestCancelled);
    assert.equal(computed, false);
  });
});
