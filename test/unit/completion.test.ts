import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  applyEdits,
  completionsAt,
  documentSession,
  lint,
  MEMBER_STATE_NAMES,
  OBSERVER_STATE_NAMES,
  parseResolution,
  sessionFromOrdinal,
  sessionOrdinal,
  type CompletionItem,
} from '../../server/src/core';
import { REPO_ROOT } from '../support/paths';

/** Where the cursor stands in a test draft. */
const CURSOR = '‸';

const lines = (...parts: string[]): string => parts.join('\n') + '\n';

/** The masthead of a Third Committee draft of the eightieth session, written for these tests. */
const MASTHEAD = [
  'A/C.3/80/L.12',
  '',
  'General Assembly',
  'Distr.: Limited',
  '30 October 2025',
  'Original: English',
  'Eightieth session',
  'Third Committee',
  'Agenda item 68',
  'Promotion and protection of human rights',
  'Chile, Ghana and Norway: draft resolution',
  'Rights of older persons in rural areas',
  '',
];

/** A draft on the rights of older persons: its body, with `CURSOR` where a test puts it. */
function olderPersons(...body: string[]): string {
  return lines(...MASTHEAD, 'The General Assembly,', '', ...body);
}

const PREAMBLE = [
  '*Recalling* its resolution 78/177 of 19 December 2023 on older persons,',
  '',
  '*Concerned* that older women in rural areas often live without a pension,',
  '',
];
const OPERATIVE = [
  '1. *Urges* Member States to include older persons in rural development plans;',
  '',
  '2. *Requests* the Secretary-General to gather data on the income of older persons;',
  '',
];

interface AtCursor {
  text: string;
  items: CompletionItem[];
}

function completeAt(withCursor: string): AtCursor {
  const offset = withCursor.indexOf(CURSOR);
  assert.ok(offset >= 0, 'the draft has a cursor');
  const text = withCursor.slice(0, offset) + withCursor.slice(offset + CURSOR.length);
  return { text, items: completionsAt(parseResolution(text), offset) };
}

/** The text once an item is accepted: its own edit and its additional edits. */
function accept(text: string, item: CompletionItem): string {
  return applyEdits(text, [{ span: item.replace, newText: item.newText }, ...(item.additionalEdits ?? [])]).text;
}

const labels = (items: readonly CompletionItem[], kind: CompletionItem['kind']): string[] => items.filter((i) => i.kind === kind).map((i) => i.label);
const item = (items: readonly CompletionItem[], label: string, description?: string): CompletionItem => {
  const found = items.find((i) => i.label === label && i.description === description);
  assert.ok(found, `an item "${label}"${description ? ` (${description})` : ''} among ${items.map((i) => i.label).slice(0, 12).join(', ')}`);
  return found;
};

