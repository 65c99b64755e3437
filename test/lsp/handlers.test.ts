import * as assert from 'node:assert/strict';
import { CancellationTokenSource, DiagnosticSeverity, ErrorCodes, LSPErrorCodes, ResponseError, SymbolKind, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_RULE_CONTEXT, lint, lintInSteps, parseResolution, type Finding, type OutlineItem, type ResolutionDocument, type RuleConfig, type RuleContext } from '../../server/src/core';
import { toDiagnostic, toDiagnosticSeverity, toDocumentSymbol, toRange } from '../../server/src/lsp/convert';
import { DocumentAnalyses, type Analyzer, type LintSettings } from '../../server/src/lsp/documentAnalyses';
import { documentSymbols, findingDiagnostics } from '../../server/src/lsp/features';
import { PARAMS } from '../../server/src/lsp/params';
import { RequestGuard } from '../../server/src/lsp/requestGuard';
import { cleanDraftLines, draftWithoutOpeningLines, PREAMBLE_LINES } from '../support/drafts';
import { longResolution } from '../support/longDrafts';

/** The core's parse and lint, counting how often each runs and stopping each lint at a pause when asked to. */
function countingAnalyzer(): Analyzer & { parses: number; lints: number; lintsFinished: number } {
  const analyzer = {
    parses: 0,
    lints: 0,
    lintsFinished: 0,
    parse(text: string): ResolutionDocument {
      analyzer.parses++;
      return parseResolution(text);
    },
    *lintInSteps(model: ResolutionDocument, config: RuleConfig, context: RuleContext): Generator<void, Finding[]> {
      analyzer.lints++;
      const findings = yield* lintInSteps(model, config, context);
      analyzer.lintsFinished++;
      return findings;
    },
  };
  return analyzer;
}

const SETTINGS: LintSettings = { config: {}, context: DEFAULT_RULE_CONTEXT };

/** A text long enough that its lint takes several slices, so that it pauses. */
const LONG_TEXT = longResolution({ bytes: 1_000_000 });

