import * as assert from 'node:assert/strict';
import { lint, parseResolution, type Finding } from '../../server/src/core';

/**
 * The opening phrases mined from the official texts (vocabulary.ts): the shapes published
 * resolutions use are read as standard openers, with the extent their italics have, and the
 * vocabulary rules still find a wrong or misspelt opener. Drafts written for these tests.
 */
const blocks = (...parts: string[]): string => parts.join('\n\n') + '\n';
const OPENING = 'The General Assembly,';

function findings(text: string, ...ruleIds: string[]): Finding[] {
  return lint(parseResolution(text)).filter((f) => ruleIds.includes(f.ruleId) && f.severity !== 'hint');
}

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const quoted = (text: string, f: Finding): string => text.slice(f.span.start, f.span.end);

describe('opening phrases of published resolutions', () => {
  it('reads the preambular shapes as standard, with their italics: adverbs, perfect participles, attitudes', () => {
    const text = blocks(
      OPENING,
      '*Deeply disappointed* by the slow progress in the negotiations,',
      '*Firmly convinced* that cooperation among coastal States is essential,',
      '*Strongly deploring* the attacks on humanitarian convoys,',
      '*Ever mindful* of the needs of small island developing States,',
      '*Having also considered* the note by the Secretary-General,',
      '*Having listened* to the views of the regional groups,',
      '*Remaining deeply concerned* about the shortfall in funding,',
      '*Expressing gravest concerns* at the number of displaced persons,',
      '*Sharing the deep concern* of the Committee at the delays,',
      '*Seized* of the urgency of the matter,',
      '*Looking forward* to the review conference in 2027,',
      '*Calling for* renewed efforts to reach a settlement,',
      '*Recognizing and reaffirming* the role of regional organizations,',
      '*Commemorating* the fiftieth anniversary of the first regional fisheries agreement,',
      '*Expressing its abhorrence* at the killing of fisheries observers,',
      '*Equally concerned* about the loss of fishing gear at sea,',
      '*Aiming* to strengthen the links between coastal communities and science,',
      '*Having regard* to the recommendations of the regional fisheries bodies,',
      '1. *Decides* to remain seized of the matter.',
    );
    const doc = parseResolution(text);
    assert.deepEqual(
      doc.preamble.map((p) => [p.opener?.text, p.opener?.vocabulary, p.opener?.italic]),
      [
        ['Deeply disappointed', 'preambular', 'phrase'],
        ['Firmly convinced', 'preambular', 'phrase'],
        ['Strongly deploring', 'preambular', 'phrase'],
        ['Ever mindful', 'preambular', 'phrase'],
        ['Having also considered', 'preambular', 'phrase'],
        ['Having listened', 'preambular', 'phrase'],
        ['Remaining deeply concerned', 'preambular', 'phrase'],
        ['Expressing gravest concerns', 'preambular', 'phrase'],
        ['Sharing the deep concern', 'preambular', 'phrase'],
        ['Seized', 'preambular', 'phrase'],
        ['Looking forward', 'preambular', 'phrase'],
        ['Calling for', 'preambular', 'phrase'],
        ['Recognizing and reaffirming', 'preambular', 'phrase'],
        ['Commemorating', 'preambular', 'phrase'],
        ['Expressing its abhorrence', 'preambular', 'phrase'],
        ['Equally concerned', 'preambular', 'phrase'],
        ['Aiming', 'preambular', 'phrase'],
        ['Having regard', 'preambular', 'phrase'],
      ],
    );
    assert.deepEqual(findings(text, 'UNR002', 'UNR005', 'UNR006'), []);
  });

  it('reads the operative shapes as standard, with their italics: adverbs, complements, asides, joined verbs', () => {
    const text = blocks(
      OPENING,
      '*Recalling* its resolution 79/12 of 4 December 2024,',
      '1. *Re-emphasizes* the importance of the Convention;',
      '2. *Urgently calls upon* all parties to allow access for relief;',
      '3. *Calls once again upon* Member States to pay their assessments;',
      '4. *Greatly appreciates* the contributions of the host country;',
      '5. *Draws the attention* of the Economic and Social Council to the report;',
      '6. *Pays tribute* to the staff who lost their lives in service;',
      '7. *Expresses its continued serious concern* at the delays;',
      '8. *Welcomes and encourages* the efforts of the regional commissions;',
      '9. *Also, in this regard, calls upon* the donors to increase their support;',
      '10. *Alarmed by* the cuts in funding for the Office, calls upon donors to restore them;',
      '11. *Expresses full support* for the mediation efforts of the regional organizations;',
      '12. *Decides* to remain seized of the matter.',
    );
    const doc = parseResolution(text);
    assert.deepEqual(
      doc.operative.map((p) => [p.opener?.text, p.opener?.italic]),
      [
        ['Re-emphasizes', 'phrase'],
        ['Urgently calls upon', 'phrase'],
        ['Calls once again upon', 'phrase'],
        ['Greatly appreciates', 'phrase'],
        ['Draws the attention', 'phrase'],
        ['Pays tribute', 'phrase'],
        ['Expresses its continued serious concern', 'phrase'],
        ['Welcomes and encourages', 'phrase'],
        ['Also calls upon', 'phrase'],
        ['Alarmed', 'phrase'],
        ['Expresses full support', 'phrase'],
        ['Decides', 'phrase'],
      ],
    );
    assert.deepEqual(findings(text, 'UNR002', 'UNR005'), []);
  });

  it('keeps an aside out of the phrase when the phrase is whole before it', () => {
    const text = blocks(OPENING, '1. *Reaffirms*, in this regard, its support for the Special Rapporteur;', '2. *Calls*, in particular, for the continuation of the programme.');
    const doc = parseResolution(text);
    assert.deepEqual(
      doc.operative.map((p) => [p.opener?.text, p.opener?.italic]),
      [
        ['Reaffirms', 'phrase'],
        ['Calls', 'phrase'],
      ],
    );
    assert.deepEqual(findings(text, 'UNR002', 'UNR004'), []);
  });

  it('reads "Pending …, *urges*" as a roman phrase leading into the verb, and "*Applauds*" as a verb of the texts', () => {
    const text = blocks(OPENING, '*Recalling* its resolution 79/40,', '1. *Applauds* the work of the regional centres;', '1 bis. *Requires* all candidates to disclose their interests;', '2. Pending the entry into force of the treaty, *urges* all States to refrain from testing;', '3. Pending the entry into force of the treaty, urges all States to keep the moratorium.');
    assert.deepEqual(findings(text, 'UNR002').map((f) => [lineOf(text, f.span.start), quoted(text, f)]), [[11, 'Pending']]);
  });

  it('still finds an operative verb in the preamble, a participle opening an operative paragraph and a misspelt or unknown opener', () => {
    const text = blocks(
      OPENING,
      '*Recalls* its resolution 79/12 of 4 December 2024,',
      '*Deeply concernd* about the shortfall in funding,',
      '*Expresing* its deep concern at the delays,',
      '1. *Looking forward* to the review conference as an opportunity to take stock;',
      '2. *Re-emphasises* the importance of the Convention;',
      '3. *Lauds* the contributions of the host country;',
      '4. *Strongly calls* all parties to allow access;',
      '5. *Noting* that small island States face particular risks and need support, and, in this regard, requests the Secretary-General to report on them;',
      '6. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(
      findings(text, 'UNR002', 'UNR005').map((f) => [f.ruleId, quoted(text, f), f.fixes[0]?.title]),
      [
        ['UNR002', 'Recalls', 'Change to "Recalling"'],
        ['UNR005', 'Deeply concernd', 'Change to "Deeply concerned"'],
        ['UNR005', 'Expresing', 'Change to "Expressing"'],
        ['UNR002', 'Looking forward', 'Change to "Looks forward"'],
        ['UNR002', 'Re-emphasises', 'Change to "Re-emphasizes"'],
        ['UNR002', 'Lauds', undefined],
        ['UNR002', 'Strongly calls', 'Change to "Strongly calls upon"'],
        ['UNR002', 'Noting', 'Change to "Notes"'],
      ],
    );
  });

  it('reads a roman block after a page break in the preamble as the rest of the paragraph before it, not as an unknown opener', () => {
    const text = blocks(
      OPENING,
      '*Reaffirming* that the Declaration on the Right to Development informs the Programme of Action, along with the outcome of the Conference on Financing for Development,¹',
      '¹ Resolution 69/313, annex.',
      'Agenda 2063 adopted by the African Union, and reaffirming the commitment to address the challenge of financing,',
      '*Recaling* its resolution 79/12,',
      '1. *Decides* to remain seized of the matter.',
    );
    const doc = parseResolution(text);
    assert.deepEqual(
      doc.preamble.map((p) => [p.opener?.text, p.contentPieces.length]),
      [
        ['Reaffirming', 2],
        ['Recaling', 1],
      ],
    );
    assert.deepEqual(findings(text, 'UNR005').map((f) => quoted(text, f)), ['Recaling']);
  });
});
