import * as assert from 'node:assert/strict';
import { LineIndex, isResolution, outline, parseResolution, type ResolutionDocument, type Span } from '../../server/src/core';

/** Joins blocks with blank lines, as drafts are written. */
const blocks = (...parts: string[]): string => parts.join('\n\n') + '\n';
const at = (doc: ResolutionDocument, span: Span | undefined): string | undefined => (span ? doc.text.slice(span.start, span.end) : undefined);

const ADOPTED = blocks(
  'General Assembly',
  'Distr.: General\n21 December 2026',
  'Eighty-first session',
  'Agenda item 69 (a)',
  'Elimination of racism, racial discrimination, xenophobia and related intolerance',
  'Resolution adopted by the General Assembly on 17 December 2026',
  '[*on the report of the Third Committee (A/81/455, para. 12)*]',
  '81/190. Literacy and learning for refugee and migrant adults',
  '*The General Assembly*,',
  '*Recalling* its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,',
  '*Bearing in mind* the Convention relating to the Status of Refugees,¹',
  '¹ United Nations, *Treaty Series*, vol. 189, No. 2545.',
  '*Taking note with appreciation also of* the work of the United Nations Educational, Scientific and Cultural Organization on adult learning,',
  '1. *Encourages* Member States to include refugee and migrant adults in national literacy programmes;',
  '2. *Also encourages* Member States to recognize learning acquired outside formal schooling;',
  '3. *Requests* the Secretary-General to submit to the General Assembly at its eighty-third session a report on the implementation of the present resolution.',
  '*61st plenary meeting\n17 December 2026*',
);

const DRAFT = blocks(
  'General Assembly',
  'Distr.: Limited\n4 November 2026',
  'Original: English',
  'Eighty-first session\nThird Committee\nAgenda item 28\nAdvancement of women',
  'Chile, Sweden and Trinidad and Tobago:\\* revised draft resolution',
  'Rural women and access to clean water',
  'The General Assembly,',
  'Recalling also the Convention on the Elimination of All Forms of Discrimination against Women[^1] and the commitments made at the Fourth World Conference on Women, and the need to make water services reach the women who collect',
  '\\* On behalf of the States Members of the United Nations that are members of a regional group.',
  '[^1]: United Nations, *Treaty Series*, vol. 1249, No. 20378.',
  '',
  'water for their households,',
  'Deeply concerned that women and girls spend many hours a day fetching water,',
  '1. *Urges Member States* to invest in rural water infrastructure;',
  '2. *Strongly* calls upon Governments to consult rural women when planning water services:',
  '(a) By holding consultations in the local languages;',
  '(b) By publishing budgets for water projects:',
  '(i) At the national level;',
  '(ii) At the local level;',
  '2 bis. *Invites* the regional commissions to share good practices;',
  'Follow-up',
  '3. *Decides to continue its consideration of the question at its eighty-third session.*',
);

