import * as assert from 'node:assert/strict';
import { applyEdits, fixText, insertFootnote, lint, parseResolution, renumberFootnotes, type Finding, type RuleConfig } from '../../server/src/core';

const blocks = (...parts: string[]): string => parts.join('\n\n') + '\n';
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

function findings(text: string, ruleId: string, config: RuleConfig = {}): Finding[] {
  return lint(parseResolution(text), config).filter((f) => f.ruleId === ruleId);
}

/** The footnote definitions of a text as "number text" lines, in printed order. */
function definitions(text: string): string[] {
  const doc = parseResolution(text);
  return doc.footnoteDefinitions.map((d) => `${d.label} ${text.slice(d.content.start, d.content.end)}`);
}

const OPENING = 'The General Assembly,';

/** A draft whose footnotes are right: marks after punctuation, numbered in reading order. */
const CLEAN = blocks(
  OPENING,
  '*Recalling* the United Nations Convention against Transnational Organized Crime,¹ and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children,²',
  '*Reaffirming* the 2030 Agenda for Sustainable Development,³',
  '¹ United Nations, *Treaty Series*, vol. 2225, No. 39574.\n² *Ibid.*, vol. 2237, No. 39574.\n³ Resolution 70/1.',
  '1. *Requests* the Secretary-General to submit a report on the implementation of the present resolution.',
);

describe('footnote rules on a clean draft', () => {
  it('report nothing', () => {
    const found = lint(parseResolution(CLEAN)).filter((f) => f.ruleId >= 'UNR020' && f.ruleId <= 'UNR026');
    assert.deepEqual(found.map((f) => f.message), []);
  });
});

describe('UNR020 footnote-definition and UNR021 footnote-unreferenced', () => {
  it('find a mark without its footnote and a footnote without its mark, at their lines', () => {
    const text = CLEAN.replace('Development,³', 'Development,⁴');
    assert.deepEqual(findings(text, 'UNR020').map((f) => [f.severity, lineOf(text, f.span.start), f.message]), [['error', 5, 'Footnote 4 is marked here but has no footnote.']]);
    assert.deepEqual(findings(text, 'UNR021').map((f) => [f.severity, lineOf(text, f.span.start), f.message]), [['warning', 9, 'Footnote 3 is not marked anywhere in the text.']]);
  });
});

describe('UNR022 footnote-duplicates', () => {
  it('finds a number defined twice and a mark used twice', () => {
    const text = CLEAN.replace('Children,²', 'Children,¹').replace('³ Resolution 70/1.', '³ Resolution 70/1.\n³ Resolution 70/1.');
    assert.deepEqual(findings(text, 'UNR022').map((f) => [lineOf(text, f.span.start), f.message.slice(0, 40)]), [
      [3, 'Footnote 1 is marked a second time: UN t'],
      [10, 'Footnote 3 is defined twice: each number'],
    ]);
  });

  it('accepts a mark repeated after the same title, which points back to its footnote', () => {
    const text = blocks(
      OPENING,
      '*Reaffirming* the applicability of the Fourth Geneva Convention of 12 August 1949,¹ to the territory,',
      '¹ United Nations, *Treaty Series*, vol. 75, No. 973.',
      '1. *Reaffirms* that the provisions of the Fourth Geneva Convention of 12 August 1949,¹ continue to apply, and recalls its Protocols,¹',
    );
    assert.deepEqual(findings(text, 'UNR022').map((f) => [lineOf(text, f.span.start), f.message.slice(0, 40)]), [[7, 'Footnote 1 is marked a second time: UN t']]);
  });
});

