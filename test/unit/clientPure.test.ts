import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ConfigurationScope, TextDocument, WorkspaceConfiguration } from 'vscode';
import { CancellationToken, ResponseError, type ConfigurationParams } from 'vscode-languageserver-protocol';
import { languageScopedConfiguration, type SettingsWorkspace } from '../../client/src/configuration';
import { AMENDMENT, DECISION, SECRETARIAT_NOTE } from '../support/formDrafts';
import { detectionAction, isShippedRulePage, readDetectMode } from '../../client/src/detection';
import { isDocumentStatistics, statisticsLines, statisticsSummary, statusBarText, statusBarTooltip, type DocumentStatistics } from '../../client/src/statistics';
import { cleanDraftLines, draftWithoutOpeningLines, MEETING_NOTES } from '../support/drafts';
import { REPO_ROOT } from '../support/paths';

const ADOPTED: DocumentStatistics = { preambular: 48, operative: 33, subparagraphs: 6, footnotes: 34, words: 5891, problems: { error: 0, warning: 8, information: 1, hint: 2 }, language: 'en', languageBasis: 'opening-line' };
const CLEAN: DocumentStatistics = { preambular: 1, operative: 1, subparagraphs: 0, footnotes: 0, words: 40, problems: { error: 0, warning: 0, information: 0, hint: 0 }, language: 'en', languageBasis: 'default' };

describe('extension: status bar and statistics texts', () => {
  it('writes the status bar counts as delegates name paragraphs, and the problems by severity as the Problems panel lists them', () => {
    assert.equal(statusBarText(ADOPTED), '$(list-ordered) 48 PP · 33 OP · 34 FN · EN $(warning) 8 $(info) 1');
    assert.equal(statusBarText(CLEAN), '$(list-ordered) 1 PP · 1 OP · 0 FN · EN $(check)');
    assert.equal(statusBarText({ ...CLEAN, problems: { ...CLEAN.problems, error: 2, warning: 1 } }), '$(list-ordered) 1 PP · 1 OP · 0 FN · EN $(error) 2 $(warning) 1');
    assert.equal(statusBarText({ ...CLEAN, language: 'fr', languageBasis: 'opening-line' }), '$(list-ordered) 1 PP · 1 OP · 0 FN · FR $(check)');
    // Hints are not in the Problems panel: a text with hints alone shows no problem.
    assert.equal(statusBarText({ ...CLEAN, problems: { ...CLEAN.problems, hint: 2 } }), '$(list-ordered) 1 PP · 1 OP · 0 FN · EN $(check)');
  });

  it('says the counts in words in the tooltip and the statistics message', () => {
    assert.equal(statisticsSummary(CLEAN), '1 preambular paragraph, 1 operative paragraph, 0 footnotes, 0 problems');
    assert.equal(statusBarTooltip(ADOPTED), 'unres: 48 preambular paragraphs, 33 operative paragraphs, 34 footnotes, 11 problems (0 errors, 8 warnings, 1 information, 2 hints). Language: English (read from its opening line). Click for the document statistics.');
    assert.deepEqual(statisticsLines(ADOPTED), [
      'Preambular paragraphs: 48',
      'Operative paragraphs: 33',
      'Sub-paragraphs: 6',
      'Footnotes: 34',
      'Words (preamble and operative part): 5,891',
      'Problems: 0 errors, 8 warnings, 1 information, 2 hints',
      'Language: English (read from its opening line)',
    ]);
    assert.equal(statisticsLines({ ...CLEAN, language: 'es', languageBasis: 'setting' }).at(-1), 'Language: Spanish (set by the "language" of .unres.json)');
  });

  it('takes only a statistics answer as statistics', () => {
    assert.equal(isDocumentStatistics(ADOPTED), true);
    assert.equal(isDocumentStatistics(null), false);
    assert.equal(isDocumentStatistics({ ...ADOPTED, problems: { error: 1 } }), false);
    assert.equal(isDocumentStatistics({ ...ADOPTED, words: '5891' }), false);
    assert.equal(isDocumentStatistics({ ...ADOPTED, language: 'de' }), false);
    assert.equal(isDocumentStatistics({ ...ADOPTED, languageBasis: undefined }), false);
  });
});