describe('parseResolution: masthead and title', () => {
  it('reads the masthead of an adopted General Assembly resolution', () => {
    const doc = parseResolution(ADOPTED);
    const h = doc.header;
    assert.equal(h.body?.text, 'General Assembly');
    assert.equal(h.distribution?.text, 'General');
    assert.equal(h.date?.text, '21 December 2026');
    assert.equal(h.session?.text, 'Eighty-first session');
    assert.deepEqual(h.agendaItems.map((a) => [a.number.text, a.title?.text]), [['69 (a)', 'Elimination of racism, racial discrimination, xenophobia and related intolerance']]);
    assert.equal(h.adoption?.date.text, '17 December 2026');
    assert.equal(h.basis?.text, 'on the report of the Third Committee (A/81/455, para. 12)');
    assert.equal(h.resolutionNumber?.text, '81/190');
    assert.equal(h.title?.text, 'Literacy and learning for refugee and migrant adults');
    assert.equal(at(doc, h.resolutionNumber?.span), '81/190');
    assert.equal(at(doc, h.date?.span), '21 December 2026');
    assert.deepEqual(doc.problems, []);
  });

  it('reads the masthead of a draft with its sponsors and sponsor note', () => {
    const doc = parseResolution(DRAFT);
    const h = doc.header;
    assert.equal(h.distribution?.text, 'Limited');
    assert.equal(h.originalLanguage?.text, 'English');
    assert.equal(h.committee?.text, 'Third Committee');
    assert.deepEqual(h.sponsorLine?.sponsors.map((s) => s.text), ['Chile', 'Sweden', 'Trinidad and Tobago']);
    assert.deepEqual(h.sponsorLine?.sponsors.map((s) => at(doc, s.span)), ['Chile', 'Sweden', 'Trinidad and Tobago']);
    assert.equal(h.sponsorLine?.documentKind.text, 'revised draft resolution');
    assert.equal(h.title?.text, 'Rural women and access to clean water');
    const note = doc.footnoteReferences.find((r) => r.form === 'asterisk');
    assert.equal(at(doc, note?.span), '\\*');
    assert.equal(doc.footnoteDefinitions.filter((d) => d.form === 'asterisk').length, 1);
  });

  it('reads a second note marked with two asterisks, on the sponsor line and at the page end', () => {
    const doc = parseResolution(
      blocks(
        'General Assembly',
        'Distr.: Limited\n3 November 2026',
        'Original: Spanish',
        'Eighty-first session\nFirst Committee\nAgenda item 98 (d)',
        'Ecuador:\\*\\* draft resolution',
        'Regional centres for disarmament in the Andes',
        '*The General Assembly*,',
        '1. *Decides* to keep the question under review.',
        '\\* Reissued for technical reasons on 7 November 2026.',
        '\\*\\* On behalf of the States Members of the United Nations that are members of the Group of Latin American and Caribbean States.',
      ),
    );
    assert.deepEqual(doc.footnoteReferences.map((r) => [r.label, at(doc, r.span)]), [['**', '\\*\\*']]);
    assert.deepEqual(doc.footnoteDefinitions.map((d) => [d.label, at(doc, d.content)?.slice(0, 14)]), [['*', 'Reissued for t'], ['**', 'On behalf of t']]);
    assert.equal(doc.operative.length, 1);
    assert.equal(doc.operative[0].punctuation?.char, '.');
  });

  it('reads a masthead with two agenda items, an adoption heading over two lines and a title that goes on below its number', () => {
    const doc = parseResolution(
      blocks(
        'General Assembly',
        'Distr.: General\n9 January 2027',
        'Eighty-first session\nAgenda items 14 and 120 (b)',
        'Integrated and coordinated implementation of and follow-up\nto the outcomes of the major United Nations conferences',
        'Questions of coastal fisheries: small-scale fisheries',
        'Resolution adopted by the General Assembly\non 22 December 2026',
        '[*without reference to a Main Committee (A/81/L.40)*]',
        '81/260. Regional Agreement on Coastal Fisheries;',
        'Sharing of Data on Fish Stocks among the Coastal States of the Region',
        '*The General Assembly*,',
        '1. *Adopts* the Regional Agreement.',
      ),
    );
    const h = doc.header;
    assert.deepEqual(
      h.agendaItems.map((a) => [at(doc, a.number.span), a.title?.text]),
      [
        ['14', 'Integrated and coordinated implementation of and follow-up to the outcomes of the major United Nations conferences'],
        ['120 (b)', 'Questions of coastal fisheries: small-scale fisheries'],
      ],
    );
    assert.equal(h.adoption?.body.text, 'General Assembly');
    assert.equal(at(doc, h.adoption?.date.span), '22 December 2026');
    assert.equal(h.title?.text, 'Regional Agreement on Coastal Fisheries; Sharing of Data on Fish Stocks among the Coastal States of the Region');
    assert.deepEqual(doc.problems, []);
  });

  it('keeps "Agenda item 71 (a) and (b)" one item with one title, and the next block the title of the draft', () => {
    const doc = parseResolution(blocks('General Assembly', 'Distr.: Limited\n2 November 2026', 'Eighty-first session\nThird Committee\nAgenda item 71 (a) and (b)\nPromotion and protection of human rights', 'Norway: draft resolution', 'Human rights defenders in rural areas', 'The General Assembly,', '1. *Decides* to remain seized of the matter.'));
    assert.deepEqual(doc.header.agendaItems.map((a) => [a.number.text, a.title?.text]), [['71 (a) and (b)', 'Promotion and protection of human rights']]);
    assert.equal(doc.header.title?.text, 'Human rights defenders in rural areas');
  });

  it('takes the symbol from front matter when the masthead has none', () => {
    const doc = parseResolution(`<!--\nsymbol: A/C.3/81/L.12\n-->\n\n${DRAFT}`);
    assert.equal(doc.header.symbol?.text, 'A/C.3/81/L.12');
    // The symbol stands in the comment, which the text blanks out: it is found in the source.
    assert.equal(doc.source.slice(doc.header.symbol!.span.start, doc.header.symbol!.span.end), 'A/C.3/81/L.12');
    assert.equal(doc.comments.length, 1);
  });

  it('reports masthead lines it cannot place, and goes on', () => {
    const doc = parseResolution(blocks('General Assembly', 'Distr.: General\n2 May 2026', 'Please circulate before Friday', 'A title of a resolution', 'The General Assembly,', '1. *Decides* to proclaim an international day.'));
    assert.deepEqual(doc.problems.map((p) => [p.code, at(doc, p.span)]), [['unrecognized-header-line', 'Please circulate before Friday']]);
    assert.equal(doc.header.title?.text, 'A title of a resolution');
    assert.equal(doc.operative.length, 1);
  });
  it('reads the heading of a Security Council resolution', () => {
    const doc = parseResolution(
      blocks(
        'Security Council',
        'Resolution 2999 (2026)',
        'Adopted by the Security Council at its 9901st meeting, on 14 May 2026',
        'The Security Council,',
        '*Recalling* its previous resolutions on the situation in the region,',
        '1. *Decides* to renew the mandate of the mission until 31 May 2027;',
        '2. *Decides* to remain seized of the matter.',
      ),
    );
    assert.equal(doc.header.body?.text, 'Security Council');
    assert.equal(doc.header.resolutionNumber?.text, '2999 (2026)');
    assert.deepEqual([doc.header.adoption?.body.text, doc.header.adoption?.date.text], ['Security Council', '14 May 2026']);
    assert.equal(doc.opening?.body, 'Security Council');
    assert.deepEqual(doc.problems, []);
  });
});

