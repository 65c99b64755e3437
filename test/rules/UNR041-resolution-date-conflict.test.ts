import * as assert from 'node:assert/strict';
import { blocks, messagesAndLines } from '../support/ruleFindings';

describe('UNR041 resolution-date-conflict', () => {
  it('finds a resolution cited with two dates, at the second', () => {
    const text = blocks(
      'The General Assembly,',
      '*Recalling* its resolution 64/293 of 30 July 2010 and its resolutions 68/247 A of 27 December 2013 and 68/247 B of 9 April 2014,',
      '*Recalling also* Human Rights Council resolution 52/27 of 4 April 2023,',
      '1. *Reaffirms* its resolution 64/293 of 31 July 2010 and its resolution 52/27 of 12 December 1997;',
      '2. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(messagesAndLines(text, 'UNR041'), [['General Assembly resolution 64/293 is cited here as of 31 July 2010 and earlier in the text as of 30 July 2010; a resolution has one adoption date.', 7]]);
  });

  it('is silent on a resolution cited twice with the same date', () => {
    const text = blocks(
      'The General Assembly,',
      '*Recalling* its resolution 64/293 of 30 July 2010 and Human Rights Council resolution 52/27 of 4 April 2023,',
      '1. *Reaffirms* its resolution 64/293 of 30 July 2010 and recalls its resolution 78/228 of 22 December 2023;',
      '2. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(messagesAndLines(text, 'UNR041'), []);
  });
});
