import * as assert from 'node:assert/strict';
import { DidOpenTextDocumentNotification, FoldingRangeKind, FoldingRangeRequest, SelectionRangeRequest, type SelectionRange } from 'vscode-languageserver/node';
import { BIRTH_REGISTRATION_LINES } from '../support/birthRegistrationDraft';
import { LspTestClient, VSCODE_LIKE_CAPABILITIES } from './lspTestClient';

const TEXT = BIRTH_REGISTRATION_LINES.join('\n');

/** Folding and "expand selection" through the language server (in this process). */
describe('language server: folding and selection ranges', () => {
  let client: LspTestClient;
  beforeEach(() => {
    client = LspTestClient.inProcess();
  });
  afterEach(() => client?.kill());

  it('folds the parts, a paragraph with sub-paragraphs and the footnote blocks (as comments), and expands a selection from a verb to the document', async () => {
    const { capabilities } = await client.initialize(VSCODE_LIKE_CAPABILITIES);
    assert.equal(capabilities.foldingRangeProvider, true);
    assert.equal(capabilities.selectionRangeProvider, true);
    const uri = 'file:///drafts/birth-registration.unres';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text: TEXT } });

    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.deepEqual(folds, [
      { startLine: 0, endLine: 10, kind: FoldingRangeKind.Region },
      { startLine: 12, endLine: 18, kind: FoldingRangeKind.Region },
      { startLine: 19, endLine: 29, kind: FoldingRangeKind.Region },
      { startLine: 20, endLine: 24, kind: FoldingRangeKind.Region },
      { startLine: 28, endLine: 29, kind: FoldingRangeKind.Comment },
    ]);

    const [verb, nowhere] = (await client.connection.sendRequest(SelectionRangeRequest.type, {
      textDocument: { uri },
      positions: [
        { line: 20, character: 6 },
        { line: 11, character: 0 },
      ],
    })) as SelectionRange[];
    const chain = (range: SelectionRange | undefined): number[][] => {
      const out: number[][] = [];
      for (let r = range; r; r = r.parent) out.push([r.range.start.line, r.range.start.character, r.range.end.line, r.range.end.character]);
      return out;
    };
    assert.deepEqual(chain(verb), [
      [20, 4, 20, 9], // Urges
      [20, 0, 24, BIRTH_REGISTRATION_LINES[24].length], // paragraph 1 with (a) and (b)
      [20, 0, 29, BIRTH_REGISTRATION_LINES[29].length], // the operative part and its footnotes
      [0, 0, 30, 0], // the document
    ]);
    // The blank line after the masthead belongs to nothing but the document.
    assert.deepEqual(chain(nowhere), [[0, 0, 30, 0]]);
    await client.shutdown();
  });
});
