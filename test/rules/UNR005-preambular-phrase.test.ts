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

  it('reports a British spelling at its line, with the spelling UN texts use, and the fix writes it', () => {
    const text = blocks(OPENING, '*Recalling* its resolution 79/12,', '*Recognising* the burden that road traffic crashes place on families,', '1. *Decides* to remain seized of the matter.');
    assert.deepEqual(findings(text, 'UNR005').map((f) => [lineOf(text, f.span.start), f.message]), [
      [5, '"Recognising" is not a standard preambular opening; did you mean "Recognizing"?'],
    ]);
    assertFixedTo(text, 'UNR005', text.replace('*Recognising*', '*Recognizing*'));
  });

  it('is silent on the standard phrases, with their adverbs and "also"', () => {
    const text = blocks(
      OPENING,
      '*Recalling* its resolution 79/12 on road safety,',
      '*Recalling also* the Global Plan for the Decade of Action for Road Safety 2021–2030,',
      '*Deeply concerned* that road traffic crashes remain a leading cause of death among young people,',
      '*Bearing in mind* the Charter of the United Nations,',
      '1. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(findings(text, 'UNR005'), []);
  });
});
