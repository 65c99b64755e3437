import * as assert from 'node:assert/strict';
import { fixText } from '../../server/src/core';
import { CLEAN } from '../support/footnoteDrafts';
import { assertFixedTo, blocks, findings, lineOf, OPENING } from '../support/ruleFindings';

describe('UNR025 ibid', () => {
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

  it('says why an Ibid. after a footnote that is no Treaty Series citation is wrong, at its line', () => {
    const text = blocks(OPENING, '*Recalling* its resolution 70/1,¹ and the Convention against Corruption,²', '¹ Resolution 70/1.\n² *Ibid.*, vol. 2349, No. 42146.', '1. *Decides* to remain seized of the matter.');
    assert.deepEqual(findings(text, 'UNR025').map((f) => [lineOf(text, f.span.start), f.message]), [
      [6, 'Footnote 2 gives "Ibid., vol. …", but footnote 1 before it is not a *Treaty Series* citation: "Ibid." repeats the source of the footnote just before it.'],
    ]);
  });

  it('writes Ibid. in the form of the document\'s other footnotes, with its own fix alone', () => {
    const mixed = CLEAN.replace('Development,³', 'Development,³ and the Convention,⁴').replace('³ Resolution 70/1.', '³ Ibid., vol. 2241, No. 39574.\n⁴ *Ibid.*, vol. 2326, No. 39574.');
    assert.deepEqual(findings(mixed, 'UNR025').map((f) => [lineOf(mixed, f.span.start), f.message]), [
      [9, 'Footnote 3 writes "Ibid.": write it in italics as the document\'s other footnotes do ("*Ibid.*").'],
    ]);
    assertFixedTo(mixed, 'UNR025', mixed.replace('³ Ibid., vol. 2241', '³ *Ibid.*, vol. 2241'));
  });
});