describe('parseResolution: opening line', () => {
  for (const [line, body, italic] of [
    ['The General Assembly,', 'General Assembly', 'none'],
    ['*The General Assembly*,', 'General Assembly', 'full'],
    ['*The General* Assembly,', 'General Assembly', 'partial'],
    ['The Security Council,', 'Security Council', 'none'],
    ['*The Human Rights Council*,', 'Human Rights Council', 'full'],
    ['The Economic and Social Council,', 'Economic and Social Council', 'none'],
  ] as const) {
    it(`reads "${line}"`, () => {
      const doc = parseResolution(blocks(line, '*Recalling* its earlier resolutions,', '1. *Decides* to remain seized of the matter.'));
      assert.equal(doc.opening?.body, body);
      assert.equal(doc.opening?.italic, italic);
      assert.equal(at(doc, doc.opening?.comma), ',');
    });
  }

  it('notices an opening line without its comma', () => {
    const doc = parseResolution(blocks('The General Assembly', '1. *Decides* to remain seized of the matter.'));
    assert.equal(doc.opening?.comma, undefined);
  });

  it('reads the paragraphs of a text without an opening line', () => {
    const doc = parseResolution(blocks('*Recalling* its earlier resolutions,', '1. *Urges* Member States to act;', '2. *Decides* to remain seized of the matter.'));
    assert.equal(doc.opening, undefined);
    assert.deepEqual(doc.problems, []);
    assert.equal(doc.preamble.length, 1);
    assert.equal(doc.operative.length, 2);
  });
});

