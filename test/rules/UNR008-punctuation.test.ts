import * as assert from 'node:assert/strict';
import { assertFixedTo, blocks, findings, fixAll, lineOf, OPENING, quoted } from '../support/ruleFindings';

describe('UNR008 punctuation', () => {
  const text = blocks(
    OPENING,
    '*Recalling* the United Nations Convention against Transnational Organized Crime¹;',
    '*Bearing in mind* the Charter of the United Nations',
    '1. *Urges* Member States to:',
    '(a) Ratify the Convention,',
    '(b) Implement it fully;',
    '2. *Invites* States to share their experience, entitled “Good practices.”',
    '3. *Encourages* States to cooperate,;',
    '4. *Decides* to remain seized of the matter;',
    '¹ United Nations, *Treaty Series*, vol. 2225, No. 39574.',
  );

  it('finds each wrong mark at its line', () => {
    assert.deepEqual(
      findings(text, 'UNR008').map((f) => [lineOf(text, f.span.start), quoted(text, f)]),
      [
        [3, '¹;'],
        [3, ';'],
        [5, 's'],
        [9, ','],
        [13, '.”'],
        [15, ',;'],
        [17, ';'],
      ],
    );
  });

  it('fixes the marks and nothing else', () => {
    const expected = text
      .replace('Organized Crime¹;', 'Organized Crime,¹')
      .replace('of the United Nations\n', 'of the United Nations,\n')
      .replace('(a) Ratify the Convention,', '(a) Ratify the Convention;')
      .replace('“Good practices.”', '“Good practices”;')
      .replace('cooperate,;', 'cooperate;')
      .replace('seized of the matter;', 'seized of the matter.');
    // The footnote mark and the semicolon are one place: a first pass moves the mark, a second replaces the mark.
    const once = fixAll(text, 'UNR008');
    assertFixedTo(once, 'UNR008', expected);
  });

  it('reads a mark written twice (",," and ";;") as two marks, and puts one in their place in one fix', () => {
    // Found by the convergence property: ",," was read as one comma, replaced by ";" into ",;", fixed in a further pass.
    const doubled = blocks(
      OPENING,
      '*Noting* the report of the Secretary-General,,',
      '1. *Welcomes* the work of the regional commissions,,',
      '2. *Encourages* States to share good practices;;',
      '3. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(
      findings(doubled, 'UNR008').map((f) => quoted(doubled, f)),
      [',,', ',,', ';;'],
    );
    assertFixedTo(doubled, 'UNR008', doubled.replace('General,,', 'General,').replace('commissions,,', 'commissions;').replace('practices;;', 'practices;'));
  });

  it('accepts chapeaux, items, the last full stop and commas between preambular items', () => {
    const clean = blocks(
      OPENING,
      '*Reaffirming* that the Global Plan of Action was developed:',
      '(a) To promote universal ratification of the Convention,',
      '(b) To help Member States to reinforce their commitments,',
      '1. *Requests* the Secretary-General:',
      '(a) To report on the measures taken, including:',
      '(i) Legislation;',
      '(ii) Training;',
      '(b) To consult Member States;',
      '2. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(findings(clean, 'UNR008').map((f) => f.message), []);
  });

  it('says which mark each kind of paragraph ends with, at its line', () => {
    const text = blocks(OPENING, '*Recalling* its resolution 79/12;', '1. *Urges* States to act.', '2. *Decides* to remain seized of the matter');
    assert.deepEqual(findings(text, 'UNR008').map((f) => [lineOf(text, f.span.start), f.message]), [
      [3, 'The preambular paragraph ends with a semicolon: preambular paragraphs end with a comma.'],
      [5, 'Paragraph 1 ends with a full stop: operative paragraphs end with a semicolon, the last with a full stop.'],
      [7, 'Paragraph 2, the last, ends without punctuation: the last operative paragraph ends with a full stop.'],
    ]);
    assertFixedTo(text, 'UNR008', blocks(OPENING, '*Recalling* its resolution 79/12,', '1. *Urges* States to act;', '2. *Decides* to remain seized of the matter.'));
  });
});
