import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Finding, ResolutionDocument, RuleConfig } from '../../server/src/core';
import { parseCommandLine, UsageError } from '../../server/src/cli/args';
import { CORE_ENGINE, type LintEngine } from '../../server/src/cli/engine';
import { formatText, sarifUri, toSarifLog } from '../../server/src/cli/formats';
import { DEFAULT_FIX_SELECTION } from '../../server/src/cli/fixing';
import { firstFixEdits, MAX_FIX_PASSES, RULES } from '../../server/src/core';
import { ExitCode, exitCodeFor, runLint, type Output } from '../../server/src/cli/lintCommand';
import { cleanDraftLines } from '../support/drafts';

/**
 * The core's analysis plus one made-up rule the core does not have: every run of two spaces is an
 * error whose fix makes it one space. It exercises the exit status 1 and `--fix`.
 */
const doubleSpaceEngine: LintEngine = {
  parse: CORE_ENGINE.parse,
  isUnitedNationsText: CORE_ENGINE.isUnitedNationsText,
  lint(doc: ResolutionDocument, config: RuleConfig): Finding[] {
    const findings: Finding[] = [...CORE_ENGINE.lint(doc, config)];
    for (let at = doc.text.indexOf('  '); at !== -1; at = doc.text.indexOf('  ', at + 1)) {
      const span = { start: at, end: at + 2 };
      findings.push({
        ruleId: 'TEST001',
        severity: 'error',
        message: 'Two spaces in a row.',
        span,
        fixes: [{ title: 'Use one space', edits: [{ span, newText: ' ' }] }],
      });
    }
    return findings;
  },
};

function captureOutput(): Output & { out: string; err: string } {
  const captured = {
    out: '',
    err: '',
    stdout: (text: string) => {
      captured.out += text;
    },
    stderr: (text: string) => {
      captured.err += text;
    },
  };
  return captured;
}

function finding(start: number, end: number, severity: Finding['severity'], edits: [number, number, string][] = []): Finding {
  return {
    ruleId: 'TEST002',
    severity,
    message: `finding at ${start}`,
    span: { start, end },
    fixes: edits.length > 0 ? [{ title: 'fix', edits: edits.map(([s, e, newText]) => ({ span: { start: s, end: e }, newText })) }] : [],
  };
}

