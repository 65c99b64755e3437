import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseResolution } from '../../server/src/core';
import { readDocx } from '../../server/src/docx';
import { TempFolder } from '../support/tempFolder';
import { runUnres } from './runUnres';

/** A short draft written for these tests. */
const DRAFT = `General Assembly

Distr.: Limited
3 November 2026

Eighty-first session
Third Committee
Agenda item 27

Ghana:\\* draft resolution

\\* On behalf of the Group of African States.

Literacy of adults in rural areas

*The General Assembly*,

*Recognizing* that one adult in seven cannot read a simple text,¹

1. *Calls upon* Member States to fund adult literacy programmes;

2. *Requests* the Secretary-General to report on the matter at its eighty-third session.

¹ See A/81/190.
`;

describe('unres export', function () {
  this.timeout(60000);
  let folder: TempFolder;
  beforeEach(() => {
    folder = new TempFolder('unres-export-');
  });
  afterEach(() => folder.remove());

  it('writes draft.unres as draft.docx beside it, which unres lint reads back as the same draft', () => {
    const draft = folder.write('draft.unres', DRAFT);
    const run = runUnres(['export', '--to', 'docx', 'draft.unres'], folder.path);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    assert.equal(run.stdout, `draft.unres -> draft.docx\n`);
    const read = readDocx(fs.readFileSync(path.join(folder.path, 'draft.docx')));
    assert.ok(read.ok);
    const back = parseResolution(read.reading.text);
    const original = parseResolution(DRAFT);
    assert.deepEqual(
      back.operative.map((paragraph) => [paragraph.number?.text, paragraph.opener?.text]),
      [
        ['1', 'Calls upon'],
        ['2', 'Requests'],
      ],
    );
    assert.deepEqual(back.header.sponsorLine?.sponsors.map((sponsor) => sponsor.text), ['Ghana']);
    assert.deepEqual(back.footnoteDefinitions.map((definition) => definition.label), original.footnoteDefinitions.map((definition) => definition.label));
    assert.equal(fs.readFileSync(draft, 'utf8'), DRAFT, 'the draft is left as it was');
    const lint = runUnres(['lint', '--format', 'json', 'draft.docx'], folder.path);
    assert.equal(lint.status, 0, lint.stderr);
  });

  it('writes where -o says, and names draft.res.md draft.docx', () => {
    folder.write('notes/literacy.res.md', DRAFT);
    const named = runUnres(['export', 'notes/literacy.res.md', '--to=docx', '-o', 'out.docx'], folder.path);
    assert.equal(named.status, 0, named.stderr);
    assert.ok(fs.existsSync(path.join(folder.path, 'out.docx')));
    const beside = runUnres(['export', '--to', 'docx', 'notes/literacy.res.md'], folder.path);
    assert.equal(beside.status, 0, beside.stderr);
    assert.ok(fs.existsSync(path.join(folder.path, 'notes', 'literacy.docx')));
  });

  it('refuses to overwrite the draft, and says why in one line with status 2', () => {
    folder.write('draft.unres', DRAFT);
    const run = runUnres(['export', '--to', 'docx', '-o', './draft.unres', 'draft.unres'], folder.path);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'unres: draft.unres: the output would overwrite the draft: give another name with -o\n');
    assert.equal(fs.readFileSync(path.join(folder.path, 'draft.unres'), 'utf8'), DRAFT);
  });

  it('stops with status 2 and one line for input it cannot write', () => {
    folder.write('draft.unres', DRAFT);
    folder.write('notes.txt', 'Call the delegation of Ghana on Monday.\n');
    const cases: Array<[string[], string]> = [
      [['export', '--to', 'docx', 'missing.unres'], 'unres: missing.unres: no such file or folder\n'],
      [['export', '--to', 'docx', 'notes.txt'], 'unres: notes.txt: not a resolution (no United Nations masthead, opening line or operative paragraphs)\n'],
      [['export', '--to', 'docx', 'draft.docx'], 'unres: draft.docx: already a Word file: export reads a draft in text form (.unres, .md, .txt)\n'],
      [['export', '--to', 'docx', '-o', 'no/such/folder/out.docx', 'draft.unres'], 'unres: no/such/folder/out.docx: cannot write: its folder does not exist\n'],
      [['export', '--to', 'docx', '.'], 'unres: .: a folder: export writes one draft at a time\n'],
      [['export', 'draft.unres'], "unres: 'unres export' needs the format to write: --to docx (see 'unres --help')\n"],
      [['export', '--to', 'pdf', 'draft.unres'], "unres: unknown format 'pdf' for 'unres export': use docx (see 'unres --help')\n"],
      [['export', '--to', 'docx', 'draft.unres', 'other.unres'], "unres: 'unres export' writes one draft at a time (see 'unres --help')\n"],
    ];
    for (const [args, stderr] of cases) {
      const run = runUnres(args, folder.path);
      assert.equal(run.stderr, stderr, args.join(' '));
      assert.equal(run.status, 2, args.join(' '));
    }
    assert.deepEqual(fs.readdirSync(folder.path).sort(), ['draft.unres', 'notes.txt']);
  });

  it('is in unres --help, and unres export --help says what the document holds', () => {
    assert.match(runUnres(['--help'], folder.path).stdout, /export --to docx \[-o OUT\] FILE/);
    const help = runUnres(['export', '--help'], folder.path);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /UN Preambular paragraph, UN Operative\s+paragraph/);
  });
});