describe('UNR023 footnote-order and Renumber footnotes', () => {
  it('finds footnotes out of reading order after a paragraph moved, and renumbers them with their texts', () => {
    // The second preambular paragraph was moved above the first: its footnote 3 now comes first.
    const text = blocks(
      OPENING,
      '*Reaffirming* the 2030 Agenda for Sustainable Development,³',
      '*Recalling* the United Nations Convention against Transnational Organized Crime,¹ and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children,²',
      '¹ United Nations, *Treaty Series*, vol. 2225, No. 39574.\n² *Ibid.*, vol. 2237, No. 39574.\n³ Resolution 70/1.',
      '1. *Requests* the Secretary-General to submit a report on the implementation of the present resolution.',
    );
    const found = findings(text, 'UNR023');
    assert.ok(found.length >= 1);
    assert.equal(lineOf(text, found[0].span.start), 3);
    assert.equal(found[0].fixes[0].title, 'Renumber footnotes');
    const fixed = applyEdits(text, found[0].fixes[0].edits).text;
    assert.ok(fixed.includes('Development,¹'));
    assert.ok(fixed.includes('Organized Crime,² and'));
    assert.ok(fixed.includes('Children,³'));
    assert.deepEqual(definitions(fixed), ['1 Resolution 70/1.', '2 United Nations, *Treaty Series*, vol. 2225, No. 39574.', '3 *Ibid.*, vol. 2237, No. 39574.']);
    assert.deepEqual(findings(fixed, 'UNR023'), []);
    assert.deepEqual(renumberFootnotes(parseResolution(fixed)), [], 'renumbering again changes nothing');
  });

  it('closes a gap left by a deleted footnote, keeping the same set of definitions', () => {
    const text = blocks(OPENING, '*Recalling* its resolution 70/1,¹', '*Noting* the report of the Secretary-General,³', '¹ Resolution 70/1.', '³ A/79/161.', '1. *Decides* to remain seized of the matter.');
    assert.match(findings(text, 'UNR023')[0].message, /Footnote 3 follows footnote 1: footnote 2 is missing\./);
    const fixed = fixText(text).text;
    assert.deepEqual(definitions(fixed), ['1 Resolution 70/1.', '2 A/79/161.']);
    assert.ok(fixed.includes('Secretary-General,²'));
  });

  it('renumbers markdown footnotes "[^n]" in their own form', () => {
    const text = blocks(OPENING, '*Recalling* its resolution 70/1,[^2]', '*Noting* the report of the Secretary-General,[^1]', '[^1]: A/79/161.', '[^2]: Resolution 70/1.', '1. *Decides* to remain seized of the matter.');
    const fixed = fixText(text).text;
    assert.ok(fixed.includes('70/1,[^1]') && fixed.includes('Secretary-General,[^2]'));
    assert.deepEqual(definitions(fixed), ['1 Resolution 70/1.', '2 A/79/161.']);
  });
});

