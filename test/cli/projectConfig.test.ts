import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lint, parseResolution, RULES, type Rule } from '../../server/src/core';
import { parseCommandLine, UsageError } from '../../server/src/cli/args';
import { DEFAULT_FIX_SELECTION } from '../../server/src/cli/fixing';
import { findProjectConfigFile, ProjectConfigLoader } from '../../server/src/node/projectConfig';
import { reefDraft } from '../support/numberingDrafts';
import { runUnres } from './runUnres';

interface JsonFileReport {
  file: string;
  diagnostics: { rule: string; severity: string; message: string }[];
}

/** The rule and severity of each diagnostic of each file, from `--format json` output. */
function rulesByFile(stdout: string): Record<string, string[]> {
  const reports = JSON.parse(stdout) as JsonFileReport[];
  return Object.fromEntries(reports.map((report) => [report.file, report.diagnostics.map((d) => `${d.rule} ${d.severity}`)]));
}

/** What the core reports for the reef draft with a configuration, as `rulesByFile` lists it. */
function expectedRules(config: Parameters<typeof lint>[1] = {}): string[] {
  return lint(parseResolution(reefDraft()), config).map((finding) => `${finding.ruleId} ${finding.severity}`);
}

describe('.unres.json', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-config-'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function write(name: string, content: string): string {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  }

  describe('findProjectConfigFile', () => {
    it('finds the file in the folder itself or the nearest folder above, up to the root', () => {
      const top = write('.unres.json', '{}');
      const committee = write('second-committee/.unres.json', '{}');
      fs.mkdirSync(path.join(dir, 'second-committee', 'reefs', 'rev1'), { recursive: true });
      fs.mkdirSync(path.join(dir, 'third-committee', 'water'), { recursive: true });
      assert.equal(findProjectConfigFile(path.join(dir, 'second-committee', 'reefs', 'rev1')), committee);
      assert.equal(findProjectConfigFile(path.join(dir, 'second-committee')), committee);
      assert.equal(findProjectConfigFile(path.join(dir, 'third-committee', 'water')), top);
      assert.equal(findProjectConfigFile(path.join(dir, 'no-such-folder', 'below')), top, 'a folder that does not exist is searched upwards too');
    });

    it('skips a folder named .unres.json, and finds nothing when no folder up to the root has the file', () => {
      fs.mkdirSync(path.join(dir, 'drafts', '.unres.json'), { recursive: true });
      const found = findProjectConfigFile(path.join(dir, 'drafts'));
      assert.ok(found === undefined || !found.startsWith(dir), `found ${found}`);
    });
  });

  describe('ProjectConfigLoader', () => {
    it('reads a file once while it is unchanged, and again once it changed', () => {
      const file = write('.unres.json', '{ "rules": { "UNR001": "warning" } }');
      const loader = new ProjectConfigLoader();
      const first = loader.load(file);
      assert.deepEqual(first.config, { UNR001: 'warning' });
      assert.equal(loader.load(file), first, 'the unchanged file comes from the cache');
      fs.writeFileSync(file, '{ "rules": { "UNR001": "hint", "UNR003": "off" } }');
      const past = new Date('2026-03-04T05:06:07Z');
      fs.utimesSync(file, past, past);
      const second = loader.load(file);
      assert.notEqual(second, first);
      assert.deepEqual(second.config, { UNR001: 'hint', UNR003: 'off' });
      assert.equal(loader.size, 1);
    });

    it('checks against the rules it is given, and says why a file cannot be used', () => {
      const rule: Rule = { ...RULES[0], id: 'TST010', alias: 'test-rule', tags: [], options: [{ name: 'limit', description: 'A limit', default: 3 }] };
      const loader = new ProjectConfigLoader([rule]);
      const file = write('.unres.json', '{ "rules": { "TST010": { "options": { "limit": "three" } } } }');
      assert.deepEqual(loader.load(file).problems, [{ message: 'rules.TST010.options.limit: expected a number like its default 3, not a string; it is ignored' }]);
      assert.deepEqual(loader.load(path.join(dir, 'absent.json')), {
        file: path.join(dir, 'absent.json'),
        config: {},
        problems: [{ message: 'no such file or folder' }],
        usable: false,
      });
      write('latin1.json', '');
      fs.writeFileSync(path.join(dir, 'latin1.json'), Buffer.from('{"rules": {"UNR001": "d\u00e9faut"}}', 'latin1'));
      assert.equal(loader.load(path.join(dir, 'latin1.json')).usable, false);
    });
  });

  describe('unres lint', () => {
    it('checks each file with the .unres.json nearest it, without merging files further up', () => {
      write('.unres.json', JSON.stringify({ rules: { numbering: 'warning', UNR000: 'off' } }));
      write('second-committee/.unres.json', JSON.stringify({ rules: { 'operative-numbering': 'hint' } }));
      write('second-committee/reefs.unres', reefDraft());
      write('third-committee/reefs.unres', reefDraft());
      const run = runUnres(['lint', '--format', 'json', '.'], dir);
      assert.equal(run.stderr, '');
      assert.equal(run.status, 0, 'no finding is an error any more');
      assert.deepEqual(rulesByFile(run.stdout), {
        [path.join('second-committee', 'reefs.unres')]: expectedRules({ 'operative-numbering': 'hint' }),
        [path.join('third-committee', 'reefs.unres')]: expectedRules({ numbering: 'warning', UNR000: 'off' }),
      });
      assert.ok(rulesByFile(run.stdout)[path.join('second-committee', 'reefs.unres')].includes('UNR001 hint'));
    });

    it('prints the problems of a project file once, as "path: message", and applies the rest of it', () => {
      write('.unres.json', '{\n  "rules": {\n    "UNR001": "warning",\n    "chairs-note": "off",\n    "structure": "loud"\n  }\n}\n');
      write('reefs.unres', reefDraft());
      write('reefs-rev1.unres', reefDraft());
      const run = runUnres(['lint', '--format', 'json', 'reefs.unres', 'reefs-rev1.unres'], dir);
      assert.equal(
        run.stderr,
        [
          'unres: .unres.json: rules.chairs-note: no rule has this id, alias or tag (use a rule id such as UNR001, an alias or a tag); the entry is ignored',
          'unres: .unres.json: rules.structure: "loud" is not a severity: use off, error, warning, information or hint; the entry is ignored',
          '',
        ].join('\n'),
      );
      assert.equal(run.status, 0);
      assert.deepEqual(rulesByFile(run.stdout)['reefs.unres'], expectedRules({ UNR001: 'warning' }));
    });

    it('lints with the defaults, after saying why, when the nearest project file is not JSON', () => {
      write('.unres.json', '{ "rules": { "UNR001": "off", } }');
      write('reefs.unres', reefDraft());
      const run = runUnres(['lint', 'reefs.unres'], dir);
      assert.equal(run.stderr, "unres: .unres.json: invalid JSON at line 1, column 29: a comma before '}' is not allowed in JSON; nothing in the file applies\n");
      assert.equal(run.status, 1);
      assert.match(run.stdout, /error UNR001 Paragraph 4 follows paragraph 2/);
    });

    it('uses the --config file for every input instead of the nearest .unres.json', () => {
      write('drafts/.unres.json', JSON.stringify({ rules: { UNR001: 'off' } }));
      write('drafts/reefs.unres', reefDraft());
      const shared = write('shared/unres-config.json', JSON.stringify({ rules: { numbering: 'information' } }));
      const run = runUnres(['lint', '--format', 'json', '--config', path.relative(dir, shared), 'drafts'], dir);
      assert.equal(run.stderr, '');
      assert.equal(run.status, 0);
      assert.deepEqual(rulesByFile(run.stdout), { [path.join('drafts', 'reefs.unres')]: expectedRules({ numbering: 'information' }) });
      assert.ok(rulesByFile(run.stdout)[path.join('drafts', 'reefs.unres')].includes('UNR001 information'));

      const withoutConfig = runUnres(['lint', '--format', 'json', 'drafts'], dir);
      assert.ok(!rulesByFile(withoutConfig.stdout)[path.join('drafts', 'reefs.unres')].some((entry) => entry.startsWith('UNR001')));
    });

    it('exits 2 naming a --config file that is missing or not JSON, and lints nothing', () => {
      write('reefs.unres', reefDraft());
      const missing = runUnres(['lint', '--config', 'absent.json', 'reefs.unres'], dir);
      assert.equal(missing.status, 2);
      assert.equal(missing.stdout, '');
      assert.equal(missing.stderr, 'unres: absent.json: no such file or folder\n');

      write('broken.json', '{\n  "rules": {\n    "UNR001": warning\n  }\n}\n');
      const broken = runUnres(['lint', '--config=broken.json', 'reefs.unres'], dir);
      assert.equal(broken.status, 2);
      assert.equal(broken.stdout, '');
      assert.equal(
        broken.stderr,
        "unres: broken.json: invalid JSON at line 3, column 15: expected a value (a string, number, object, array, true, false or null), found 'w'; nothing in the file applies\n",
      );
    });

    it('reports a mistake in a --config file and lints with the rest of it', () => {
      write('reefs.unres', reefDraft());
      write('config.json', JSON.stringify({ rules: { UNR001: { severity: 'warning', options: { start: 1 } } } }));
      const run = runUnres(['lint', '--config', 'config.json', 'reefs.unres'], dir);
      assert.equal(run.stderr, 'unres: config.json: rules.UNR001.options.start: UNR001 has no option "start" (it has no options); it is ignored\n');
      assert.equal(run.status, 0);
      assert.match(run.stdout, /^reefs\.unres:22:1 warning UNR001 Paragraph 4 follows paragraph 2: paragraph 3 is missing\.$/m);
    });

    it('lists --config in its help', () => {
      const run = runUnres(['lint', '--help'], dir);
      assert.match(run.stdout, /^Usage: unres lint \[--format text\|json\|sarif\] \[--fix\] \[--config FILE\] \[OPTION\.\.\.\] PATH\.\.\./);
      assert.match(runUnres(['--help'], dir).stdout, /--config {2}Configure the rules of every file with FILE/);
    });
  });

  describe('parseCommandLine --config', () => {
    it('reads the file in either spelling', () => {
      assert.deepEqual(parseCommandLine(['lint', '--config', 'un.json', 'a.unres']), { kind: 'lint', format: 'text', fix: false, fixDryRun: false, fixSelection: DEFAULT_FIX_SELECTION, useIgnoreFiles: true, paths: ['a.unres'], configFile: 'un.json' });
      assert.deepEqual(parseCommandLine(['lint', 'a.unres', '--config=un.json']), { kind: 'lint', format: 'text', fix: false, fixDryRun: false, fixSelection: DEFAULT_FIX_SELECTION, useIgnoreFiles: true, paths: ['a.unres'], configFile: 'un.json' });
    });

    it('refuses --config without a file, or twice', () => {
      assert.throws(() => parseCommandLine(['lint', 'a.unres', '--config']), new UsageError("option '--config' needs a file: --config FILE"));
      assert.throws(() => parseCommandLine(['lint', '--config=a.json', '--config=b.json', 'a.unres']), new UsageError("option '--config' is given twice"));
    });
  });
});
