import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DidOpenTextDocumentNotification, SemanticTokensRequest, type SemanticTokensLegend } from 'vscode-languageserver/node';
import { REPO_ROOT } from '../support/paths';
import { LspTestClient, VSCODE_LIKE_CAPABILITIES } from './lspTestClient';

/** A short draft on birth registration, written for this test; one paragraph is hard-wrapped inside a treaty's title. */
const DRAFT = [
  'A/C.3/81/L.7', // 0
  '',
  'General Assembly',
  'Distr.: Limited',
  '2 November 2026',
  'Original: English',
  'Eighty-first session',
  'Third Committee',
  'Agenda item 70',
  'Rights of the child',
  'Chile and Norway: draft resolution', // 10
  'Birth registration',
  '',
  'The General Assembly,',
  '',
  '*Recalling* its resolution 79/158 of 17 December 2024 and the Convention on the', // 15
  'Rights of the Child,¹',
  '',
  '*Taking note* of the report of the Secretary-General (A/81/210),',
  '',
  '¹ United Nations, *Treaty Series*, vol. 1577, No. 27531.', // 20
  '',
  '1. *Urges* States to register every child at birth;',
  '',
  '2. *Also urges* States to make registration free of charge.', // 24
  '',
].join('\n');

describe('language server: semantic tokens', () => {
  let client: LspTestClient;
  beforeEach(() => {
    client = LspTestClient.inProcess();
  });
  afterEach(() => client?.kill());

  it('tells operative verbs from preambular openers, and marks numbers, footnotes, treaties and citations', async () => {
    const { capabilities } = await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const provider = capabilities.semanticTokensProvider as { legend: SemanticTokensLegend; full: boolean };
    assert.deepEqual(provider, {
      legend: { tokenTypes: ['keyword', 'function', 'number', 'decorator', 'class', 'variable', 'property'], tokenModifiers: ['definition', 'readonly'] },
      full: true,
    });
    const uri = 'file:///drafts/birth-registration.unres';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text: DRAFT } });
    const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    assert.ok(tokens);
    const { data } = tokens;

    // Decoded as an editor does: each token's line and start are relative to the token before.
    const lines = DRAFT.split('\n');
    const decoded: Array<[number, string, string, string[]]> = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      const [deltaLine, deltaStart, length, type, modifierBits] = data.slice(i, i + 5);
      line += deltaLine;
      character = deltaLine === 0 ? character + deltaStart : deltaStart;
      const modifiers = provider.legend.tokenModifiers.filter((_, bit) => modifierBits & (1 << bit));
      decoded.push([line, lines[line].slice(character, character + length), provider.legend.tokenTypes[type], modifiers]);
    }
    assert.deepEqual(decoded, [
      [0, 'A/C.3/81/L.7', 'variable', ['readonly']],
      [15, 'Recalling', 'function', []],
      [15, '79/158 of 17 December 2024', 'variable', ['readonly']],
      [15, 'Convention on the', 'class', []],
      [16, 'Rights of the Child', 'class', []],
      [16, '¹', 'decorator', []],
      [18, 'Taking note', 'function', []],
      [18, 'A/81/210', 'variable', ['readonly']],
      [20, '¹', 'decorator', ['definition']],
      [20, 'United Nations, *Treaty Series*, vol. 1577, No. 27531', 'property', []],
      [22, '1.', 'number', []],
      [22, 'Urges', 'keyword', []],
      [24, '2.', 'number', []],
      [24, 'Also urges', 'keyword', []],
    ]);
    await client.shutdown();
  });

  it('is turned on for unres editors by the extension, whatever the theme', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.contributes.configurationDefaults['[unres]']['editor.semanticHighlighting.enabled'], true);
  });

  it('gives unres editors the defaults UN texts need: paragraphs wrapped, their typography not boxed as ambiguous', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.contributes.configurationDefaults, {
      '[unres]': { 'editor.semanticHighlighting.enabled': true, 'editor.wordWrap': 'on', 'editor.unicodeHighlight.ambiguousCharacters': false },
    });
  });
});
