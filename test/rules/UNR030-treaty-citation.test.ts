import * as assert from 'node:assert/strict';
import { applyEdits, firstFixEdits, lint, parseResolution, type Finding } from '../../server/src/core';
import type { TreatyTable } from '../../server/src/core/treaties/treatyTable';
import { CITED } from '../support/citedTreaties';
import { blocks, findings, lineOf, OPENING } from '../support/ruleFindings';
import { GLOSSARY_TABLE } from '../support/treatyGlossary';

const CLOSING = '1. *Decides* to continue its consideration of the question at its eighty-second session.';

/** The findings of UNR030 with the bundled treaty table, or with `table`. */
function citationFindings(text: string, table?: TreatyTable): Finding[] {
  return findings(text, 'UNR030', {}, table ? { treaties: table } : undefined);
}

describe('UNR030 treaty-citation', () => {
  it('is silent when each footnote cites the treaty at its mark', () => {
    assert.deepEqual(citationFindings(CITED), []);
  });

  it('finds a wrong registration number and writes the right citation', () => {
    const text = CITED.replace('vol. 2225, No. 39574', 'vol. 2225, No. 39754');
    const found = citationFindings(text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Footnote 1 cites vol\. 2225, No\. 39754; the United Nations Convention against Transnational Organized Crime is vol\. 2225, No\. 39574\./);
    assert.equal(applyEdits(text, found[0].fixes[0].edits).text, CITED);
  });

  it('names the treaty a citation belongs to when it is another one, and keeps an Ibid. an Ibid.', () => {
    // The Protocol's footnote gives the Convention's volume.
    const text = CITED.replace('*Ibid.*, vol. 2237, No. 39574', '*Ibid.*, vol. 2225, No. 39574');
    const found = citationFindings(text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /which is the citation of the United Nations Convention against Transnational Organized Crime/);
    assert.equal(applyEdits(text, found[0].fixes[0].edits).text, CITED);
  });

  it('changes only the volume and number, so that the Ibid. fixes of UNR025 and UNR026 go in the same fix-all pass', () => {
    // Found by the convergence property: the fix rewrote the whole citation, "Ibid." or "United Nations, Treaty Series"
    // included, so it overlapped the fix of the Ibid.'s form (UNR025) and a third pass was needed.
    const romanLead = CITED.replace('¹ United Nations, *Treaty Series*, vol. 2225', '¹ United Nations, Treaty Series, vol. 2252').replace('No. 39574.\n²', 'No. 39754.\n²');
    const wrong = romanLead.replace('*Ibid.*, vol. 2237, No. 39574', 'Ibid., vol. 2225, No. 39574');
    const found = citationFindings(wrong);
    assert.deepEqual(found.map((f) => f.fixes[0].edits.map((e) => [wrong.slice(e.span.start, e.span.end), e.newText])), [
      [['52, No. 3975', '25, No. 3957']],
      [['25', '37']],
    ]);
    const right = wrong.replace('vol. 2252, No. 39754', 'vol. 2225, No. 39574').replace('Ibid., vol. 2225', 'Ibid., vol. 2237');
    assert.equal(applyEdits(wrong, found.flatMap((f) => f.fixes[0].edits)).text, right);
    // With the style option asking for "*Ibid.*", UNR025's fix and this one apply in one pass.
    const config = { UNR025: { options: { style: 'italic' } } };
    const onePass = applyEdits(wrong, firstFixEdits(lint(parseResolution(wrong), config))).text;
    assert.equal(onePass, right.replace('² Ibid.', '² *Ibid.*'));
    assert.deepEqual(firstFixEdits(lint(parseResolution(onePass), config)), []);
  });

  it('finds a volume the table does not know for the treaty whose number is right, and names the volumes it knows', () => {
    const text = CITED.replace('vol. 2225, No. 39574', 'vol. 2252, No. 39574');
    const found = citationFindings(text);
    assert.deepEqual(found.map((f) => f.message), [
      'Footnote 1 cites vol. 2252, No. 39574, but the United Nations Convention against Transnational Organized Crime is not printed in vol. 2252 as far as unres knows: it is vol. 2225, No. 39574.',
    ]);
    assert.deepEqual(found[0].fixes, []);
  });

  it('accepts the citation of a protocol whose name ends "… to the Convention …" at the mark', () => {
    const text = blocks(
      OPENING,
      '*Noting* the work of the High Contracting Parties to the Protocol on Prohibitions or Restrictions on the Use of Mines, Booby Traps and Other Devices, as amended on 3 May 1996 (Amended Protocol II), to the Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects,¹',
      '¹ United Nations, *Treaty Series*, vol. 2048, No. 22495.',
      '1. *Decides* to remain seized of the matter.',
    );
    // The Amended Protocol II's citation as A/RES/78/70 prints it, which the bundled table leaves out (the mark is at the Convention's name).
    assert.deepEqual(citationFindings(text, GLOSSARY_TABLE), []);
    // Without "to the", the mark stands at the Convention, and the Protocol's volume is the wrong citation.
    const convention = text.replace('(Amended Protocol II), to the Convention', '(Amended Protocol II), and the Convention');
    assert.match(citationFindings(convention, GLOSSARY_TABLE)[0].message, /Footnote 1 cites vol\. 2048, No\. 22495, which is the citation of the Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices as amended on 3 May 1996 /);
  });

  it('does not judge a treaty the table has no citation for, or a mark with no treaty before it', () => {
    const text = blocks(OPENING, '*Recalling* its resolution 70/1 of 25 September 2015,¹', '¹ United Nations, *Treaty Series*, vol. 2225, No. 39574.', '1. *Decides* to remain seized of the matter.');
    assert.deepEqual(citationFindings(text), []);
  });

  it('says which citation a treaty has at the footnote\'s line, and is silent once its fix is applied', () => {
    const text = blocks(OPENING, '*Recalling* the United Nations Convention against Corruption,¹', '¹ United Nations, *Treaty Series*, vol. 2349, No. 42164.', '1. *Decides* to remain seized of the matter.');
    const found = citationFindings(text);
    assert.deepEqual(found.map((f) => [lineOf(text, f.span.start), f.message]), [
      [5, 'Footnote 1 cites vol. 2349, No. 42164; the United Nations Convention against Corruption is vol. 2349, No. 42146.'],
    ]);
    const fixed = applyEdits(text, firstFixEdits(found)).text;
    assert.equal(fixed, text.replace('No. 42164', 'No. 42146'));
    assert.deepEqual(citationFindings(fixed), []);
  });
});

