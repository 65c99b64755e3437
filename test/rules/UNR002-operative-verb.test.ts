import * as assert from 'node:assert/strict';
import { applyEdits, firstFixEdits, lint, parseResolution } from '../../server/src/core';
import { assertFixedTo, blocks, findings, fixAll, lineOf, OPENING, quoted } from '../support/ruleFindings';

describe('UNR002 operative-verb', () => {
  const text = blocks(
    OPENING,
    '*Recalls* that the Convention entered into force on 29 September 2003,',
    '*Also recalls* its resolution 78/228 of 19 December 2023,',
    '1. *Urgs* Member States to ratify the Convention;',
    '2. *Recalling* its resolution 78/228;',
    '3. *Calls* all States to cooperate fully with the Special Rapporteur;',
    '4. *Taking note with appreciation of* the report of the Secretary-General;',
    '5. *requests* the Secretary-General to report at its eighty-second session.',
  );

  it('finds each wrong opener at its line, with the nearest standard phrases', () => {
    const found = findings(text, 'UNR002');
    assert.deepEqual(
      found.map((f) => [lineOf(text, f.span.start), quoted(text, f), f.fixes.map((x) => x.title)]),
      [
        [3, 'Recalls', ['Change to "Recalling"']],
        [5, 'Also recalls', ['Change to "Recalling also"']],
        [7, 'Urgs', ['Change to "Urges"']],
        [9, 'Recalling', ['Change to "Recalls"']],
        [11, 'Calls', ['Change to "Calls upon"', 'Change to "Calls on"', 'Change to "Calls for"']],
        [13, 'Taking note with appreciation of', ['Change to "Takes note with appreciation of"']],
        [15, 'requests', ['Capitalize "requests"']],
      ],
    );
    assert.match(found[2].message, /"Urgs" opening paragraph 1 is not a standard operative verb; did you mean "Urges"/);
    assert.match(found[3].message, /Paragraph 2 opens with "Recalling", a preambular form/);
  });

  it('fixes each opener and nothing else', () => {
    assertFixedTo(
      text,
      'UNR002',
      text
        .replace('*Recalls* that', '*Recalling* that')
        .replace('*Also recalls*', '*Recalling also*')
        .replace('*Urgs*', '*Urges*')
        .replace('2. *Recalling*', '2. *Recalls*')
        .replace('*Calls* all', '*Calls upon* all')
        .replace('*Taking note with appreciation of*', '*Takes note with appreciation of*')
        .replace('*requests*', '*Requests*'),
    );
  });

  it('keeps italics balanced when they cover part of the words it rewrites', () => {
    const partial = blocks(OPENING, '*Recalling its resolution 70/1,', '1. *Recalling* also its resolution 78/228;', '2. *Decides* to remain seized of the matter.');
    const found = findings(partial, 'UNR002');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].fixes.map((f) => f.edits.map((e) => e.newText)), [['*Also recalls*']]);
    assert.ok(fixAll(partial, 'UNR002').includes('1. *Also recalls* its resolution 78/228;'));
  });

  it('writes the new opener in italics, and only it, so that fix-all needs no second pass for UNR004 or UNR006', () => {
    // Found by the convergence property: "Recalling" became a plain "Recalls", which UNR004 italicized in a third pass.
    const draft = blocks(
      OPENING,
      '*Noting* the report of the Secretary-General,',
      'Recalls that the Convention entered into force on 29 September 2003,',
      '1. Recalling its resolution 78/228;',
      '2. *Welcoming with* appreciation the work of the regional commissions;',
      '3. *Decides* to remain seized of the matter.',
    );
    const once = applyEdits(draft, firstFixEdits(lint(parseResolution(draft)))).text;
    assert.equal(
      once,
      draft
        .replace('Recalls that', '*Recalling* that')
        .replace('1. Recalling', '1. *Recalls*')
        .replace('*Welcoming with* appreciation', '*Welcomes* with appreciation'),
    );
    assert.deepEqual(firstFixEdits(lint(parseResolution(once))), []);
  });

  it('is silent on standard openers, adverbs and "Calls on"', () => {
    const clean = blocks(
      OPENING,
      '*Deeply concerned* about the scale of trafficking in persons,',
      '1. *Strongly urges* Member States to ratify the Convention;',
      '2. *Calls on* all States to cooperate;',
      '3. *Once again calls upon* the parties to negotiate;',
      '4. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(findings(clean, 'UNR002'), []);
  });

  it('says what a preambular form opening an operative paragraph should be, at its line, and the fix writes it', () => {
    const text = blocks(
      OPENING,
      '*Recalling* its resolution 79/12 on road safety,',
      '1. *Welcomes* the report of the Secretary-General;',
      '2. *Recalling* its decision to proclaim a decade of action for road safety;',
      '3. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(findings(text, 'UNR002').map((f) => [lineOf(text, f.span.start), f.message]), [
      [7, 'Paragraph 2 opens with "Recalling", a preambular form: operative paragraphs open with a verb in the present tense ("Recalls").'],
    ]);
    assertFixedTo(text, 'UNR002', text.replace('2. *Recalling* its decision', '2. *Recalls* its decision'));
  });
});