describe('completion: operative paragraphs', () => {
  it('starts a new paragraph with the next number and an operative phrase in italics, "Also" first for the verb just used', () => {
    const { text, items } = completeAt(olderPersons(...PREAMBLE, ...OPERATIVE, CURSOR));
    assert.deepEqual(
      items.slice(0, 6).map((i) => [i.label, i.newText, i.preselect ?? false]),
      [
        ['3.', '3. ', false],
        ['Also requests', '3. *Also requests* ', true],
        ['Further requests', '3. *Further requests* ', false],
        ['Also urges', '3. *Also urges* ', false],
        ['Further urges', '3. *Further urges* ', false],
        ['Requests', '3. *Requests* ', false],
      ],
    );
    assert.ok(!labels(items, 'preambularPhrase').length, 'no preambular phrase in the operative part');
    assert.equal(
      accept(text, item(items, 'Also requests')),
      olderPersons(...PREAMBLE, ...OPERATIVE, '3. *Also requests* '),
    );
    const encourages = item(items, 'Encourages');
    assert.equal(encourages.detail, 'Operative phrase');
    assert.equal(accept(text, encourages).endsWith('\n3. *Encourages* \n'), true);
  });

  it('offers only phrases that official texts use, never one known only from Model UN guides', () => {
    const { items } = completeAt(olderPersons(...PREAMBLE, ...OPERATIVE, CURSOR));
    const offered = labels(items, 'operativePhrase');
    for (const mun of ['Instructs', 'Designates']) assert.ok(!offered.includes(mun), mun);
    for (const official of ['Calls upon', 'Decides', 'Takes note', 'Welcomes', 'Reaffirms', 'Expresses its appreciation', 'Notes with concern', 'Takes note with appreciation']) assert.ok(offered.includes(official), official);
    // The phrases with an attitude noun come after the plain ones.
    assert.ok(offered.indexOf('Notes with concern') > offered.indexOf('Trusts'));
  });

  it('offers "Further" once "Also" was used, and completes what was typed after the number', () => {
    const body = [...PREAMBLE, ...OPERATIVE, '3. *Also requests* the Secretary-General to consult older persons;', ''];
    const { text, items } = completeAt(olderPersons(...body, `4. *Furth${CURSOR}`));
    const requests = items.filter((i) => /requests$/i.test(i.label)).map((i) => [i.label, i.newText]);
    // "Further" first; "Also" again after it, as official texts sometimes have it.
    assert.deepEqual(requests, [
      ['Further requests', '*Further requests* '],
      ['Also requests', '*Also requests* '],
      ['Requests', '*Requests* '],
    ]);
    assert.equal(item(items, 'Further requests').preselect, true);
    assert.equal(text.slice(item(items, 'Further requests').replace.start, item(items, 'Further requests').replace.end), '*Furth');
    assert.equal(accept(text, item(items, 'Further requests')), olderPersons(...body, '4. *Further requests* '));
    assert.ok(!items.some((i) => i.kind === 'paragraphNumber'), 'the number is already written');
  });

  it('offers nothing inside a paragraph that goes on over a line break', () => {
    const { items } = completeAt(olderPersons(...PREAMBLE, '1. *Urges* Member States to include older persons', `in ${CURSOR}`));
    assert.deepEqual(items.filter((i) => i.kind === 'operativePhrase' || i.kind === 'preambularPhrase'), []);
  });
});

describe('completion: sub-paragraphs', () => {
  const chapeau = '1. *Urges* States to make birth registration universal, including by:';
  it('offers the next label after a sub-paragraph, the deeper one first, then the next paragraph', () => {
    const body = [...PREAMBLE, chapeau, '', '(a) Registering every child at birth;', '', '(b) Issuing certificates free of charge:', '', '(i) In rural areas;', '', '(ii) In camps for displaced persons;', ''];
    const { text, items } = completeAt(olderPersons(...body, CURSOR));
    assert.deepEqual(
      items.slice(0, 4).map((i) => [i.label, i.newText, i.preselect ?? false]),
      [
        ['(iii)', '(iii) ', true],
        ['(c)', '(c) ', false],
        ['2.', '2. ', false],
        ['Also urges', '2. *Also urges* ', false],
      ],
    );
    assert.equal(accept(text, items[1]), olderPersons(...body, '(c) '));
  });

  it('offers "(i)" under a sub-paragraph that ends with a colon, and completes a label begun', () => {
    const colon = completeAt(olderPersons(...PREAMBLE, chapeau, '', '(a) Registering every child at birth, in particular:', '', CURSOR));
    assert.deepEqual(colon.items.filter((i) => i.kind === 'subparagraphLabel').map((i) => i.label), ['(i)', '(b)']);
    const begun = completeAt(olderPersons(...PREAMBLE, chapeau, '', '(a) Registering every child at birth;', '', `(b${CURSOR}`));
    assert.deepEqual(begun.items.map((i) => i.label), ['(b)']);
    assert.equal(accept(begun.text, begun.items[0]), olderPersons(...PREAMBLE, chapeau, '', '(a) Registering every child at birth;', '', '(b) '));
  });
});

describe('completion: preambular paragraphs', () => {
  it('offers preambular phrases in italics after the opening line, and "Recalling also" once "Recalling" was used', () => {
    const first = completeAt(olderPersons(CURSOR, '', ...OPERATIVE));
    assert.equal(first.items[0].kind, 'preambularPhrase');
    assert.ok(!first.items.some((i) => i.kind === 'operativePhrase'), 'the operative part follows: no operative phrase before it');
    assert.equal(accept(first.text, item(first.items, 'Bearing in mind')), olderPersons('*Bearing in mind* ', '', ...OPERATIVE));

    const { text, items } = completeAt(olderPersons(...PREAMBLE, `*Rec${CURSOR}`, '', ...OPERATIVE));
    assert.deepEqual(
      items.slice(0, 2).map((i) => [i.label, i.newText]),
      [
        ['Recalling also', '*Recalling also* '],
        ['Recalling further', '*Recalling further* '],
      ],
    );
    assert.equal(accept(text, items[0]), olderPersons(...PREAMBLE, '*Recalling also* ', '', ...OPERATIVE));
  });

  it('offers both parts where the preamble may end: more preambular phrases, or operative paragraph 1', () => {
    const { text, items } = completeAt(olderPersons(...PREAMBLE, CURSOR));
    assert.ok(labels(items, 'preambularPhrase').includes('Welcoming'));
    assert.equal(item(items, '1.').newText, '1. ');
    assert.equal(accept(text, item(items, 'Decides')), olderPersons(...PREAMBLE, '1. *Decides* '));
  });
});

