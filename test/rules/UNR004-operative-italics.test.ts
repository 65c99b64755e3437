import * as assert from 'node:assert/strict';
import { parseResolution } from '../../server/src/core';
import { assertItalicsFixedTo, LAST, PREAMBLE, reported } from '../support/italicExtents';
import { assertFixedTo, blocks, findings, fixAll, lineOf, OPENING } from '../support/ruleFindings';

describe('UNR004 operative-italics', () => {
  const text = blocks(
    OPENING,
    '1. Urges Member States to ratify the Convention;',
    '2. *Invites the regional commissions to share good practices;*',
    '3. *Takes* note of the report of the Secretary-General;',
    '4. *Encourages Member States* to exchange information;',
    '5. *Decides* to remain seized of the matter.',
  );

  it('finds roman, partial, whole-paragraph and overlong italics at their lines', () => {
    assert.deepEqual(
      findings(text, 'UNR004').map((f) => [lineOf(text, f.span.start), f.message]),
      [
        [3, 'The operative verb "Urges" of paragraph 1 is not in italics.'],
        [5, 'The whole of paragraph 2 is in italics: only its operative phrase "Invites" is.'],
        [7, 'The italics cover only part of the operative phrase "Takes note of" of paragraph 3: the whole phrase is in italics.'],
        [9, 'The italics of paragraph 4 run past its operative phrase "Encourages": the words after it are in roman.'],
      ],
    );
  });

  it('italicizes the phrase alone and changes nothing but the markers', () => {
    const expected = text
      .replace('1. Urges', '1. *Urges*')
      .replace('*Invites the regional commissions to share good practices;*', '*Invites* the regional commissions to share good practices;')
      .replace('*Takes* note of', '*Takes note of*')
      .replace('*Encourages Member States*', '*Encourages* Member States');
    assertFixedTo(text, 'UNR004', expected);
    assert.equal(fixAll(text, 'UNR004').replace(/\*/g, ''), text.replace(/\*/g, ''));
  });

  it('turns a verb in bold, or beside a stray asterisk, into the verb in italics, once', () => {
    const marked = blocks(OPENING, '1. **Requests** the Secretary-General to report;', '2. Decides* to continue its consideration;', '3. ****Welcomes** the report.');
    assert.deepEqual(
      findings(marked, 'UNR004').map((f) => [lineOf(marked, f.span.start), f.message]),
      [
        [3, 'The operative verb "Requests" of paragraph 1 is not in italics.'],
        [5, 'The operative verb "Decides" of paragraph 2 is not in italics.'],
        [7, 'The operative verb "Welcomes" of paragraph 3 is not in italics.'],
      ],
    );
    assertFixedTo(marked, 'UNR004', blocks(OPENING, '1. *Requests* the Secretary-General to report;', '2. *Decides* to continue its consideration;', '3. *Welcomes* the report.'));
  });

  it('accepts the phrase with or without its trailing particle in italics', () => {
    const clean = blocks(OPENING, '1. *Takes note* of the report;', '2. *Also takes note with appreciation of* the work;', '3. *Expresses deep concern* at the situation.');
    assert.deepEqual(findings(clean, 'UNR004'), []);
  });
});