describe('parseResolution: paragraphs', () => {
  it('reads preambular opening phrases, several words long, and how far their italics reach', () => {
    const doc = parseResolution(ADOPTED);
    assert.deepEqual(doc.preamble.map((p) => [p.opener?.text, p.opener?.vocabulary, p.opener?.italic, p.punctuation?.char]), [
      ['Recalling', 'preambular', 'phrase', ','],
      ['Bearing in mind', 'preambular', 'phrase', ','],
      ['Taking note with appreciation also of', 'preambular', 'phrase', ','],
    ]);
  });

  it('reads operative numbers, verbs with their prefixes, and the final full stop', () => {
    const doc = parseResolution(ADOPTED);
    assert.deepEqual(doc.operative.map((p) => [p.number?.text, p.opener?.text, p.opener?.italic, p.punctuation?.char]), [
      ['1', 'Encourages', 'phrase', ';'],
      ['2', 'Also encourages', 'phrase', ';'],
      ['3', 'Requests', 'phrase', '.'],
    ]);
    assert.equal(at(doc, doc.operative[1].number?.span), '2.');
    assert.equal(at(doc, doc.operative[1].opener?.span), 'Also encourages');
  });

  it('tells italics over the phrase, beyond it, short of it, over the paragraph, and none', () => {
    const doc = parseResolution(DRAFT);
    assert.deepEqual(doc.preamble.map((p) => [p.opener?.text, p.opener?.italic]), [
      ['Recalling also', 'none'],
      ['Deeply concerned', 'none'],
    ]);
    assert.deepEqual(doc.operative.map((p) => [p.number?.text, p.opener?.text, p.opener?.italic]), [
      ['1', 'Urges', 'beyond'],
      ['2', 'Strongly calls upon', 'partial'],
      ['2 bis', 'Invites', 'phrase'],
      ['3', 'Decides', 'paragraph'],
    ]);
    assert.equal(at(doc, doc.operative[0].opener?.italicSpan), 'Urges Member States');
  });

  it('reads "5 bis" numbers and unnumbered headings in the operative part', () => {
    const doc = parseResolution(DRAFT);
    const bis = doc.operative[2].number;
    assert.deepEqual([bis?.text, bis?.value, bis?.suffix], ['2 bis', 2, 'bis']);
    assert.deepEqual(doc.headings.map((h) => [h.text, h.part]), [['Follow-up', 'operative']]);
  });

  it('joins a paragraph that runs on after a block of footnotes', () => {
    const doc = parseResolution(DRAFT);
    const first = doc.preamble[0];
    assert.equal(first.pieces.length, 2);
    assert.equal(at(doc, first.pieces[1]), 'water for their households,');
    assert.equal(first.punctuation?.char, ',');
  });

  it('joins a paragraph whose previous block stopped without punctuation, across a page break', () => {
    const doc = parseResolution(blocks('The General Assembly,', '*Recalling* the Convention for the Protection of the', '¹ A footnote.', '\n', 'Cultural Heritage,¹', '1. *Decides* to remain seized of the matter.'));
    assert.equal(doc.preamble.length, 1);
    assert.equal(doc.preamble[0].pieces.length, 2);
  });

  it('reads sub-paragraphs (a), (b) and (i), (ii) with their own punctuation', () => {
    const doc = parseResolution(DRAFT);
    const p = doc.operative[1];
    assert.equal(p.punctuation?.char, ':');
    assert.deepEqual(p.subparagraphs.map((s) => [s.label.text, s.level, s.ordinal, s.punctuation?.char]), [
      ['(a)', 1, 1, ';'],
      ['(b)', 1, 2, ':'],
    ]);
    assert.deepEqual(p.subparagraphs[1].children.map((s) => [s.label.text, s.level, s.ordinal, s.punctuation?.char]), [
      ['(i)', 2, 1, ';'],
      ['(ii)', 2, 2, ';'],
    ]);
  });

  it('counts "(i)" after "(h)" as the ninth letter', () => {
    const subs = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((l) => `(${l}) Item ${l};`);
    const doc = parseResolution(blocks('The General Assembly,', '1. *Decides*:', ...subs));
    assert.deepEqual(doc.operative[0].subparagraphs.map((s) => [s.label.text, s.level, s.ordinal]).slice(7), [
      ['(h)', 1, 8],
      ['(i)', 1, 9],
      ['(j)', 1, 10],
    ]);
  });

  it('reads preambular sub-items written as a list ("- (a) To promote ...")', () => {
    const doc = parseResolution(blocks('The General Assembly,', 'Reaffirming that the plan of action was developed:', '- (a) To promote ratification,\n- (b) To help Member States,', '1. *Decides* to remain seized of the matter.'));
    assert.deepEqual(doc.preamble[0].subparagraphs.map((s) => at(doc, s.label.span)), ['(a)', '(b)']);
  });

  it('keeps a preambular form in the operative part, and an operative verb that ends with a comma in the preamble', () => {
    const doc = parseResolution(blocks('The General Assembly,', 'Recalls that the Organization was founded in 1945,', '1. *Recalling* its earlier decisions;', '2. *Decides* to remain seized of the matter.'));
    assert.deepEqual(doc.preamble.map((p) => [p.opener?.text, p.opener?.vocabulary]), [['Recalls', 'operative']]);
    assert.deepEqual(doc.operative.map((p) => [p.opener?.text, p.opener?.vocabulary]), [
      ['Recalling', 'preambular'],
      ['Decides', 'operative'],
    ]);
  });

  it('reads a lone operative paragraph left unnumbered', () => {
    const doc = parseResolution(blocks('The General Assembly,', '*Recalling* its earlier resolutions,', '*Decides* to include the item in the provisional agenda of its eighty-second session.'));
    assert.equal(doc.preamble.length, 1);
    assert.equal(doc.operative.length, 1);
    assert.equal(doc.operative[0].number, undefined);
  });

  it('marks an opening phrase it does not know as unknown', () => {
    const doc = parseResolution(blocks('The General Assembly,', '1. *Urgs* Member States to act;', '2. Wants to remain seized of the matter.'));
    assert.deepEqual(doc.operative.map((p) => [p.opener?.text, p.opener?.vocabulary, p.opener?.italic]), [
      ['Urgs', 'unknown', 'phrase'],
      ['Wants', 'unknown', 'none'],
    ]);
  });
});