describe('completion: sessions', () => {
  it('writes the session after the draft’s own (A/C.3/80/L.12: the eightieth) first, in words', () => {
    const body = [...PREAMBLE, '1. *Requests* the Secretary-General to report to the General Assembly at its eigh' + CURSOR];
    const { text, items } = completeAt(olderPersons(...body));
    assert.equal(documentSession(parseResolution(text))?.number, 80);
    assert.deepEqual(
      items.map((i) => [i.label, i.newText, i.preselect ?? false]),
      [
        ['eighty-first session', 'eighty-first session', true],
        ['eighty-second session', 'eighty-second session', false],
        ['eighty-third session', 'eighty-third session', false],
        ['eightieth session', 'eightieth session', false],
      ],
    );
    assert.equal(accept(text, items[0]), olderPersons(...PREAMBLE, '1. *Requests* the Secretary-General to report to the General Assembly at its eighty-first session'));
  });

  it('writes only the ordinal when "session" follows, and reads the session line when there is no symbol', () => {
    const withoutSymbol = (body: string) => lines(...MASTHEAD.slice(2).map((l) => l.replace('Eightieth session', 'Seventy-ninth session')), 'The General Assembly,', '', body);
    const { text, items } = completeAt(withoutSymbol(`1. *Decides* to include in the provisional agenda of its ${CURSOR} session the item entitled “Older persons”.`));
    assert.deepEqual(documentSession(parseResolution(text)), { number: 79, naming: 'ordinal', from: 'session line' });
    assert.equal(items[0].newText, 'eightieth');
    assert.equal(accept(text, items[0]), withoutSymbol('1. *Decides* to include in the provisional agenda of its eightieth session the item entitled “Older persons”.'));
  });

  it('counts sessions of the Economic and Social Council in years, and offers none where the text gives no session', () => {
    const ecosoc = lines('E/2026/L.14', '', 'The Economic and Social Council,', '', `1. *Requests* the Secretary-General to report to the Council at its ${CURSOR}`);
    const { items } = completeAt(ecosoc);
    assert.deepEqual(items.map((i) => i.newText), ['2027 session', '2028 session', '2029 session', '2026 session']);
    assert.deepEqual(completeAt(lines('The General Assembly,', '', `1. *Requests* a report at its ${CURSOR}`)).items, []);
  });

  it('spells ordinals as the General Assembly does', () => {
    assert.deepEqual([1, 2, 3, 9, 10, 11, 12, 19, 20, 21, 40, 78, 80, 81, 99].map(sessionOrdinal), [
      'first', 'second', 'third', 'ninth', 'tenth', 'eleventh', 'twelfth', 'nineteenth', 'twentieth', 'twenty-first', 'fortieth', 'seventy-eighth', 'eightieth', 'eighty-first', 'ninety-ninth',
    ]);
    assert.equal(sessionOrdinal(100), undefined);
    assert.equal(sessionFromOrdinal('Seventy-ninth'), 79);
  });
});

