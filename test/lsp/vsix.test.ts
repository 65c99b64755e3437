import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { REPO_ROOT } from '../support/paths';

/** The files of a zip archive (a .vsix) by name, read from its central directory. */
function zipEntries(archive: Buffer): Map<string, () => Buffer> {
  const endOfDirectory = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(endOfDirectory >= 0, 'a zip archive');
  const count = archive.readUInt16LE(endOfDirectory + 10);
  let offset = archive.readUInt32LE(endOfDirectory + 16);
  const entries = new Map<string, () => Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(archive.readUInt32LE(offset), 0x02014b50, 'a central directory entry');
    const method = archive.readUInt16LE(offset + 10);
    const compressedSize = archive.readUInt32LE(offset + 20);
    const nameLength = archive.readUInt16LE(offset + 28);
    const extraLength = archive.readUInt16LE(offset + 30);
    const commentLength = archive.readUInt16LE(offset + 32);
    const localHeader = archive.readUInt32LE(offset + 42);
    const name = archive.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.set(name, () => {
      const dataStart = localHeader + 30 + archive.readUInt16LE(localHeader + 26) + archive.readUInt16LE(localHeader + 28);
      const data = archive.subarray(dataStart, dataStart + compressedSize);
      return method === 8 ? inflateRawSync(data) : data;
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The project files `vsce package` reads, beside the bundles `npm test` has just built. */
const PACKAGED_FROM = ['package.json', '.vscodeignore', 'LICENSE', 'CHANGELOG.md', 'language-configuration.json', 'dist', 'docs', 'images', 'schemas', 'syntaxes', 'snippets'];

describe('the .vsix', function () {
  this.timeout(120000);
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-vsix-'));
  });

  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('packages the built bundles with no node_modules, the web build, and the manifest that activates on resolutions', () => {
    // Package a copy, so vsce's prepublish build does not rewrite the bundles other tests run.
    const copy = path.join(dir, 'project');
    for (const entry of PACKAGED_FROM) fs.cpSync(path.join(REPO_ROOT, entry), path.join(copy, entry), { recursive: true });
    const manifestPath = path.join(copy, 'package.json');
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    delete manifest.scripts['vscode:prepublish'];
    fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    const vsix = path.join(dir, 'unres.vsix');
    const packaged = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'package-vsix.mjs'), '--out', vsix], { cwd: copy, encoding: 'utf8', timeout: 100000 });
    assert.equal(packaged.status, 0, packaged.stderr + packaged.stdout);

    const entries = zipEntries(fs.readFileSync(vsix));
    const names = [...entries.keys()];
    assert.deepEqual(names.filter((name) => name.includes('node_modules')), []);
    for (const bundle of ['dist/client/extension.js', 'dist/client/browser/extension.js', 'dist/server/node/main.js', 'dist/server/browser/main.js']) {
      assert.ok(names.includes(`extension/${bundle}`), `${bundle} is in the .vsix`);
    }
    assert.ok(!names.some((name) => name.endsWith('.map') || name.endsWith('.ts') || name.endsWith('dist/cli.js')), 'no source maps, sources or command line');
    const shipped = JSON.parse(entries.get('extension/package.json')!().toString('utf8'));
    assert.equal(shipped.main, './dist/client/extension.js');
    assert.equal(shipped.browser, './dist/client/browser/extension.js');
    assert.deepEqual(shipped.activationEvents, ['onLanguage:unres', 'onLanguage:plaintext', 'onLanguage:markdown', 'workspaceContains:**/*.docx']);
    assert.equal(shipped.engines.vscode, '^1.100.0');
    // The extension's page is the one written for drafters, with its icon and changelog.
    assert.match(entries.get('extension/readme.md')!().toString('utf8'), /^# unres: UN resolution drafting$/m);
    assert.ok(names.includes('extension/images/icon.png') && names.includes('extension/changelog.md'));
    const vsixManifest = entries.get('extension.vsixmanifest')!().toString('utf8');
    assert.match(vsixManifest, /Microsoft\.VisualStudio\.Code\.ExtensionKind" Value="[^"]*web/, 'VS Code for the Web can run it');
  });
});