describe('UNR030 between a treaty’s name and its mark', () => {
  const wrongIn = (paragraph: string, footnote: string): string[] =>
    lint(parseResolution(blocks(OPENING, paragraph, footnote, CLOSING)))
      .filter((f) => f.ruleId === 'UNR030')
      .map((f) => f.message);

  it('checks through the ILO number and organization, a year, and where the treaty was adopted', () => {
    assert.deepEqual(wrongIn('*Taking note* of the Worst Forms of Child Labour Convention, 1999 (No. 182), of the International Labour Organization,¹', '¹ United Nations, *Treaty Series*, vol. 2133, No. 37246.'), [
      'Footnote 1 cites vol. 2133, No. 37246; the Worst Forms of Child Labour Convention, 1999 is vol. 2133, No. 37245.',
    ]);
    assert.deepEqual(wrongIn('*Recalling* the Vienna Convention on the Law of Treaties, adopted on 22 May 1969 by the United Nations Conference on the Law of Treaties,¹', '¹ United Nations, *Treaty Series*, vol. 1155, No. 18233.'), [
      'Footnote 1 cites vol. 1155, No. 18233; the Vienna Convention on the Law of Treaties is vol. 1155, No. 18232.',
    ]);
    assert.deepEqual(wrongIn('*Recalling* the United Nations Convention against Corruption of 2003,¹', '¹ United Nations, *Treaty Series*, vol. 2349, No. 42145.'), [
      'Footnote 1 cites vol. 2349, No. 42145; the United Nations Convention against Corruption is vol. 2349, No. 42146.',
    ]);
  });

  it('does not reach past other words to a treaty named earlier', () => {
    assert.deepEqual(wrongIn('*Recalling* the Convention on the Rights of the Child and its work with States,¹', '¹ United Nations, *Treaty Series*, vol. 1577, No. 99.'), []);
  });
});