describe('parseResolution: footnotes and closing lines', () => {
  it('reads superscript and markdown references and definitions', () => {
    const doc = parseResolution(ADOPTED);
    assert.deepEqual(doc.footnoteReferences.map((r) => [r.label, r.form, at(doc, r.span)]), [['1', 'superscript', '¹']]);
    const d = doc.footnoteDefinitions[0];
    assert.deepEqual([d.label, d.number, at(doc, d.marker), at(doc, d.content)], ['1', 1, '¹', 'United Nations, *Treaty Series*, vol. 189, No. 2545.']);
    const draft = parseResolution(DRAFT);
    assert.deepEqual(draft.footnoteReferences.filter((r) => r.form === 'markdown').map((r) => [r.label, at(draft, r.span)]), [['1', '[^1]']]);
    assert.deepEqual(draft.footnoteDefinitions.filter((r) => r.form === 'markdown').map((r) => at(draft, r.marker)), ['[^1]:']);
  });

  it('reads multi-digit superscripts as one number', () => {
    const doc = parseResolution(blocks('The General Assembly,', '*Recalling* the Convention,³⁴', '³⁴ *Ibid.*', '1. *Decides* to remain seized of the matter.'));
    assert.deepEqual(doc.footnoteReferences.map((r) => r.number), [34]);
    assert.deepEqual(doc.footnoteDefinitions.map((r) => r.number), [34]);
  });

  it('reads the closing meeting and date, and reports text after them', () => {
    const doc = parseResolution(ADOPTED);
    assert.equal(doc.closing?.meeting?.text, '61st plenary meeting');
    assert.equal(doc.closing?.date?.text, '17 December 2026');
    const after = parseResolution(ADOPTED + '\nPlease check the meeting number.\n');
    assert.deepEqual(after.problems.map((p) => [p.code, at(after, p.span)]), [['text-after-closing', 'Please check the meeting number.']]);
    const annexed = parseResolution(ADOPTED + '\nAnnex\n\nTerms of reference of the working group\n');
    assert.deepEqual(annexed.problems, []);
    assert.equal(at(annexed, annexed.annex)?.startsWith('Annex'), true);
  });

  it('reports italics that are never closed', () => {
    const doc = parseResolution(blocks('The General Assembly,', '1. *Urges Member States to act;', '2. *Decides* to remain seized of the matter.'));
    assert.deepEqual(doc.problems.map((p) => [p.code, at(doc, p.span)]), [['unterminated-italics', '1.']]);
  });
});

describe('parseResolution: citations', () => {
  const text = blocks(
    'The General Assembly,',
    '*Recalling* its resolutions [61/180](#) of 20 December 2006, 63/194 of 18 December 2008 and 2200 A (XXI), Security Council resolution 1325 (2000) and Economic and Social Council resolution 2017/18 of 6 July 2017,',
    '*Taking note* of the reports of the Secretary-General (A/81/119 and A/C.3/81/L.16/Rev.1) and of general recommendation No. 38 (CEDAW/C/GC/38),¹',
    '¹ United Nations, *Treaty Series*, vols. 2171, 2173 and 2983, No. 27531; *Ibid.*, vol. 2237, No. 39574; League of Nations, *Treaty Series*, vol. 60, No. 1414.',
    '1. *Decides* to remain seized of the matter.',
  );
  const doc = parseResolution(text);

  it('reads lists of resolutions with their dates and organs', () => {
    const res = doc.citations.filter((c) => c.kind === 'resolution');
    assert.deepEqual(
      res.map((c) => [c.number, c.organ, c.date?.text]),
      [
        ['61/180', 'General Assembly', '20 December 2006'],
        ['63/194', 'General Assembly', '18 December 2008'],
        ['2200 A (XXI)', 'General Assembly', undefined],
        ['1325 (2000)', 'Security Council', undefined],
        ['2017/18', 'Economic and Social Council', '6 July 2017'],
      ],
    );
    assert.equal(at(doc, res[0].span), '61/180](#) of 20 December 2006');
  });

  it('reads document symbols and link artefacts', () => {
    assert.deepEqual(doc.citations.filter((c) => c.kind === 'document').map((c) => c.kind === 'document' && c.symbol), ['A/81/119', 'A/C.3/81/L.16/Rev.1', 'CEDAW/C/GC/38']);
    assert.deepEqual(doc.citations.filter((c) => c.kind === 'link').map((c) => at(doc, c.span)), ['[61/180](#)']);
  });

  it('reads Treaty Series citations: several volumes, Ibid., the League of Nations series', () => {
    const ts = doc.citations.flatMap((c) => (c.kind === 'treatySeries' ? [[c.series, c.ibid, c.volumes, c.registrationNumber]] : []));
    assert.deepEqual(ts, [
      ['United Nations', false, [2171, 2173, 2983], 27531],
      ['ibid', true, [2237], 39574],
      ['League of Nations', false, [60], 1414],
    ]);
  });
});