describe('UNR024 footnote-text', () => {
  it('finds an empty footnote, a small letter and a missing full stop, and fixes what it can', () => {
    const text = CLEAN.replace('³ Resolution 70/1.', '³ resolution 70/1').replace('Children,²', 'Children,²⁴').replace('² *Ibid.*', '²⁴ \n² *Ibid.*');
    const doc = parseResolution(text);
    assert.ok(doc.footnoteDefinitions.length >= 3);
    const found = findings(text, 'UNR024');
    assert.deepEqual(found.map((f) => f.message), ['Footnote 24 is empty.', 'Footnote 3 starts with a small letter: a footnote starts with a capital.', 'Footnote 3 does not end with a full stop.']);
    const fixed = fixText(CLEAN.replace('³ Resolution 70/1.', '³ resolution 70/1')).text;
    assert.equal(fixed, CLEAN);
    const empty = blocks(OPENING, '*Recalling* its resolution 70/1,¹', '¹ ', '1. *Decides* to remain seized of the matter.');
    assert.deepEqual(findings(empty, 'UNR024').map((f) => f.message), ['Footnote 1 is empty.']);
  });

  it('accepts a footnote that is a web address or opens with "e.g.", and a full stop inside a closing quotation mark', () => {
    const text = blocks(
      OPENING,
      '*Welcoming* the online repertory¹ and the guide,² and recalling article I of the Treaty,³ and the list,⁴',
      '¹ https://legal.example.org/repertory.\n² www.example.org/guide.\n³ Article I provides that “Outer space shall be free for exploration by all States.”\n⁴ e.g. the list in A/81/100.',
      '1. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(findings(text, 'UNR024'), []);
    const broken = text.replace('States.”', 'States”').replace('⁴ e.g. the', '⁴ the');
    assert.deepEqual(findings(broken, 'UNR024').map((f) => f.message), ['Footnote 3 does not end with a full stop.', 'Footnote 4 starts with a small letter: a footnote starts with a capital.']);
  });
});

describe('UNR025 ibid and UNR026 ibid-suggested', () => {
  it('finds Ibid. in the first footnote and "Ibid., vol." after a footnote that is no Treaty Series citation', () => {
    const text = blocks(
      OPENING,
      '*Recalling* its resolution 70/1,¹ and the Convention against Corruption,²',
      '¹ Resolution 70/1.\n² *Ibid.*, vol. 2349, No. 42146.',
      '1. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(findings(text, 'UNR025').map((f) => [lineOf(text, f.span.start), f.message.slice(0, 60)]), [[6, 'Footnote 2 gives "Ibid., vol. …", but footnote 1 before it i']]);
    const first = text.replace('¹ Resolution 70/1.', '¹ *Ibid.*');
    assert.deepEqual(findings(first, 'UNR025').map((f) => [lineOf(first, f.span.start), f.message.slice(0, 60)]), [[5, 'Footnote 1 opens with "Ibid.", but no footnote comes before ']]);
  });

  it('accepts "Ibid., vol. …" naming a volume of the Official Records or of a final document cited just before', () => {
    const text = blocks(
      OPENING,
      '*Having considered* the reports of the Board of Auditors¹ and the financial report of the Fund,²',
      '*Recalling* the Final Document of the Review Conference³ and its conclusions,⁴',
      '¹ *Official Records of the General Assembly, Eighty-first Session, Supplement No. 5*, vol. I (A/81/5 (Vol. I)).\n² Ibid., vol. III (A/81/5 (Vol. III)).',
      '³ *Review Conference of the Parties, Final Document*, vols. I–III (CONF/2030/1 (Vol. I), CONF/2030/1 (Vol. II) and CONF/2030/1 (Vol. III)).\n⁴ Ibid., vol. I (CONF/2030/1 (Vol. I)), part I.',
      '1. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(findings(text, 'UNR025'), []);
  });

  it('asks for the form most of the document uses, or the one configured, with a fix', () => {
    const text = CLEAN.replace('³ Resolution 70/1.', '³ Ibid., vol. 2241, No. 39574.').replace('² *Ibid.*', '² *Ibid.*');
    const mixed = text.replace('Development,³', 'Development,³ and the Convention,⁴').replace('³ Ibid., vol. 2241, No. 39574.', '³ Ibid., vol. 2241, No. 39574.\n⁴ *Ibid.*, vol. 2326, No. 39574.');
    const found = findings(mixed, 'UNR025');
    assert.deepEqual(found.map((f) => f.fixes[0].title), ['Write "*Ibid.*"']);
    assert.ok(fixText(mixed).text.includes('³ *Ibid.*, vol. 2241'));
    assert.deepEqual(findings(mixed, 'UNR025', { ibid: { options: { style: 'roman' } } }).map((f) => f.fixes[0].title), ['Write "Ibid."', 'Write "Ibid."']);
  });

  it('suggests Ibid. where a Treaty Series footnote follows another, at information level', () => {
    const text = CLEAN.replace('² *Ibid.*, vol. 2237', '² United Nations, *Treaty Series*, vol. 2237');
    const found = findings(text, 'UNR026');
    assert.deepEqual(found.map((f) => [f.severity, lineOf(text, f.span.start)]), [['information', 8]]);
    assert.equal(applyEdits(text, found[0].fixes[0].edits).text, CLEAN);
  });
});

describe('Insert footnote', () => {
  it('puts the next number at the cursor, renumbers the notes after it and places an empty definition in order', () => {
    const offset = CLEAN.indexOf(' and the Protocol') - 1;
    const insertion = insertFootnote(parseResolution(CLEAN), CLEAN.indexOf('Organized Crime') + 'Organized'.length);
    assert.ok(insertion);
    assert.equal(insertion.number, 1);
    const text = applyEdits(CLEAN, insertion.edits).text;
    assert.ok(text.includes('Organized¹ Crime,² and the Protocol'));
    assert.ok(text.includes('Children,³'));
    assert.deepEqual(definitions(text), ['1 ', '2 United Nations, *Treaty Series*, vol. 2225, No. 39574.', '3 *Ibid.*, vol. 2237, No. 39574.', '4 Resolution 70/1.']);
    assert.equal(text.slice(insertion.definitionOffset - 2, insertion.definitionOffset), '¹ ');
    assert.equal(insertFootnote(parseResolution(CLEAN), offset + 1), undefined, 'no mark right after "¹": "¹²" would read as 12');
  });

  it('inserts into a paragraph after its text and keeps every definition', () => {
    const offset = CLEAN.indexOf(' for Sustainable Development');
    const insertion = insertFootnote(parseResolution(CLEAN), offset);
    assert.ok(insertion);
    assert.equal(insertion.number, 3);
    const text = applyEdits(CLEAN, insertion.edits).text;
    assert.ok(text.includes('2030 Agenda³ for Sustainable Development,⁴'));
    assert.deepEqual(definitions(text), ['1 United Nations, *Treaty Series*, vol. 2225, No. 39574.', '2 *Ibid.*, vol. 2237, No. 39574.', '3 ', '4 Resolution 70/1.']);
    assert.equal(text.slice(insertion.definitionOffset - 2, insertion.definitionOffset), '³ ');
  });
});
