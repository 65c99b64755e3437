import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { generatedDraft } from '../support/generatedDrafts';
import { assertFixConverges, changeOutsideEdits } from '../support/fixConvergence';

/**
 * Fix-all converges on generated drafts: at most two passes, each changing only the text its
 * edits name (see test/support/fixConvergence.ts). The seed is fixed so that every run checks the
 * same drafts; a failure prints the draft fast-check shrank it to.
 */
describe('fix-all convergence on generated drafts (property, fast-check)', function () {
  this.timeout(60_000);

  it('the check finds a change outside the edits, an edit not written and overlapping edits', () => {
    const before = 'Recalling its resolution 70/1,';
    const italicize = [{ span: { start: 0, end: 9 }, newText: '*Recalling*' }];
    assert.equal(changeOutsideEdits(before, italicize, '*Recalling* its resolution 70/1,'), undefined);
    assert.match(changeOutsideEdits(before, italicize, '*Recalling* its resolution 70/1;')!, /after the last edit/);
    assert.match(changeOutsideEdits(before, italicize, '*Recalling*  its resolution 70/1,')!, /after the last edit/);
    assert.match(changeOutsideEdits(before, italicize, 'Recalling its resolution 70/1,')!, /did not write/);
    const both = [...italicize, { span: { start: 10, end: 13 }, newText: 'the' }, { span: { start: 5, end: 12 }, newText: '' }];
    assert.match(changeOutsideEdits(before, both, '')!, /overlaps/);
    const twoEdits = [italicize[0], { span: { start: 29, end: 30 }, newText: ';' }];
    assert.match(changeOutsideEdits(before, twoEdits, '*Recalling* its resolution 71/1;')!, /outside every edit/);
  });

  it('reaches a fixed point in two passes on any generated draft', () => {
    fc.assert(
      fc.property(generatedDraft, (draft) => {
        assertFixConverges(draft, 'the generated draft');
      }),
      { seed: 15, numRuns: 400 },
    );
  });
});