describe('extension: detection of resolutions opened as plain text or Markdown', () => {
  const samples = path.resolve(REPO_ROOT, '..', 'shared', 'samples');

  it('offers the unres language to the real texts of ../shared opened as .txt or .md, and switches with "auto"', () => {
    const adopted = fs.readFileSync(path.join(samples, '000_c722eb807ecbd0fb.txt'), 'utf8');
    assert.equal(detectionAction('prompt', 'plaintext', adopted), 'offer');
    assert.equal(detectionAction('auto', 'plaintext', adopted), 'switch');
    const corpus = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');
    const texts = fs.readdirSync(corpus).filter((name) => /^\d\d-.*\.md$/.test(name));
    assert.equal(texts.length, 25);
    for (const name of texts) assert.equal(detectionAction('auto', 'markdown', fs.readFileSync(path.join(corpus, name), 'utf8')), 'switch', name);
  });

  it('offers a draft with numbered operative paragraphs and no opening line, and nothing to other text', () => {
    assert.equal(detectionAction('prompt', 'markdown', draftWithoutOpeningLines().join('\n')), 'offer');
    assert.equal(detectionAction('prompt', 'markdown', MEETING_NOTES), 'none');
    assert.equal(detectionAction('auto', 'plaintext', '# Shopping list\n\n1. Bread\n2. Milk\n'), 'none');
  });

  it('offers nothing for Markdown pages that show a draft in a code block: the rule pages, a README, notes', () => {
    const pages = fs.readdirSync(path.join(REPO_ROOT, 'docs', 'rules')).filter((name) => name.endsWith('.md'));
    assert.equal(pages.length, 22);
    for (const name of pages) assert.equal(detectionAction('auto', 'markdown', fs.readFileSync(path.join(REPO_ROOT, 'docs', 'rules', name), 'utf8')), 'none', name);
    const notes = ['# Notes for the facilitator', '', 'The draft as it stood on Friday:', '', '```', ...cleanDraftLines(), '```', '', 'To discuss: paragraph 2.', ''].join('\n');
    assert.equal(detectionAction('auto', 'markdown', notes), 'none');
    // The same draft outside a code block is one.
    assert.equal(detectionAction('auto', 'markdown', cleanDraftLines().join('\n')), 'switch');
  });

  it('knows the rule pages the extension ships, which open rendered', () => {
    const extension = 'file:///home/delegate/.vscode/extensions/unres.unres-0.1.0';
    assert.equal(isShippedRulePage(`${extension}/docs/rules/UNR004.md`, extension), true);
    assert.equal(isShippedRulePage(`${extension}/docs/rules/UNR004.md`, `${extension}/`), true);
    assert.equal(isShippedRulePage('file:///home/delegate/drafts/docs/rules/UNR004.md', extension), false);
    assert.equal(isShippedRulePage(`${extension}/README.md`, extension), false);
  });

  it('offers an amendment, a draft decision and a note under a United Nations masthead', () => {
    for (const text of [AMENDMENT, DECISION, SECRETARIAT_NOTE]) assert.equal(detectionAction('prompt', 'markdown', text), 'offer');
  });

  it('does nothing with "off", nor for documents of other languages', () => {
    assert.equal(detectionAction('off', 'plaintext', cleanDraftLines().join('\n')), 'none');
    assert.equal(detectionAction('auto', 'unres', cleanDraftLines().join('\n')), 'none');
    assert.equal(detectionAction('auto', 'json', cleanDraftLines().join('\n')), 'none');
  });

  it('reads unres.detect, naming a value that is none and asking meanwhile', () => {
    assert.deepEqual(readDetectMode('auto'), { mode: 'auto' });
    assert.deepEqual(readDetectMode(undefined), { mode: 'prompt' });
    assert.deepEqual(readDetectMode('always'), { mode: 'prompt', problem: 'unres: the unres.detect setting is "always": use "off", "prompt" or "auto"; "prompt" applies until then.' });
    assert.deepEqual(readDetectMode(true).mode, 'prompt');
  });
});

