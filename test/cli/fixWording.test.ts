import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TempFolder } from '../support/tempFolder';
import { runUnres } from './runUnres';

/** A published resolution in ../shared/corpus, read at run time (never copied into the project). */
const SHARED = path.resolve(__dirname, '../../../../shared');
const A_RES_80_6 = path.join(SHARED, 'corpus', '01-a-res-80-6.md');

/** The words of a text, in order, without marks, spacing or italics. */
const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];

describe('unres lint --fix and the wording of a text', function () {
  this.timeout(30000);

  it('leaves the repeated "*Recalls*" of A/RES/80/6 as it is: a hint never rewords a text', function () {
    if (!fs.existsSync(A_RES_80_6)) this.skip();
    const folder = new TempFolder('unres-fix-wording-');
    try {
      const original = fs.readFileSync(A_RES_80_6, 'utf8');
      const copy = folder.write('a-res-80-6.md', original);
      const before = runUnres(['lint', '--format', 'json', copy], folder.path);
      const hints = (JSON.parse(before.stdout) as Array<{ diagnostics: Array<{ rule: string }> }>).flatMap((file) => file.diagnostics).filter((d) => d.rule === 'UNR007');
      assert.ok(hints.length > 0, 'the text repeats "Recalls", and UNR007 suggests "Also recalls"');
      runUnres(['lint', '--fix', copy], folder.path);
      const fixed = fs.readFileSync(copy, 'utf8');
      assert.match(fixed, /^14\. \*Recalls\* the guidance/m);
      assert.match(fixed, /^15\. \*Recalls\* the Relationship Agreement/m);
      assert.deepEqual(wordsOf(fixed), wordsOf(original));
    } finally {
      folder.remove();
    }
  });
});