describe('parseResolution: any text', () => {
  it('gives the same structure for CRLF line endings, with spans on the CRLF text', () => {
    const lf = parseResolution(DRAFT);
    const crlfText = DRAFT.replace(/\n/g, '\r\n');
    const crlf = parseResolution(crlfText);
    assert.equal(crlf.preamble.length, lf.preamble.length);
    assert.equal(crlf.operative.length, lf.operative.length);
    assert.deepEqual(crlf.operative.map((p) => at(crlf, p.opener?.span)), lf.operative.map((p) => at(lf, p.opener?.span)));
    assert.deepEqual(crlf.problems.map((p) => p.code), lf.problems.map((p) => p.code));
    assert.ok(crlf.preamble.every((p) => p.pieces.every((s) => !crlfText.slice(s.start, s.end).endsWith('\r'))));
  });

  it('never throws on broken input', () => {
    const inputs = ['', '\n\n\n', '\u0000\u0001binary\uFFFD', '*', '**', '[', '[^', '[^1]:', '¹', '(a)', '1.', '1. *', 'The General Assembly,', '\uD800 lone surrogate', '😀 1. *Urges* 😀;', 'x'.repeat(100000), '1. a\n'.repeat(5000)];
    for (const input of inputs) {
      const doc = parseResolution(input);
      for (const p of doc.problems) assert.ok(p.span.start >= 0 && p.span.end <= input.length && p.span.start <= p.span.end);
    }
  });

  it('tells a resolution from other text', () => {
    assert.equal(isResolution(parseResolution(DRAFT)), true);
    assert.equal(isResolution(parseResolution('# Meeting notes\n\n1. Install the software.\n2. Restart the computer.\n')), false);
    assert.equal(isResolution(parseResolution(blocks('1. *Urges* Member States to act;', '2. *Decides* to remain seized of the matter.'))), true);
  });
});

describe('outline', () => {
  it('lists the header, the preamble, each operative paragraph as "N. Verb", headings and footnotes', () => {
    const doc = parseResolution(DRAFT);
    const items = outline(doc);
    assert.deepEqual(items.map((i) => i.name), ['Header', 'The General Assembly', 'Preamble', 'Operative part']);
    // The footnotes printed at a page break inside the first preambular paragraph stand in the preamble.
    const preamble = items.find((i) => i.kind === 'preamble')!;
    assert.deepEqual(preamble.children.map((c) => c.name), ['Recalling also', 'Footnotes *, 1', 'Deeply concerned']);
    const operative = items.find((i) => i.kind === 'operative')!;
    assert.deepEqual(operative.children.map((c) => c.name), ['1. Urges', '2. Strongly calls upon', '2 bis. Invites', 'Follow-up', '3. Decides']);
    assert.deepEqual(operative.children[1].children.map((c) => c.name), ['(a)', '(b)']);
  });
});

describe('LineIndex', () => {
  it('converts offsets and positions for LF, CRLF and lone CR, counting UTF-16 units', () => {
    const index = new LineIndex('a😀b\r\nc\rd\ne');
    assert.deepEqual(index.positionAt(3), { line: 0, character: 3 });
    assert.deepEqual(index.positionAt(6), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(8), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(10), { line: 3, character: 0 });
    assert.equal(index.offsetAt({ line: 1, character: 0 }), 6);
    assert.equal(index.offsetAt({ line: 9, character: 0 }), 11);
    assert.deepEqual(index.positionAt(-5), { line: 0, character: 0 });
  });
});