describe('unres lint (in process)', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-lint-'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('exits 1 when a finding is of error severity', async () => {
    const file = path.join(dir, 'spaces.unres');
    const lines = cleanDraftLines();
    lines[lines.length - 1] = lines[lines.length - 1].replace('the implementation', 'the  implementation');
    fs.writeFileSync(file, lines.join('\n'));
    const output = captureOutput();
    const status = await runLint({ paths: [file], format: 'text', fix: false, toolVersion: '0.0.0' }, output, doubleSpaceEngine);
    assert.equal(status, ExitCode.ErrorsFound);
    const column = lines[lines.length - 1].indexOf('  ') + 1;
    assert.equal(output.out, `${file}:${lines.length}:${column} error TEST001 Two spaces in a row.\n`);
    assert.equal(output.err, '');
  });

  it('--fix applies fixes, keeps CRLF and the byte order mark, and reports what is left', async () => {
    const file = path.join(dir, 'spaces.unres');
    const lines = cleanDraftLines();
    const last = lines.length - 1;
    lines[last] = lines[last].replace('the implementation', 'the  implementation').replace('at its', 'at   its');
    fs.writeFileSync(file, `\uFEFF${lines.join('\r\n')}`);
    const output = captureOutput();
    const status = await runLint({ paths: [file], format: 'json', fix: true, toolVersion: '0.0.0' }, output, doubleSpaceEngine);

    // Three spaces hold two overlapping double spaces: one fix applies in the first pass, the
    // other in the second, after a new parse.
    lines[last] = lines[last].replace('the  implementation', 'the implementation').replace('at   its', 'at its');
    assert.equal(fs.readFileSync(file, 'utf8'), `\uFEFF${lines.join('\r\n')}`);
    assert.equal(status, ExitCode.Clean);
    const reports = JSON.parse(output.out);
    assert.equal(reports.length, 1);
    assert.deepEqual(reports[0].diagnostics, []);
  });

  it('checks Treaty Series footnotes against the .unres/treaties.json nearest each draft, as the editor does', async () => {
    // The workspace file gives the Vienna Convention on the Law of Treaties another volume; the
    // draft cites it by the workspace's volume with a wrong registration number.
    const corrected = {
      sources: [{ id: 'checked-copy', reference: 'https://example.org/checked-copy', title: 'A checked copy of the Treaty Series entry' }],
      treaties: [{ id: 'vclt', unts: { volumes: [1156], registrationNumber: 18232 }, sources: { 'unts.volumes': ['checked-copy'], 'unts.registrationNumber': ['checked-copy'] } }],
    };
    const draft = 'The General Assembly,\n\n*Recalling* the Vienna Convention on the Law of Treaties,¹\n\n¹ United Nations, *Treaty Series*, vol. 1156, No. 18233.\n\n1. *Decides* to remain seized of the matter.\n';
    const project = path.join(dir, 'project');
    fs.mkdirSync(path.join(project, '.unres'), { recursive: true });
    fs.mkdirSync(path.join(project, 'drafts'));
    fs.writeFileSync(path.join(project, '.unres', 'treaties.json'), JSON.stringify(corrected, null, 2));
    const inProject = path.join(project, 'drafts', 'vclt.unres');
    const outside = path.join(dir, 'vclt.unres');
    fs.writeFileSync(inProject, draft);
    fs.writeFileSync(outside, draft);
    const output = captureOutput();
    await runLint({ paths: [inProject, outside], format: 'json', fix: false, toolVersion: '0.0.0' }, output);
    const treatyFindings = (JSON.parse(output.out) as Array<{ file: string; diagnostics: Array<{ rule: string; message: string }> }>).map((report) => ({
      file: report.file,
      messages: report.diagnostics.filter((d) => d.rule === 'UNR030').map((d) => d.message),
    }));
    assert.deepEqual(treatyFindings, [
      { file: inProject, messages: ['Footnote 1 cites vol. 1156, No. 18233; the Vienna Convention on the Law of Treaties is vol. 1156, No. 18232.'] },
      // Outside the project the bundled table holds the footnote to its own volume.
      { file: outside, messages: ['Footnote 1 cites vol. 1156, No. 18233; the Vienna Convention on the Law of Treaties is vol. 1155, No. 18232.'] },
    ]);
    assert.equal(output.err, '');

    // A broken data file is reported once, and the bundled table is used meanwhile.
    fs.writeFileSync(path.join(project, '.unres', 'treaties.json'), '{ "treaties": [ }');
    const second = path.join(project, 'drafts', 'second.unres');
    fs.writeFileSync(second, draft);
    const broken = captureOutput();
    await runLint({ paths: [inProject, second], format: 'json', fix: false, toolVersion: '0.0.0' }, broken);
    assert.equal(broken.err.split('\n').filter((line) => line.includes('treaties.json')).length, 1, broken.err);
    assert.match(broken.err, /^unres: .*treaties\.json:1:\d+: .*bundled treaty table/m);
    assert.deepEqual(
      (JSON.parse(broken.out) as Array<{ diagnostics: Array<{ rule: string; message: string }> }>).map((r) => r.diagnostics.filter((d) => d.rule === 'UNR030').map((d) => d.message.split('; ')[1])),
      [['the Vienna Convention on the Law of Treaties is vol. 1155, No. 18232.'], ['the Vienna Convention on the Law of Treaties is vol. 1155, No. 18232.']],
    );
  });

  it('--fix stops after its last pass when a fix never settles, and reports what is left', async () => {
    // A rule whose fix always asks for one more: --fix must end, not loop.
    const restlessEngine: LintEngine = {
      ...CORE_ENGINE,
      lint: () => [{ ruleId: 'TEST002', severity: 'error', message: 'One more mark.', span: { start: 0, end: 0 }, fixes: [{ title: 'Add a mark', edits: [{ span: { start: 0, end: 0 }, newText: '~' }] }] }],
    };
    const file = path.join(dir, 'restless.unres');
    const text = cleanDraftLines().join('\n');
    fs.writeFileSync(file, text);
    const output = captureOutput();
    const status = await runLint({ paths: [file], format: 'json', fix: true, toolVersion: '0.0.0' }, output, restlessEngine);
    assert.equal(status, ExitCode.ErrorsFound);
    assert.equal(fs.readFileSync(file, 'utf8'), '~'.repeat(MAX_FIX_PASSES) + text);
    assert.equal(JSON.parse(output.out)[0].diagnostics.length, 1);
  });

  it('--fix on a file whose fixes leave nothing exits 0', async () => {
    const file = path.join(dir, 'spaces.unres');
    const lines = cleanDraftLines();
    const text = lines.join('\n');
    fs.writeFileSync(file, text.replace('Member States', 'Member  States'));
    const output = captureOutput();
    const status = await runLint({ paths: [file], format: 'text', fix: true, toolVersion: '0.0.0' }, output, doubleSpaceEngine);
    assert.equal(status, ExitCode.Clean);
    assert.equal(output.out, '');
    assert.equal(fs.readFileSync(file, 'utf8'), text);
  });
});

