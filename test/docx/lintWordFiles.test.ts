import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDocx } from '../../server/src/docx';
import { createNodeServerHost } from '../../server/src/node/serverHost';
import { wordTextUri } from '../../shared/wordText';
import { runUnres } from '../cli/runUnres';
import { cleanDraftLines } from '../support/drafts';
import { TempFolder } from '../support/tempFolder';
import { earlyWarningDraft, earlyWarningDraftParts } from '../support/wordDrafts';
import { paragraph, run, wordFile } from '../support/wordFiles';

const UNR002 =
  'warning UNR002 The preambular paragraph opens with "Recalls", an operative verb: preambular paragraphs open with a participle or adjective ("Recalling"). [Word paragraph 14 (“Recalls its previous resolutions on disaster risk reduction,”)]';
const UNR004 = 'warning UNR004 The operative verb "Requests" of paragraph 3 is not in italics. [Word paragraph 19 (“3. Requests the Secretary-General to submit to the General …”)]';
const UNR008 =
  'warning UNR008 Sub-paragraph (b) ends without punctuation: the last sub-paragraph ends with the paragraph\'s own mark, a semicolon. [Word paragraph 18 (“(b) To support the training of local volunteers”)]';

describe('unres lint on Word drafts (.docx)', function () {
  // Each case spawns the command line.
  this.timeout(60_000);
  let folder: TempFolder;

  beforeEach(() => {
    folder = new TempFolder('unres-docx-');
    fs.writeFileSync(path.join(folder.path, 'draft.docx'), earlyWarningDraft());
  });

  afterEach(() => folder.remove());

  /** The findings lines without their line and column, which point into the text read. */
  const findings = (stdout: string): string[] => stdout.trimEnd().split('\n').map((line) => line.replace(/^draft\.docx:\d+:\d+ /, ''));

  it('checks the text with the tracked changes accepted, names the Word paragraph of each finding, and says what the file holds', () => {
    const result = runUnres(['lint', 'draft.docx'], folder.path);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(findings(result.stdout), [UNR002, UNR004]);
    assert.equal(
      result.stderr,
      'unres: draft.docx: Word file with 2 tracked changes read as accepted (--changes original reads the text before them); 1 comment, not part of the text checked\n',
    );
  });

  it('checks the original text with --changes original: the sub-paragraph the facilitator completed lacks its semicolon', () => {
    const result = runUnres(['lint', '--changes', 'original', 'draft.docx'], folder.path);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(findings(result.stdout), [UNR002, UNR008, UNR004]);
    assert.match(result.stderr, /2 tracked changes read as not made \(the original text\)/);
  });

  it('writes the Word paragraph into JSON, with the file’s tracked changes, comments and notices', () => {
    const result = runUnres(['lint', '--format', 'json', 'draft.docx'], folder.path);
    const [file] = JSON.parse(result.stdout);
    assert.deepEqual(file.diagnostics[1].word, {
      paragraph: 19,
      number: '3.',
      firstWords: 'Requests the Secretary-General to submit to the General …',
      description: 'Word paragraph 19 (“3. Requests the Secretary-General to submit to the General …”)',
    });
    assert.equal(file.word.changes, 'accepted');
    assert.equal(file.word.trackedChanges, 2);
    assert.deepEqual(file.word.comments, [
      { author: 'Facilitator', date: '2026-11-02T10:00:00Z', text: 'Some delegations prefer “progressively extend”.', quoted: 'extend early warning coverage', paragraph: 15 },
    ]);
    assert.deepEqual(file.word.notices, []);
  });

  it('writes the Word paragraph into SARIF as a logical location of kind "element" and in a property bag', () => {
    const result = runUnres(['lint', '--format', 'sarif', 'draft.docx'], folder.path);
    const location = JSON.parse(result.stdout).runs[0].results[0].locations[0];
    assert.deepEqual(location.logicalLocations, [
      { kind: 'element', name: 'Word paragraph 14', fullyQualifiedName: 'Word paragraph 14 (“Recalls its previous resolutions on disaster risk reduction,”)' },
    ]);
    assert.equal(location.properties.word.paragraph, 14);
  });

  it('names the Word paragraph of a finding in a footnote', () => {
    const parts = earlyWarningDraftParts();
    fs.writeFileSync(path.join(folder.path, 'draft.docx'), wordFile({ ...parts, footnotes: parts.footnotes!.replace('Resolution 69/283, annex II.', 'resolution 69/283, annex II') }));
    const result = runUnres(['lint', 'draft.docx'], folder.path);
    const noteFindings = findings(result.stdout).filter((line) => line.includes('footnote ¹'));
    assert.ok(noteFindings.length > 0, result.stdout);
    for (const line of noteFindings) assert.match(line, /\[footnote ¹ of Word paragraph 12 \(“Recalling the Sendai Framework/);
  });

  it('reads .docx files in a folder, skips Word’s lock files, and goes on past a refused file with exit status 2', () => {
    fs.writeFileSync(path.join(folder.path, 'broken.docx'), 'not a Word file');
    fs.writeFileSync(path.join(folder.path, '~$draft.docx'), 'lock file of an open document');
    fs.writeFileSync(path.join(folder.path, 'notes.docx'), wordFile({ body: paragraph(run('Notes from the informal consultations.')) }));
    folder.write('other.unres', cleanDraftLines().join('\n') + '\n');
    const result = runUnres(['lint', '--format', 'json', '.'], folder.path);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^unres: broken\.docx: not a zip archive \(a \.docx file is one\)$/m);
    assert.ok(!result.stderr.includes('~$'), result.stderr);
    assert.ok(!result.stderr.includes('notes.docx'), result.stderr);
    assert.deepEqual(
      JSON.parse(result.stdout).map((file: { file: string }) => file.file),
      ['draft.docx', 'other.unres'],
    );
  });

  it('refuses a macro-enabled file named on the command line with its reason', () => {
    fs.writeFileSync(path.join(folder.path, 'draft.docm'), wordFile({ ...earlyWarningDraftParts(), extraEntries: { 'word/vbaProject.bin': new Uint8Array(8) } }));
    const result = runUnres(['lint', 'draft.docm'], folder.path);
    assert.equal(result.status, 2);
    assert.equal(result.stderr, 'unres: draft.docm: macro-enabled Word file (it holds a VBA project): save it as a .docx without macros\n');
  });

  it('never rewrites a Word file with --fix, and says so', () => {
    const before = fs.readFileSync(path.join(folder.path, 'draft.docx'));
    const result = runUnres(['lint', '--fix', 'draft.docx'], folder.path);
    assert.deepEqual(fs.readFileSync(path.join(folder.path, 'draft.docx')), before);
    assert.match(result.stderr, /^unres: draft\.docx: --fix does not rewrite a Word file; its findings are reported$/m);
    assert.deepEqual(findings(result.stdout), [UNR002, UNR004]);
  });

  it('refuses an unknown --changes value', () => {
    const result = runUnres(['lint', '--changes', 'all', 'draft.docx'], folder.path);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown value 'all' for '--changes': use accepted or original/);
  });
});

