import * as assert from 'node:assert/strict';
import { CLEAN } from '../support/footnoteDrafts';
import { blocks, findings, lineOf, OPENING } from '../support/ruleFindings';

describe('UNR022 footnote-duplicates', () => {
  it('finds a number defined twice and a mark used twice', () => {
    const text = CLEAN.replace('Children,²', 'Children,¹').replace('³ Resolution 70/1.', '³ Resolution 70/1.\n³ Resolution 70/1.');
    assert.deepEqual(findings(text, 'UNR022').map((f) => [lineOf(text, f.span.start), f.message.slice(0, 40)]), [
      [3, 'Footnote 1 is marked a second time: UN t'],
      [10, 'Footnote 3 is defined twice: each number'],
    ]);
  });

  it('accepts a mark repeated after the same title, which points back to its footnote', () => {
    const text = blocks(
      OPENING,
      '*Reaffirming* the applicability of the Fourth Geneva Convention of 12 August 1949,¹ to the territory,',
      '¹ United Nations, *Treaty Series*, vol. 75, No. 973.',
      '1. *Reaffirms* that the provisions of the Fourth Geneva Convention of 12 August 1949,¹ continue to apply, and recalls its Protocols,¹',
    );
    assert.deepEqual(findings(text, 'UNR022').map((f) => [lineOf(text, f.span.start), f.message.slice(0, 40)]), [[7, 'Footnote 1 is marked a second time: UN t']]);
  });

  it('is silent when each footnote is defined and marked once, and says why a second definition is wrong', () => {
    assert.deepEqual(findings(CLEAN, 'UNR022'), []);
    const text = CLEAN.replace('³ Resolution 70/1.', '³ Resolution 70/1.\n³ Resolution 70/1.');
    assert.deepEqual(findings(text, 'UNR022').map((f) => [lineOf(text, f.span.start), f.message]), [[10, 'Footnote 3 is defined twice: each number has one footnote.']]);
    const marked = CLEAN.replace('Children,²', 'Children,¹');
    assert.deepEqual(findings(marked, 'UNR022').map((f) => [lineOf(marked, f.span.start), f.message]), [
      [3, 'Footnote 1 is marked a second time: UN texts mark each footnote once and repeat a source with a new footnote or *Ibid.*'],
    ]);
  });
});
