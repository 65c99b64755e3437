import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DRAFT_MAX_BYTES } from '../../server/src/node/boundedRead';
import { cleanDraftLines } from '../support/drafts';
import { TempFolder } from '../support/tempFolder';
import { runUnres } from './runUnres';

/** Makes a FIFO: reading it would block until someone writes to it, which nobody does. */
function mkfifo(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  execFileSync('mkfifo', [file]);
}

/** A file one byte over the bound, sparse: it takes no room on the disk. */
function oversized(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, cleanDraftLines().join('\n'));
  fs.truncateSync(file, DRAFT_MAX_BYTES + 1);
}

describe('unres lint reads drafts only when they are regular files of at most 64 MiB', function () {
  // Each case spawns the command line; a FIFO that were read would block it until runUnres's timeout.
  this.timeout(60_000);
  let folder: TempFolder;

  beforeEach(() => {
    folder = new TempFolder('unres-draft-files-');
  });
  afterEach(() => folder.remove());

  it('names a FIFO, a device and an oversized file given on the command line, one line each, and exits 2', () => {
    folder.write('water.unres', cleanDraftLines().join('\n'));
    mkfifo(path.join(folder.path, 'pipe.unres'));
    oversized(path.join(folder.path, 'huge.unres'));
    const run = runUnres(['lint', 'water.unres', 'pipe.unres', '/dev/zero', 'huge.unres'], folder.path);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.equal(
      run.stderr,
      ['unres: pipe.unres: not a regular file or folder', 'unres: /dev/zero: not a regular file or folder', 'unres: huge.unres: larger than 64 MiB', ''].join('\n'),
    );
  });

  it('names a FIFO and an oversized draft found in a folder and goes on reading the others', () => {
    folder.write('drafts/a-water.unres', cleanDraftLines().join('\n'));
    mkfifo(path.join(folder.path, 'drafts', 'b-pipe.unres'));
    oversized(path.join(folder.path, 'drafts', 'c-huge.res.md'));
    folder.write('drafts/d-bad.unres', '\u0000');
    const run = runUnres(['lint', 'drafts'], folder.path);
    assert.equal(run.status, 2);
    assert.equal(
      run.stderr,
      [
        `unres: ${path.join('drafts', 'b-pipe.unres')}: not a regular file`,
        `unres: ${path.join('drafts', 'c-huge.res.md')}: larger than 64 MiB`,
        `unres: ${path.join('drafts', 'd-bad.unres')}: binary file (contains NUL bytes)`,
        '',
      ].join('\n'),
    );
  });

  it('skips quietly a FIFO or an oversized file in a folder that only its text could have made a draft, and a link to a device', () => {
    folder.write('drafts/water.unres', cleanDraftLines().join('\n'));
    mkfifo(path.join(folder.path, 'drafts', 'minutes.txt'));
    oversized(path.join(folder.path, 'drafts', 'archive.md'));
    fs.symlinkSync('/dev/zero', path.join(folder.path, 'drafts', 'zero.unres'));
    const run = runUnres(['lint', '--format', 'json', 'drafts'], folder.path);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    assert.deepEqual(
      (JSON.parse(run.stdout) as Array<{ file: string }>).map((report) => report.file),
      [path.join('drafts', 'water.unres')],
    );
  });

  it('walks a folder named like a draft as a folder, never reading it as a file', () => {
    folder.write('drafts/old.unres/water.unres', cleanDraftLines().join('\n'));
    for (const given of ['drafts', path.join('drafts', 'old.unres')]) {
      const run = runUnres(['lint', '--format', 'json', given], folder.path);
      assert.equal(run.stderr, '', given);
      assert.equal(run.status, 0, given);
      assert.deepEqual(
        (JSON.parse(run.stdout) as Array<{ file: string }>).map((report) => report.file),
        [path.join('drafts', 'old.unres', 'water.unres')],
      );
    }
  });
});
