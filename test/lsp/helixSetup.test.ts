import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DidOpenTextDocumentNotification, DocumentDiagnosticRequest, type FullDocumentDiagnosticReport } from 'vscode-languageserver/node';
import { lint, parseResolution } from '../../server/src/core';
import { REPO_ROOT } from '../support/paths';
import { LspTestClient, VSCODE_LIKE_CAPABILITIES } from './lspTestClient';

/**
 * Helix is not packaged for Debian bookworm and cannot be downloaded here, so its setup in the
 * README is checked without it: the languages.toml block is read as TOML (Python's tomllib),
 * holds only keys Helix's documentation (book/src/languages.md) lists, and its `config`, answered
 * as Helix answers `workspace/configuration` (the section split at dots and looked up in
 * `config`, null where missing), configures the server.
 */

/** The keys of a `[[language]]` table and of a `[language-server.NAME]` table in Helix's languages.md. */
const HELIX_LANGUAGE_KEYS = ['name', 'language-id', 'scope', 'injection-regex', 'file-types', 'shebangs', 'roots', 'auto-format', 'diagnostic-severity', 'comment-tokens', 'comment-token', 'block-comment-tokens', 'indent', 'language-servers', 'grammar', 'formatter', 'soft-wrap', 'text-width', 'rulers', 'path-completion', 'word-completion', 'workspace-lsp-roots', 'persistent-diagnostic-sources', 'rainbow-brackets', 'code-actions-on-save'];
const HELIX_LANGUAGE_SERVER_KEYS = ['command', 'args', 'config', 'timeout', 'environment', 'required-root-patterns'];

interface HelixLanguages {
  'language-server': Record<string, Record<string, unknown>>;
  language: Record<string, unknown>[];
}

function readmeHelixLanguages(): HelixLanguages {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const block = /^Helix.*`~\/\.config\/helix\/languages\.toml`.*\n\n```toml\n([\s\S]*?)```/m.exec(readme);
  assert.ok(block, 'the README has a Helix languages.toml block');
  const parse = spawnSync('python3', ['-c', 'import json, sys, tomllib; print(json.dumps(tomllib.loads(sys.stdin.read())))'], { input: block[1], encoding: 'utf8' });
  assert.equal(parse.status, 0, `the block is TOML: ${parse.stderr}`);
  return JSON.parse(parse.stdout) as HelixLanguages;
}

/** What Helix answers for a `workspace/configuration` section (helix-term's application.rs). */
function helixAnswer(config: unknown, section: string): unknown {
  let value = config;
  for (const part of section.split('.')) {
    if (typeof value !== 'object' || value === null || !(part in value)) return null;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

describe("README: Helix's languages.toml", () => {
  let client: LspTestClient | undefined;
  afterEach(() => client?.kill());

  it('is TOML with only the keys Helix documents, running unres server --stdio for *.unres and *.res.md files', () => {
    const languages = readmeHelixLanguages();
    assert.deepEqual(Object.keys(languages).sort(), ['language', 'language-server']);
    const server = languages['language-server'].unres;
    assert.deepEqual(Object.keys(server).filter((key) => !HELIX_LANGUAGE_SERVER_KEYS.includes(key)), []);
    assert.equal(server.command, 'unres');
    assert.deepEqual(server.args, ['server', '--stdio']);
    assert.equal(languages.language.length, 1);
    const [unres] = languages.language;
    assert.deepEqual(Object.keys(unres).filter((key) => !HELIX_LANGUAGE_KEYS.includes(key)), []);
    assert.equal(unres.name, 'unres');
    assert.equal(unres.scope, 'text.unres', 'the scope of the TextMate grammar (syntaxes/unres.tmLanguage.json)');
    assert.deepEqual(unres['file-types'], ['unres', { glob: '*.res.md' }]);
    assert.deepEqual(unres['language-servers'], ['unres']);
  });

  it("configures the server with its config, answered as Helix answers workspace/configuration", async () => {
    const config = readmeHelixLanguages()['language-server'].unres.config;
    client = LspTestClient.inProcess();
    client.rulesSetting = () => helixAnswer(config, 'unres.rules');
    client.otherSettings = (section) => helixAnswer(config, section);
    await client.initialize(VSCODE_LIKE_CAPABILITIES);
    const uri = 'file:///drafts/fisheries.unres';
    const text = [
      'The General Assembly,',
      '',
      '*Recalling* its earlier work on sustainable fisheries,',
      '',
      '1. *Encourages* coastal States to share data on fish stocks;',
      '',
      '2. *Encourages* regional bodies to support that exchange.',
      '',
    ].join('\n');
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text } });
    const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
    assert.deepEqual(config, { unres: { rules: { UNR007: 'off' } } });
    // UNR007 (a repeated opening verb without "Also") is off: nothing else is wrong with the draft.
    assert.deepEqual(lint(parseResolution(text)).map((finding) => finding.ruleId), ['UNR007']);
    assert.deepEqual(report.items, []);
  });
});