describe('completion: footnote numbers', () => {
  const body = [
    '*Recalling* the Madrid International Plan of Action on Ageing, 2002,¹ and the Principles for Older Persons,²',
    '',
    '*Noting* the report of the Independent Expert on older persons,³',
    '',
    '¹ *Report of the Second World Assembly on Ageing, Madrid, 8–12 April 2002* (United Nations publication, Sales No. E.02.IV.4), chap. I, resolution 1, annex II.',
  ];
  it('offers the next footnote definitions not yet written, under the last one', () => {
    const { text, items } = completeAt(olderPersons(...body, CURSOR, '', ...OPERATIVE));
    // A paragraph may also go on there after a page break: preambular phrases follow the numbers.
    assert.deepEqual(items.slice(0, 3).map((i) => i.kind), ['footnoteNumber', 'footnoteNumber', 'preambularPhrase']);
    assert.deepEqual(items.filter((i) => i.kind === 'footnoteNumber').map((i) => [i.label, i.newText, i.preselect ?? false]), [
      ['² footnote 2', '² ', true],
      ['³ footnote 3', '³ ', false],
    ]);
    assert.equal(accept(text, items[0]), olderPersons(...body, '² ', '', ...OPERATIVE));
  });

  it('writes the mark of the next footnote after "^", renumbering the footnotes after it and adding its definition', () => {
    const withDefinitions = [...body.slice(0, 4), '¹ Resolution 57/167, annex.', '² Resolution 46/91, annex.', '³ A/80/157.', ''];
    const typed = withDefinitions.map((l, i) => (i === 2 ? l.replace('older persons,³', `older persons^${CURSOR},³`) : l));
    const { text, items } = completeAt(olderPersons(...typed, ...OPERATIVE));
    assert.equal(items.length, 1);
    assert.equal(items[0].label, '³ footnote 3');
    assert.equal(
      accept(text, items[0]),
      olderPersons(
        '*Recalling* the Madrid International Plan of Action on Ageing, 2002,¹ and the Principles for Older Persons,²',
        '',
        '*Noting* the report of the Independent Expert on older persons³,⁴',
        '',
        '¹ Resolution 57/167, annex.',
        '² Resolution 46/91, annex.',
        '³ ',
        '⁴ A/80/157.',
        '',
        ...OPERATIVE,
      ),
    );
  });
});

describe('completion: sponsors', () => {
  const masthead = (sponsorLine: string) => lines(...MASTHEAD.slice(0, 10), sponsorLine, ...MASTHEAD.slice(11), 'The General Assembly,', '', ...PREAMBLE, ...OPERATIVE);

  it('offers Member States in their United Nations short names, leaving out the sponsors already listed', () => {
    const { text, items } = completeAt(masthead(`Chile, Ghana, Norway and Bol${CURSOR}: draft resolution`));
    const names = items.map((i) => i.label);
    assert.ok(!names.includes('Chile') && !names.includes('Norway'));
    assert.ok(names.includes('Bolivia (Plurinational State of)') && names.includes('Netherlands (Kingdom of the)') && names.includes('Türkiye'));
    assert.equal(
      accept(text, item(items, 'Bolivia (Plurinational State of)')),
      masthead('Chile, Ghana, Norway and Bolivia (Plurinational State of): draft resolution'),
    );
  });

  it('completes a name with "and" in it as one name', () => {
    const { text, items } = completeAt(masthead(`Chile, Ghana and Trinidad and T${CURSOR}: draft resolution`));
    assert.equal(accept(text, item(items, 'Trinidad and Tobago')), masthead('Chile, Ghana and Trinidad and Tobago: draft resolution'));
  });

  it('holds every State named in the sponsor lines of the real drafts in ../shared', function () {
    const shared = path.resolve(REPO_ROOT, '..', 'shared');
    if (!fs.existsSync(shared)) {
      if (process.env.CI) assert.fail(`${shared} is missing`);
      this.skip();
    }
    assert.equal(MEMBER_STATE_NAMES.length, 193);
    const known = new Set([...MEMBER_STATE_NAMES, ...OBSERVER_STATE_NAMES]);
    const files = ['corpus', 'samples'].flatMap((dir) => fs.readdirSync(path.join(shared, dir)).filter((f) => /\.(?:md|txt)$/.test(f) && f !== 'README.md').map((f) => path.join(shared, dir, f)));
    let sponsors = 0;
    for (const file of files) {
      for (const sponsor of parseResolution(fs.readFileSync(file, 'utf8')).header.sponsorLine?.sponsors ?? []) {
        sponsors++;
        assert.ok(known.has(sponsor.text), `${path.basename(file)}: "${sponsor.text}"`);
      }
    }
    assert.ok(sponsors > 100, `${sponsors} sponsors read`);
  });
});

