import * as assert from 'node:assert/strict';
import { CLEAN } from '../support/footnoteDrafts';
import { findings, lineOf } from '../support/ruleFindings';

describe('UNR020 footnote-definition', () => {
  it('finds a mark without its footnote, at its line', () => {
    const text = CLEAN.replace('Development,³', 'Development,⁴');
    assert.deepEqual(findings(text, 'UNR020').map((f) => [f.severity, lineOf(text, f.span.start), f.message]), [['error', 5, 'Footnote 4 is marked here but has no footnote.']]);
  });

  it('is silent when every mark has its footnote', () => {
    assert.deepEqual(findings(CLEAN, 'UNR020'), []);
  });
});
