import * as assert from 'node:assert/strict';
import { assertFixedTo, blocks, findings, lineOf, OPENING, quoted } from '../support/ruleFindings';

describe('UNR005 preambular-phrase', () => {
  it('finds an unknown opener with suggestions and fixes it', () => {
    const text = blocks(OPENING, '*Recaling* its resolution 70/1 of 25 September 2015,', '*Bearing in mind* the Charter of the United Nations,', '*Cognisant* of the work of the Special Rapporteur,', '1. *Decides* to remain seized of the matter.');
    const found = findings(text, 'UNR005');
    assert.deepEqual(found.map((f) => [lineOf(text, f.span.start), quoted(text, f), f.fixes[0]?.title]), [
      [3, 'Recaling', 'Change to "Recalling"'],
      [7, 'Cognisant', 'Change to "Cognizant"'],
    ]);
    assertFixedTo(text, 'UNR005', text.replace('*Recaling*', '*Recalling*').replace('*Cognisant*', '*Cognizant*'));
  });

  it('gives no fix for an opener with nothing near it, and is silent on standard phrases', () => {
    const text = blocks(OPENING, '*Whereas* the Charter of the United Nations governs,', '*Having considered* the report,', '1. *Decides* to remain seized of the matter.');
    const found = findings(text, 'UNR005');
    assert.equal(found.length, 1);
    assert.equal(found[0].message, '"Whereas" is not a standard preambular opening.');
    assert.deepEqual(found[0].fixes, []);
  });
});