describe('completion: treaty titles', () => {
  it('completes "Convention on the Rig" to official titles, with and without their Treaty Series footnote', () => {
    const body = [
      '*Recalling* the International Covenant on Economic, Social and Cultural Rights,¹',
      '',
      `*Bearing in mind* the Convention on the Rig${CURSOR} and the Principles for Older Persons,²`,
      '',
      '¹ United Nations, *Treaty Series*, vol. 993, No. 14531.',
      '² Resolution 46/91, annex.',
      '',
    ];
    const { text, items } = completeAt(olderPersons(...body, ...OPERATIVE));
    assert.deepEqual(
      items.map((i) => [i.label, i.description ?? '', i.preselect ?? false]),
      [
        ['Convention on the Rights of the Child', 'with Treaty Series footnote', true],
        ['Convention on the Rights of the Child', '', false],
        ['Convention on the Rights of Persons with Disabilities', 'with Treaty Series footnote', false],
        ['Convention on the Rights of Persons with Disabilities', '', false],
      ],
    );
    const withFootnote = accept(text, items[2]);
    assert.equal(
      withFootnote,
      olderPersons(
        '*Recalling* the International Covenant on Economic, Social and Cultural Rights,¹',
        '',
        '*Bearing in mind* the Convention on the Rights of Persons with Disabilities² and the Principles for Older Persons,³',
        '',
        '¹ United Nations, *Treaty Series*, vol. 993, No. 14531.',
        // The footnote printed before it cites the Treaty Series too (conventions FN-04).
        '² *Ibid.*, vol. 2515, No. 44910.',
        '³ Resolution 46/91, annex.',
        '',
        ...OPERATIVE,
      ),
    );
    const footnoteFindings = lint(parseResolution(withFootnote)).filter((f) => /^UNR0[23]/.test(f.ruleId));
    assert.deepEqual(footnoteFindings.map((f) => `${f.ruleId}: ${f.message}`), []);
    assert.equal(accept(text, items[3]), olderPersons(...body.map((l) => l.replace(`Rig${CURSOR}`, 'Rights of Persons with Disabilities')), ...OPERATIVE));
  });

  it('writes the whole citation in a footnote that follows no Treaty Series footnote', () => {
    const { text, items } = completeAt(olderPersons(`*Guided by* the Convention on the Rights of the Ch${CURSOR},`, '', ...OPERATIVE));
    assert.deepEqual(items.map((i) => i.description ?? ''), ['with Treaty Series footnote', '']);
    // With no footnote yet, the definition goes at the end of the text, as "Insert footnote" puts it.
    assert.equal(accept(text, items[0]), `${text.replace('Rights of the Ch,', 'Rights of the Child¹,')}\n¹ United Nations, *Treaty Series*, vol. 1577, No. 27531.`);
  });

  it('does not cite a treaty again that a footnote already cites, and waits for more than a word', () => {
    const body = [`*Recalling* the Convention on the Rights of the Child,¹ and reaffirming the Convention on the Rights o${CURSOR}`, '', '¹ United Nations, *Treaty Series*, vol. 1577, No. 27531.', ''];
    const { items } = completeAt(olderPersons(...body, ...OPERATIVE));
    assert.deepEqual(
      items.map((i) => [i.label, i.description ?? '']),
      [
        ['Convention on the Rights of the Child', ''],
        ['Convention on the Rights of Persons with Disabilities', 'with Treaty Series footnote'],
        ['Convention on the Rights of Persons with Disabilities', ''],
      ],
    );
    assert.deepEqual(completeAt(olderPersons(`*Recalling* the Conven${CURSOR}`, '', ...OPERATIVE)).items.filter((i) => i.kind === 'treatyTitle'), []);
  });
});

describe('completion: long lines', () => {
  it('answers at the end of a paragraph of two million characters on one line, and in a sponsor line of one', () => {
    const clause = 'and the Convention on the Rights of Persons with Disabilities, in all regions, ';
    const long = clause.repeat(Math.ceil(2_000_000 / clause.length));
    const { text, items } = completeAt(olderPersons(`*Recalling* ${long}the Convention on the Rig${CURSOR}`, '', ...OPERATIVE));
    assert.deepEqual(items.filter((i) => !i.description).map((i) => i.label), ['Convention on the Rights of the Child', 'Convention on the Rights of Persons with Disabilities']);
    assert.equal(text.slice(items[0].replace.start, items[0].replace.end), 'Convention on the Rig');
    const sponsors = completeAt(lines(`${'Chile, '.repeat(300_000)}Ghana and Ken${CURSOR}: draft resolution`, 'Title', '', 'The General Assembly,'));
    assert.deepEqual(sponsors.items, []);
  });
});