describe('firstFixEdits', () => {
  it('takes the first fix of each finding, whole or not at all, the one that reaches further first, its edits in text order', () => {
    const findings = [
      finding(0, 5, 'warning', [[0, 5, 'A']]),
      finding(4, 9, 'warning', [
        [20, 21, 'B'],
        [4, 6, 'C'],
      ]),
      finding(10, 12, 'hint', [[10, 12, 'D']]),
      finding(13, 14, 'error'),
    ];
    assert.deepEqual(
      firstFixEdits(findings).map((edit) => edit.newText),
      ['C', 'D', 'B'],
    );
    // Of two fixes of equal reach, the one whose finding comes first.
    assert.deepEqual(
      firstFixEdits([finding(0, 5, 'warning', [[0, 5, 'A']]), finding(4, 9, 'warning', [[4, 9, 'E']])]).map((edit) => edit.newText),
      ['A'],
    );
  });

  it('leaves an insertion at either end of a replacement to the next pass, and keeps one a character away', () => {
    // The insertion was written beside text the replacement takes away ("Resolution 70/1" + "." where renumbering moves a footnote).
    const atStart = [finding(3, 3, 'warning', [[3, 3, 'x']]), finding(3, 5, 'warning', [[3, 5, 'y']])];
    assert.deepEqual(firstFixEdits(atStart).map((edit) => edit.newText), ['y']);
    const atEnd = [finding(5, 5, 'warning', [[5, 5, 'x']]), finding(3, 5, 'warning', [[3, 5, 'y']])];
    assert.deepEqual(firstFixEdits(atEnd).map((edit) => edit.newText), ['y']);
    const apart = [finding(6, 6, 'warning', [[6, 6, 'x']]), finding(3, 5, 'warning', [[3, 5, 'y']])];
    assert.deepEqual(firstFixEdits(apart).map((edit) => edit.newText), ['y', 'x']);
  });
});

describe('exitCodeFor', () => {
  it('is 1 with an error finding and 0 with warnings, information and hints only', () => {
    const quiet = { file: 'a', text: 'abc', findings: [finding(0, 1, 'warning'), finding(1, 2, 'information'), finding(2, 3, 'hint')] };
    assert.equal(exitCodeFor([quiet]), 0);
    assert.equal(exitCodeFor([quiet, { file: 'b', text: 'abc', findings: [finding(0, 1, 'error')] }]), 1);
    assert.equal(exitCodeFor([]), 0);
  });
});

describe('output formats', () => {
  it('text output puts a multi-line message on one line and sorts by position', () => {
    const report = {
      file: 'a.unres',
      text: 'first line\r\nsecond line\n',
      findings: [{ ...finding(12, 14, 'hint'), message: 'two\nlines' }, finding(2, 3, 'error')],
    };
    assert.equal(formatText([report]), 'a.unres:1:3 error TEST002 finding at 2\na.unres:2:1 hint TEST002 two lines\n');
  });

  it('SARIF maps severities to levels and lists each rule once', () => {
    const report = { file: 'a.unres', text: 'abcdef', findings: [finding(0, 1, 'hint'), finding(1, 2, 'information'), finding(2, 3, 'warning'), finding(3, 4, 'error')] };
    const log = toSarifLog([report], '9.9.9') as { runs: { tool: { driver: { version: string; rules: unknown[] } }; results: { level: string }[] }[] };
    assert.deepEqual(
      log.runs[0].results.map((r) => r.level),
      ['note', 'note', 'warning', 'error'],
    );
    // Every rule of unres, and a rule it does not know by its id alone.
    const rules = log.runs[0].tool.driver.rules as Array<{ id: string }>;
    assert.equal(rules.length, RULES.length + 1);
    assert.deepEqual(rules.find((rule) => rule.id === 'TEST002'), { id: 'TEST002' });
    assert.equal(log.runs[0].tool.driver.version, '9.9.9');
  });

  it('SARIF URIs are relative references for relative paths and file URLs for absolute ones', () => {
    assert.equal(sarifUri(path.join('drafts', 'water draft.unres')), 'drafts/water%20draft.unres');
    assert.match(sarifUri(path.resolve('water.unres')), /^file:\/\/.*\/water\.unres$/);
  });
});

describe('parseCommandLine', () => {
  it('reads lint options in either spelling and paths after --', () => {
    assert.deepEqual(parseCommandLine(['lint', '--format=sarif', '--fix', 'a.unres', '--', '--odd-name.unres']), {
      kind: 'lint',
      format: 'sarif',
      fix: true,
      fixDryRun: false,
      fixSelection: DEFAULT_FIX_SELECTION,
      useIgnoreFiles: true,
      paths: ['a.unres', '--odd-name.unres'],
    });
    assert.deepEqual(parseCommandLine(['lint', 'drafts', '--format', 'json']), { kind: 'lint', format: 'json', fix: false, fixDryRun: false, fixSelection: DEFAULT_FIX_SELECTION, useIgnoreFiles: true, paths: ['drafts'] });
  });

  it('reads the server transport and accepts the client process id', () => {
    assert.deepEqual(parseCommandLine(['server', '--stdio']), { kind: 'server', transport: 'stdio' });
    assert.deepEqual(parseCommandLine(['server', '--node-ipc', '--clientProcessId=42']), { kind: 'server', transport: 'node-ipc' });
    assert.throws(() => parseCommandLine(['server', '--stdio', '--node-ipc']), UsageError);
    assert.throws(() => parseCommandLine(['server', '--socket=5000']), UsageError);
  });

  it('asks for the full usage only for a missing or unknown command', () => {
    const usageShown = (args: string[]) => {
      try {
        parseCommandLine(args);
      } catch (error) {
        return error instanceof UsageError && error.showUsage;
      }
      assert.fail(`no usage error for ${args.join(' ')}`);
    };
    assert.equal(usageShown([]), true);
    assert.equal(usageShown(['publish']), true);
    assert.equal(usageShown(['lint', '--format']), false);
  });
});
