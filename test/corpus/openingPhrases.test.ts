import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseResolution } from '../../server/src/core';
import { REPO_ROOT } from '../support/paths';

/**
 * Every opening phrase of the official texts in ../shared/official (adopted resolutions and
 * drafts) that the parser reads as a paragraph's opener is in the vocabulary, and in the
 * vocabulary of its own part but for the openers listed here: the vocabulary was mined from these
 * texts (scripts/mine-openers.mjs), and an opener it does not know is a gap in the list, not a
 * defect of an edited text.
 */
const OFFICIAL = path.resolve(__dirname, '../../../../shared/official');

/** The openers read in the other part's vocabulary: file, part, opener, and why. */
const EXPECTED: ReadonlyArray<[string, string, string]> = [
  // Real defect of the draft A/C.2/80/L.15: "*Reiterates its appreciation* for …," opens a preambular paragraph.
  ['a-c-2-80-l-15.md', 'preambular', 'Reiterates'],
  // Real defect: "14. *Looking forward* to the third United Nations Conference …;": a participle opens an operative paragraph, no operative verb follows.
  ['a-res-79-236.md', 'operative', 'Looking forward'],
  // "2. *Alarmed by* the sharp reductions in funding …, calls upon …": the participle leads into the verb (UNR002 accepts it).
  ['a-res-80-187.md', 'operative', 'Alarmed'],
  // Known limit: section XXIV of the budget opens with an unnumbered "*Recalls* …," before its paragraphs 1 and 2.
  ['a-res-80-243.md', 'preambular', 'Recalls'],
];

describe('opening phrases of the official texts', function () {
  this.timeout(60000);

  it('are all in the vocabulary of their part, but for the openers listed', function () {
    if (!fs.existsSync(OFFICIAL)) this.skip();
    const files = fs.readdirSync(OFFICIAL).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
    assert.ok(files.length > 500, `${files.length} official texts`);
    const found: Array<[string, string, string]> = [];
    let openers = 0;
    for (const file of files) {
      const doc = parseResolution(fs.readFileSync(path.join(OFFICIAL, file), 'utf8'));
      for (const p of [...doc.preamble, ...doc.operative]) {
        if (!p.opener) continue;
        openers++;
        if (p.opener.vocabulary !== p.kind) found.push([file, p.kind, p.opener.text]);
      }
    }
    assert.ok(openers > 20000, `${openers} openers read`);
    assert.deepEqual(found, EXPECTED);
  });

  it('name, for each entry of the vocabulary with a symbol, an official text that uses it (scripts/mine-openers.mjs --check)', function () {
    if (!fs.existsSync(OFFICIAL)) this.skip();
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'mine-openers.mjs'), '--check'], { encoding: 'utf8', timeout: 60000 });
    assert.equal(run.status, 0, run.stdout.split('\n').filter((line) => line.includes('"')).join('\n'));
    assert.match(run.stdout, /^0 problem\(s\) in the symbols of the vocabulary$/m);
  });
});
