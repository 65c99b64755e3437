import * as assert from 'node:assert/strict';
import { parseResolution } from '../../server/src/core';
import { blocks, findings, fixAll, lineOf } from '../support/ruleFindings';

const NUMBERED = blocks(
  'The General Assembly,',
  '*Recalling* its previous resolutions on the subject,',
  '1. *Urges* Member States to ratify the Convention;',
  '2. *Invites* the regional commissions to share good practices, including those mentioned in paragraph 1 above;',
  '4. *Encourages* the Secretary-General to take the measures set out in paragraphs 2 and 4 of the present resolution, consistent with paragraph 29 of resolution 64/293;',
  '5. *Requests* the Secretary-General to report on the implementation of paragraph 4 (a) above:',
  '(a) On the measures taken;',
  '(c) On the resources needed.',
);

describe('UNR001 operative-numbering', () => {
  it('finds a skipped number at its line, with the renumber fix', () => {
    const found = findings(NUMBERED, 'UNR001');
    assert.deepEqual(found.map((f) => [f.message, lineOf(NUMBERED, f.span.start)]), [
      ['Paragraph 4 follows paragraph 2: paragraph 3 is missing.', 9],
      ['Sub-paragraph (c) stands where (b) belongs: sub-paragraphs run (a), (b), (c) ...', 15],
    ]);
    assert.equal(found[0].fixes[0].title, 'Renumber paragraphs');
  });

  it('reads paragraph numbers of any size as numbers, so renumbering settles at once', () => {
    // Issue 15's reproducer: "10000." was not read as a number, and each fix wrote "2. " before it.
    const text = blocks('The General Assembly,', '1. *Decides* to establish a trust fund;', '10000. *Requests* a report on the trust fund, as set out in paragraph 10000 above;', '123456789012. *Decides* to remain seized of the matter.');
    assert.deepEqual(parseResolution(text).operative.map((p) => p.number?.text), ['1', '10000', '123456789012']);
    const fixed = fixAll(text, 'UNR001');
    assert.equal(fixed, text.replace('10000. *Requests*', '2. *Requests*').replace('paragraph 10000 above', 'paragraph 2 above').replace('123456789012.', '3.'));
    assert.equal(fixAll(fixed, 'UNR001'), fixed);
  });

  it('renumbers the paragraphs and the references to them, and nothing else', () => {
    const fixed = fixAll(NUMBERED, 'UNR001');
    const expected = NUMBERED.replace('4. *Encourages*', '3. *Encourages*')
      .replace('paragraphs 2 and 4 of the present', 'paragraphs 2 and 3 of the present')
      .replace('5. *Requests*', '4. *Requests*')
      .replace('paragraph 4 (a) above', 'paragraph 3 (a) above')
      .replace('(c) On the resources', '(b) On the resources');
    assert.equal(fixed, expected);
    assert.ok(fixed.includes('paragraph 29 of resolution 64/293'), 'a reference to another document is left alone');
    assert.deepEqual(findings(fixed, 'UNR001'), []);
    assert.equal(fixAll(fixed, 'UNR001'), fixed, 'fixing twice changes nothing');
  });

  it('finds repeats, disorder, a first number other than 1, and a paragraph without a number', () => {
    const text = blocks('The General Assembly,', '2. *Urges* Member States to act;', '2. *Invites* States to act;', '1. *Decides* to act;', '*Requests* a report.');
    assert.deepEqual(findings(text, 'UNR001').map((f) => f.message), [
      'The operative paragraphs start at 2: the first is numbered 1.',
      'Paragraph 2 is numbered twice.',
      'Paragraph 1 comes after paragraph 2: the numbers are out of order.',
      'This operative paragraph has no number: the operative paragraphs are numbered 1, 2, 3 ...',
    ]);
    const fixed = fixAll(text, 'UNR001');
    assert.equal(fixed, blocks('The General Assembly,', '1. *Urges* Member States to act;', '2. *Invites* States to act;', '3. *Decides* to act;', '4. *Requests* a report.'));
  });

  it('accepts a lone unnumbered paragraph, and "5 bis" in a draft but not in an adopted text', () => {
    assert.deepEqual(findings(blocks('The General Assembly,', '*Decides* to include the item in its provisional agenda.'), 'UNR001'), []);
    const draft = blocks('The General Assembly,', '1. *Urges* States to act;', '1 bis. *Invites* States to act;', '2. *Decides* to remain seized of the matter.');
    assert.deepEqual(findings(draft, 'UNR001'), []);
    const adopted = blocks('Resolution adopted by the General Assembly on 3 December 2026', draft.trim(), '*60th plenary meeting\n3 December 2026*');
    const found = findings(adopted, 'UNR001');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /"1 bis" stands in an adopted text/);
    assert.equal(fixAll(adopted, 'UNR001'), adopted.replace('1 bis. *Invites*', '2. *Invites*').replace('2. *Decides*', '3. *Decides*'));
  });
});
