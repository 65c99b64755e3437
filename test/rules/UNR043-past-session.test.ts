import * as assert from 'node:assert/strict';
import { blocks, messagesAndLines } from '../support/ruleFindings';

describe('UNR043 past-session', () => {
  const draft = (...operative: string[]) => blocks('<!--\nsymbol: A/C.3/80/L.12\n-->', 'The General Assembly,', '*Recalling* the report submitted to the General Assembly at its seventy-ninth session,', ...operative);

  it('finds a report or an agenda item asked for at a session that has passed, measured from the session of the draft', () => {
    const text = draft(
      '1. *Requests* the Secretary-General to submit to the General Assembly at its seventy-ninth session a report on the implementation of the present resolution;',
      '2. *Takes note* of the report of the Secretary-General to the General Assembly at its seventy-eighth session, and requests him to report to the General Assembly at its seventy-seventh session on its follow-up;',
      '3. *Decides* to include in the provisional agenda of its seventy-ninth session the item entitled “Advancement of women”;',
      '4. *Decides* to consider the matter at its eightieth session, and requests the Secretary-General to submit to the General Assembly at its eighty-first session a report.',
      '5. *Requests* the Secretary-General to include the information in a report to be submitted to the General Assembly at its seventy-eighth session.',
    );
    assert.deepEqual(messagesAndLines(text, 'UNR043'), [
      ['The seventy-ninth session of the General Assembly has already passed: this text is of the eightieth session (A/C.3/80/L.12).', 9],
      ['The seventy-seventh session of the General Assembly has already passed: this text is of the eightieth session (A/C.3/80/L.12).', 11],
      ['The seventy-ninth session of the General Assembly has already passed: this text is of the eightieth session (A/C.3/80/L.12).', 13],
      ['The seventy-eighth session of the General Assembly has already passed: this text is of the eightieth session (A/C.3/80/L.12).', 17],
    ]);
  });

  it('leaves other bodies alone, and finds nothing when the session of the draft is unknown', () => {
    const pastReport = draft('1. *Requests* the Secretary-General to provide an update to the report submitted to the General Assembly at its seventy-second session on the effects of the tests.');
    assert.deepEqual(messagesAndLines(pastReport, 'UNR043'), []);
    const other = draft('1. *Requests* the Special Rapporteur to submit an interim report to the Human Rights Council at its fifty-sixth session and invites the Commission on the Status of Women to consider the matter at its sixty-eighth session.');
    assert.deepEqual(messagesAndLines(other, 'UNR043'), []);
    const unknown = blocks('The General Assembly,', '1. *Requests* the Secretary-General to submit to the General Assembly at its seventy-ninth session a report.');
    assert.deepEqual(messagesAndLines(unknown, 'UNR043'), []);
  });
});
