import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeText, findDraftFiles, isCandidateByName, isResolutionByName } from '../../server/src/node/draftFiles';
import { IgnoreFiles } from '../../server/src/node/ignoreFiles';
import { createNodeServerHost } from '../../server/src/node/serverHost';
import { cleanDraftLines } from '../support/drafts';
import { TempFolder } from '../support/tempFolder';

describe('node host: reading draft files', () => {
  describe('decodeText', () => {
    it('strips and remembers a byte order mark', () => {
      assert.deepEqual(decodeText(Buffer.from('\uFEFFThe General Assembly,', 'utf8')), { text: 'The General Assembly,', byteOrderMark: true });
      assert.deepEqual(decodeText(Buffer.from('Chile, Ghana and Norway', 'utf8')), { text: 'Chile, Ghana and Norway', byteOrderMark: false });
    });

    it('rejects NUL bytes and invalid UTF-8', () => {
      assert.deepEqual(decodeText(Uint8Array.from([0x41, 0x00])), { problem: 'binary file (contains NUL bytes)' });
      assert.deepEqual(decodeText(Uint8Array.from([0x41, 0xc3, 0x28])), { problem: 'binary file (not valid UTF-8)' });
    });
  });

  describe('file names', () => {
    it('knows drafts by their name, and the names worth reading', () => {
      assert.equal(isResolutionByName('drafts/Water.UNRES'), true);
      assert.equal(isResolutionByName('water.res.md'), true);
      assert.equal(isResolutionByName('water.md'), false);
      assert.equal(isCandidateByName('notes.md'), true);
      assert.equal(isCandidateByName('draft.txt'), true);
      assert.equal(isCandidateByName('L.14 rev.docx'), true);
      // Word's lock file beside an open document is no draft.
      assert.equal(isCandidateByName('drafts/~$L.14 rev.docx'), false);
      assert.equal(isCandidateByName('budget.xlsx'), false);
    });
  });

  describe('findDraftFiles', () => {
    let folder: TempFolder;
    beforeEach(() => {
      folder = new TempFolder('unres-find-drafts-');
    });
    afterEach(() => folder.remove());

    it('lists candidate files in a stable order, outside hidden folders, node_modules, links and ignored paths', async () => {
      const draft = cleanDraftLines().join('\n');
      folder.write('b-water.unres', draft);
      folder.write('a-notes.md', '# Notes\n');
      folder.write('sub/c-forests.docx', 'not read here');
      folder.write('sub/~$c-forests.docx', '');
      folder.write('sub/budget.xlsx', '');
      folder.write('.git/d.unres', draft);
      folder.write('node_modules/pkg/README.md', '# A package\n');
      folder.write('old/e-superseded.unres', draft);
      folder.write('.unresignore', 'old/\n');
      fs.symlinkSync(path.join(folder.path, 'b-water.unres'), path.join(folder.path, 'link.unres'));
      const ignoreFiles = new IgnoreFiles();
      const { files, unread } = await findDraftFiles(folder.path, ignoreFiles);
      assert.deepEqual(
        files.map((file) => path.relative(folder.path, file)),
        ['a-notes.md', 'b-water.unres', path.join('sub', 'c-forests.docx')],
      );
      assert.deepEqual(unread, []);
      // Without the ignore files the excluded folder is walked.
      const all = await findDraftFiles(folder.path);
      assert.ok(all.files.some((file) => file.endsWith('e-superseded.unres')));
    });

    it('names a folder it cannot read, and goes on', async () => {
      const { files, unread } = await findDraftFiles(path.join(folder.path, 'missing'));
      assert.deepEqual(files, []);
      assert.deepEqual(unread, [{ folder: path.join(folder.path, 'missing'), problem: 'no such file or folder' }]);
    });
  });
});

describe('node host: the drafts of a workspace lint', () => {
  let folder: TempFolder;
  beforeEach(() => {
    folder = new TempFolder('unres-workspace-drafts-');
  });
  afterEach(() => folder.remove());

  it('reads the drafts as unres lint finds them: by name or by their text, outside ignored paths, each once', async () => {
    const draft = cleanDraftLines().join('\n');
    folder.write('water.unres', draft);
    folder.write('forests.md', draft);
    folder.write('notes.md', ['# Notes', '', '```', draft, '```', ''].join('\n'));
    folder.write('archive/old.unres', draft);
    folder.write('.unresignore', 'archive/\n');
    folder.write('sub/oceans.txt', draft);
    const host = createNodeServerHost(folder.path);
    const uris = [pathToFileURL(folder.path).href, pathToFileURL(path.join(folder.path, 'sub')).href];
    const found = (await host.workspaceResolutions(uris))?.files ?? [];
    assert.deepEqual(
      found.map((file) => path.relative(folder.path, fileURLToPath(file.uri))),
      ['forests.md', path.join('sub', 'oceans.txt'), 'water.unres'],
    );
    assert.equal(found[0].text, draft);
  });
});
