import * as assert from 'node:assert/strict';
import { lint, parseResolution } from '../../server/src/core';
import { describeWordParagraph, readDocx, wordParagraphAt, type DocxReading, type DocxReadOptions } from '../../server/src/docx';
import {
  comment,
  commented,
  deleted,
  footnote,
  footnoteReference,
  inserted,
  italic,
  listDefinition,
  listInstance,
  listItem,
  OPERATIVE_LIST,
  paragraph,
  run,
  wordFile,
  type WordParts,
} from '../support/wordFiles';

function read(parts: WordParts, options: DocxReadOptions = {}): DocxReading {
  const result = readDocx(wordFile(parts), options);
  if (!result.ok) assert.fail(`refused: ${result.reason}`);
  return result.reading;
}

/** The paragraphs of the text read, without the blank lines between them. */
function blocksOf(reading: DocxReading): string[] {
  return reading.text.trimEnd().split('\n\n');
}

describe('reading a Word file: numbering', () => {
  it('writes the numbers Word shows for operative paragraphs and their "(a)" sub-paragraphs', () => {
    const reading = read({
      numbering: OPERATIVE_LIST + listInstance(1, 0),
      body: [
        paragraph(run('The General Assembly,')),
        paragraph(italic('Urges') + run(' Member States:'), listItem(1)),
        paragraph(run('To ratify the Convention;'), listItem(1, 1)),
        paragraph(run('To report on its implementation;'), listItem(1, 1)),
        paragraph(italic('Requests') + run(' the Secretary-General:'), listItem(1)),
        paragraph(run('To convene a meeting;'), listItem(1, 1)),
        paragraph(run('Of experts, including:'), listItem(1, 2)),
        paragraph(run('lawyers;'), listItem(1, 2)),
        paragraph(italic('Decides') + run(' to remain seized of the matter.'), listItem(1)),
      ].join(''),
    });
    assert.deepEqual(blocksOf(reading), [
      'The General Assembly,',
      '1. *Urges* Member States:',
      '(a) To ratify the Convention;',
      '(b) To report on its implementation;',
      '2. *Requests* the Secretary-General:',
      '(a) To convene a meeting;',
      '(i) Of experts, including:',
      '(ii) lawyers;',
      '3. *Decides* to remain seized of the matter.',
    ]);
  });

  it('continues a list across unnumbered paragraphs and across instances of one definition, and restarts at a startOverride', () => {
    const reading = read({
      numbering: OPERATIVE_LIST + listInstance(1, 0) + listInstance(2, 0) + listInstance(3, 0, { 0: 1 }),
      body: [
        paragraph(run('First;'), listItem(1)),
        paragraph(run('An unnumbered paragraph between.')),
        paragraph(run('Second;'), listItem(1)),
        paragraph(run('Third, in another instance of the same list;'), listItem(2)),
        paragraph(run('Restarted;'), listItem(3)),
        paragraph(run('Restarted list, second.'), listItem(3)),
      ].join(''),
    });
    assert.deepEqual(blocksOf(reading), [
      '1. First;',
      'An unnumbered paragraph between.',
      '2. Second;',
      '3. Third, in another instance of the same list;',
      '1. Restarted;',
      '2. Restarted list, second.',
    ]);
  });

  it('reads a start value, upper roman and letter formats, a level that never restarts, and numbering given by a paragraph style', () => {
    const reading = read({
      numbering:
        listDefinition(5, [
          { format: 'upperRoman', text: '%1.', start: 3 },
          { format: 'upperLetter', text: '%2.', restart: 0 },
        ]) +
        listInstance(7, 5) +
        listDefinition(6, [{ format: 'decimal', text: '%1.' }]) +
        listInstance(8, 6),
      styles:
        '<w:style w:type="paragraph" w:styleId="OperativePara"><w:name w:val="Operative paragraph"/><w:pPr><w:numPr><w:numId w:val="8"/></w:numPr></w:pPr></w:style>',
      body: [
        paragraph(run('Section heading'), listItem(7)),
        paragraph(run('A part'), listItem(7, 1)),
        paragraph(run('Next section'), listItem(7)),
        paragraph(run('Another part, not restarted'), listItem(7, 1)),
        paragraph(run('Styled paragraph'), '<w:pStyle w:val="OperativePara"/>'),
        paragraph(run('Styled paragraph, numbering switched off'), `<w:pStyle w:val="OperativePara"/>${listItem(0)}`),
        paragraph(run('Styled again'), '<w:pStyle w:val="OperativePara"/>'),
      ].join(''),
    });
    assert.deepEqual(blocksOf(reading), [
      'III. Section heading',
      'A. A part',
      'IV. Next section',
      'B. Another part, not restarted',
      '1. Styled paragraph',
      'Styled paragraph, numbering switched off',
      '2. Styled again',
    ]);
    assert.equal(reading.paragraphs[4].paragraph.number, '1.');
  });

  it('reports a paragraph whose numbering is not defined, and reads it without a number', () => {
    const reading = read({ numbering: OPERATIVE_LIST, body: paragraph(run('Orphan;'), listItem(42)) });
    assert.deepEqual(blocksOf(reading), ['Orphan;']);
    assert.equal(reading.notices.length, 1);
    assert.equal(reading.notices[0].kind, 'numbering');
    assert.equal(reading.notices[0].paragraph?.index, 1);
  });
});