describe('the language server’s workspace lint and Word files', () => {
  it('finds .docx drafts under the address of their resolution text, reads that text back, gives it the .unres.json beside the file, and names the Word files it cannot read', async () => {
    const folder = new TempFolder('unres-docx-workspace-');
    try {
      const file = path.join(folder.path, 'draft.docx');
      fs.writeFileSync(file, earlyWarningDraft());
      folder.write('other.unres', cleanDraftLines().join('\n') + '\n');
      folder.write('.unres.json', JSON.stringify({ rules: { UNR006: 'off' } }));
      const host = createNodeServerHost(folder.path);
      folder.write('notes/minutes.docx', 'Minutes of the informal consultations, saved as text under a Word name.\n');
      const found = await host.workspaceResolutions([pathToFileURL(folder.path).href]);
      assert.ok(found);
      const text = wordTextUri(pathToFileURL(file).href);
      assert.deepEqual(found.files.map((draft) => draft.uri).sort(), [text, pathToFileURL(path.join(folder.path, 'other.unres')).href].sort());
      assert.deepEqual(found.unreadableWordFiles, [`${path.join('notes', 'minutes.docx')}: not a zip archive (a .docx file is one)`]);
      const read = readDocx(earlyWarningDraft());
      assert.ok(read.ok);
      assert.equal(found.files.find((draft) => draft.uri === text)?.text, read.reading.text);
      // When its text closes in the editor, the server reads the file again.
      assert.equal(await host.readText(text), read.reading.text);
      const original = readDocx(earlyWarningDraft(), { changes: 'original' });
      assert.ok(original.ok);
      assert.equal(await host.readText(wordTextUri(pathToFileURL(file).href, 'original')), original.reading.text);
      assert.deepEqual(host.projectConfig(text)?.config, { UNR006: 'off' });
    } finally {
      folder.remove();
    }
  });
});
