import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, parseResolution, RULES } from '../../server/src/core';
import { REPO_ROOT } from '../support/paths';
import { adoptedWithTrailingNoteLines, cleanDraftLines, draftWithoutOpeningLines, MEETING_NOTES, PREAMBLE_LINES } from '../support/drafts';
import { AMENDMENT, DECISION, SECRETARIAT_NOTE } from '../support/formDrafts';
import { paragraphs, wordFile } from '../support/wordFiles';
import { runUnres } from './runUnres';

interface JsonPosition {
  line: number;
  character: number;
}
interface JsonRange {
  start: JsonPosition;
  end: JsonPosition;
}
interface JsonDiagnostic {
  rule: string;
  severity: string;
  message: string;
  range: JsonRange;
  fixes?: { title: string; edits: { range: JsonRange; newText: string }[] }[];
}
interface JsonFileReport {
  file: string;
  diagnostics: JsonDiagnostic[];
}

/** The diagnostics the CLI should report for a text: the core's findings, placed by an independent line counter. */
function expectedDiagnostics(text: string): JsonDiagnostic[] {
  const document = TextDocument.create('file:///expected', 'unres', 1, text);
  return lint(parseResolution(text))
    .map((finding) => ({
      rule: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      range: { start: document.positionAt(finding.span.start), end: document.positionAt(finding.span.end) },
      ...(finding.fixes.length > 0
        ? {
            fixes: finding.fixes.map((fix) => ({
              title: fix.title,
              edits: fix.edits.map((edit) => ({ range: { start: document.positionAt(edit.span.start), end: document.positionAt(edit.span.end) }, newText: edit.newText })),
            })),
          }
        : {}),
      offset: finding.span.start,
    }))
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset: _offset, ...diagnostic }) => diagnostic);
}

