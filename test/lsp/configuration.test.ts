import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolveRule, RULES, type RuleConfig } from '../../server/src/core';
import { ConfigProblemReporter, DocumentConfigurations, type ProblemOutlet } from '../../server/src/lsp/configuration';
import { HOST_WITHOUT_FILE_SYSTEM, type ProjectConfigSource, type ServerHost } from '../../server/src/lsp/host';
import { createNodeServerHost, fileSystemPath } from '../../server/src/node/serverHost';
import { REPO_ROOT } from '../support/paths';

const NUMBERING = RULES.find((rule) => rule.id === 'UNR001')!;
const STRUCTURE = RULES.find((rule) => rule.id === 'UNR003')!;

function recordingOutlet(): ProblemOutlet & { warnings: string[]; logs: string[] } {
  const outlet = {
    warnings: [] as string[],
    logs: [] as string[],
    showWarning: (message: string) => outlet.warnings.push(message),
    log: (message: string) => outlet.logs.push(message),
  };
  return outlet;
}

/** A host whose project files are whatever the test puts in `projects`, keyed by document URI. */
function fakeHost(projects: Record<string, ProjectConfigSource>): ServerHost & { changed: string[] } {
  const changed: string[] = [];
  return {
    changed,
    projectConfig: (uri) => projects[uri],
    projectConfigChanged: (fileUri) => {
      changed.push(fileUri);
      return fileURLToPath(fileUri);
    },
    ruleDocumentation: () => undefined,
    workspaceResolutions: () => Promise.resolve(undefined),
    readText: () => Promise.resolve(undefined),
    treatyTable: HOST_WITHOUT_FILE_SYSTEM.treatyTable,
  };
}

const severityOf = (config: RuleConfig, rule = NUMBERING) => resolveRule(rule, config).severity;

describe('ConfigProblemReporter', () => {
  it('tells a problem once, in one window message per batch and one log line per problem', () => {
    const outlet = recordingOutlet();
    const reporter = new ConfigProblemReporter(outlet);
    const problems = [{ message: 'rules.UNR999: no rule has this id' }, { message: 'rules.UNR001: "loud" is not a severity' }];
    reporter.report('/drafts/.unres.json', problems);
    reporter.report('/drafts/.unres.json', problems);
    reporter.report('/drafts/.unres.json', problems.slice(1));
    assert.deepEqual(outlet.warnings, [
      'unres: /drafts/.unres.json: rules.UNR999: no rule has this id (and 1 more problem: see the output of the unres language server)',
    ]);
    assert.deepEqual(outlet.logs, ['unres: /drafts/.unres.json: rules.UNR999: no rule has this id', 'unres: /drafts/.unres.json: rules.UNR001: "loud" is not a severity']);
  });

  it('tells the problems of a source again once it changed', () => {
    const outlet = recordingOutlet();
    const reporter = new ConfigProblemReporter(outlet);
    reporter.report('unres.rules setting', [{ message: 'unres.rules.x: no rule has this id' }]);
    reporter.forget('unres.rules setting');
    reporter.report('unres.rules setting', [{ message: 'unres.rules.x: no rule has this id' }]);
    reporter.report('unres.rules setting', []);
    assert.equal(outlet.warnings.length, 2);
  });
});

