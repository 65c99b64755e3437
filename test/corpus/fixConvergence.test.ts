import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { damage, damageText } from '../support/damagedTexts';
import { assertFixConverges } from '../support/fixConvergence';
import { realTexts, type RealText } from '../support/longDrafts';
import { OFFICIAL, officialFiles } from '../support/officialTexts';

/**
 * Fix-all converges on real texts damaged as drafters damage them (blocks deleted, repeated or
 * swapped, a paragraph number or a footnote definition dropped, italics stripped, blocks joined,
 * CRLF, trailing spaces): at most two passes, each changing only the text its edits name (see
 * test/support/fixConvergence.ts). The texts are those of ../shared/samples and ../shared/corpus
 * and a fixed subset of ../shared/official; seeds are fixed, so every run checks the same texts.
 */

/** How many official texts the property runs on: a subset chosen once by a fixed seed, to keep the run short. */
const OFFICIAL_SUBSET = 40;

function officialSubset(): RealText[] {
  const files = officialFiles();
  if (files.length === 0) return [];
  const [chosen] = fc.sample(fc.shuffledSubarray(files, { minLength: Math.min(OFFICIAL_SUBSET, files.length), maxLength: Math.min(OFFICIAL_SUBSET, files.length) }), { seed: 15, numRuns: 1 });
  return chosen.sort().map((name) => ({ file: `official/${name}`, text: fs.readFileSync(path.join(OFFICIAL, name), 'utf8') }));
}

describe('fix-all convergence on damaged real texts (property, fast-check)', function () {
  this.timeout(120_000);
  const texts = [...realTexts(), ...officialSubset()];

  it('reaches a fixed point in two passes on every real text as it is', () => {
    for (const real of texts) assertFixConverges(real.text, real.file);
  });

  it('reaches a fixed point in two passes on real texts damaged at random', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(damage, { minLength: 1, maxLength: 5 }), (real, damages) => {
        assertFixConverges(damages.reduce(damageText, real.text), `${real.file} damaged by ${JSON.stringify(damages)}`);
      }),
      { seed: 15, numRuns: 300 },
    );
  });
});
