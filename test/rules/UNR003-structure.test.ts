import * as assert from 'node:assert/strict';
import { parseResolution } from '../../server/src/core';
import { blocks, findings, lineOf, OPENING } from '../support/ruleFindings';

describe('UNR003 structure', () => {
  it('finds a missing opening line at the first paragraph', () => {
    const text = blocks('*Recalling* its resolutions,', '1. *Decides* to remain seized of the matter.');
    assert.deepEqual(findings(text, 'UNR003').map((f) => [f.severity, text.slice(f.span.start, f.span.end)]), [['warning', '*Recalling* its resolutions,']]);
  });

  it('finds a preambular paragraph after the operative part began, and adopted text without closing lines', () => {
    const text = blocks('Resolution adopted by the General Assembly on 3 December 2026', 'The General Assembly,', '1. *Urges* States to act;', 'Recalling its earlier resolutions,', '2. *Decides* to remain seized of the matter.');
    assert.deepEqual(findings(text, 'UNR003').map((f) => f.message.slice(0, 30)), ['A preambular paragraph ("Recal', 'An adopted resolution ends wit']);
  });

  it('asks a Security Council resolution for no closing lines: its heading names the meeting and date', () => {
    const heading = ['Resolution 2811 (2026)', 'Adopted by the Security Council at its 9912th meeting, on 14 October 2026'];
    const text = blocks(...heading, '*The Security Council*,', '*Recalling* its resolution 2650 (2022),', '1. *Decides* to remain seized of the matter.');
    const doc = parseResolution(text);
    assert.equal(doc.header.adoption?.meeting?.text, '9912th meeting');
    assert.equal(doc.header.adoption?.date.text, '14 October 2026');
    assert.deepEqual(findings(text, 'UNR003'), []);
    // The same heading without the opening line: the message names the Council.
    const withoutOpening = blocks(...heading, '*Recalling* its resolution 2650 (2022),', '1. *Decides* to remain seized of the matter.');
    assert.deepEqual(
      findings(withoutOpening, 'UNR003').map((f) => f.message),
      ['No opening line such as "The Security Council," was found before the paragraphs.'],
    );
    // A General Assembly resolution adopted without its closing lines is still reported.
    const ga = blocks('Resolution adopted by the General Assembly on 3 December 2026', 'The General Assembly,', '*Recalling* its resolutions,', '1. *Decides* to remain seized of the matter.');
    assert.deepEqual(findings(ga, 'UNR003').map((f) => f.message.slice(0, 30)), ['An adopted resolution ends wit']);
  });

  it('is silent on a complete resolution', () => {
    const text = blocks('Resolution adopted by the General Assembly on 3 December 2026', 'The General Assembly,', '*Recalling* its resolutions,', '1. *Decides* to remain seized of the matter.', '*60th plenary meeting\n3 December 2026*');
    assert.deepEqual(findings(text, 'UNR003'), []);
  });

  it('says where the preamble ends when a preambular paragraph follows an operative one, at its line', () => {
    const text = blocks(OPENING, '*Recalling* its resolution 79/12,', '1. *Urges* States to act;', '*Noting* the report of the Secretary-General,', '2. *Decides* to remain seized of the matter.');
    assert.deepEqual(findings(text, 'UNR003').map((f) => [lineOf(text, f.span.start), f.message]), [
      [7, 'A preambular paragraph ("Noting …,") stands in the operative part: the preamble ends where operative paragraph 1 begins.'],
    ]);
  });
});
