import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FIFTY_KB_SAMPLE, SHARED } from '../support/longDrafts';
import { spawnSync } from 'node:child_process';
import { UNRES_BIN } from '../support/paths';

interface JsonReport {
  file: string;
  diagnostics: Array<{ rule: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
}

/** Runs `unres lint --format json FILE` with a timeout long enough for a 5 MB file on a busy machine. */
function lintFile(file: string) {
  const result = spawnSync(process.execPath, [UNRES_BIN, 'lint', '--format', 'json', path.basename(file)], { cwd: path.dirname(file), encoding: 'utf8', timeout: 90_000, maxBuffer: 256 * 2 ** 20 });
  if (result.error) throw result.error;
  return result;
}

/** Checks that every diagnostic of the report lies inside the text's lines. */
function assertInside(report: JsonReport, text: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of report.diagnostics) {
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `${d.rule} on line ${p.line} of ${lines.length}`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `${d.rule} at character ${p.character} of a line of ${lines[p.line].length}`);
    }
  }
}

const VERBS = ['*Urges*', '*Invites*', '*Requests*', '*Encourages*', '*Calls upon*'];

/**
 * A long draft of 100 000 lines, in our own words: numbered paragraphs hard-wrapped over ten lines
 * each, a blank line between, the verbs taking turns so that none repeats.
 */
function hundredThousandLines(): string {
  const lines = ['The General Assembly,', ''];
  for (let n = 1; lines.length < 100_000; n++) {
    lines.push(`${n}. ${VERBS[n % VERBS.length]} Member States to share the water`);
    for (let k = 0; k < 8; k++) lines.push('of the river basin with the towns downstream');
    lines.push('in times of drought;', '');
  }
  return lines.slice(0, 100_000).join('\n');
}

describe('unres lint on hostile files', function () {
  this.timeout(180_000);
  let dir: string;
  const sample = fs.readFileSync(path.join(SHARED, FIFTY_KB_SAMPLE), 'utf8');

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-robust-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function write(name: string, content: string | Buffer): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  }

  it('lints an empty file: only the missing opening line, at its start', () => {
    const run = lintFile(write('empty.unres', ''));
    assert.equal(run.status, 0, run.stderr);
    const [report] = JSON.parse(run.stdout) as JsonReport[];
    assert.deepEqual(report.diagnostics.map((d) => [d.rule, d.range.start, d.range.end]), [['UNR003', { line: 0, character: 0 }, { line: 0, character: 0 }]]);
  });

  it('says in one line that a binary file or a file with an encoded lone surrogate is not text, and lints nothing', () => {
    for (const [name, bytes, why] of [
      ['image.unres', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'contains NUL bytes'],
      ['surrogate.unres', Buffer.concat([Buffer.from('The General Assembly,\n\n1. *Urges* '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(' States;\n')]), 'not valid UTF-8'],
    ] as const) {
      const run = lintFile(write(name, bytes));
      assert.equal(run.status, 2);
      assert.equal(run.stderr, `unres: ${name}: binary file (${why})\n`);
    }
  });

  it('reports the same findings on the same lines for a CRLF copy of a real text, and places them inside it', () => {
    const lf = JSON.parse(lintFile(write('lf.unres', sample)).stdout) as JsonReport[];
    const crlfText = sample.replace(/\n/g, '\r\n');
    const crlf = JSON.parse(lintFile(write('crlf.unres', crlfText)).stdout) as JsonReport[];
    assert.deepEqual(crlf[0].diagnostics, lf[0].diagnostics);
    assert.ok(crlf[0].diagnostics.length > 0);
    assertInside(crlf[0], crlfText);
  });

  it('places findings by UTF-16 units in a text full of astral characters', () => {
    const text = sample.replace(/Member States/g, 'Member States 🌍𝒜');
    const run = lintFile(write('astral.unres', text));
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    assertInside((JSON.parse(run.stdout) as JsonReport[])[0], text);
  });

  it('lints a document of 100 000 lines and one of a single 5 MB line', () => {
    const lines = hundredThousandLines();
    const manyLines = lintFile(write('lines.unres', lines));
    assert.equal(manyLines.status, 0, manyLines.stderr);
    const report = (JSON.parse(manyLines.stdout) as JsonReport[])[0];
    assertInside(report, lines);
    // The draft ends mid-paragraph, with no closing mark: its one finding is about that.
    assert.deepEqual(report.diagnostics.map((d) => d.rule), ['UNR008']);

    let oneLine = '';
    const flat = sample.replace(/\s+/g, ' ');
    while (oneLine.length < 5_000_000) oneLine += flat;
    oneLine = oneLine.slice(0, 5_000_000);
    const single = lintFile(write('one-line.unres', oneLine));
    assert.ok(single.status === 0 || single.status === 1, single.stderr);
    assertInside((JSON.parse(single.stdout) as JsonReport[])[0], oneLine);
  });
});
