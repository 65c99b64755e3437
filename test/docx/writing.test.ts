import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { parseResolution } from '../../server/src/core';
import { readDocx } from '../../server/src/docx';
import { WORD_FONT, WORD_STYLES, writeResolutionDocx } from '../../server/src/export';
import { damage, damageText } from '../support/damagedTexts';
import { generatedDraft } from '../support/generatedDrafts';
import { PATHOLOGICAL_SHAPES } from '../support/pathologicalDrafts';

/** A draft written for these tests: front matter, masthead, a sponsor note, footnotes, sub-paragraphs and a heading. */
const DRAFT = `<!--
symbol: A/C.2/81/L.7
-->

General Assembly

Distr.: Limited
14 October 2026

Original: English

Eighty-first session
Second Committee
Agenda item 18 (c)
Sustainable development: disaster risk reduction

Fiji and Norway:\\* draft resolution

\\* On behalf of the States Members of the United Nations that are members of the Alliance of Small Island States.

Early warning of coastal flooding in small island developing States

*The General Assembly*,

*Recalling* the Sendai Framework for Disaster Risk Reduction 2015–2030,¹

*Noting with concern* that storm surges, *inter alia*, reach further inland each decade,²

1. *Welcomes* the work of national meteorological services on coastal warnings;

2. *Encourages* Member States:

(a) To share tide gauge data in real time;

(b) To train local responders, including:

(i) Volunteers of coastal communities;

Financing

3. *Requests* the Secretary-General to report on the implementation of the present resolution at its eighty-third session.

¹ Resolution 69/283, annex II.

² See A/81/215.
`;

const ADOPTED = `General Assembly

Resolution adopted by the General Assembly on 9 December 2026

81/140. Early warning of coastal flooding

*The General Assembly*,

1. *Decides* to remain seized of the matter.

*58th plenary meeting
9 December 2026*
`;

/** A short draft whose masthead is printed in two columns, as pasted from a Word table. */
const DRAFT_IN_COLUMNS = `United Nations\t\tA/81/L.14

General Assembly\t\tDistr.: Limited
\t\t14 October 2026

Eighty-first session
Agenda item 19
Sustainable development

Early warning of coastal flooding

The General Assembly,

1. *Decides* to remain seized of the matter.
`;

type Parts = Record<string, string>;

async function parts(draft: string): Promise<Parts> {
  const files = unzipSync(await writeResolutionDocx(draft));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const unescape = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The text of some WordprocessingML: its `w:t`, tabs as "\t" and breaks as "\n". */
function textOf(xml: string): string {
  let text = '';
  for (const m of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) text += m[0] === '<w:tab/>' ? '\t' : m[0] === '<w:br/>' ? '\n' : unescape(m[1]);
  return text;
}

/** The paragraphs of the body as [style id, text]. */
function paragraphsOf(document: string): Array<[string, string]> {
  return [...document.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => [/<w:pStyle w:val="([^"]+)"\/>/.exec(m[1])?.[1] ?? '', textOf(m[1])]);
}

/** The texts of the italic runs of the body. */
function italicRuns(document: string): string[] {
  return [...document.matchAll(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<w:i\/>[\s\S]*?<\/w:rPr>[\s\S]*?)<\/w:r>/g)].map((m) => textOf(m[1])).filter((text) => text.trim() !== '');
}

