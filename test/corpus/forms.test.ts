import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isUnitedNationsText, lint, parseResolution, type ResolutionDocument } from '../../server/src/core';
import { runUnres } from '../cli/runUnres';

/**
 * Every form of General Assembly text in ../shared (resolutions, decisions, amendments, notes) is
 * read for what it is: none is refused, none makes the analysis throw, and each amendment names
 * paragraphs that exist in the draft it amends, when that draft is here too.
 */
const SHARED = path.resolve(__dirname, '../../../../shared');

function textsIn(folder: string): string[] {
  return fs
    .readdirSync(path.join(SHARED, folder))
    .filter((f) => (f.endsWith('.md') || f.endsWith('.txt')) && f !== 'README.md')
    .map((f) => `${folder}/${f}`)
    .sort();
}

const symbolOf = (text: string): string | undefined => /^symbol:\s*(\S+?)\*?\s*$/m.exec(text)?.[1];

describe('corpus: the forms of General Assembly texts', function () {
  if (!fs.existsSync(path.join(SHARED, 'official'))) {
    it(`cannot run: ${SHARED}/official does not exist (the real documents live in ../shared beside the project)`, function () {
      if (process.env.CI) assert.fail(`${SHARED}/official is missing`);
      this.skip();
    });
    return;
  }
  const files = [...textsIn('official'), ...textsIn('corpus'), ...textsIn('samples')];
  const parsed = new Map<string, ResolutionDocument>();
  const read = (file: string): ResolutionDocument => {
    let doc = parsed.get(file);
    if (!doc) parsed.set(file, (doc = parseResolution(fs.readFileSync(path.join(SHARED, file), 'utf8'))));
    return doc;
  };

  it('refuses none of the official texts, and the analysis throws on none', () => {
    const refused: string[] = [];
    for (const file of files) {
      const doc = read(file);
      lint(doc);
      if (!isUnitedNationsText(doc)) refused.push(file);
    }
    assert.deepEqual(refused, []);
  });

  it('reads the amendments, decisions and notes as such, and every adopted resolution as a resolution', () => {
    const kinds = new Map<string, string[]>();
    for (const file of files) {
      const kind = read(file).documentKind;
      if (/a-res-/.test(file)) assert.equal(kind, 'resolution', file);
      kinds.set(kind, [...(kinds.get(kind) ?? []), file]);
    }
    assert.ok((kinds.get('amendment') ?? []).length >= 8, 'the amendments');
    assert.ok((kinds.get('decision') ?? []).length >= 3, 'the draft decisions');
    assert.ok((kinds.get('other') ?? []).length >= 1, 'the notes');
    for (const file of kinds.get('amendment') ?? []) assert.match(read(file).header.sponsorLine?.documentKind.text ?? '', /^amendment/, file);
  });

  it('finds in each amendment instructions that name a paragraph or the title, and the paragraphs they name in the draft amended, when it is here', () => {
    const bySymbol = new Map<string, string>();
    for (const file of files) {
      const symbol = symbolOf(fs.readFileSync(path.join(SHARED, file), 'utf8'));
      if (symbol) bySymbol.set(symbol, file);
    }
    let checked = 0;
    for (const file of files) {
      const doc = read(file);
      if (doc.documentKind !== 'amendment') continue;
      const instructions = doc.amendment!.instructions;
      assert.ok(instructions.length > 0, `${file} has instructions`);
      for (const instruction of instructions) assert.ok(instruction.targets.length > 0, `${file}: an instruction without a target at ${instruction.span.start}`);
      const draftFile = doc.amendment!.amendedSymbol && bySymbol.get(doc.amendment!.amendedSymbol.text);
      if (!draftFile) continue;
      const draft = read(draftFile);
      for (const target of instructions.flatMap((i) => i.targets)) {
        if (target.number === undefined) continue;
        const part = target.part === 'preambular' ? draft.preamble : draft.operative;
        const exists = target.part === 'preambular' ? target.number <= part.length : part.some((p) => p.number?.value === target.number);
        assert.ok(exists, `${file}: ${target.part} paragraph ${target.number} exists in ${draftFile}`);
        checked++;
      }
    }
    assert.ok(checked >= 5, `targets checked against their drafts: ${checked}`);
  });

  it('checks the paragraphs an amendment quotes as paragraphs of their part', () => {
    const quoted = files.filter((f) => read(f).documentKind === 'amendment').flatMap((f) => read(f).amendment!.instructions.flatMap((i) => i.paragraphs));
    assert.ok(quoted.length >= 2, 'amendments quote paragraphs');
    for (const p of quoted) assert.equal(p.opener?.vocabulary, p.kind, `the quoted paragraph "${p.opener?.text}" opens with a phrase of its part`);
  });

  it('unres lint checks every official text, named or found in the folder, and refuses none', function () {
    this.timeout(120000);
    const run = runUnres(['lint', '--format', 'json', path.join(SHARED, 'official')], SHARED);
    assert.equal(run.stderr, '');
    assert.notEqual(run.status, 2);
    const reports = JSON.parse(run.stdout) as Array<{ file: string }>;
    assert.equal(reports.length, textsIn('official').length);
    const named = files.filter((f) => f.startsWith('official/') && read(f).documentKind !== 'resolution');
    const namedRun = runUnres(['lint', ...named], SHARED);
    assert.equal(namedRun.stderr, '');
    assert.notEqual(namedRun.status, 2);
  });
});
