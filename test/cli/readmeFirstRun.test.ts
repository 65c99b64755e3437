import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/paths';
import { runUnres } from './runUnres';

/** The blocks of a fenced code language in a Markdown page, in order. */
function codeBlocks(page: string, language: string): string[] {
  return [...page.matchAll(new RegExp('^```' + language + '\\n([\\s\\S]*?)^```', 'gm'))].map((match) => match[1]);
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

describe('the newcomer path: the README’s first command does what the README says', () => {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const tryIt = readme.slice(readme.indexOf('## Try it'), readme.indexOf('Run all the tests'));

  it('installs, packages and lints the bundled example, and npm test runs all the tests', () => {
    const [first, second] = codeBlocks(readme, 'sh');
    assert.equal(first.trim(), 'npm ci && npm run package && node bin/unres.js lint examples/draft-resolution.unres');
    assert.equal(second.trim(), 'npm test');
    assert.ok(fs.existsSync(path.join(REPO_ROOT, 'examples', 'draft-resolution.unres')));
    const scripts = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    assert.ok(scripts.package && scripts.test);
  });

  it('prints as many findings as the README counts, the lines it shows among them, and exits 1 as it explains', () => {
    const command = codeBlocks(readme, 'sh')[0].trim().split(' && ').at(-1)!;
    const run = runUnres(command.split(' ').slice(2), REPO_ROOT);
    assert.equal(run.status, 1, run.stderr);
    assert.match(tryIt, /exits\s+with status 1/);
    const findings = run.stdout.trimEnd().split('\n');
    const counted = /prints (\w+) findings/.exec(tryIt.replace(/\s+/g, ' '));
    assert.ok(counted, 'the README says how many findings the example prints');
    assert.equal(findings.length, NUMBER_WORDS.indexOf(counted[1]), run.stdout);
    const shown = codeBlocks(tryIt, 'text')[0].trimEnd().split('\n');
    assert.ok(shown.length >= 3);
    for (const line of shown) assert.ok(findings.includes(line), `the README shows a line the run does not print: ${line}`);
    assert.ok(findings.some((line) => / error /.test(line)), 'an error is why it exits 1');
  });

  it('repairs what the README says --fix repairs, on a copy, and lists each change', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-first-run-'));
    try {
      const copy = path.join(folder, 'draft-resolution.unres');
      fs.copyFileSync(path.join(REPO_ROOT, 'examples', 'draft-resolution.unres'), copy);
      const run = runUnres(['lint', '--fix', copy], folder);
      const said = tryIt.replace(/\s+/g, ' ');
      assert.match(said, /repairs what can be repaired safely \(the numbering, the italics of an operative verb, a preambular paragraph opened with "Recalls"\)/);
      const fixes = /lists the (\w+) fixes it made/.exec(said);
      assert.ok(fixes);
      assert.deepEqual(
        run.stderr.split('\n').filter((line) => / UNR\d{3} /.test(line)).map((line) => line.split(' ')[1]),
        ['UNR002', 'UNR004', 'UNR001'],
      );
      assert.equal(NUMBER_WORDS.indexOf(fixes[1]), 3);
      // What is left: the two missing footnotes, and paragraph 3's italics that never close.
      assert.match(said, /the two footnotes that are missing and paragraph 3, whose italics never close/);
      assert.deepEqual(
        run.stdout.trimEnd().split('\n').map((line) => line.split(' ').slice(1, 3).join(' ')),
        ['information UNR000', 'error UNR020', 'information UNR000', 'warning UNR004', 'error UNR020'],
      );
      assert.equal(run.status, 1);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
