import * as assert from 'node:assert/strict';
import { CLEAN } from '../support/footnoteDrafts';
import { findings, lineOf } from '../support/ruleFindings';

describe('UNR021 footnote-unreferenced', () => {
  it('finds a footnote without its mark, at its line', () => {
    const text = CLEAN.replace('Development,³', 'Development,⁴');
    assert.deepEqual(findings(text, 'UNR021').map((f) => [f.severity, lineOf(text, f.span.start), f.message]), [['warning', 9, 'Footnote 3 is not marked anywhere in the text.']]);
  });

  it('is silent when every footnote is marked', () => {
    assert.deepEqual(findings(CLEAN, 'UNR021'), []);
  });
});
