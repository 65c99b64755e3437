import * as assert from 'node:assert/strict';
import { parseResolution } from '../../server/src/core';
import { blocks, findings, lineOf, OPENING } from '../support/ruleFindings';

/** The masthead of a Third Committee draft, down to its agenda item. */
const MASTHEAD = ['General Assembly', 'Distr.: Limited\n3 November 2026', 'Original: English', 'Eighty-first session\nThird Committee\nAgenda item 28\nAdvancement of women'];
const SPONSORS = 'Chile, Ghana and Norway: draft resolution';
const TITLE = 'Access to safe drinking water for rural women and girls';

const reported = (text: string): Array<[string, number, string]> =>
  findings(text, 'UNR000').map((f) => [f.severity, lineOf(text, f.span.start), f.message]);

describe('UNR000 parse-problem', () => {
  it('is silent on a draft whose every line has its place', () => {
    const text = blocks(...MASTHEAD, SPONSORS, TITLE, OPENING, '*Recalling* its resolution 70/1 of 25 September 2015,', '1. *Urges* Member States to ratify the Convention;', '2. *Decides* to remain seized of the matter.');
    assert.deepEqual(reported(text), []);
  });

  it('reports a line of the masthead it does not know, quoting it', () => {
    const text = blocks(...MASTHEAD, SPONSORS, 'Rev. per informal consultations', TITLE, OPENING, '*Recalling* its resolution 70/1,', '1. *Decides* to remain seized of the matter.');
    assert.deepEqual(reported(text), [['information', 15, 'This line is not part of a resolution\'s masthead or title: "Rev. per informal consultations".']]);
  });

  it('reports italics never closed at the number of their paragraph', () => {
    const text = blocks(OPENING, '*Recalling* its resolution 70/1 of 25 September 2015,', '1. *Urges Member States to ratify the Convention;', '2. *Decides* to remain seized of the matter.');
    assert.deepEqual(reported(text), [['information', 5, 'Italics opened in paragraph 1 are never closed.']]);
  });

  it('reports a note left after the closing lines of an adopted text', () => {
    const text = blocks(
      'Resolution adopted by the General Assembly on 3 December 2026',
      OPENING,
      '*Recalling* its resolution 70/1,',
      '1. *Decides* to remain seized of the matter.',
      '*60th plenary meeting\n3 December 2026*',
      'Comments from the delegation of Chile are due by Friday.',
    );
    assert.deepEqual(reported(text), [['information', 12, 'This text stands after the closing lines (meeting and date) of the resolution.']]);
  });

  it('reads the Human Rights Council\'s record of the vote after the closing lines, and reports what follows it', () => {
    const text = blocks(
      'Resolution adopted by the Human Rights Council on 3 April 2026',
      'The Human Rights Council,',
      '*Recalling* its resolution 55/12 of 4 April 2024,',
      '1. *Decides* to continue its consideration of the question.',
      '*52nd meeting\n3 April 2026*',
      '[Adopted by a recorded vote of 31 to 11, with 5 abstentions. The voting was as follows:',
      '*In favour:*\nAlgeria, Bangladesh, Brazil, Chile, Ghana',
      '*Against:*\nGermany, Japan',
      '*Abstaining:*\nGeorgia]',
    );
    assert.deepEqual(reported(text), []);
    const doc = parseResolution(text);
    assert.equal(text.slice(doc.closing!.voteRecord!.start, doc.closing!.voteRecord!.end).slice(-8), 'Georgia]');
    assert.deepEqual(reported(`${text}\nDraft prepared by the secretariat.\n`), [['information', 23, 'This text stands after the closing lines (meeting and date) of the resolution.']]);
    assert.deepEqual(reported(text.replace('[Adopted by a recorded vote of 31 to 11, with 5 abstentions. The voting was as follows:\n\n*In favour:*\nAlgeria, Bangladesh, Brazil, Chile, Ghana\n\n*Against:*\nGermany, Japan\n\n*Abstaining:*\nGeorgia]', '[Adopted without a vote.]')), []);
  });

  it('passes over the line drawn above the footnotes of the last page, after the closing lines', () => {
    for (const rule of ['______________', '---', '———']) {
      const text = blocks(
        'Resolution adopted by the General Assembly on 3 December 2026',
        OPENING,
        '*Recalling* its resolution 70/1,¹',
        '1. *Decides* to remain seized of the matter.',
        '*60th plenary meeting\n3 December 2026*',
        `${rule}\n¹ See A/81/201.`,
      );
      assert.deepEqual(reported(text), [], rule);
    }
  });
});
