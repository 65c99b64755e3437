import * as assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/core';
import { CLEAN } from '../support/footnoteDrafts';
import { findings, lineOf } from '../support/ruleFindings';

describe('UNR026 ibid-suggested', () => {
  it('suggests Ibid. where a Treaty Series footnote follows another, at information level', () => {
    const text = CLEAN.replace('² *Ibid.*, vol. 2237', '² United Nations, *Treaty Series*, vol. 2237');
    const found = findings(text, 'UNR026');
    assert.deepEqual(found.map((f) => [f.severity, lineOf(text, f.span.start)]), [['information', 8]]);
    assert.equal(applyEdits(text, found[0].fixes[0].edits).text, CLEAN);
  });
});