describe('unres command line', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-cli-'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function write(name: string, content: string | Uint8Array): string {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return name;
  }

  describe('program', () => {
    it('prints the version of package.json', () => {
      const { version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
      const run = runUnres(['--version'], dir);
      assert.equal(run.status, 0);
      assert.equal(run.stdout, `${version}\n`);
    });

    it('prints usage for --help and exits 0', () => {
      const run = runUnres(['--help'], dir);
      assert.equal(run.status, 0);
      assert.match(run.stdout, /^Usage: unres <command>/);
      assert.match(run.stdout, /lint \[--format text\|json\|sarif\] \[--fix\] \[--config FILE\] \[--changes accepted\|original\] PATH\.\.\./);
      assert.match(run.stdout, /server --stdio \| --node-ipc/);
      assert.equal(run.stderr, '');
    });

    it('exits 2 with the usage for an unknown command', () => {
      const run = runUnres(['frobnicate'], dir);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr.split('\n')[0], "unres: unknown command 'frobnicate'");
      assert.match(run.stderr, /Usage: unres <command>/);
    });

    it('exits 2 with the usage when no command is given', () => {
      const run = runUnres([], dir);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^unres: no command given\n\nUsage: unres <command>/);
    });

    for (const [args, message] of [
      [['lint'], "unres: 'unres lint' needs at least one file or folder, or - for standard input (see 'unres --help')"],
      [['lint', '--format', 'xml', 'a.unres'], "unres: unknown format 'xml': use text, json or sarif (see 'unres --help')"],
      [['lint', '--quiet', 'a.unres'], "unres: unknown option '--quiet' for 'unres lint' (see 'unres --help')"],
      [['server'], "unres: 'unres server' needs exactly one of --stdio and --node-ipc (see 'unres --help')"],
    ] as const) {
      it(`exits 2 with one line for: unres ${args.join(' ')}`, () => {
        const run = runUnres(args, dir);
        assert.equal(run.status, 2);
        assert.equal(run.stdout, '');
        assert.equal(run.stderr, `${message}\n`);
      });
    }
  });

  describe('lint: results', () => {
    it('exits 0 and prints nothing for a draft without findings', () => {
      const file = write('clean.unres', cleanDraftLines().join('\n'));
      const run = runUnres(['lint', file], dir);
      assert.equal(run.stderr, '');
      assert.equal(run.stdout, '');
      assert.equal(run.status, 0);
    });

    it('prints "file:line:col severity rule message" with 1-based positions', () => {
      const lines = draftWithoutOpeningLines();
      const text = lines.join('\n');
      const file = write('no-opening.unres', text);
      const run = runUnres(['lint', file], dir);
      assert.equal(run.status, 0, 'a warning alone does not fail the run');
      const [expected] = expectedDiagnostics(text);
      assert.equal(expected.rule, 'UNR003');
      const firstParagraphLine = lines.indexOf(PREAMBLE_LINES[0]) + 1;
      assert.equal(run.stdout, `${file}:${firstParagraphLine}:1 warning UNR003 ${expected.message}\n`);
    });

    it('writes the JSON contract with 0-based UTF-16 positions, CRLF kept', () => {
      const lines = adoptedWithTrailingNoteLines();
      lines[lines.length - 1] = 'Note 🌊 to the delegation: confirm the meeting number with the Secretariat.';
      const text = lines.join('\r\n');
      const file = write('adopted.unres', text);
      const run = runUnres(['lint', '--format', 'json', file], dir);
      assert.equal(run.status, 0);
      const reports = JSON.parse(run.stdout) as JsonFileReport[];
      assert.deepEqual(reports, [{ file, diagnostics: expectedDiagnostics(text) }]);
      const [diagnostic] = reports[0].diagnostics;
      assert.deepEqual(Object.keys(reports[0]), ['file', 'diagnostics']);
      assert.deepEqual(Object.keys(diagnostic), ['rule', 'severity', 'message', 'range']);
      assert.equal(diagnostic.severity, 'information');
      assert.deepEqual(diagnostic.range.start, { line: lines.length - 1, character: 0 });
      // The wave emoji is two UTF-16 code units.
      assert.deepEqual(diagnostic.range.end, { line: lines.length - 1, character: lines[lines.length - 1].length });
      assert.equal(fs.readFileSync(path.join(dir, file), 'utf8'), text);
    });

    it('gives each fix in JSON as edits of the file, which applied do what --fix does', () => {
      const lines = cleanDraftLines();
      const third = lines.findIndex((line) => /^3\. /.test(line));
      lines[third] = lines[third].replace(/^3\./, '4.');
      const text = lines.join('\r\n');
      const file = write('skipped-number.unres', text);
      const run = runUnres(['lint', '--format', 'json', file], dir);
      const [report] = JSON.parse(run.stdout) as JsonFileReport[];
      assert.deepEqual(report.diagnostics, expectedDiagnostics(text));
      const numbering = report.diagnostics.find((d) => d.fixes !== undefined && d.rule === 'UNR001');
      assert.ok(numbering, run.stdout);
      const [fix] = numbering.fixes!;
      assert.deepEqual(fix.edits.map((edit) => edit.newText), ['3']);
      const document = TextDocument.create('file:///draft', 'unres', 1, text);
      const fixed = TextDocument.applyEdits(document, fix.edits);
      assert.equal(fixed, cleanDraftLines().join('\r\n'));
      runUnres(['lint', '--fix', '--fix-rule', 'UNR001', file], dir);
      assert.equal(fs.readFileSync(path.join(dir, file), 'utf8'), fixed);
    });

    it('lists every checked file in JSON, with an empty list when it has no findings', () => {
      const clean = write('clean.unres', cleanDraftLines().join('\n'));
      const run = runUnres(['lint', '--format=json', clean], dir);
      assert.equal(run.status, 0);
      assert.deepEqual(JSON.parse(run.stdout), [{ file: clean, diagnostics: [] }]);
    });

    it('writes SARIF 2.1.0 with every rule and 1-based regions', () => {
      const noOpening = write('no-opening.unres', draftWithoutOpeningLines().join('\n'));
      const adopted = write('adopted.unres', adoptedWithTrailingNoteLines().join('\n'));
      const json = JSON.parse(runUnres(['lint', '--format', 'json', noOpening, adopted], dir).stdout) as JsonFileReport[];
      const run = runUnres(['lint', '--format', 'sarif', noOpening, adopted], dir);
      assert.equal(run.status, 0);
      const log = JSON.parse(run.stdout);
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      assert.equal(log.runs.length, 1);
      const [sarifRun] = log.runs;
      assert.equal(sarifRun.tool.driver.name, 'unres');
      assert.deepEqual(
        sarifRun.tool.driver.rules.map((rule: { id: string }) => rule.id),
        RULES.map((rule) => rule.id).sort(),
      );
      for (const result of sarifRun.results as Array<{ ruleId: string; ruleIndex: number }>) assert.equal(sarifRun.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      const expected = json.flatMap((report) =>
        report.diagnostics.map((d) => ({
          ruleId: d.rule,
          level: d.severity === 'information' || d.severity === 'hint' ? 'note' : d.severity,
          text: d.message,
          uri: report.file,
          region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
        })),
      );
      assert.equal(expected.length, 2);
      assert.deepEqual(
        sarifRun.results.map((r: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: object } }[] }) => ({
          ruleId: r.ruleId,
          level: r.level,
          text: r.message.text,
          uri: r.locations[0].physicalLocation.artifactLocation.uri,
          region: r.locations[0].physicalLocation.region,
        })),
        expected,
      );
      assert.deepEqual(new Set(expected.map((r) => r.level)), new Set(['warning', 'note']));
    });
  });

  describe('lint: input errors', () => {
    it('exits 2 naming a missing file', () => {
      const run = runUnres(['lint', 'absent.unres'], dir);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr, 'unres: absent.unres: no such file or folder\n');
    });

    it('exits 2 naming a file with NUL bytes', () => {
      const file = write('scan.unres', Buffer.concat([Buffer.from(cleanDraftLines().join('\n')), Buffer.from([0, 1, 2])]));
      const run = runUnres(['lint', file], dir);
      assert.equal(run.status, 2);
      assert.equal(run.stderr, 'unres: scan.unres: binary file (contains NUL bytes)\n');
    });

    it('exits 2 naming a file that is not valid UTF-8', () => {
      const latin1 = Buffer.from(cleanDraftLines().join('\n').replace('Children’s', 'Children\u00e9s'), 'latin1');
      const file = write('latin1.unres', latin1);
      const run = runUnres(['lint', file], dir);
      assert.equal(run.status, 2);
      assert.equal(run.stderr, 'unres: latin1.unres: binary file (not valid UTF-8)\n');
    });

    it('exits 2 naming a .txt file that is not a resolution', () => {
      const file = write('notes.txt', MEETING_NOTES);
      const run = runUnres(['lint', file], dir);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr, 'unres: notes.txt: not a resolution (no United Nations masthead, opening line or operative paragraphs)\n');
    });

    it('checks a named amendment, draft decision and note by the Secretariat instead of refusing them, and exits 0 on their warnings', () => {
      write('amendment.md', AMENDMENT);
      write('decision.md', DECISION);
      write('note.txt', SECRETARIAT_NOTE);
      const run = runUnres(['lint', 'amendment.md', 'decision.md', 'note.txt'], dir);
      assert.equal(run.stderr, '');
      assert.equal(run.status, 0);
      const lines = run.stdout.trim().split('\n').map((line) => line.replace(/^(\S+?):\d+:\d+ (\S+) (\S+) .*$/, '$1 $2 $3'));
      assert.deepEqual(lines, ['amendment.md warning UNR004', 'note.txt information UNR000']);
    });

    it('checks a named .txt file that is a resolution', () => {
      const file = write('draft.txt', draftWithoutOpeningLines().join('\n'));
      const run = runUnres(['lint', file], dir);
      assert.equal(run.status, 0);
      assert.match(run.stdout, /^draft\.txt:\d+:1 warning UNR003 /);
    });

    it('checks a .unres file even when its text is not yet a resolution', () => {
      const file = write('started.unres', MEETING_NOTES);
      const run = runUnres(['lint', '--format', 'json', file], dir);
      assert.equal(run.stderr, '');
      assert.equal((JSON.parse(run.stdout) as JsonFileReport[])[0].file, file);
    });

    it('reports every bad input and lints nothing when one input is bad', () => {
      const good = write('clean.unres', draftWithoutOpeningLines().join('\n'));
      const run = runUnres(['lint', good, 'absent.unres', 'missing-folder'], dir);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr, 'unres: absent.unres: no such file or folder\nunres: missing-folder: no such file or folder\n');
    });
  });

  describe('lint: folders', () => {
    it('checks .unres and .res.md always, .md, .txt and .docx only when they are resolutions or other documents under a UN masthead', () => {
      const resolution = cleanDraftLines().join('\n');
      write('drafts/water.unres', resolution);
      write('drafts/notes.res.md', MEETING_NOTES);
      write('drafts/water-rev1.md', resolution);
      write('drafts/README.md', '# Drafts\n\nWorking texts of the Third Committee.\n');
      write('drafts/consultations/water-rev2.txt', resolution);
      write('drafts/consultations/minutes.txt', MEETING_NOTES);
      write('drafts/consultations/amendment.md', AMENDMENT);
      write('drafts/consultations/work-programme.md', SECRETARIAT_NOTE);
      write('drafts/consultations/scan.md', Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0xff]));
      write('drafts/node_modules/pkg/vendored.unres', resolution);
      write('drafts/.history/water-old.unres', resolution);
      write('drafts/water.docx', wordFile({ body: paragraphs(...cleanDraftLines().filter((line) => line !== '')) }));
      write('drafts/minutes.docx', wordFile({ body: paragraphs(...MEETING_NOTES.trim().split('\n\n')) }));
      const run = runUnres(['lint', '--format', 'json', 'drafts'], dir);
      assert.equal(run.stderr, '');
      assert.equal(run.status, 0);
      const files = (JSON.parse(run.stdout) as JsonFileReport[]).map((report) => report.file);
      assert.deepEqual(
        files,
        [
          path.join('drafts', 'consultations', 'amendment.md'),
          path.join('drafts', 'consultations', 'water-rev2.txt'),
          path.join('drafts', 'consultations', 'work-programme.md'),
          path.join('drafts', 'notes.res.md'),
          path.join('drafts', 'water-rev1.md'),
          path.join('drafts', 'water.docx'),
          path.join('drafts', 'water.unres'),
        ],
      );
    });

    it('checks a file once when it is named and also inside a folder named', () => {
      write('drafts/water.unres', draftWithoutOpeningLines().join('\n'));
      const run = runUnres(['lint', path.join('drafts', 'water.unres'), 'drafts'], dir);
      assert.equal(run.status, 0);
      assert.equal(run.stdout.split('\n').filter((line) => line !== '').length, 1);
    });
  });

  describe('lint --fix', () => {
    it('does not rewrite a file that no fix changes', () => {
      const text = draftWithoutOpeningLines().join('\r\n');
      const file = write('no-opening.unres', text);
      const past = new Date('2026-01-02T03:04:05Z');
      fs.utimesSync(path.join(dir, file), past, past);
      const run = runUnres(['lint', '--fix', file], dir);
      assert.equal(run.status, 0);
      assert.match(run.stdout, /warning UNR003/);
      assert.equal(fs.readFileSync(path.join(dir, file), 'utf8'), text);
      assert.equal(fs.statSync(path.join(dir, file)).mtime.getTime(), past.getTime());
    });

    it('exits 1 on the example draft, whose paragraph numbers skip 5, and renumbers it with --fix', () => {
      const example = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'draft-resolution.unres'), 'utf8');
      const file = write('example.unres', example.replace(/\n/g, '\r\n'));
      const before = runUnres(['lint', file], dir);
      assert.equal(before.status, 1);
      assert.match(before.stdout, /^example\.unres:\d+:1 error UNR001 Paragraph 6 follows paragraph 4: paragraph 5 is missing\.$/m);
      const fixed = runUnres(['lint', '--fix', file], dir);
      assert.doesNotMatch(fixed.stdout, /UNR001/);
      const after = fs.readFileSync(path.join(dir, file), 'utf8');
      // --fix applies the fixes of every rule, pass after pass: the renumbering among them.
      const expected = example
        .replace('\nRecalls the Convention on the Rights', '\n*Recalling* the Convention on the Rights')
        .replace('\n4. Urges Member States', '\n4. *Urges* Member States')
        .replace('\n6. *Requests*', '\n5. *Requests*')
        .replace(/\n/g, '\r\n');
      assert.equal(after, expected);
      // Footnotes 3 and 4 have no footnote: errors no fix can write.
      assert.equal(fixed.status, 1);
      assert.match(fixed.stdout, /error UNR020 Footnote 3 is marked here but has no footnote\./);
    });

    it('renumbers the example draft and changes nothing else with --fix when only numbering is on', () => {
      const example = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'draft-resolution.unres'), 'utf8');
      const file = write('example.unres', example);
      const onlyNumbering = Object.fromEntries(RULES.map((rule) => [rule.id, rule.id === 'UNR001' ? 'error' : 'off']));
      write('numbering-only.json', JSON.stringify({ rules: onlyNumbering }));
      const fixed = runUnres(['lint', '--fix', '--config', 'numbering-only.json', file], dir);
      // What was changed, on stderr: the fix with the line of its first finding, the count of the file and of the run.
      assert.equal(fixed.stderr, 'example.unres:49 UNR001 Renumber paragraphs\nexample.unres: 1 fix\nunres: 1 fix applied to 1 of 1 file\n');
      assert.equal(fixed.stdout, '');
      assert.equal(fixed.status, 0);
      assert.equal(fs.readFileSync(path.join(dir, file), 'utf8'), example.replace('\n6. *Requests*', '\n5. *Requests*'));
    });
  });
});