describe('DocumentAnalyses', () => {
  it('parses a document version once for every feature', () => {
    const analyzer = countingAnalyzer();
    const analyses = new DocumentAnalyses(4, analyzer);
    const document = TextDocument.create('file:///a.unres', 'unres', 1, draftWithoutOpeningLines().join('\n'));
    documentSymbols(document, analyses.model(document));
    assert.equal(analyses.model(document), analyses.model(document));
    assert.equal(analyzer.parses, 1);
  });

  it('parses again when the version changes', () => {
    const analyzer = countingAnalyzer();
    const analyses = new DocumentAnalyses(4, analyzer);
    const document = TextDocument.create('file:///a.unres', 'unres', 1, cleanDraftLines().join('\n'));
    const first = analyses.model(document);
    TextDocument.update(document, [{ text: 'x' }], 2);
    const second = analyses.model(document);
    assert.notEqual(second, first);
    assert.equal(second.text, 'x');
    assert.equal(analyses.size, 1);
    assert.equal(analyzer.parses, 2);
  });

  it('drops the model of a version that is gone as soon as the document changes, and keeps the current one', () => {
    const analyzer = countingAnalyzer();
    const analyses = new DocumentAnalyses(4, analyzer);
    const draft = TextDocument.create('file:///draft.unres', 'unres', 1, cleanDraftLines().join('\n'));
    const other = TextDocument.create('file:///other.unres', 'unres', 1, draftWithoutOpeningLines().join('\n'));
    const current = analyses.model(other);
    analyses.model(draft);
    assert.equal(analyses.size, 2);
    analyses.dropOutdated(draft);
    assert.equal(analyses.size, 2, 'the model of the current version stays');
    TextDocument.update(draft, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }], 2);
    analyses.dropOutdated(draft);
    assert.equal(analyses.size, 1, 'the model of version 1 is gone before version 2 is parsed');
    assert.equal(analyses.model(other), current);
    assert.ok(analyses.model(draft).text.startsWith('x'));
    assert.equal(analyzer.parses, 3);
  });

  it('evicts the least recently used document beyond its capacity', () => {
    const analyzer = countingAnalyzer();
    const analyses = new DocumentAnalyses(2, analyzer);
    const docs = ['a', 'b', 'c'].map((name) => TextDocument.create(`file:///${name}.unres`, 'unres', 1, name));
    analyses.model(docs[0]);
    analyses.model(docs[1]);
    analyses.model(docs[0]); // a is now newer than b
    analyses.model(docs[2]); // evicts b
    assert.equal(analyses.size, 2);
    assert.equal(analyzer.parses, 3);
    analyses.model(docs[0]);
    assert.equal(analyzer.parses, 3, 'a stayed cached');
    analyses.model(docs[1]);
    assert.equal(analyzer.parses, 4, 'b was evicted');
  });

  it('forgets a deleted document', () => {
    const analyzer = countingAnalyzer();
    const analyses = new DocumentAnalyses(2, analyzer);
    const document = TextDocument.create('file:///a.unres', 'unres', 1, 'text');
    analyses.model(document);
    analyses.delete(document.uri);
    assert.equal(analyses.size, 0);
    analyses.model(document);
    assert.equal(analyzer.parses, 2);
  });

  it('lints a version once: requests made while the lint runs wait for that lint, later ones get its findings and what was derived from them', async () => {
    const analyzer = countingAnalyzer();
    const analyses = new DocumentAnalyses(4, analyzer);
    const document = TextDocument.create('file:///long.unres', 'unres', 1, LONG_TEXT);
    const [first, second] = await Promise.all([analyses.findings(document, SETTINGS), analyses.findings(document, SETTINGS)]);
    assert.ok(first && first === second);
    assert.deepEqual(first.findings, lint(parseResolution(LONG_TEXT)));
    const third = await analyses.findings(document, { config: {}, context: DEFAULT_RULE_CONTEXT });
    assert.equal(third, first);
    let derivations = 0;
    const count = () => ++derivations;
    first.derived('count', count);
    third!.derived('count', count);
    assert.equal(derivations, 1);
    assert.deepEqual([analyzer.parses, analyzer.lints], [1, 1]);
  });

  it('lints again under other settings, and for a new version', async () => {
    const analyzer = countingAnalyzer();
    const analyses = new DocumentAnalyses(4, analyzer);
    const document = TextDocument.create('file:///a.unres', 'unres', 1, draftWithoutOpeningLines().join('\n'));
    assert.deepEqual((await analyses.findings(document, SETTINGS))!.findings.map((f) => f.ruleId), ['UNR003']);
    assert.deepEqual((await analyses.findings(document, { config: { UNR003: 'off' }, context: DEFAULT_RULE_CONTEXT }))!.findings, []);
    TextDocument.update(document, [{ text: cleanDraftLines().join('\n') }], 2);
    analyses.dropOutdated(document);
    const findings = await analyses.findings(document, SETTINGS);
    assert.deepEqual([findings!.version, findings!.findings.length], [2, 0]);
    assert.deepEqual([analyzer.parses, analyzer.lints], [2, 3]);
  });

  it('answers a cancelled request with undefined at once, and finishes the lint of the current version for the next request', async () => {
    const analyzer = countingAnalyzer();
    const analyses = new DocumentAnalyses(4, analyzer);
    const document = TextDocument.create('file:///long.unres', 'unres', 1, LONG_TEXT);
    const source = new CancellationTokenSource();
    const cancelled = analyses.findings(document, SETTINGS, source.token);
    source.cancel();
    assert.equal(await cancelled, undefined);
    assert.equal(analyzer.lintsFinished, 0, 'the request stopped waiting before the lint was done');
    assert.ok(await analyses.findings(document, SETTINGS));
    assert.deepEqual([analyzer.lints, analyzer.lintsFinished], [1, 1]);
    const already = new CancellationTokenSource();
    already.cancel();
    assert.equal(await analyses.findings(document, SETTINGS, already.token), undefined);
  });

  it('stops the lint of a version that a new version overtook, at its next pause', async () => {
    const analyzer = countingAnalyzer();
    const analyses = new DocumentAnalyses(4, analyzer);
    const document = TextDocument.create('file:///long.unres', 'unres', 1, LONG_TEXT);
    const overtaken = analyses.findings(document, SETTINGS);
    TextDocument.update(document, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }], 2);
    analyses.dropOutdated(document);
    assert.equal(await overtaken, undefined);
    assert.deepEqual([analyzer.lints, analyzer.lintsFinished], [1, 0]);
  });

  it('lints again after a lint that failed, rather than failing for good', async () => {
    let failures = 1;
    const analyzer: Analyzer = {
      parse: parseResolution,
      *lintInSteps(model, config, context) {
        if (failures-- > 0) throw new Error('a rule failed');
        return yield* lintInSteps(model, config, context);
      },
    };
    const analyses = new DocumentAnalyses(4, analyzer);
    const document = TextDocument.create('file:///a.unres', 'unres', 1, cleanDraftLines().join('\n'));
    await assert.rejects(analyses.findings(document, SETTINGS), /a rule failed/);
    assert.deepEqual((await analyses.findings(document, SETTINGS))!.findings, []);
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
    const diagnostics = findingDiagnostics(document, lint(parseResolution(document.getText())));
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range.start]),
      [['UNR003', DiagnosticSeverity.Warning, { line: lines.indexOf(PREAMBLE_LINES[0]), character: 0 }]],
    );
  });

  it('has no diagnostics for a clean draft', () => {
    const document = TextDocument.create('file:///a.unres', 'unres', 1, cleanDraftLines().join('\n'));
    assert.deepEqual(findingDiagnostics(document, lint(parseResolution(document.getText()))), []);
  });
});