describe('reading a Word file: italics, notes, tables', () => {
  it('writes italics split across runs (as Word splits them between editing sessions) as one *…*', () => {
    const reading = read({
      body: paragraph(italic('Deeply ') + italic('con') + italic('cerned ') + run('by the situation, ') + italic('inter alia') + run(', in the region,')),
    });
    assert.deepEqual(blocksOf(reading), ['*Deeply concerned* by the situation, *inter alia*, in the region,']);
  });

  it('takes italics from a character style, and escapes asterisks of the text', () => {
    const reading = read({
      styles: '<w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/><w:rPr><w:i/></w:rPr></w:style>',
      body: paragraph(run('Welcoming', { style: 'Emphasis' }) + run(' the report* of the Panel,')),
    });
    assert.deepEqual(blocksOf(reading), ['*Welcoming* the report\\* of the Panel,']);
  });

  it('writes footnotes as superscript marks in reading order, each note after the paragraph that marks it', () => {
    const reading = read({
      footnotes:
        footnote(2, run('United Nations, ') + italic('Treaty Series') + run(', vol. 1577, No. 27531.')) +
        footnote(3, run('Resolution 70/1.')),
      body: [
        paragraph(italic('Recalling') + run(' the Convention on the Rights of the Child,') + footnoteReference(2)),
        paragraph(italic('Reaffirming') + run(' the 2030 Agenda for Sustainable Development,') + footnoteReference(3)),
      ].join(''),
    });
    assert.deepEqual(blocksOf(reading), [
      '*Recalling* the Convention on the Rights of the Child,¹',
      '¹ United Nations, *Treaty Series*, vol. 1577, No. 27531.',
      '*Reaffirming* the 2030 Agenda for Sustainable Development,²',
      '² Resolution 70/1.',
    ]);
    const note = reading.paragraphs[1];
    assert.equal(note.note, '¹');
    assert.equal(note.paragraph.index, 1);
  });

  it('writes a custom footnote mark (the asterisk of a sponsor note) as an escaped asterisk', () => {
    const reading = read({
      footnotes: footnote(2, run('Reissued for technical reasons on 4 November 2026.')),
      body: paragraph(run('Chile and Ghana:') + '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>*</w:t></w:r>' + run(' draft resolution')),
    });
    assert.deepEqual(blocksOf(reading), ['Chile and Ghana:\\* draft resolution', '\\* Reissued for technical reasons on 4 November 2026.']);
  });

  it('reads a table one row a paragraph, cells separated', () => {
    const cell = (text: string): string => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${paragraph(run(text))}</w:tc>`;
    const reading = read({
      body: `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tr>${cell('Programme')}${cell('2026')}</w:tr><w:tr>${cell('Water')}${cell('1 200 000')}</w:tr></w:tbl>${paragraph(run('After the table.'))}`,
    });
    assert.deepEqual(blocksOf(reading), ['Programme | 2026', 'Water | 1 200 000', 'After the table.']);
    assert.deepEqual(
      reading.paragraphs.map((span) => span.paragraph.index),
      [1, 3, 5],
    );
  });

  it('ends a paragraph at a section break and keeps line breaks inside a paragraph', () => {
    const reading = read({
      body:
        paragraph(run('Agenda item 28'), '<w:sectPr><w:type w:val="continuous"/></w:sectPr>') +
        paragraph(run('Advancement of') + '<w:r><w:br/></w:r>' + run('women')),
    });
    assert.deepEqual(blocksOf(reading), ['Agenda item 28', 'Advancement of\nwomen']);
  });

  it('keeps italics open across a line break inside them, as in the closing lines of an adopted text', () => {
    const reading = read({
      body: paragraph(italic('51st plenary meeting') + '<w:r><w:rPr><w:i/></w:rPr><w:br/></w:r>' + italic('9 December 2026')),
    });
    assert.deepEqual(blocksOf(reading), ['*51st plenary meeting\n9 December 2026*']);
  });

  it('keeps a note mark inside italics that go on after it, and after italics that end with it', () => {
    const reading = read({
      footnotes: footnote(2, run('Resolution 70/1.')) + footnote(3, run('A/81/120.')),
      body: [
        paragraph(run('2. ') + italic('Urges all States to implement the 2030 Agenda,') + footnoteReference(2) + italic(' and invites the funds and programmes to support them;')),
        paragraph(italic('Taking note') + footnoteReference(3) + run(' of the report,')),
      ].join(''),
    });
    assert.deepEqual(blocksOf(reading), [
      '2. *Urges all States to implement the 2030 Agenda,¹ and invites the funds and programmes to support them;*',
      '¹ Resolution 70/1.',
      '*Taking note*² of the report,',
      '² A/81/120.',
    ]);
  });
});

describe('reading a Word file: a masthead in columns', () => {
  // The masthead as a Word template lays it out, in a table or with tab stops, above a short draft
  // written for these tests; the core must read every column of it.
  const cell = (...lines: string[]): string => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${lines.map((line) => paragraph(line === '' ? '' : run(line))).join('')}</w:tc>`;
  const tabbed = (left: string, right: string): string => paragraph(`${run(left)}<w:r><w:tab/><w:tab/></w:r>${run(right)}`);
  const draftBody = [
    paragraph(run('Eighty-first session')),
    paragraph(run('Agenda item 19')),
    paragraph(run('Sustainable development')),
    paragraph(run('Chile, Ghana and Norway: draft resolution')),
    paragraph(run('Early warning systems for coastal communities')),
    paragraph(run('The General Assembly,')),
    paragraph(italic('Recalling') + run(' its resolution 79/210 of 19 December 2024,')),
    paragraph(run('1.') + '<w:r><w:tab/></w:r>' + italic('Requests') + run(' the Secretary-General to report on the implementation of the present resolution at its eighty-second session.')),
  ].join('');
  const mastheadOf = (reading: DocxReading): Record<string, string | undefined> => {
    const doc = parseResolution(reading.text);
    const h = doc.header;
    assert.deepEqual(lint(doc).map((f) => `${f.ruleId} ${f.message}`), []);
    return { symbol: h.symbol?.text, body: h.body?.text, distribution: h.distribution?.text, date: h.date?.text, original: h.originalLanguage?.text, title: h.title?.text };
  };
  const MASTHEAD = {
    symbol: 'A/81/L.14',
    body: 'General Assembly',
    distribution: 'Limited',
    date: '2 November 2026',
    original: 'English',
    title: 'Early warning systems for coastal communities',
  };

  it('reads a masthead table: a row a line, its cells and the paragraphs of a cell separated', () => {
    const table = `<w:tbl><w:tr>${cell('United Nations')}${cell('A/81/L.14')}</w:tr><w:tr>${cell('General Assembly')}${cell('Distr.: Limited', '2 November 2026', '', 'Original: English')}</w:tr></w:tbl>`;
    const reading = read({ body: table + draftBody });
    assert.deepEqual(blocksOf(reading).slice(0, 2), ['United Nations | A/81/L.14', 'General Assembly | Distr.: Limited | 2 November 2026 | Original: English']);
    assert.deepEqual(mastheadOf(reading), MASTHEAD);
  });

  it('keeps a numbered paragraph of a table cell inside its row, not a paragraph of the text', () => {
    const table = `<w:tbl><w:tr>${cell('Section 2')}${cell('1. Overall policymaking', '2. General Assembly affairs')}</w:tr></w:tbl>`;
    const reading = read({ body: draftBody + table });
    assert.equal(blocksOf(reading).at(-1), 'Section 2 | 1. Overall policymaking | 2. General Assembly affairs');
    assert.deepEqual(parseResolution(reading.text).operative.map((p) => p.number?.value), [1]);
  });

  it('reads a masthead laid out with tab stops, and the tab after a paragraph number as a space', () => {
    const reading = read({
      body: [tabbed('United Nations', 'A/81/L.14'), tabbed('General Assembly', 'Distr.: Limited'), paragraph(`<w:r><w:tab/></w:r>${run('2 November 2026')}`), paragraph(`<w:r><w:tab/></w:r>${run('Original: English')}`)].join('') + draftBody,
    });
    assert.deepEqual(blocksOf(reading).slice(0, 4), ['United Nations\t\tA/81/L.14', 'General Assembly\t\tDistr.: Limited', '2 November 2026', 'Original: English']);
    assert.equal(blocksOf(reading).at(-1)?.slice(0, 15), '1. *Requests* t');
    assert.deepEqual(mastheadOf(reading), MASTHEAD);
  });
});

describe('reading a Word file: endnotes, hyperlinks, moves and rows', () => {
  it('numbers endnotes with the footnotes, in reading order', () => {
    const reading = read({
      footnotes: footnote(2, run('Resolution 70/1.')),
      endnotes: `<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r>${run(' A/81/100.')}</w:p></w:endnote>`,
      body: paragraph(run('Taking note of the report,') + '<w:r><w:endnoteReference w:id="1"/></w:r>' + run(' and of the Agenda,') + footnoteReference(2)),
    });
    assert.deepEqual(blocksOf(reading), ['Taking note of the report,¹ and of the Agenda,²', '¹ A/81/100.', '² Resolution 70/1.']);
  });

  it('reads a hyperlink and a HYPERLINK field as their text, without a notice', () => {
    const field = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://undocs.org/A/RES/70/1" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('70/1')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const reading = read({ body: paragraph(run('Recalling its resolutions ') + `<w:hyperlink r:id="rId9">${run('69/313')}</w:hyperlink>` + run(' and ') + field + run(',')) });
    assert.deepEqual(blocksOf(reading), ['Recalling its resolutions 69/313 and 70/1,']);
    assert.deepEqual(reading.notices, []);
  });

  it('reads a moved paragraph only at its new place when changes are accepted, and at its old place for the original', () => {
    const moved = (name: 'moveFrom' | 'moveTo', id: number): string =>
      `<w:p><w:pPr><w:rPr><w:${name} w:id="${id}" w:author="Facilitator" w:date="2026-11-02T10:00:00Z"/></w:rPr></w:pPr><w:${name} w:id="${id + 1}" w:author="Facilitator" w:date="2026-11-02T10:00:00Z">${name === 'moveFrom' ? '<w:r><w:delText>Moved paragraph.</w:delText></w:r>' : run('Moved paragraph.')}</w:${name}></w:p>`;
    const body = moved('moveFrom', 10) + paragraph(run('Middle paragraph.')) + moved('moveTo', 20);
    assert.deepEqual(blocksOf(read({ body })), ['Middle paragraph.', 'Moved paragraph.']);
    assert.deepEqual(blocksOf(read({ body }, { changes: 'original' })), ['Moved paragraph.', 'Middle paragraph.']);
  });

  it('reads table rows inserted or deleted as tracked changes in the view asked for', () => {
    const row = (text: string, revision = ''): string => `<w:tr>${revision ? `<w:trPr><w:${revision} w:id="30" w:author="Facilitator" w:date="2026-11-02T10:00:00Z"/></w:trPr>` : ''}<w:tc>${paragraph(run(text))}</w:tc></w:tr>`;
    const body = `<w:tbl>${row('Kept')}${row('Added', 'ins')}${row('Removed', 'del')}</w:tbl>`;
    assert.deepEqual(blocksOf(read({ body })), ['Kept', 'Added']);
    assert.deepEqual(blocksOf(read({ body }, { changes: 'original' })), ['Kept', 'Removed']);
  });
});

describe('reading a Word file: tracked changes and comments', () => {
  const body = [
    paragraph(italic('Requests') + run(' the Secretary-General to report ') + deleted('annually', 1) + inserted(run('every two years'), 2) + run(';'), listItem(1)),
    // A whole paragraph inserted, its paragraph mark too.
    `<w:p><w:pPr>${listItem(1)}<w:rPr><w:ins w:id="3" w:author="Facilitator" w:date="2026-11-02T10:00:00Z"/></w:rPr></w:pPr>${inserted(italic('Encourages') + run(' regional cooperation;'), 4)}</w:p>`,
    // A whole paragraph deleted: it merges into the next when the changes are accepted.
    `<w:p><w:pPr>${listItem(1)}<w:rPr><w:del w:id="5" w:author="Facilitator" w:date="2026-11-02T10:00:00Z"/></w:rPr></w:pPr>${deleted('Invites donors to contribute;', 6)}</w:p>`,
    paragraph(italic('Decides') + run(' to remain seized of the matter.'), listItem(1)),
  ].join('');
  const parts: WordParts = { numbering: OPERATIVE_LIST + listInstance(1, 0), body };

  it('reads the text with every change accepted by default, and counts the changes', () => {
    const reading = read(parts);
    assert.equal(reading.changes, 'accepted');
    assert.deepEqual(blocksOf(reading), [
      '1. *Requests* the Secretary-General to report every two years;',
      '2. *Encourages* regional cooperation;',
      '3. *Decides* to remain seized of the matter.',
    ]);
    assert.equal(reading.trackedChanges, 6);
  });

  it('reads the original text, as before the changes, when asked', () => {
    const reading = read(parts, { changes: 'original' });
    assert.deepEqual(blocksOf(reading), [
      '1. *Requests* the Secretary-General to report annually;',
      '2. Invites donors to contribute;',
      '3. *Decides* to remain seized of the matter.',
    ]);
    assert.equal(reading.trackedChanges, 6);
  });

  it('reads formatting changes: italics as they were in the original', () => {
    const changed = `<w:r><w:rPr><w:i/><w:rPrChange w:id="7" w:author="Editor" w:date="2026-11-02T10:00:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t>Notes</w:t></w:r>${run(' the report;')}`;
    assert.deepEqual(blocksOf(read({ body: paragraph(changed) })), ['*Notes* the report;']);
    const original = read({ body: paragraph(changed) }, { changes: 'original' });
    assert.deepEqual(blocksOf(original), ['Notes the report;']);
    assert.equal(original.trackedChanges, 1);
  });

  it('lists comments with their anchor paragraph and never mixes them into the text', () => {
    const reading = read({
      comments: comment(0, 'Delegation of Chile', 'Can we say “biennially”?') + comment(1, 'Secretariat', 'Check the symbol.'),
      body: [
        paragraph(run('The General Assembly,')),
        paragraph(italic('Requests') + run(' the Secretary-General to report ') + commented(0, run('annually')) + run(';')),
        paragraph(run('See document ') + commented(1, run('A/81/123')) + run('.')),
      ].join(''),
    });
    assert.ok(!reading.text.includes('biennially') && !reading.text.includes('Secretariat'));
    assert.deepEqual(
      reading.comments.map((c) => [c.author, c.text, c.quoted, c.paragraph?.index]),
      [
        ['Delegation of Chile', 'Can we say “biennially”?', 'annually', 2],
        ['Secretariat', 'Check the symbol.', 'A/81/123', 3],
      ],
    );
  });
});

describe('reading a Word file: what the text cannot show', () => {
  it('reports a text box, an image, a field and an equation with their paragraph, and reads the field result', () => {
    const textBox = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${paragraph(run('Draft for discussion only'))}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${paragraph(run('Draft for discussion only'))}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const image = '<w:r><w:drawing><wp:inline><a:graphic><a:graphicData/></a:graphic></wp:inline></w:drawing></w:r>';
    const field = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('3 November 2026')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const equation = '<m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath>';
    const reading = read({
      body: [
        paragraph(run('General Assembly') + textBox),
        paragraph(image),
        paragraph(field),
        paragraph(run('A paragraph with') + equation + run(' an equation.')),
      ].join(''),
    });
    assert.deepEqual(blocksOf(reading), ['General Assembly', '3 November 2026', 'A paragraph with an equation.']);
    assert.ok(!reading.text.includes('Draft for discussion'));
    assert.deepEqual(
      reading.notices.map((n) => [n.kind, n.paragraph?.index]),
      [
        ['text-box', 1],
        ['drawing', 2],
        ['field', 3],
        ['math', 4],
      ],
    );
    assert.match(reading.notices[0].message, /Draft for discussion only/);
    assert.match(reading.notices[2].message, /DATE/);
  });

  it('reports an embedded object and a symbol-font character', () => {
    const reading = read({ body: paragraph(run('Table') + '<w:r><w:object><v:shape/></w:object></w:r>' + '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>' + run(' attached.')) });
    assert.deepEqual(blocksOf(reading), ['Table attached.']);
    assert.deepEqual(
      reading.notices.map((n) => n.kind),
      ['embedded-object', 'symbol'],
    );
  });

  it('reports hidden and struck-through text once a paragraph', () => {
    const hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t>secret note</w:t></w:r>';
    const reading = read({ body: paragraph(run('Visible ') + hidden + run('struck', { strike: true }) + run(' and ') + run('struck again', { strike: true })) });
    assert.deepEqual(blocksOf(reading), ['Visible struck and struck again']);
    assert.deepEqual(
      reading.notices.map((n) => n.kind),
      ['hidden-text', 'struck-text'],
    );
  });
});

describe('Word paragraphs of the text read', () => {
  it('name a place in the text by the Word paragraph, its number and first words', () => {
    const reading = read({
      numbering: OPERATIVE_LIST + listInstance(1, 0),
      body: [
        paragraph(run('The General Assembly,')),
        paragraph(''),
        paragraph(italic('Requests') + run(' the Secretary-General to submit to the General Assembly at its eighty-third session a report;'), listItem(1)),
      ].join(''),
    });
    const offset = reading.text.indexOf('Secretary-General');
    const span = wordParagraphAt(reading, offset);
    assert.ok(span);
    assert.equal(describeWordParagraph(span.paragraph), 'Word paragraph 3 (“1. Requests the Secretary-General to submit to the General …”)');
    assert.equal(describeWordParagraph(wordParagraphAt(reading, 0)!.paragraph), 'Word paragraph 1 (“The General Assembly,”)');
  });
});