describe('writing a draft as a Word document', () => {
  it('writes each part of the draft as a paragraph in its UN style, the numbers and labels before a tab', async () => {
    const { 'word/document.xml': document } = await parts(DRAFT);
    const S = WORD_STYLES;
    assert.deepEqual(paragraphsOf(document), [
      [S.symbol.id, 'A/C.2/81/L.7'],
      [S.body.id, 'General Assembly'],
      [S.masthead.id, 'Distr.: Limited\n14 October 2026'],
      [S.masthead.id, 'Original: English'],
      [S.session.id, 'Eighty-first session\nSecond Committee\nAgenda item 18 (c)\nSustainable development: disaster risk reduction'],
      [S.sponsors.id, 'Fiji and Norway:* draft resolution'],
      [S.title.id, 'Early warning of coastal flooding in small island developing States'],
      [S.opening.id, 'The General Assembly,'],
      [S.preambular.id, 'Recalling the Sendai Framework for Disaster Risk Reduction 2015–2030,'],
      [S.preambular.id, 'Noting with concern that storm surges, inter alia, reach further inland each decade,'],
      [S.operative.id, '1.\tWelcomes the work of national meteorological services on coastal warnings;'],
      [S.operative.id, '2.\tEncourages Member States:'],
      [S.subparagraph.id, '(a)\tTo share tide gauge data in real time;'],
      [S.subparagraph.id, '(b)\tTo train local responders, including:'],
      [S.subsubparagraph.id, '(i)\tVolunteers of coastal communities;'],
      [S.heading.id, 'Financing'],
      [S.operative.id, '3.\tRequests the Secretary-General to report on the implementation of the present resolution at its eighty-third session.'],
    ]);
  });

  it('keeps the italics of the text as italic runs, and only those', async () => {
    const { 'word/document.xml': document } = await parts(DRAFT);
    assert.deepEqual(italicRuns(document), ['The General Assembly', 'Recalling', 'Noting with concern', 'inter alia', 'Welcomes', 'Encourages', 'Requests']);
  });

  it('makes the footnote marks Word footnotes with their text, and the sponsor note a note marked with its asterisk', async () => {
    const { 'word/document.xml': document, 'word/footnotes.xml': footnotes } = await parts(DRAFT);
    const references = [...document.matchAll(/<w:footnoteReference( w:customMarkFollows="1")? w:id="(\d+)"\/>/g)].map((m) => [m[2], m[1] !== undefined]);
    assert.deepEqual(references, [
      ['1', true],
      ['2', false],
      ['3', false],
    ]);
    assert.match(document, /<w:footnoteReference w:customMarkFollows="1" w:id="1"\/><w:t xml:space="preserve">\*<\/w:t>/);
    const notes = Object.fromEntries([...footnotes.matchAll(/<w:footnote w:id="(\d+)">([\s\S]*?)<\/w:footnote>/g)].map((m) => [m[1], textOf(m[2]).trim()]));
    assert.deepEqual(notes, {
      1: 'On behalf of the States Members of the United Nations that are members of the Alliance of Small Island States.',
      2: 'Resolution 69/283, annex II.',
      3: 'See A/81/215.',
    });
    assert.ok(!document.includes('Resolution 69/283'), 'the text of a note is in the footnotes part, not in the body');
  });

  it('sets Times New Roman for the whole document and names each style as an editor finds it', async () => {
    const { 'word/styles.xml': styles } = await parts(DRAFT);
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    assert.match(defaults, new RegExp(`<w:rFonts w:ascii="${WORD_FONT}" w:cs="${WORD_FONT}" w:eastAsia="${WORD_FONT}" w:hAnsi="${WORD_FONT}"/>`));
    assert.equal(WORD_FONT, 'Times New Roman');
    for (const { id, name } of Object.values(WORD_STYLES)) {
      assert.match(styles, new RegExp(`<w:style w:type="paragraph" w:styleId="${id}"[^>]*><w:name w:val="${name.replace(/[()]/g, '\\$&')}"/>`), `style ${name}`);
    }
    const operative = new RegExp(`<w:style w:type="paragraph" w:styleId="${WORD_STYLES.operative.id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    assert.match(operative, /<w:ind w:left="\d+" w:hanging="567"\/>/, 'the number of an operative paragraph hangs');
  });

  it('sets the draft\'s language for Word\'s proofing, and lays an Arabic draft out right to left', async () => {
    const defaultsOf = async (draft: string): Promise<string> => /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec((await parts(draft))['word/styles.xml'])?.[0] ?? '';
    const english = await defaultsOf(DRAFT);
    assert.match(english, /<w:lang w:val="en-GB"\/>/);
    assert.doesNotMatch(english, /<w:bidi\/>/);
    const french = await defaultsOf(['Le Conseil de sécurité,', '', '*Rappelant* ses résolutions antérieures sur la question,', '', '1. *Décide* de rester saisi de la question.', ''].join('\n'));
    assert.match(french, /<w:lang w:val="fr-FR"\/>/);
    const spanish = await defaultsOf(['La Asamblea General,', '', '*Recordando* su resolución 64/292, de 28 de julio de 2010,', '', '1. *Aprueba* el programa de trabajo.', ''].join('\n'));
    assert.match(spanish, /<w:lang w:val="es-ES"\/>/);
    const arabic = await defaultsOf(['إن الجمعية العامة،', '', '1 - *تقرر* أن تبقي المسألة قيد نظرها.', ''].join('\n'));
    assert.match(arabic, /<w:lang w:val="ar-SA" w:bidi="ar-SA"\/>/);
    assert.match(arabic, /<w:pPrDefault><w:pPr><w:bidi\/>/);
    const chinese = await defaultsOf(['大会，', '', '1. *决定*继续处理此案。', ''].join('\n'));
    assert.match(chinese, /<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/);
  });

  it('writes a masthead printed in columns one column a paragraph, each in the style of what it holds', async () => {
    const columns = DRAFT_IN_COLUMNS;
    const S = WORD_STYLES;
    const written = paragraphsOf((await parts(columns))['word/document.xml']).slice(0, 5);
    assert.deepEqual(written, [
      [S.masthead.id, 'United Nations'],
      [S.symbol.id, 'A/81/L.14'],
      [S.body.id, 'General Assembly'],
      [S.masthead.id, 'Distr.: Limited'],
      [S.masthead.id, '14 October 2026'],
    ]);
    const result = readDocx(await writeResolutionDocx(columns));
    assert.ok(result.ok);
    const header = parseResolution(result.reading.text).header;
    assert.deepEqual([header.symbol?.text, header.body?.text, header.distribution?.text, header.date?.text], ['A/81/L.14', 'General Assembly', 'Limited', '14 October 2026']);
  });

  it('keeps the front matter as a Word comment, not as text', async () => {
    const { 'word/comments.xml': comments, 'word/document.xml': document } = await parts(DRAFT);
    assert.match(textOf(comments), /symbol: A\/C\.2\/81\/L\.7/);
    assert.match(document, /<w:commentReference w:id="0"\/>/);
  });

  it('writes the adoption line and numbered title of an adopted text, and its closing lines in italics across their line break', async () => {
    const { 'word/document.xml': document } = await parts(ADOPTED);
    const paragraphs = paragraphsOf(document);
    assert.deepEqual(paragraphs.slice(0, 3), [
      [WORD_STYLES.body.id, 'General Assembly'],
      [WORD_STYLES.adoption.id, 'Resolution adopted by the General Assembly on 9 December 2026'],
      [WORD_STYLES.title.id, '81/140. Early warning of coastal flooding'],
    ]);
    assert.deepEqual(paragraphs[paragraphs.length - 1], [WORD_STYLES.closing.id, '58th plenary meeting\n9 December 2026']);
    assert.deepEqual(italicRuns(document).slice(-2), ['58th plenary meeting', '9 December 2026']);
    assert.match(document, /<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:br\/><\/w:r>/, 'the line break between them is in italics too');
  });

  it('reads back as the same draft: the Word reader gives the text it was written from, notes after their paragraph', async () => {
    const read = readDocx(await writeResolutionDocx(DRAFT));
    assert.ok(read.ok);
    const back = parseResolution(read.reading.text);
    const original = parseResolution(DRAFT);
    assert.equal(back.header.symbol?.text, 'A/C.2/81/L.7');
    assert.deepEqual(
      back.operative.map((paragraph) => [paragraph.number?.text, paragraph.opener?.text, paragraph.subparagraphs.map((subparagraph) => subparagraph.label.text)]),
      original.operative.map((paragraph) => [paragraph.number?.text, paragraph.opener?.text, paragraph.subparagraphs.map((subparagraph) => subparagraph.label.text)]),
    );
    assert.deepEqual(
      back.footnoteDefinitions.map((definition) => definition.label),
      ['*', '1', '2'],
    );
    assert.equal(read.reading.comments.length, 1);
  });

  it('writes an empty text and text that is no resolution without losing any of it', async () => {
    const empty = readDocx(await writeResolutionDocx(''));
    assert.ok(empty.ok);
    assert.equal(empty.reading.text, '');
    const notes = 'Meeting notes\n\nAsk the Chair about *paragraph 4* and the date.\n';
    const read = readDocx(await writeResolutionDocx(notes));
    assert.ok(read.ok);
    assert.equal(read.reading.text, notes);
  });
});

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The letters and digits of a text outside its HTML comments, sorted: what no layout may lose or add (notes move, marks change form). */
function lettersAndDigits(text: string): string {
  const digits = text.replace(/<!--[\s\S]*?(?:-->|$)/g, '').replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => String(SUPERSCRIPTS.indexOf(c)));
  return [...digits.matchAll(/[\p{L}\p{Nd}]/gu)].map((m) => m[0]).sort().join('');
}

async function assertWrittenWhole(text: string, what: string): Promise<void> {
  const read = readDocx(await writeResolutionDocx(text));
  assert.ok(read.ok, `${what}: refused: ${read.ok ? '' : read.reason}`);
  assert.deepEqual(read.reading.notices, [], what);
  // A symbol the front matter gives heads the masthead: its letters are added.
  const { header, comments } = parseResolution(text);
  const given = header.symbol;
  const symbol = given && comments.some((comment) => comment.start <= given.span.start && given.span.end <= comment.end) ? given.text : '';
  assert.ok(lettersAndDigits(read.reading.text) === lettersAndDigits(`${text} ${symbol}`), `${what}: letters or digits lost or added`);
}

describe('writing any text as a Word document: nothing lost, nothing thrown', function () {
  this.timeout(300000);

  it('writes every letter and digit of drafts of pathological shapes', async () => {
    for (const shape of PATHOLOGICAL_SHAPES) await assertWrittenWhole(shape.build(20000), shape.name);
  });

  it('writes every letter and digit of generated drafts and of real texts damaged at random (property, fast-check)', async () => {
    const shared = path.resolve(__dirname, '../../../../shared/corpus');
    const real = fs.existsSync(shared) ? fs.readdirSync(shared).filter((name) => name.endsWith('.md') && name !== 'README.md').map((name) => fs.readFileSync(path.join(shared, name), 'utf8')) : [];
    await fc.assert(
      fc.asyncProperty(generatedDraft, async (draft) => assertWrittenWhole(draft, 'generated draft')),
      { seed: 18, numRuns: 100 },
    );
    if (real.length === 0) return;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...real), fc.array(damage, { minLength: 1, maxLength: 4 }), async (text, damages) => assertWrittenWhole(damages.reduce(damageText, text), `damaged by ${JSON.stringify(damages)}`)),
      { seed: 18, numRuns: 60 },
    );
  });
});
