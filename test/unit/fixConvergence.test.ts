import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fixText, lint, parseResolution } from '../../server/src/core';
import { MASTHEAD_LINES, OPENING_LINE } from '../support/drafts';
import { generatedDraft } from '../support/generatedDrafts';
import { assertFixConverges, changeOutsideEdits, fixPass } from '../support/fixConvergence';

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

  it('renumbers footnotes in the first pass, before the fixes of the texts it moves (a draft the property found)', () => {
    // Fix-all took the Ibid. and citation fixes of footnotes 1 and 2 first, renumbered the footnotes in a second pass,
    // and the footnotes the renumbering brought side by side asked for an "Ibid." in a third.
    const draft = [
      "General Assembly\r",
      "\r",
      "4 November 2026\r",
      "\r",
      "Agenda item 19 (c)\r",
      "\r",
      "Sustainable development\r",
      "\r",
      "Clean cooking in rural households\r",
      "\r",
      "*The General Assembly*,\r",
      "\r",
      "*Reaffirming further* to include in the provisional agenda of its eighty-second session the item entitled “Sustainable development”,\r",
      "\r",
      "*recalling* the United Nations Framework Convention on Climate Change ,¹\r",
      "\r",
      "¹ United Nations, *Treaty Series*, vol. 1760, No. 30619.\r",
      "\r",
      "[^2]: Ibid.\r",
      "\r",
      "*Having considered* its resolution 77/162 of 14 December 2022 on the protection of coastal wetlands,[^3]\r",
      "\r",
      "[^4]: *Ibid.*\r",
      "\r",
      "*Noting with concern* its resolution 77/162 of 14 December 2022 on the protection of coastal wetlands,⁴⁵\r",
      "\r",
      "⁴ *Ibid.*\r",
      "\r",
      "⁵ See resolution 70/1.\r",
      "\r",
      "*Recognizes* to include in the provisional agenda of its eighty-second session the item entitled “Sustainable development”;\r",
      "\r",
      "2. *Urge* the United Nations Framework Convention on Climate Change;\r",
      "\r",
      "Part one\r",
      " \r",
      "1. *Decides also* the Secretary-General to report to the General Assembly at its eighty-third session on the implementation of paragraphs 1 and 3 of the present resolution;⁶[^7]⁸\r",
      "\r",
      "⁶ United Nations, *Treaty Series*, vol. 1760, No. 30619.\r",
      "\r",
      "[^7]: United Nations, *Treaty Series*, vol. 1760, No. 30619.\r",
      "\r",
      "⁸ Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 25 (A/79/25).\r",
      "\r",
      "III. Follow-up\r",
      "\r",
      "4. *Stresses* Member States to share data on the exposure of coastal settlements to storm surges.\r",
      "\r",
      "*51st plenary meeting*\r",
      "*9 December 2026*\r",
      "",
    ].join('\n');
    assertFixConverges(draft, 'the draft');
  });

  const draft = (...lines: string[]): string => [...MASTHEAD_LINES, '', OPENING_LINE, '', ...lines, ''].join('\n');

  it('adds a full stop to a footnote that renumbering moves only after the move (no "70/1..")', () => {
    // Renumbering writes the text of footnote 2 ("Resolution 70/1.") where footnote 1 stood, at whose end UNR024 added ".".
    const text = draft(
      '*Recalling* the United Nations Framework Convention on Climate Change,¹ and its resolution 70/1,²',
      '',
      '² Resolution 70/1.',
      '',
      '¹ United Nations, *Treaty Series*, vol. 1771, No. 30822',
      '',
      '1. *Decides* to remain seized of the matter.',
    );
    const fixed = assertFixConverges(text, 'the draft');
    assert.match(fixed, /^¹ United Nations, \*Treaty Series\*, vol\. 1771, No\. 30822\.$/m);
    assert.match(fixed, /^² Resolution 70\/1\.$/m);
    assert.equal(fixText(text).text, fixed);
  });

  it('leaves a preambular paragraph standing in the operative part unnumbered and unworded (UNR003 reports it)', () => {
    const text = draft(
      '*Recalling* its resolution 70/1,',
      '',
      '1. *Decides* to remain seized of the matter;',
      '',
      '*Recalling also* its resolution 77/162 of 14 December 2022,',
      '',
      '2. *Requests* the Secretary-General to report to it at its eighty-first session.',
    );
    assert.deepEqual(lint(parseResolution(text)).map((f) => f.ruleId), ['UNR003']);
    assert.equal(fixText(text).text, text);
  });

  it('writes the verb a misspelling fix offers in italics, in one pass; in a paragraph wholly in italics only the word', () => {
    const text = draft(
      '*Recalling* its resolution 70/1,',
      '',
      '1. Decdes to remain seized of the matter;',
      '',
      '2. *Also reqeusts* the Secretary-General to report to it at its eighty-first session;',
      '',
      '3. *Encouages Member States to share data on the exposure of coastal settlements to storm surges.*',
    );
    const once = fixPass(text).text;
    assert.match(once, /^1\. \*Decides\* to remain/m);
    assert.match(once, /^2\. \*Also requests\* the Secretary-General/m);
    // Whether the italics of a whole paragraph go is UNR004's finding, made on its own.
    assert.match(once, /^3\. \*Encourages Member States to share data on the exposure of coastal settlements to storm surges\.\*$/m);
    assertFixConverges(text, 'the draft');
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
