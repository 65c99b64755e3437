import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describeSize, PROJECT_CONFIG_MAX_BYTES, readBoundedFile, TREATY_DATA_MAX_BYTES } from '../../server/src/node/boundedRead';
import { ProjectConfigLoader } from '../../server/src/node/projectConfig';
import { TreatyDataLoader } from '../../server/src/node/treatyData';

describe('files named by settings and options: only regular files under a size bound are read', () => {
  let folder: string;
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-bounded-'));
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('bounds treaty data at 4 MiB and project files at 1 MiB', () => {
    assert.equal(describeSize(TREATY_DATA_MAX_BYTES), '4 MiB');
    assert.equal(describeSize(PROJECT_CONFIG_MAX_BYTES), '1 MiB');
  });

  it('reads a regular file, and a file of exactly the bound', () => {
    const file = path.join(folder, 'small.json');
    fs.writeFileSync(file, '{}');
    const read = readBoundedFile(file, 2);
    assert.ok(read.ok);
    assert.equal(read.bytes.toString(), '{}');
    assert.deepEqual(readBoundedFile(file, 1), { ok: false, reason: 'larger than 1 bytes' });
  });

  it('refuses a device, a folder and a missing file without reading them', () => {
    assert.deepEqual(readBoundedFile('/dev/zero', TREATY_DATA_MAX_BYTES), { ok: false, reason: 'not a regular file' });
    assert.deepEqual(readBoundedFile(folder, TREATY_DATA_MAX_BYTES), { ok: false, reason: 'not a regular file (a folder)' });
    assert.deepEqual(readBoundedFile(path.join(folder, 'none.json'), TREATY_DATA_MAX_BYTES), { ok: false, reason: 'no such file or folder' });
  });

  it('refuses a FIFO without waiting for a writer', () => {
    const fifo = path.join(folder, 'treaties.fifo');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    assert.deepEqual(readBoundedFile(fifo, TREATY_DATA_MAX_BYTES), { ok: false, reason: 'not a regular file' });
    const loaded = new TreatyDataLoader().load([fifo]);
    assert.deepEqual(loaded.problems.map((p) => p.message), [`${fifo}: not a regular file; the file is not used, and the bundled treaty table is used meanwhile`]);
    assert.deepEqual(new ProjectConfigLoader().load(fifo).problems, [{ message: 'not a regular file; nothing in it applies' }]);
    assert.ok(Date.now() - started < 2000);
  });

  it('refuses a 5 MiB treaty file and a project file over 1 MiB', () => {
    const big = path.join(folder, 'big.json');
    fs.writeFileSync(big, `{"treaties": []}${' '.repeat(5 * 1024 * 1024)}`);
    assert.deepEqual(new TreatyDataLoader().load([big]).problems.map((p) => p.message), [`${big}: larger than 4 MiB; the file is not used, and the bundled treaty table is used meanwhile`]);
    const config = new ProjectConfigLoader().load(big);
    assert.equal(config.usable, false);
    assert.deepEqual(config.problems, [{ message: 'larger than 1 MiB; nothing in it applies' }]);
  });

  it('says a file that is not JSON is not JSON, with the line and column only, and echoes none of it', () => {
    const passwd = path.join(folder, 'passwd');
    fs.writeFileSync(passwd, 'root:x:0:0:root:/root:/bin/bash\n');
    const [treaties] = new TreatyDataLoader().load([passwd]).problems.map((p) => p.message);
    assert.equal(treaties, `${passwd}:1:1: not JSON: the text does not begin with a JSON value; the file is not used until it is fixed, and the bundled treaty table is used meanwhile`);
    const [config] = new ProjectConfigLoader().load(passwd).problems.map((p) => p.message);
    assert.equal(config, 'invalid JSON at line 1, column 1: the text does not begin with a JSON value; nothing in the file applies');
    for (const message of [treaties, config]) assert.doesNotMatch(message.replace(passwd, ''), /'r'|root/);
  });
});
