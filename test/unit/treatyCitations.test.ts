import * as assert from 'node:assert/strict';
import { applyEdits, firstFixEdits, lint, parseResolution, type Finding } from '../../server/src/core';
import { treatyMentions } from '../../server/src/core/treaties/treatyMentions';
import type { TreatyTable } from '../../server/src/core/treaties/treatyTable';
import { GLOSSARY_TABLE } from '../support/treatyGlossary';

const blocks = (...parts: string[]): string => parts.join('\n\n') + '\n';
const OPENING = 'The General Assembly,';

function findings(text: string, table?: TreatyTable): Finding[] {
  return lint(parseResolution(text), {}, table ? { treaties: table } : undefined).filter((f) => f.ruleId === 'UNR030');
}

/** A preamble citing the Convention and its Trafficking Protocol, with the footnotes UN texts give them. */
const CITED = blocks(
  OPENING,
  '*Recalling* the United Nations Convention against Transnational Organized Crime¹ and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational\nOrganized Crime,²',
  '*Bearing in mind* the Worst Forms of Child Labour Convention, 1999 (No. 182), and the CEDAW Committee,',
  '¹ United Nations, *Treaty Series*, vol. 2225, No. 39574.\n² *Ibid.*, vol. 2237, No. 39574.',
  '1. *Decides* to remain seized of the matter.',
);

describe('treaty mentions', () => {
  it('recognises full titles across a line break, ILO forms and abbreviations', () => {
    const doc = parseResolution(CITED);
    assert.deepEqual(
      treatyMentions(doc, GLOSSARY_TABLE).map((m) => m.treaty.id),
      ['untoc', 'trafficking-protocol', 'ilo-c182', 'cedaw'],
    );
    const protocol = treatyMentions(doc)[1];
    assert.ok(CITED.slice(protocol.span.start, protocol.span.end).endsWith('Transnational\nOrganized Crime'));
  });
});

describe('UNR030 treaty-citation', () => {
  it('is silent when each footnote cites the treaty at its mark', () => {
    assert.deepEqual(findings(CITED), []);
  });

  it('finds a wrong registration number and writes the right citation', () => {
    const text = CITED.replace('vol. 2225, No. 39574', 'vol. 2225, No. 39754');
    const found = findings(text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Footnote 1 cites vol\. 2225, No\. 39754; the United Nations Convention against Transnational Organized Crime is vol\. 2225, No\. 39574\./);
    assert.equal(applyEdits(text, found[0].fixes[0].edits).text, CITED);
  });

  it('names the treaty a citation belongs to when it is another one, and keeps an Ibid. an Ibid.', () => {
    // The Protocol's footnote gives the Convention's volume.
    const text = CITED.replace('*Ibid.*, vol. 2237, No. 39574', '*Ibid.*, vol. 2225, No. 39574');
    const found = findings(text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /which is the citation of the United Nations Convention against Transnational Organized Crime/);
    assert.equal(applyEdits(text, found[0].fixes[0].edits).text, CITED);
  });

  it('changes only the volume and number, so that the Ibid. fixes of UNR025 and UNR026 go in the same fix-all pass', () => {
    // Found by the convergence property: the fix rewrote the whole citation, "Ibid." or "United Nations, Treaty Series"
    // included, so it overlapped the fix of the Ibid.'s form (UNR025) and a third pass was needed.
    const romanLead = CITED.replace('¹ United Nations, *Treaty Series*, vol. 2225', '¹ United Nations, Treaty Series, vol. 2252').replace('No. 39574.\n²', 'No. 39754.\n²');
    const wrong = romanLead.replace('*Ibid.*, vol. 2237, No. 39574', 'Ibid., vol. 2225, No. 39574');
    const found = findings(wrong);
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
    const found = findings(text);
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
    assert.deepEqual(findings(text, GLOSSARY_TABLE), []);
    // Without "to the", the mark stands at the Convention, and the Protocol's volume is the wrong citation.
    const convention = text.replace('(Amended Protocol II), to the Convention', '(Amended Protocol II), and the Convention');
    assert.match(findings(convention, GLOSSARY_TABLE)[0].message, /Footnote 1 cites vol\. 2048, No\. 22495, which is the citation of the Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices as amended on 3 May 1996 /);
  });

  it('does not judge a treaty the table has no citation for, or a mark with no treaty before it', () => {
    const text = blocks(OPENING, '*Recalling* its resolution 70/1 of 25 September 2015,¹', '¹ United Nations, *Treaty Series*, vol. 2225, No. 39574.', '1. *Decides* to remain seized of the matter.');
    assert.deepEqual(findings(text), []);
  });
});
