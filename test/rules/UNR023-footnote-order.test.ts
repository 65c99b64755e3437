import * as assert from 'node:assert/strict';
import { applyEdits, fixText, parseResolution, renumberFootnotes } from '../../server/src/core';
import { definitions } from '../support/footnoteDrafts';
import { assertFixedTo, blocks, findings, lineOf, OPENING } from '../support/ruleFindings';

describe('UNR023 footnote-order and Renumber footnotes', () => {
  it('finds footnotes out of reading order after a paragraph moved, and renumbers them with their texts', () => {
    // The second preambular paragraph was moved above the first: its footnote 3 now comes first.
    const text = blocks(
      OPENING,
      '*Reaffirming* the 2030 Agenda for Sustainable Development,³',
      '*Recalling* the United Nations Convention against Transnational Organized Crime,¹ and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children,²',
      '¹ United Nations, *Treaty Series*, vol. 2225, No. 39574.\n² *Ibid.*, vol. 2237, No. 39574.\n³ Resolution 70/1.',
      '1. *Requests* the Secretary-General to submit a report on the implementation of the present resolution.',
    );
    const found = findings(text, 'UNR023');
    assert.ok(found.length >= 1);
    assert.equal(lineOf(text, found[0].span.start), 3);
    assert.equal(found[0].fixes[0].title, 'Renumber footnotes');
    const fixed = applyEdits(text, found[0].fixes[0].edits).text;
    assert.ok(fixed.includes('Development,¹'));
    assert.ok(fixed.includes('Organized Crime,² and'));
    assert.ok(fixed.includes('Children,³'));
    assert.deepEqual(definitions(fixed), ['1 Resolution 70/1.', '2 United Nations, *Treaty Series*, vol. 2225, No. 39574.', '3 *Ibid.*, vol. 2237, No. 39574.']);
    assert.deepEqual(findings(fixed, 'UNR023'), []);
    assert.deepEqual(renumberFootnotes(parseResolution(fixed)), [], 'renumbering again changes nothing');
  });

  it('closes a gap left by a deleted footnote, keeping the same set of definitions', () => {
    const text = blocks(OPENING, '*Recalling* its resolution 70/1,¹', '*Noting* the report of the Secretary-General,³', '¹ Resolution 70/1.', '³ A/79/161.', '1. *Decides* to remain seized of the matter.');
    assert.match(findings(text, 'UNR023')[0].message, /Footnote 3 follows footnote 1: footnote 2 is missing\./);
    const fixed = fixText(text).text;
    assert.deepEqual(definitions(fixed), ['1 Resolution 70/1.', '2 A/79/161.']);
    assert.ok(fixed.includes('Secretary-General,²'));
  });

  it('renumbers markdown footnotes "[^n]" in their own form', () => {
    const text = blocks(OPENING, '*Recalling* its resolution 70/1,[^2]', '*Noting* the report of the Secretary-General,[^1]', '[^1]: A/79/161.', '[^2]: Resolution 70/1.', '1. *Decides* to remain seized of the matter.');
    const fixed = fixText(text).text;
    assert.ok(fixed.includes('70/1,[^1]') && fixed.includes('Secretary-General,[^2]'));
    assert.deepEqual(definitions(fixed), ['1 Resolution 70/1.', '2 A/79/161.']);
  });

  it('is silent on footnotes in reading order, and says which footnote the reader meets first, at its line', () => {
    const ordered = blocks(OPENING, '*Recalling* its resolution 79/12 on road safety,¹', '*Reaffirming* the 2030 Agenda for Sustainable Development,²', '¹ Resolution 79/12.\n² Resolution 70/1.', '1. *Decides* to remain seized of the matter.');
    assert.deepEqual(findings(ordered, 'UNR023'), []);
    const moved = blocks(OPENING, '*Reaffirming* the 2030 Agenda for Sustainable Development,²', '*Recalling* its resolution 79/12 on road safety,¹', '¹ Resolution 79/12.\n² Resolution 70/1.', '1. *Decides* to remain seized of the matter.');
    assert.deepEqual(findings(moved, 'UNR023').map((f) => [lineOf(moved, f.span.start), f.message]), [
      [3, 'Footnote 2 is the 1st footnote the reader meets: footnotes are numbered in the order of their marks.'],
      [5, 'Footnote 1 is the 2nd footnote the reader meets: footnotes are numbered in the order of their marks.'],
    ]);
    assertFixedTo(moved, 'UNR023', blocks(OPENING, '*Reaffirming* the 2030 Agenda for Sustainable Development,¹', '*Recalling* its resolution 79/12 on road safety,²', '¹ Resolution 70/1.\n² Resolution 79/12.', '1. *Decides* to remain seized of the matter.'));
  });
});
