import * as assert from 'node:assert/strict';
import { BUNDLED_TREATY_TABLE, endsLongerTitle, parseResolution, treatyFootnotes } from '../../server/src/core';

/** The treaty footnotes of a short draft, each as "label: treaty id" or "label: unmatched (reason)". */
function footnotesOf(draft: string): string[] {
  return treatyFootnotes(parseResolution(draft), BUNDLED_TREATY_TABLE).map((f) => `${f.definition.label}: ${f.mention ? f.mention.treaty.id : `unmatched (${f.reason})`}`);
}

describe('treaty footnotes: the mark must sit on the treaty name', () => {
  it('does not give a declaration\'s footnote to the treaty its title ends with', () => {
    const draft = [
      'The General Assembly,',
      '',
      '*Reaffirming* the Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations,¹',
      '',
      '*Recalling* the International Covenant on Civil and Political Rights,²',
      '',
      '1. *Calls upon* all States to settle their disputes by peaceful means.',
      '',
      '¹ Resolution 2625 (XXV), annex.',
      '² See resolution 2200 A (XXI), annex.',
      '',
    ].join('\n');
    // The first footnote is the Declaration's: no treaty footnote at all. The second is the Covenant's.
    assert.deepEqual(footnotesOf(draft), ['2: iccpr']);
  });

  it('still gives the footnote to a treaty named after a declaration in a list', () => {
    const draft = [
      'The General Assembly,',
      '',
      '*Guided* by the Universal Declaration of Human Rights and the International Covenant on Economic, Social and Cultural Rights,¹',
      '',
      '1. *Urges* States to protect the right to food.',
      '',
      '¹ See resolution 2200 A (XXI), annex.',
      '',
    ].join('\n');
    assert.deepEqual(footnotesOf(draft), ['1: icescr']);
  });

  it('reads the words before a name as the tail of a longer title only when they are one', () => {
    assert.equal(endsLongerTitle('*Recalling* the Declaration on the Rights of Persons Belonging to Minorities, adopted in accordance with the '), false);
    assert.equal(endsLongerTitle('*Reaffirming* the United Nations Declaration of Principles in conformity with the '), true);
    assert.equal(endsLongerTitle('*Recalling* the Universal Declaration of Human Rights and the '), false);
    assert.equal(endsLongerTitle('*Calling upon* the States Parties to the '), false);
    assert.equal(endsLongerTitle('*Welcoming* the entry into force of the '), false);
  });

  it('takes ", of 12 August 1949," between a Geneva Convention\'s title and its mark', () => {
    const draft = [
      'The General Assembly,',
      '',
      '*Recalling* the obligations of all parties under the Geneva Convention relative to the Treatment of Prisoners of War, of 12 August 1949,¹ and the Geneva Convention relative to the Protection of Civilian Persons in Time of War, of 12 August 1949,² as well as under customary international law,',
      '',
      '*Mindful* of the Geneva Conventions of 12 August 1949,³',
      '',
      '1. *Demands* the release of all persons detained in violation of those obligations.',
      '',
      '¹ United Nations, *Treaty Series*, vol. 75, No. 972.',
      '² Ibid., vol. 75, No. 973.',
      '³ Ibid., vol. 75.',
      '',
    ].join('\n');
    const found = footnotesOf(draft);
    assert.equal(found[0], '1: geneva-convention-iii');
    assert.equal(found[1], '2: geneva-convention-iv');
    // The four Conventions together are no one treaty.
    assert.ok(!found.slice(2).some((f) => /geneva-convention/.test(f)), found.join('; '));
  });
});