describe('extension: settings the server asks for, with those of the unres language', () => {
  const draftUri = 'file:///drafts/ocean-acidification.unres';
  const notesUri = 'file:///drafts/notes.md';
  /** User settings as VS Code keeps them: some for every file, some under "[unres]". */
  const userSettings: Record<string, unknown> = { 'unres.fixOnSave': false, 'unres.rules': { UNR006: 'off' }, '[unres]': { 'unres.fixOnSave': true, 'unres.treaties.file': 'treaties.json' } };

  /** A workspace that reads settings as VS Code does: the language's settings win in a scope that names the language. */
  function workspaceWith(open: { uri: string; languageId: string }[], scopes: unknown[]): SettingsWorkspace {
    const textDocuments = open.map(({ uri, languageId }) => ({ uri: { toString: () => uri }, languageId }) as unknown as TextDocument);
    return {
      textDocuments,
      getConfiguration(section?: string, scope?: ConfigurationScope | null): WorkspaceConfiguration {
        scopes.push(scope);
        const languageId = scope && 'languageId' in scope ? scope.languageId : undefined;
        const forLanguage = languageId ? (userSettings[`[${languageId}]`] as Record<string, unknown> | undefined) : undefined;
        const settings: Record<string, unknown> = { ...userSettings, ...forLanguage };
        // A section ("unres.treaties") is the object of the settings under it.
        const value = (key: string): unknown => {
          const name = section ? `${section}.${key}` : key;
          if (name in settings) return settings[name];
          const under = Object.entries(settings).filter(([setting]) => setting.startsWith(`${name}.`));
          return under.length === 0 ? undefined : Object.fromEntries(under.map(([setting, value]) => [setting.slice(name.length + 1), value]));
        };
        return { get: value, has: (key: string) => value(key) !== undefined } as unknown as WorkspaceConfiguration;
      },
    };
  }

  it('reads the settings of an open document in the scope of its language, and asks the client for the rest', async () => {
    const scopes: unknown[] = [];
    const workspace = workspaceWith([{ uri: draftUri, languageId: 'unres' }], scopes);
    const forwarded: ConfigurationParams[] = [];
    const configuration = languageScopedConfiguration(workspace)!;
    const params: ConfigurationParams = {
      items: [
        { scopeUri: draftUri, section: 'unres.fixOnSave' },
        { scopeUri: 'file:///drafts/closed.unres', section: 'unres.fixOnSave' },
        { scopeUri: draftUri, section: 'unres.treaties' },
        { section: 'unres.rules' },
      ],
    };
    const answer = await configuration(params, CancellationToken.None, (asked) => {
      forwarded.push(asked);
      return asked.items.map((item) => `answered by the client: ${item.scopeUri ?? 'no scope'}`);
    });
    assert.deepEqual(answer, [true, 'answered by the client: file:///drafts/closed.unres', { file: 'treaties.json' }, 'answered by the client: no scope']);
    assert.deepEqual(forwarded, [{ items: [params.items[1], params.items[3]] }]);
    assert.ok(scopes.every((scope) => (scope as { languageId?: string }).languageId === 'unres'));
  });

  it('reads a document of another language with its own language, answers a setting that is not set with null and a section with its settings', async () => {
    const workspace = workspaceWith([{ uri: notesUri, languageId: 'markdown' }], []);
    const answer = await languageScopedConfiguration(workspace)!(
      { items: [{ scopeUri: notesUri, section: 'unres.fixOnSave' }, { scopeUri: notesUri, section: 'unres.detect' }, { scopeUri: notesUri, section: 'unres' }] },
      CancellationToken.None,
      () => assert.fail('nothing is asked of the client'),
    );
    assert.deepEqual(answer, [false, null, { fixOnSave: false, rules: { UNR006: 'off' } }]);
  });

  it('passes on a failed answer of the client', async () => {
    const failure = new ResponseError(-32603, 'the configuration could not be read');
    const answer = await languageScopedConfiguration(workspaceWith([], []))!({ items: [{ scopeUri: draftUri, section: 'unres.rules' }] }, CancellationToken.None, () => failure);
    assert.equal(answer, failure);
  });
});
