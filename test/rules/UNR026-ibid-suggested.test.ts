import * as assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core';
import { CLEAN } from '../support/footnoteDrafts';
import { assertFixedTo, findings, lineOf } from '../support/ruleFindings';

describe('UNR026 ibid-suggested', () => {
  it('suggests Ibid. where a Treaty Series footnote follows another, at information level', () => {
    const text = CLEAN.replace('² *Ibid.*, vol. 2237', '² United Nations, *Treaty Series*, vol. 2237');
    const found = findings(text, 'UNR026');
    assert.deepEqual(found.map((f) => [f.severity, lineOf(text, f.span.start)]), [['information', 8]]);
    assert.equal(applyEdits(text, found[0].fixes[0].edits).text, CLEAN);
  });

  it('is silent where the repeated source is already an Ibid., and says what Ibid. would replace', () => {
    assert.deepEqual(findings(CLEAN, 'UNR026'), []);
    const text = CLEAN.replace('² *Ibid.*, vol. 2237', '² United Nations, *Treaty Series*, vol. 2237');
    assert.deepEqual(findings(text, 'UNR026').map((f) => [lineOf(text, f.span.start), f.message]), [
      [8, 'Footnote 2 repeats "United Nations, Treaty Series" from footnote 1 just before it: "Ibid." can take its place.'],
    ]);
    assertFixedTo(text, 'UNR026', CLEAN);
  });
});
