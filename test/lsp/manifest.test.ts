import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkRuleSettings, RULES } from '../../server/src/core';
import * as protocol from '../../shared/protocol';
import { REPO_ROOT } from '../support/paths';

interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string;
  readonly enum?: readonly string[];
  readonly properties?: Record<string, JsonSchema>;
  readonly additionalProperties?: boolean | JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly definitions?: Record<string, JsonSchema>;
  readonly [key: string]: unknown;
}

const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const settings: Record<string, JsonSchema> = manifest.contributes.configuration.properties;
const projectSchema: JsonSchema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas', 'unres.schema.json'), 'utf8'));

/** A schema with its `#/definitions/...` references replaced by what they name, and without descriptions. */
function resolved(schema: JsonSchema, root: JsonSchema): unknown {
  if (schema.$ref) return resolved(root.definitions![schema.$ref.replace('#/definitions/', '')], root);
  const entries = Object.entries(schema)
    .filter(([key]) => !['description', 'markdownDescription', 'enumDescriptions'].includes(key))
    .map(([key, value]) => {
      if (key === 'anyOf') return [key, (value as JsonSchema[]).map((item) => resolved(item, root))];
      if (key === 'properties') return [key, Object.fromEntries(Object.entries(value as Record<string, JsonSchema>).map(([name, item]) => [name, resolved(item, root)]))];
      if (key === 'additionalProperties' && typeof value === 'object') return [key, resolved(value as JsonSchema, root)];
      return [key, value];
    });
  return Object.fromEntries(entries);
}

function withoutKeys(schema: JsonSchema, ...keys: string[]): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => !keys.includes(key)));
}

