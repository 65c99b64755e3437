import * as assert from 'node:assert/strict';
import { lint, parseResolution } from '../../server/src/core';
import { isPageFurniture } from '../../server/src/core/parse/units';

// A resolution copied out of its PDF keeps what the PDF prints on each page: the job number and
// its bar code at the foot of the first page, the page number and the running head (the symbol,
// with the title) at the top of the next. Drafts written for these tests, laid out that way.

const COPIED_FROM_PDF = `United Nations                                                  A/RES/81/77

General Assembly                                      Distr.: General
                                                      14 December 2026

Eighty-first session
Agenda item 19

Resolution adopted by the General Assembly on 9 December 2026

[on the report of the Second Committee (A/81/420, para. 12)]

81/77. Early warning of coastal flooding

The General Assembly,

*Recalling* its resolution 79/210 of 19 December 2024,

*Noting* the report of the Secretary-General on early warning systems,¹

¹ A/81/210.

26-21877 (E)    161226
*2621877*

A/RES/81/77                                          Early warning of coastal flooding

2/3                                                           26-21877

1. *Encourages* Member States to extend early warning coverage to coastal communities, in particular in small island developing
26-21877                                                      2/3

Early warning of coastal flooding                                A/RES/81/77

States and the least developed countries;

2. *Requests* the Secretary-General to report on the implementation of the present resolution at its eighty-third session.

*58th plenary meeting
9 December 2026*

26-21877
`;

describe('a resolution copied from its PDF, with the furniture of its pages', () => {
  it('passes over job numbers, bar codes, page numbers and running heads, and reads the paragraphs whole', () => {
    const doc = parseResolution(COPIED_FROM_PDF);
    const text = doc.text;
    assert.equal(doc.header.symbol?.text, 'A/RES/81/77');
    assert.deepEqual(doc.preamble.map((p) => p.opener?.text), ['Recalling', 'Noting']);
    assert.deepEqual(doc.operative.map((p) => p.number?.value), [1, 2]);
    const first = doc.operative[0];
    assert.deepEqual(
      first.contentPieces.map((piece) => text.slice(piece.start, piece.end)),
      ['*Encourages* Member States to extend early warning coverage to coastal communities, in particular in small island developing', 'States and the least developed countries;'],
    );
    assert.deepEqual(doc.headings, []);
    assert.ok(doc.closing?.date, 'the closing lines are read');
    assert.deepEqual(lint(doc).map((f) => `${f.ruleId} ${f.message}`), []);
  });

  it('tells page furniture from text that only looks like it', () => {
    for (const line of ['25-20512 (E)', '25-20512 (F)    181225    181225', '*2520512*', '\\*2520512\\*', '2/3', '12/14    25-20512', '25-20512    3/3']) {
      assert.ok(isPageFurniture(line), line);
    }
    for (const line of ['2/3 of the members', '25-20512 is the job number', '*Decides*', 'A/RES/81/77', '1990-2000', '*12345678*']) {
      assert.ok(!isPageFurniture(line), line);
    }
  });

  it('leaves a line that names the symbol in running text to its paragraph', () => {
    const text = COPIED_FROM_PDF.replace('*Noting* the report of the Secretary-General on early warning systems,¹', '*Noting* the report of the Secretary-General on early warning systems,¹ submitted under\nA/RES/81/77');
    const doc = parseResolution(text);
    const noting = doc.preamble[1];
    assert.match(text.slice(noting.span.start, noting.span.end), /submitted under\nA\/RES\/81\/77$/);
  });
});
