import * as assert from 'node:assert/strict';
import { applyEdits, firstFixEdits, lint, parseResolution } from '../../server/src/core';

const blocks = (...parts: string[]): string => parts.join('\n\n') + '\n';
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const shown = (text: string): Array<[string, number]> => lint(parseResolution(text)).filter((f) => f.severity !== 'hint').map((f) => [f.ruleId, lineOf(text, f.span.start)]);

/** A draft on rural water supply with a few editors' marks left in it: a skipped number, a verb not in italics, a missing semicolon. */
const PARTS = [
  'The General Assembly,',
  '*Recalling* its resolutions on the human rights to safe drinking water and sanitation,',
  '*Concerned* that women and girls in rural areas spend many hours each day collecting water,',
  '1. *Urges* Member States to involve rural women in the planning of water infrastructure;',
  '2. Invites the United Nations Children’s Fund to share good practices in hygiene education',
  '4. *Requests* the Secretary-General to report on the present resolution at its eighty-third session.',
];

describe('comments in a draft', () => {
  const plain = blocks(...PARTS);

  it('change nothing in how the draft is read, wherever they stand', () => {
    const commented = [
      // On its own line between paragraphs, inside a wrapped paragraph, at the end of one, and inside one.
      blocks(PARTS[0], '<!-- from the facilitator: keep the preamble short -->', ...PARTS.slice(1)),
      blocks(...PARTS.slice(0, 2), PARTS[2].replace('many hours each day', 'many hours each day\n<!-- source: the 2023 survey -->\n'), ...PARTS.slice(3)),
      blocks(...PARTS.slice(0, 3), `${PARTS[3]} <!-- agreed ad ref -->`, ...PARTS.slice(4)),
      blocks(...PARTS.slice(0, 4), PARTS[4].replace('Invites', '<!-- was: Encourages --> Invites'), PARTS[5]),
    ];
    const reading = (text: string) => {
      const doc = parseResolution(text);
      return {
        preamble: doc.preamble.length,
        operative: doc.operative.map((p) => [p.number?.text, p.opener?.text, p.opener?.italic]),
        findings: lint(doc).map((f) => [f.ruleId, f.message]),
      };
    };
    const expected = reading(plain);
    assert.deepEqual(expected.findings.map((f) => f[0]), ['UNR004', 'UNR008', 'UNR001']);
    for (const text of commented) assert.deepEqual(reading(text), expected, text);
  });

  it('are kept by every fix', () => {
    const text = blocks(...PARTS.slice(0, 4), `${PARTS[4]} <!-- check with the Fund -->`, PARTS[5]);
    let fixed = text;
    for (let pass = 0; pass < 5; pass++) {
      const edits = firstFixEdits(lint(parseResolution(fixed)));
      if (edits.length === 0) break;
      fixed = applyEdits(fixed, edits).text;
    }
    assert.ok(fixed.includes('<!-- check with the Fund -->'), fixed);
    assert.ok(fixed.includes('3. *Requests*'), fixed);
  });
});

describe('suppression comments', () => {
  it('turn rules off from a disable to the enable that turns them on again', () => {
    const text = blocks(...PARTS.slice(0, 4), '<!-- unres-disable UNR004, punctuation -->', PARTS[4], '<!-- unres-enable -->', PARTS[5].replace('*Requests*', 'Requests'));
    // UNR004 and UNR008 are off for paragraph 2; UNR004 is on again for paragraph 4.
    assert.deepEqual(shown(text), [['UNR001', 15], ['UNR004', 15]]);
  });

  it('turn on again only the rules an enable names', () => {
    const text = blocks(...PARTS.slice(0, 4), '<!-- unres-disable -->', PARTS[4], '<!-- unres-enable UNR001 -->', PARTS[5]);
    assert.deepEqual(shown(text), [['UNR001', 15]]);
  });

  it('turn rules off in the whole file with disable-file, wherever it stands', () => {
    const text = blocks(...PARTS, '<!-- unres-disable-file UNR001 UNR004 -->');
    assert.deepEqual(shown(text), [['UNR008', 9]]);
  });

  it('turn rules off for the next paragraph with disable-next, also at the end of a paragraph', () => {
    const text = blocks(...PARTS.slice(0, 4).map((p, i) => (i === 3 ? `${p} <!-- unres-disable-next UNR004 -->` : p)), ...PARTS.slice(4));
    assert.deepEqual(shown(text), [['UNR008', 9], ['UNR001', 11]]);
  });
});

describe('suppression comments in a short draft', () => {
  const text = blocks(
    '<!-- unres-disable punctuation -->',
    'The General Assembly,',
    '*Recalling* its resolution 70/1;',
    '<!-- unres-disable-next UNR001, UNR004 -->',
    '2. Urges Member States to ratify the Convention;',
    '4. Invites States to share good practices.',
  );

  it('turns rules off for the file or for the next paragraph only', () => {
    assert.deepEqual(
      lint(parseResolution(text)).filter((f) => f.severity !== 'hint').map((f) => [f.ruleId, lineOf(text, f.span.start)]),
      [
        ['UNR001', 11],
        ['UNR004', 11],
      ],
    );
  });

  it('warns about a name that is no rule, and keeps the rest of the comment', () => {
    const text2 = blocks('<!-- unres-disable UNR999 italics -->', 'The General Assembly,', '1. Urges Member States to act;', '2. Invites States to act.');
    const found = lint(parseResolution(text2));
    assert.deepEqual(found.map((f) => [f.ruleId, f.severity, f.message]), [['UNR000', 'warning', 'The suppression comment names "UNR999", which is no rule id, alias or tag.']]);
  });
});