describe('extension manifest', () => {
  it('declares the unres.rules setting as an object of severities or { severity, options }, per folder', () => {
    const rules = settings['unres.rules'];
    assert.equal(rules.type, 'object');
    assert.equal(rules.scope, 'language-overridable');
    assert.deepEqual(rules.default, {});
    assert.match(String(rules.markdownDescription), /rule ids .*aliases .*tags/);
    const [severity, entry] = (rules.additionalProperties as JsonSchema).anyOf!;
    assert.deepEqual(severity.enum, ['off', 'error', 'warning', 'information', 'hint']);
    assert.deepEqual(Object.keys(entry.properties!), ['severity', 'options']);
    assert.equal(entry.additionalProperties, false);
    assert.ok(settings['unres.trace.server'], 'the trace setting stays');
  });

  it('lets every unres setting but the trace be given per language ("[unres]": { … }), as the client reads them', () => {
    const overridable = Object.keys(settings).filter((name) => settings[name].scope === 'language-overridable');
    assert.deepEqual(overridable, ['unres.rules', 'unres.vocabulary.operative', 'unres.vocabulary.preambular', 'unres.fixOnSave', 'unres.detect', 'unres.treaties.file']);
  });

  it('declares limited support of untrusted workspaces: a workspace cannot name the treaty data file read', () => {
    const trust = manifest.capabilities.untrustedWorkspaces as { supported: string; description: string; restrictedConfigurations: string[] };
    assert.equal(trust.supported, 'limited');
    assert.match(trust.description, /unres\.treaties\.file/);
    assert.deepEqual(trust.restrictedConfigurations, ['unres.treaties.file']);
    // Every setting that names a file to read is restricted, and each restricted one is a setting.
    const fileSettings = Object.keys(settings).filter((name) => /\.file$/.test(name));
    assert.deepEqual(trust.restrictedConfigurations, fileSettings);
  });

  it('accepts in the schema exactly the severities the core accepts', () => {
    const [severity] = (settings['unres.rules'].additionalProperties as JsonSchema).anyOf!;
    for (const value of severity.enum!) assert.deepEqual(checkRuleSettings({ [RULES[0].id]: value }, 'unres.rules', RULES).problems, [], value);
    assert.equal(checkRuleSettings({ [RULES[0].id]: 'fatal' }, 'unres.rules', RULES).problems.length, 1);
  });

  it('checks .unres.json files with a schema whose rule settings are those of the unres.rules setting', () => {
    assert.deepEqual(manifest.contributes.jsonValidation, [
      { fileMatch: '.unres.json', url: './schemas/unres.schema.json' },
      { fileMatch: '**/.unres/treaties.json', url: './schemas/treaties.schema.json' },
    ]);
    const rulesInFile = projectSchema.properties!.rules;
    assert.deepEqual(resolved(rulesInFile.additionalProperties as JsonSchema, projectSchema), resolved(settings['unres.rules'].additionalProperties as JsonSchema, projectSchema));
    assert.deepEqual(Object.keys(projectSchema.properties!), ['$schema', 'rules', 'vocabulary', 'language']);
    for (const part of ['operative', 'preambular']) {
      assert.deepEqual(resolved(projectSchema.properties!.vocabulary.properties![part], projectSchema), resolved(withoutKeys(settings[`unres.vocabulary.${part}`], 'default', 'scope'), projectSchema), `vocabulary.${part} is the setting's list`);
    }
  });

  it('contributes the palette commands under the category "unres", and the client calls the server commands', () => {
    const palette = ['unres.renumberParagraphs', 'unres.renumberFootnotes', 'unres.insertFootnote', 'unres.lintWorkspace', 'unres.showStatistics', 'unres.insertTreatyCitation', 'unres.compareVersions'];
    const ours = (entries: { command: string }[]) => entries.filter((entry) => palette.includes(entry.command));
    assert.deepEqual(ours(manifest.contributes.commands), [
      { command: 'unres.renumberParagraphs', title: 'Renumber paragraphs', category: 'unres', enablement: 'editorLangId == unres' },
      { command: 'unres.renumberFootnotes', title: 'Renumber footnotes', category: 'unres', enablement: 'editorLangId == unres' },
      { command: 'unres.insertFootnote', title: 'Insert footnote', category: 'unres', enablement: 'editorLangId == unres' },
      { command: 'unres.lintWorkspace', title: 'Lint workspace', category: 'unres' },
      { command: 'unres.showStatistics', title: 'Show document statistics', category: 'unres', enablement: 'editorLangId == unres' },
      { command: 'unres.insertTreatyCitation', title: 'Insert treaty citation', category: 'unres', enablement: 'editorLangId == unres' },
      { command: 'unres.compareVersions', title: 'Compare with another language version', category: 'unres', enablement: 'editorLangId == unres' },
    ]);
    assert.ok(manifest.contributes.commands.every((entry: { category: string }) => entry.category === 'unres'), 'every command is in the unres category');
    assert.deepEqual(
      ours(manifest.contributes.menus.commandPalette),
      palette.map((command) => ({ command, when: command === 'unres.lintWorkspace' ? 'workspaceFolderCount > 0' : 'editorLangId == unres' })),
    );
    const client = fs.readFileSync(path.join(REPO_ROOT, 'client', 'src', 'startClient.ts'), 'utf8');
    // The client takes the server's command ids from the protocol module, as the server does, and calls each.
    assert.ok(!/'unres\.server\./.test(client), 'the client spells no server command id itself');
    for (const command of protocol.SERVER_COMMANDS) {
      const name = Object.entries(protocol).find(([, value]) => value === command)![0];
      assert.ok(client.includes(`protocol.${name}`), `the client calls the server command ${command}`);
    }
    for (const command of palette) assert.ok(client.includes(`= '${command}'`), `the client registers the palette command ${command}`);
  });

  it('offers "Open as resolution text" on .docx files in the explorer, the editor title and its tab, and in the palette', () => {
    const command = 'unres.openWordAsText';
    assert.deepEqual(
      manifest.contributes.commands.find((entry: { command: string }) => entry.command === command),
      { command, title: 'Open as resolution text', category: 'unres', icon: '$(file-text)' },
    );
    const onWordFiles = 'resourceExtname =~ /^\\.docx$/i';
    for (const menu of ['explorer/context', 'editor/title', 'editor/title/context']) {
      const entry = (manifest.contributes.menus[menu] as { command: string; when: string }[]).find((item) => item.command === command);
      assert.equal(entry?.when, onWordFiles, `${menu} shows it on .docx files only`);
    }
    // In the palette at all times: with no Word file in the active editor it asks for one.
    assert.ok(!manifest.contributes.menus.commandPalette.some((entry: { command: string }) => entry.command === command));
    const client = fs.readFileSync(path.join(REPO_ROOT, 'client', 'src', 'wordTextEditor.ts'), 'utf8');
    assert.ok(client.includes(`= '${command}'`), 'the client registers the command');
  });

  it('offers "Export as Word document" in the palette on drafts, not on the text of a Word file', () => {
    const command = 'unres.exportWord';
    assert.deepEqual(
      manifest.contributes.commands.find((entry: { command: string }) => entry.command === command),
      { command, title: 'Export as Word document', category: 'unres', enablement: 'editorLangId == unres' },
    );
    assert.deepEqual(
      manifest.contributes.menus.commandPalette.find((entry: { command: string }) => entry.command === command),
      { command, when: 'editorLangId == unres && resourceScheme != unres-word' },
    );
    const client = fs.readFileSync(path.join(REPO_ROOT, 'client', 'src', 'wordExport.ts'), 'utf8');
    assert.ok(client.includes(`= '${command}'`), 'the client registers the command');
  });

  it('activates for unres documents, for plain text and Markdown (to detect resolutions), in folders with Word files, on VS Code 1.100', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:unres', 'onLanguage:plaintext', 'onLanguage:markdown', 'workspaceContains:**/*.docx']);
    assert.equal(manifest.engines.vscode, '^1.100.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '1.100.0');
    for (const setting of ['unres.rules', 'unres.vocabulary.operative', 'unres.vocabulary.preambular', 'unres.fixOnSave', 'unres.detect', 'unres.treaties.file']) {
      assert.ok(settings[setting].markdownDescription || settings[setting].description, `${setting} is described`);
      assert.ok('default' in settings[setting], `${setting} has a default`);
    }
    assert.equal(settings['unres.detect'].default, 'prompt');
    assert.equal(settings['unres.fixOnSave'].default, false);
  });

  it('ships the rule pages beside the server bundle, and the schema, in the .vsix', () => {
    const listing = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 60000,
    });
    assert.equal(listing.status, 0, listing.stderr);
    const files = new Set(listing.stdout.split('\n').filter((line) => line !== ''));
    assert.ok(files.has('dist/server/node/main.js'));
    assert.ok(files.has('dist/client/extension.js') && files.has('dist/client/browser/extension.js') && files.has('dist/server/browser/main.js'), 'both builds are shipped');
    assert.ok(![...files].some((file) => file.endsWith('.map') || file.endsWith('.ts')), 'no sources or source maps');
    assert.ok(files.has('schemas/unres.schema.json'));
    const pages = fs.readdirSync(path.join(REPO_ROOT, 'docs', 'rules')).filter((name) => name.endsWith('.md'));
    assert.ok(pages.includes('UNR001.md'));
    for (const page of pages) assert.ok(files.has(`docs/rules/${page}`), `docs/rules/${page} is shipped`);
    assert.ok(![...files].some((file) => file.startsWith('node_modules/') || file === 'dist/cli.js'), 'nothing else is shipped');
    // The extension's page: written for drafters, every link and image in it shipped beside it.
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { icon?: string; repository?: unknown; scripts: Record<string, string> };
    assert.ok(manifest.icon && files.has(manifest.icon), 'the icon is shipped');
    assert.equal(manifest.repository, undefined, 'no repository link the project does not have');
    assert.ok(files.has('CHANGELOG.md'));
    const page = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'marketplace', 'README.md'), 'utf8');
    assert.doesNotMatch(page, /npm (?:ci|test)|mocha|esbuild/, 'no developer material on the extension page');
    const targets = [...page.matchAll(/\]\(([^)#\s]+)\)/g)].map((m) => m[1]).filter((t) => !/^https?:/.test(t));
    assert.ok(targets.length >= 5);
    for (const target of targets) assert.ok(files.has(target), `${target}, linked from the extension page, is shipped`);
  });
});
