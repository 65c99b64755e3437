import * as assert from 'node:assert/strict';
import { treatyNameBefore } from '../../server/src/core';

/** Words of a preamble up to a footnote mark, as drafts write them (the mark itself left out). */
describe('treatyNameBefore: the treaty name a text writes right before a footnote mark', () => {
  it('reads a whole title back to the words of the sentence', () => {
    assert.equal(treatyNameBefore('*Noting* the role of the Convention on International Trade in Endangered Species of Wild Fauna and Flora,'), 'Convention on International Trade in Endangered Species of Wild Fauna and Flora');
    assert.equal(treatyNameBefore('*Recalling also* the Antarctic Treaty'), 'Antarctic Treaty');
    assert.equal(treatyNameBefore('calls upon States to ratify the International Convention for the Safety of Life at Sea, 1974,'), 'International Convention for the Safety of Life at Sea, 1974');
    assert.equal(treatyNameBefore('as well as the International Convention on Standards of Training, Certification and Watchkeeping for Seafarers, 1978,'), 'International Convention on Standards of Training, Certification and Watchkeeping for Seafarers, 1978');
    // The organization a treaty was made in follows its title without being part of it.
    assert.equal(treatyNameBefore('welcoming the accessions to the Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing of the Food and Agriculture Organization of the United Nations'), 'Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing');
  });

  it('keeps what a title holds in parentheses and leaves the sentence words before it', () => {
    assert.equal(treatyNameBefore('encourages States Parties to the Protocol on Explosive Remnants of War (Protocol V),'), 'Protocol on Explosive Remnants of War (Protocol V)');
    assert.equal(treatyNameBefore('and to accede to the Seafarers’ Identity Documents Convention (Revised), 2003 (No. 185)'), 'Seafarers’ Identity Documents Convention (Revised), 2003 (No. 185)');
    // "States Parties to the …": capitals of the sentence, not of the title.
    assert.equal(treatyNameBefore('*Welcoming* the efforts of States Parties to the Antarctic Treaty'), 'Antarctic Treaty');
    // "the 2001 Convention …": the year belongs to the sentence.
    assert.equal(treatyNameBefore('as parties to the 2001 Convention on the Protection of the Underwater Cultural Heritage,'), 'Convention on the Protection of the Underwater Cultural Heritage');
  });

  it('leaves the date a text writes after a title out of it', () => {
    assert.equal(treatyNameBefore('*Recalling* the Geneva Convention on the Protection of Civilian Persons in Time of War, of 12 August 1949,'), 'Geneva Convention on the Protection of Civilian Persons in Time of War');
    assert.equal(treatyNameBefore('calls upon States to accede to the Nairobi International Convention on the Removal of Wrecks, of 18 May 2007'), 'Nairobi International Convention on the Removal of Wrecks');
  });

  it('finds no name where the words before the mark are not a title', () => {
    assert.equal(treatyNameBefore('species listed in the appendices to that Convention,'), undefined);
    assert.equal(treatyNameBefore('in accordance with its national legislation,'), undefined);
    // A title cut by the start of what is read is no title.
    assert.equal(treatyNameBefore('Convention on the Law of the Sea'), undefined);
  });
});
