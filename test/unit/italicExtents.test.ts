import * as assert from 'node:assert/strict';
import { applyEdits, firstFixEdits, lint, parseResolution, type Finding } from '../../server/src/core';

/** Drafts are written as blocks separated by blank lines, as in Markdown. */
const blocks = (...parts: string[]): string => parts.join('\n\n') + '\n';
const OPENING = 'The General Assembly,';
const PREAMBLE = '*Recalling* its earlier resolutions on road safety,';
const LAST = '99. *Decides* to remain seized of the matter.';

function findings(text: string, ruleId: string): Finding[] {
  return lint(parseResolution(text), { 'preambular-italics': 'warning' }).filter((f) => f.ruleId === ruleId);
}

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** The lines of `text` a rule reports, with its messages. */
const reported = (text: string, ruleId: string): Array<[number, string]> => findings(text, ruleId).map((f) => [lineOf(text, f.span.start), f.message]);

function fixAll(text: string, ruleId: string): string {
  return applyEdits(text, firstFixEdits(findings(text, ruleId))).text;
}

/** Checks a rule's fixes: only italic markers move, the rule no longer fires, a second pass changes nothing. */
function assertFixedTo(text: string, ruleId: string, expected: string): void {
  const fixed = fixAll(text, ruleId);
  assert.equal(fixed, expected);
  assert.equal(fixed.replace(/\*/g, ''), text.replace(/\*/g, ''), 'the wording is unchanged');
  assert.deepEqual(reported(fixed, ruleId), []);
  assert.equal(fixAll(fixed, ruleId), fixed, 'fixing twice changes nothing');
}

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
    assertFixedTo(text, 'UNR004', text.replace('2. Commends', '2. *Commends*'));
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
    assertFixedTo(text, 'UNR004', text.replace('*Takes* note of', '*Takes note of*').replace('*Remains* concerned', '*Remains concerned*'));
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
    assertFixedTo(
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

describe('Italic extents of preambular phrases (UNR006)', () => {
  const accepted: ReadonlyArray<[string, string]> = [
    ['"with" and a stance', '*Noting with great concern* that road deaths are rising,'],
    ['the participle alone before "with" and a stance', '*Noting* with concern that road deaths are rising,'],
    ['a repetition modifier in italics or not', '*Reaffirming also* its commitment to safe roads,\n\n*Reaffirming* also the role of the regional commissions,'],
    ['"its", an adjective and a stance', '*Expressing its deep concern* at the number of road deaths,'],
    ['two participles joined by "and"', '*Recognizing and affirming* that safe roads save lives,'],
    ['"it" and an adjective', '*Believing it necessary* to act before the end of the decade,'],
    ['"Taking note" before a modifier and "of"', '*Taking note* also of the report of the World Health Organization,'],
    ['an adverbial of several words', '*Welcoming in this regard* the pledges made at the conference,'],
    ['a trailing preposition', '*Alarmed by* the rise in road deaths among children,'],
  ];
  for (const [what, paragraphs] of accepted) {
    it(`accepts ${what}`, () => {
      const text = blocks(OPENING, PREAMBLE, paragraphs, LAST);
      assert.deepEqual(reported(text, 'UNR006'), []);
    });
  }

  it('reports italics short of the phrase, past it, over the paragraph, or missing', () => {
    const text = blocks(
      OPENING,
      PREAMBLE,
      '*Taking* note of the report of the World Health Organization,',
      '*Bearing* in mind the Charter of the United Nations,',
      '*Deeply* concerned at the number of road deaths,',
      '*Recalling its resolution* 74/299 on road safety,',
      '*Noting that road deaths are rising,*',
      'Welcoming the pledges made at the conference,',
      LAST,
    );
    assert.deepEqual(
      reported(text, 'UNR006').map(([line]) => line),
      [5, 7, 9, 11, 13, 15],
    );
    assertFixedTo(
      text,
      'UNR006',
      text
        .replace('*Taking* note of', '*Taking note of*')
        .replace('*Bearing* in mind', '*Bearing in mind*')
        .replace('*Deeply* concerned', '*Deeply concerned*')
        .replace('*Recalling its resolution*', '*Recalling* its resolution')
        .replace('*Noting that road deaths are rising,*', '*Noting* that road deaths are rising,')
        .replace('Welcoming the', '*Welcoming* the'),
    );
  });
});
