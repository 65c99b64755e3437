import * as assert from 'node:assert/strict';
import { applyEdits, insertFootnote, lint, parseResolution } from '../../server/src/core';
import { CLEAN, definitions } from '../support/footnoteDrafts';

describe('footnote rules on a clean draft', () => {
  it('report nothing', () => {
    const found = lint(parseResolution(CLEAN)).filter((f) => f.ruleId >= 'UNR020' && f.ruleId <= 'UNR026');
    assert.deepEqual(found.map((f) => f.message), []);
  });
});

describe('Insert footnote', () => {
  it('puts the next number at the cursor, renumbers the notes after it and places an empty definition in order', () => {
    const offset = CLEAN.indexOf(' and the Protocol') - 1;
    const insertion = insertFootnote(parseResolution(CLEAN), CLEAN.indexOf('Organized Crime') + 'Organized'.length);
    assert.ok(insertion);
    assert.equal(insertion.number, 1);
    const text = applyEdits(CLEAN, insertion.edits).text;
    assert.ok(text.includes('Organized¹ Crime,² and the Protocol'));
    assert.ok(text.includes('Children,³'));
    assert.deepEqual(definitions(text), ['1 ', '2 United Nations, *Treaty Series*, vol. 2225, No. 39574.', '3 *Ibid.*, vol. 2237, No. 39574.', '4 Resolution 70/1.']);
    assert.equal(text.slice(insertion.definitionOffset - 2, insertion.definitionOffset), '¹ ');
    assert.equal(insertFootnote(parseResolution(CLEAN), offset + 1), undefined, 'no mark right after "¹": "¹²" would read as 12');
  });

  it('inserts into a paragraph after its text and keeps every definition', () => {
    const offset = CLEAN.indexOf(' for Sustainable Development');
    const insertion = insertFootnote(parseResolution(CLEAN), offset);
    assert.ok(insertion);
    assert.equal(insertion.number, 3);
    const text = applyEdits(CLEAN, insertion.edits).text;
    assert.ok(text.includes('2030 Agenda³ for Sustainable Development,⁴'));
    assert.deepEqual(definitions(text), ['1 United Nations, *Treaty Series*, vol. 2225, No. 39574.', '2 *Ibid.*, vol. 2237, No. 39574.', '3 ', '4 Resolution 70/1.']);
    assert.equal(text.slice(insertion.definitionOffset - 2, insertion.definitionOffset), '³ ');
  });
});
