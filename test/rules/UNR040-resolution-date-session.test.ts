import * as assert from 'node:assert/strict';
import { citedSymbols, lint, parseResolution } from '../../server/src/core';
import { blocks, messagesAndLines } from '../support/ruleFindings';

describe('UNR040 resolution-date-session', () => {
  it('finds a General Assembly, Security Council and Economic and Social Council resolution dated against its number', () => {
    const text = blocks(
      'The General Assembly,',
      '*Recalling* its resolution 64/293 of 30 July 2016 and its resolution 2200 A (XXI) of 16 December 1966,',
      '*Recalling also* Security Council resolution 2712 (2023) of 15 November 2024 and Economic and Social Council resolution 2017/18 of 6 July 2018,',
      '*Noting* its resolution 77/335 of 1 September 2023, adopted as its seventy-seventh session drew to a close,',
      '1. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(messagesAndLines(text, 'UNR040'), [
      ['General Assembly resolution 64/293 belongs to the sixty-fourth session (September 2009 to September 2010), but is cited as adopted on 30 July 2016.', 3],
      ['Security Council resolution 2712 (2023) was adopted in 2023, as its number says, but is cited as adopted on 15 November 2024.', 5],
      ['Economic and Social Council resolution 2017/18 was adopted in 2017, or from July 2016 in the Council\'s session of that name, as its number says, but is cited as adopted on 6 July 2018.', 5],
    ]);
    assert.equal(lint(parseResolution(text)).find((f) => f.ruleId === 'UNR040')!.severity, 'warning');
  });

  it('checks a date written across a line break, and leaves special sessions and other organs alone', () => {
    const text = blocks('The General Assembly,', '*Recalling* its resolution\n64/293 of 30\nJuly 2016, its resolution S-27/2 of 10 May 2019 and Commission on the Status of Women resolution 60/2 of 24 March 2016,', '1. *Decides* to remain seized of the matter.');
    assert.deepEqual(messagesAndLines(text, 'UNR040'), [['General Assembly resolution 64/293 belongs to the sixty-fourth session (September 2009 to September 2010), but is cited as adopted on 30 July 2016.', 4]]);
  });
});

describe('UNR040 and the resolutions of other bodies', () => {
  const organs = (text: string) => citedSymbols(parseResolution(text)).mentions.filter((m) => m.kind === 'resolution').map((m) => [m.written, m.organ ?? 'unknown']);

  it('reads the organ named before, after, or acting earlier in the clause, in lists and footnotes, and finds nothing in them', () => {
    const text = blocks(
      'The General Assembly,',
      '*Recalling* United Nations Environment Assembly resolution 5/5 of 2 March 2022, Human Rights Council resolution 44/4 of 16 July 2020 and Commission on the Status of Women resolution 60/2 of 24 March 2016,¹',
      '*Taking note* of resolution 10/7 of 16 October 2020 of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime, of resolutions 5/8 of 2 March 2022³ and 5/14 of 2 March 2022⁴ of the United Nations Environment Assembly and of resolution 2/17 of 9 May 2023, entitled “Our shared urban future”, of the United Nations Habitat Assembly,',
      '*Welcoming* the decision by the Environment Assembly at its resumed fifth session, in resolution 5/11 of 2 March 2022, to act on circular economy, and resolution 6/8 of 1 March 2024 on sustainable lifestyles, adopted by the Environment Assembly at its sixth session,',
      '*Noting* that the Conference adopted resolution 10/6 of 16 October 2020 and that through its resolution 54/18 of 12 October 2023 the Human Rights Council submitted a draft covenant,',
      '*Recalling also* World Health Assembly resolution WHA72.1 of 28 May 2019 and Economic and Social Council resolutions 2022/5 of 8 June 2022 and 2026/2 of 19 September 2025,²',
      '¹ See Commission on Narcotic Drugs resolution 61/11 of 16 March 2018.',
      '² See also resolution 28/6 of 26 March 2015 of the Human Rights Council.',
      '1. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(messagesAndLines(text, 'UNR040'), []);
    assert.deepEqual(organs(text), [
      ['5/5', 'United Nations Environment Assembly'],
      ['44/4', 'Human Rights Council'],
      ['60/2', 'Commission on the Status of Women'],
      ['10/7', 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime'],
      ['5/8', 'United Nations Environment Assembly'],
      ['5/14', 'United Nations Environment Assembly'],
      ['2/17', 'United Nations Habitat Assembly'],
      ['5/11', 'Environment Assembly'],
      ['6/8', 'Environment Assembly'],
      ['10/6', 'unknown'],
      ['54/18', 'Human Rights Council'],
      ['2022/5', 'Economic and Social Council'],
      ['2026/2', 'Economic and Social Council'],
      ['61/11', 'Commission on Narcotic Drugs'],
      ['28/6', 'Human Rights Council'],
    ]);
  });

  it('stays silent on a bare resolution whose session is far from the date, and finds a slip where the Assembly is named or the session is near', () => {
    const text = blocks(
      'The General Assembly,',
      '*Welcoming* resolution 12/4 of 18 October 2024 on measures against crimes that affect the environment, and recalling resolution 64/293 of 30 July 2012,',
      '*Recalling* its resolutions 71/266 of 23 December 2016 and 72/256 of 24 December 2107 and General Assembly resolution 55/56 of 1 December 2001,',
      '1. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(messagesAndLines(text, 'UNR040'), [
      ['General Assembly resolution 64/293 belongs to the sixty-fourth session (September 2009 to September 2010), but is cited as adopted on 30 July 2012.', 3],
      ['General Assembly resolution 72/256 belongs to the seventy-second session (September 2017 to September 2018), but is cited as adopted on 24 December 2107.', 5],
      ['General Assembly resolution 55/56 belongs to the fifty-fifth session (September 2000 to September 2001), but is cited as adopted on 1 December 2001.', 5],
    ]);
  });
});