describe('DocumentConfigurations', () => {
  const inCommittee = 'file:///drafts/second-committee/reefs.unres';
  const elsewhere = 'file:///drafts/loose/reefs.unres';
  const project: ProjectConfigSource = { file: '/drafts/second-committee/.unres.json', config: { 'operative-numbering': 'warning' }, problems: [] };

  it('puts the project file over the setting, and the setting over the rule defaults', async () => {
    const fetched: string[] = [];
    const configurations = new DocumentConfigurations(fakeHost({ [inCommittee]: project }), new ConfigProblemReporter(recordingOutlet()), async (scopeUri) => {
      fetched.push(scopeUri);
      return { rules: { UNR001: 'hint', structure: 'off' } };
    });
    const committee = await configurations.forDocument(inCommittee);
    assert.equal(severityOf(committee), 'warning', 'the project file names UNR001 by alias and wins over the id in the setting');
    assert.equal(severityOf(committee, STRUCTURE), 'off', 'a rule the project file leaves alone follows the setting');
    assert.equal(severityOf(await configurations.forDocument(elsewhere)), 'hint');
    await configurations.forDocument(inCommittee);
    assert.deepEqual(fetched, [inCommittee, elsewhere], 'the setting is asked once a document');
  });

  it('asks again after the settings change, and takes the settings of the notification from a client that cannot be asked', async () => {
    let setting: unknown = { UNR001: 'hint' };
    const configurations = new DocumentConfigurations(fakeHost({}), new ConfigProblemReporter(recordingOutlet()), async () => ({ rules: setting }));
    assert.equal(severityOf(await configurations.forDocument(elsewhere)), 'hint');
    setting = { UNR001: 'information' };
    assert.equal(severityOf(await configurations.forDocument(elsewhere)), 'hint');
    configurations.settingsChanged(null);
    assert.equal(severityOf(await configurations.forDocument(elsewhere)), 'information');

    const unaskable = new DocumentConfigurations(fakeHost({}), new ConfigProblemReporter(recordingOutlet()), undefined);
    assert.equal(severityOf(await unaskable.forDocument(elsewhere)), 'error');
    unaskable.settingsChanged({ unres: { rules: { numbering: 'warning' } } });
    assert.equal(severityOf(await unaskable.forDocument(elsewhere)), 'warning');
  });

  it('reports problems of the setting and of the project file once, and lints with the rest', async () => {
    const outlet = recordingOutlet();
    const broken: ProjectConfigSource = { ...project, problems: [{ message: 'rules.chairs-note: no rule has this id, alias or tag' }] };
    const configurations = new DocumentConfigurations(fakeHost({ [inCommittee]: broken }), new ConfigProblemReporter(outlet), async () => ({ rules: { UNR001: 'loud', structure: 'hint' } }));
    for (let i = 0; i < 3; i++) assert.equal(severityOf(await configurations.forDocument(inCommittee), STRUCTURE), 'hint');
    assert.deepEqual(outlet.warnings, [
      'unres: unres.rules setting: unres.rules.UNR001: "loud" is not a severity: use off, error, warning, information or hint; the entry is ignored',
      'unres: /drafts/second-committee/.unres.json: rules.chairs-note: no rule has this id, alias or tag',
    ]);
    configurations.projectFileChanged('file:///drafts/second-committee/.unres.json');
    await configurations.forDocument(inCommittee);
    assert.equal(outlet.warnings.length, 3, 'the changed file is told again');
  });

  it('lints with the project file alone when the client fails to give its setting', async () => {
    const outlet = recordingOutlet();
    const configurations = new DocumentConfigurations(fakeHost({ [inCommittee]: project }), new ConfigProblemReporter(outlet), () => Promise.reject(new Error('no workspace folder')));
    assert.equal(severityOf(await configurations.forDocument(inCommittee)), 'warning');
    assert.deepEqual(outlet.logs, ['unres: could not read the unres settings: no workspace folder']);
  });
});

describe('node server host', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-host-'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('links the documentation page of a rule that has one, and of no rule without one', () => {
    fs.writeFileSync(path.join(dir, 'UNR001.md'), '# UNR001 operative-numbering\n');
    const host = createNodeServerHost(dir);
    assert.equal(host.ruleDocumentation('UNR001'), pathToFileURL(path.join(dir, 'UNR001.md')).href);
    assert.equal(host.ruleDocumentation('UNR003'), undefined);
  });

  it('finds the pages shipped in docs/rules', () => {
    const href = createNodeServerHost(path.join(REPO_ROOT, 'docs', 'rules')).ruleDocumentation('UNR001');
    assert.ok(href?.startsWith('file:///'), href);
    assert.match(fs.readFileSync(fileURLToPath(href!), 'utf8'), /^# UNR001 operative-numbering/);
  });

  it('reads the .unres.json nearest a file: document, and forgets it when it changes', () => {
    const host = createNodeServerHost(dir);
    const configFile = path.join(dir, '.unres.json');
    fs.writeFileSync(configFile, JSON.stringify({ rules: { UNR001: 'warning' } }));
    const documentUri = pathToFileURL(path.join(dir, 'committee', 'reefs.unres')).href;
    assert.deepEqual(host.projectConfig(documentUri), { file: configFile, config: { UNR001: 'warning' }, problems: [], usable: true });
    assert.equal(host.projectConfig('untitled:Untitled-1'), undefined);
    assert.equal(host.projectConfigChanged(pathToFileURL(configFile).href), configFile);
    assert.equal(fileSystemPath('https://undocs.org/A/RES/78/228'), undefined);
  });
});