describe('RequestGuard', () => {
  function recordingGuard(): { guard: RequestGuard; errors: string[]; shutdown: () => unknown } {
    const errors: string[] = [];
    let shutdownHandler: () => unknown = () => undefined;
    const connection = { onShutdown: (handler: () => unknown) => (shutdownHandler = handler), onRequest: () => undefined } as unknown as Connection;
    const guard = new RequestGuard(connection, (message) => errors.push(message));
    return { guard, errors, shutdown: () => shutdownHandler() };
  }
  const token = () => new CancellationTokenSource().token;
  const code = (answer: unknown) => (answer instanceof ResponseError ? answer.code : answer);

  it('returns the result of a handler that succeeds', async () => {
    const { guard, errors } = recordingGuard();
    assert.deepEqual(await guard.run('textDocument/documentSymbol', { textDocument: { uri: 'file:///a.unres' } }, token(), PARAMS.textDocument, [] as string[], () => ['ok']), ['ok']);
    assert.deepEqual(errors, []);
  });

  it('logs an exception and returns the empty result', async () => {
    const { guard, errors } = recordingGuard();
    const result = await guard.run('textDocument/documentSymbol', { textDocument: { uri: 'file:///a.unres' } }, token(), PARAMS.textDocument, [] as string[], () => {
      throw new Error('parser bug');
    });
    assert.deepEqual(result, []);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /^unres: textDocument\/documentSymbol failed: Error: parser bug/);
  });

  it('answers a cancelled request with RequestCancelled without computing, and one cancelled while it waited too', async () => {
    const { guard } = recordingGuard();
    const source = new CancellationTokenSource();
    source.cancel();
    let computed = false;
    const params = { textDocument: { uri: 'file:///a.unres' } };
    const result = await guard.run('textDocument/diagnostic', params, source.token, PARAMS.textDocument, [], () => {
      computed = true;
      return [];
    });
    assert.equal(code(result), LSPErrorCodes.RequestCancelled);
    assert.equal(computed, false);
    const later = new CancellationTokenSource();
    const waited = guard.run('textDocument/codeAction', params, later.token, PARAMS.textDocument, [], async () => {
      later.cancel();
      return ['an action'];
    });
    assert.equal(code(await waited), LSPErrorCodes.RequestCancelled);
  });

  it('answers params of the wrong shape with InvalidParams naming what is wrong, without computing', async () => {
    const { guard } = recordingGuard();
    const cases: Array<[unknown, string]> = [
      [null, 'the params is missing'],
      [{}, 'textDocument is missing'],
      [{ textDocument: { uri: 7 }, position: { line: 0, character: 0 } }, 'textDocument.uri is not a string'],
      [{ textDocument: { uri: 'file:///a.unres' }, position: { line: -1, character: 0 } }, 'position.line is not a whole number from 0 to 2147483647'],
      [{ textDocument: { uri: 'file:///a.unres' }, position: { line: 0, character: 1.5 } }, 'position.character is not a whole number'],
      [{ textDocument: { uri: 'file:///a.unres' }, position: [0, 0] }, 'position is not an object'],
    ];
    for (const [params, problem] of cases) {
      const answer = await guard.run('textDocument/hover', params, token(), PARAMS.textDocumentPosition, null, () => assert.fail('computed'));
      assert.ok(answer instanceof ResponseError, JSON.stringify(params));
      assert.equal(answer.code, ErrorCodes.InvalidParams);
      assert.ok(answer.message.startsWith(`textDocument/hover: ${problem}`), answer.message);
    }
  });

  it('refuses every request after shutdown with InvalidRequest, a second shutdown too', async () => {
    const { guard, shutdown } = recordingGuard();
    let shutDown = 0;
    guard.onShutdown(() => shutDown++);
    assert.equal(shutdown(), undefined);
    assert.equal(shutDown, 1);
    const answer = await guard.run('textDocument/documentSymbol', { textDocument: { uri: 'file:///a.unres' } }, token(), PARAMS.textDocument, [], () => assert.fail('computed'));
    assert.equal(code(answer), ErrorCodes.InvalidRequest);
    assert.equal(code(shutdown()), ErrorCodes.InvalidRequest);
    assert.equal(shutDown, 1);
  });
});
