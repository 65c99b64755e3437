import * as assert from 'node:assert/strict';
import { blocks, findings, lineOf, OPENING } from '../support/ruleFindings';

describe('UNR009 paragraph-references', () => {
  it('finds a reference to a missing paragraph and "above" that points below', () => {
    const text = blocks(
      OPENING,
      '1. *Requests* the Secretary-General to implement paragraph 3 above;',
      '2. *Decides* to review the measures set out in paragraphs 1 and 7 of the present resolution, in line with paragraph 29 of resolution 64/293;',
      '3. *Invites* Member States to contribute to the measures in paragraph 2 above and paragraph 1 below.',
    );
    assert.deepEqual(findings(text, 'UNR009').map((f) => [lineOf(text, f.span.start), f.message]), [
      [3, 'Paragraph 3 comes after this reference: it is "below", not "above".'],
      [5, 'There is no paragraph 7 in this resolution: the operative paragraphs run from 1 to 3.'],
      [7, 'Paragraph 1 comes before this reference: it is "above", not "below".'],
    ]);
  });

  it('is silent on references to paragraphs that exist, "above" and "below" where they stand', () => {
    const text = blocks(
      OPENING,
      '1. *Requests* the Secretary-General to report on road safety;',
      '2. *Decides* to review the measures set out in paragraph 1 above and in paragraph 3 below, in line with paragraph 29 of resolution 64/293;',
      '3. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(findings(text, 'UNR009'), []);
  });
});
