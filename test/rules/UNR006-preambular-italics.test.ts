import * as assert from 'node:assert/strict';
import { assertItalicsFixedTo, LAST, PREAMBLE, reported } from '../support/italicExtents';
import { assertFixedTo, blocks, findings, lineOf, OPENING } from '../support/ruleFindings';

describe('UNR006 preambular-italics', () => {
  it('reports a preamble without italics once, at information level, with a fix for all', () => {
    const text = blocks(OPENING, 'Recalling its resolution 70/1 of 25 September 2015,', 'Bearing in mind the Charter of the United Nations,', '1. *Decides* to remain seized of the matter.');
    const found = findings(text, 'UNR006');
    assert.deepEqual(found.map((f) => [f.severity, lineOf(text, f.span.start), f.fixes[0].title]), [['information', 3, 'Italicize all 2 preambular opening phrases']]);
    assertFixedTo(text, 'UNR006', text.replace('Recalling its', '*Recalling* its').replace('Bearing in mind the', '*Bearing in mind* the'));
  });

  it('says that a single preambular phrase is not in italics, and italicizes a bold one', () => {
    const text = blocks(OPENING, '**Recalling** its resolution 70/1 of 25 September 2015,', '1. *Decides* to remain seized of the matter.');
    assert.deepEqual(findings(text, 'UNR006').map((f) => [f.message, f.fixes[0].title]), [
      ['The preambular opening phrase is not in italics; official texts italicize each one ("*Recalling*").', 'Italicize "Recalling"'],
    ]);
    assertFixedTo(text, 'UNR006', text.replace('**Recalling**', '*Recalling*'));
  });

  it('reports each paragraph when the preamble has italics elsewhere, and can be set to warning', () => {
    const text = blocks(OPENING, '*Recalling* its resolution 70/1,', 'Bearing in mind the Charter,', '*Concerned that trafficking persists,*', '1. *Decides* to remain seized of the matter.');
    const found = findings(text, 'UNR006', { 'preambular-italics': 'warning' });
    assert.deepEqual(found.map((f) => [f.severity, lineOf(text, f.span.start)]), [['warning', 5], ['warning', 7]]);
    assertFixedTo(text, 'UNR006', text.replace('Bearing in mind the', '*Bearing in mind* the').replace('*Concerned that trafficking persists,*', '*Concerned* that trafficking persists,'));
  });

  it('names the phrase not in italics among italic ones, at its line, and italicizes it alone', () => {
    const text = blocks(OPENING, '*Recalling* its resolution 79/12,', 'Noting the report of the Secretary-General,', '1. *Decides* to remain seized of the matter.');
    assert.deepEqual(findings(text, 'UNR006').map((f) => [lineOf(text, f.span.start), f.message, f.fixes[0].title]), [[5, 'The preambular phrase "Noting" is not in italics.', 'Italicize "Noting" alone']]);
    assertFixedTo(text, 'UNR006', text.replace('Noting the report', '*Noting* the report'));
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
    assertItalicsFixedTo(
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