describe('Italic extents of operative phrases (UNR004)', () => {
  const accepted: ReadonlyArray<[string, string]> = [
    ['the verb alone before "its" and an act of the Assembly', '1. *Reiterates* its request to the Secretary-General to report on road safety;'],
    ['"its" and an act of the Assembly', '1. *Reiterates its request* to the Secretary-General to report on road safety;'],
    ['"its", an act and its preposition', '1. *Reiterates its call upon* Member States to adopt speed limits near schools;'],
    ['"its", an adjective and a stance', '1. *Reaffirms its unwavering support* for the road safety fund;'],
    ['a plural act with an adjective', '1. *Reiterates its previous requests* to the regional commissions;'],
    ['"Recalls" alone before "its decision"', '1. *Recalls* its decision to proclaim a decade of action for road safety;'],
    ['"Recalls its decision" whole', '1. *Recalls its decision* to proclaim a decade of action for road safety;'],
    ['an adverb in "-ly"', '1. *Condemns unequivocally* the attacks on road workers;'],
    ['an adverb the vocabulary does not list', '1. *Welcomes warmly* the new pedestrian crossings;'],
    ['an adverbial of several words', '1. *Condemns in the strongest possible terms* the attacks on road workers;'],
    ['a repetition adverbial', '1. *Determines once more* that the measures remain necessary;'],
    ['"with" and a stance', '1. *Notes with great concern* that road deaths are rising;'],
    ['the verb alone before "with" and a stance', '1. *Recognizes* with appreciation the work of the volunteers;'],
    ['a verb the vocabulary joins to no "with", with one', '1. *Welcomes with appreciation* the report of the Secretary-General;'],
    ['two verbs joined by "and"', '1. *Welcomes and encourages* the efforts of cities to calm traffic;'],
    ['a second verb with its adverb', '1. *Acknowledges and deeply regrets* the losses suffered by families;'],
    ['two stances with their prepositions', '1. *Expresses solidarity with and compassion for* the families of the victims;'],
    ['the verb alone before a stance', '1. *Expresses* its appreciation to the host country;'],
    ['a stance after the verb', '1. *Expresses concern* at the lack of data;'],
    ['an infinitive after "Continues"', '1. *Continues to encourage* Member States to share their data;'],
    ['an infinitive after "Continues" with its stance', '1. *Continues to express particular concern* about road deaths among children;'],
    ['"it" and an adjective', '1. *Considers it alarming* that so few countries collect data;'],
    ['"the" and a stance', '1. *Stresses the importance* of safe routes to school;'],
    ['a trailing preposition', '1. *Commits to* halving road deaths by 2030;'],
    ['"Takes note" with or without "of"', '1. *Takes note* of the report;\n\n2. *Takes note of* the survey;'],
    ['"Takes note" and an adverbial before "of"', '1. *Takes note with great concern in that regard* of the figures;'],
    ['a comma closed inside the italics', '1. *Reaffirms,* in this regard, its support for the fund;'],
    ['the verb alone before the preposition of its phrase', '1. *Calls* upon Member States to adopt speed limits;\n\n2. *Also calls* for safer roads;'],
    ['"the" and an act of the Assembly after "Reiterates"', '1. *Reiterates the invitation to* the regional commissions to share their data;'],
  ];
  for (const [what, paragraphs] of accepted) {
    it(`accepts ${what}`, () => {
      const text = blocks(OPENING, PREAMBLE, paragraphs, LAST);
      assert.deepEqual(reported(text, 'UNR004'), []);
    });
  }

  it('keeps the whole phrase as the opener when the italics stop at its verb', () => {
    const doc = parseResolution(blocks(OPENING, PREAMBLE, '1. *Recalls* its decision to proclaim a decade of action;', LAST));
    assert.deepEqual([doc.operative[0].opener?.text, doc.operative[0].opener?.italic], ['Recalls its decision', 'phrase']);
  });

  it('reports a verb not in italics among italic ones, and italicizes it', () => {
    const text = blocks(OPENING, PREAMBLE, '1. *Welcomes* the report;', '2. Commends the volunteers for their work;', LAST);
    assert.deepEqual(reported(text, 'UNR004'), [[7, 'The operative verb "Commends" of paragraph 2 is not in italics.']]);
    assertItalicsFixedTo(text, 'UNR004', text.replace('2. Commends', '2. *Commends*'));
  });

  it('reports italics stopping inside the core of a phrase', () => {
    const text = blocks(
      OPENING,
      PREAMBLE,
      '1. *Takes* note of the report;',
      '2. *Remains* concerned at the number of road deaths;',
      LAST,
    );
    assert.deepEqual(
      reported(text, 'UNR004').map(([line]) => line),
      [5, 7],
    );
    assertItalicsFixedTo(text, 'UNR004', text.replace('*Takes* note of', '*Takes note of*').replace('*Remains* concerned', '*Remains concerned*'));
  });

  it('reports italics that run into the subject matter, and stops them at the phrase', () => {
    const text = blocks(
      OPENING,
      PREAMBLE,
      '1. *Reiterates its call upon Member States* to adopt speed limits;',
      '2. *Recalls its resolution* 74/299 on road safety;',
      '3. *Welcomes the decision* of the Economic and Social Council;',
      '4. *Notes with concern that* road deaths are rising;',
      '5. *Encourages early* warning of road works;',
      '6. *Welcomes and Member States* are invited to act;',
      LAST,
    );
    assert.deepEqual(
      reported(text, 'UNR004').map(([line, message]) => [line, /run past/.test(message)]),
      [[5, true], [7, true], [9, true], [11, true], [13, true], [15, true]],
    );
    assertItalicsFixedTo(
      text,
      'UNR004',
      text
        .replace('*Reiterates its call upon Member States*', '*Reiterates its call* upon Member States')
        .replace('*Recalls its resolution*', '*Recalls* its resolution')
        .replace('*Welcomes the decision*', '*Welcomes* the decision')
        .replace('*Notes with concern that*', '*Notes with concern* that')
        .replace('*Encourages early*', '*Encourages* early')
        .replace('*Welcomes and Member States*', '*Welcomes* and Member States'),
    );
  });

  it('reports a paragraph wholly in italics, even one that opens with an accepted extent', () => {
    const text = blocks(OPENING, PREAMBLE, '1. *Reiterates its call upon Member States to adopt speed limits;*', LAST);
    assert.deepEqual(reported(text, 'UNR004'), [[5, 'The whole of paragraph 1 is in italics: only its operative phrase "Reiterates its call" is.']]);
  });
});
