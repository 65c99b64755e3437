import * as assert from 'node:assert/strict';
import { lint, parseResolution } from '../../server/src/core';
import { treatyAt, treatyMentions } from '../../server/src/core/treaties/treatyMentions';
import type { TreatyTable } from '../../server/src/core/treaties/treatyTable';
import { GLOSSARY_TABLE } from '../support/treatyGlossary';

const blocks = (...parts: string[]): string => parts.join('\n\n') + '\n';
const OPENING = 'The General Assembly,';
const CLOSING = '1. *Decides* to continue its consideration of the question at its eighty-second session.';

/** Each mention as [treaty id, the text it covers]. */
function mentioned(text: string, table?: TreatyTable): Array<[string, string]> {
  return treatyMentions(parseResolution(text), table).map((m) => [m.treaty.id, text.slice(m.span.start, m.span.end)]);
}

describe('treaty mentions: short names, ILO forms and words that point back', () => {
  it('reads the short names a workspace gives the Trafficking Protocol', () => {
    const text = blocks(
      OPENING,
      '*Welcoming* the twenty-fifth anniversary of the Trafficking Protocol and the efforts of States to implement the Palermo Protocol,',
      CLOSING,
    );
    assert.deepEqual(mentioned(text, GLOSSARY_TABLE), [
      ['trafficking-protocol', 'Trafficking Protocol'],
      ['trafficking-protocol', 'Palermo Protocol'],
    ]);
  });

  it('does not take the plural "Palermo Protocols", which names three treaties, for one of them', () => {
    const text = blocks(OPENING, '*Noting* that the Palermo Protocols supplement the Convention,', CLOSING);
    assert.deepEqual(mentioned(text, GLOSSARY_TABLE), []);
  });

  it('reads an abbreviation in a footnote, but not the same letters inside a document symbol', () => {
    const text = blocks(
      OPENING,
      '*Recalling* the general recommendations of the Committee on the Elimination of Discrimination against Women,¹',
      '¹ See CEDAW, art. 5, and CEDAW/C/GC/38.',
      CLOSING,
    );
    assert.deepEqual(mentioned(text, GLOSSARY_TABLE), [['cedaw', 'CEDAW']]);
  });

  it('reads the ILO forms: with the year and number, without the year, "ILO Convention No." and the Protocol of 2014', () => {
    const text = blocks(
      OPENING,
      '*Recalling* the Worst Forms of Child Labour Convention (No. 182), ILO Convention No. 138 and the Domestic Workers Convention, 2011 (No. 189),',
      '*Taking note* of the Protocol of 2014 to the Forced Labour Convention, 1930 (No. 29), and of the Protocol to the Forced Labour Convention, 1930,',
      CLOSING,
    );
    assert.deepEqual(mentioned(text), [
      ['ilo-c182', 'Worst Forms of Child Labour Convention (No. 182)'],
      ['ilo-c138', 'ILO Convention No. 138'],
      ['ilo-c189', 'Domestic Workers Convention, 2011 (No. 189)'],
      ['ilo-p029', 'Protocol of 2014 to the Forced Labour Convention, 1930'],
      ['ilo-p029', 'Protocol to the Forced Labour Convention, 1930'],
    ]);
  });

  it('reads "the Optional Protocol thereto" and "its Optional Protocol" as the one protocol of the treaty just named', () => {
    const text = blocks(
      OPENING,
      '*Recalling* the Convention on the Elimination of All Forms of Discrimination against Women and the Optional Protocol thereto, the Convention on the Rights of Persons with Disabilities and its Optional Protocol, and the 1951 Convention relating to the Status of Refugees and the 1967 Protocol thereto,',
      CLOSING,
    );
    // The Collection lists the 1967 Protocol apart from the Convention (V-5, V-2): the glossary ties them.
    assert.deepEqual(mentioned(text, GLOSSARY_TABLE), [
      ['cedaw', 'Convention on the Elimination of All Forms of Discrimination against Women'],
      ['cedaw-op', 'Optional Protocol thereto'],
      ['crpd', 'Convention on the Rights of Persons with Disabilities'],
      ['crpd-op', 'Optional Protocol'],
      ['refugee-convention', 'Convention relating to the Status of Refugees'],
      ['refugee-protocol', '1967 Protocol thereto'],
    ]);
  });

  it('reads which of several optional protocols is meant from the words after "thereto", and leaves the others alone', () => {
    const text = blocks(
      OPENING,
      '*Recalling* the Convention on the Rights of the Child and the Optional Protocol thereto on the sale of children, child prostitution and child pornography,',
      '*Recalling also* the Convention on the Rights of the Child and the Optional Protocol thereto, and the Optional Protocols thereto,',
      '*Noting* the 1975 Protocol thereto,',
      CLOSING,
    );
    assert.deepEqual(mentioned(text), [
      ['crc', 'Convention on the Rights of the Child'],
      ['crc-opsc', 'Optional Protocol thereto on the sale of children, child prostitution and child pornography'],
      ['crc', 'Convention on the Rights of the Child'],
    ]);
  });

  it('reads each place of "the treaties of Tlatelolco, Rarotonga, Bangkok and Pelindaba"', () => {
    const text = blocks(OPENING, '*Welcoming* the contribution of the treaties of Tlatelolco, Rarotonga,¹ Bangkok² and Pelindaba³ to nuclear disarmament,', CLOSING);
    assert.deepEqual(mentioned(text), [
      ['treaty-of-tlatelolco', 'Tlatelolco'],
      ['treaty-of-rarotonga', 'Rarotonga'],
      ['treaty-of-bangkok', 'Bangkok'],
      ['treaty-of-pelindaba', 'Pelindaba'],
    ]);
  });

  it('reads a title that a page break splits, and finds it from either piece but not from the footnotes between', () => {
    const text = [
      OPENING,
      '',
      '*Recalling* the Convention on the Rights of the Child¹ and the Convention for the Suppression of the',
      '',
      '¹ United Nations, *Treaty Series*, vol. 1577, No. 27531.',
      '',
      'Traffic in Persons and of the Exploitation of the Prostitution of Others,²',
      '',
      '² *Ibid.*, vol. 96, No. 1342.',
      '',
      CLOSING,
      '',
    ].join('\n');
    const doc = parseResolution(text);
    const split = treatyMentions(doc).find((m) => m.treaty.id === 'traffic-in-persons-convention');
    assert.ok(split, 'the split title is not read');
    assert.equal(split.parts.length, 2);
    assert.equal(text.slice(split.parts[1].start, split.parts[1].end), 'Traffic in Persons and of the Exploitation of the Prostitution of Others');
    assert.equal(treatyAt(doc, text.indexOf('Suppression'))?.treaty.id, 'traffic-in-persons-convention');
    assert.equal(treatyAt(doc, text.indexOf('Exploitation'))?.treaty.id, 'traffic-in-persons-convention');
    assert.equal(treatyAt(doc, text.indexOf('vol. 1577')), undefined);
    assert.deepEqual(lint(doc).filter((f) => f.ruleId === 'UNR030'), []);
    const wrong = text.replace('vol. 96, No. 1342', 'vol. 96, No. 1343');
    assert.deepEqual(lint(parseResolution(wrong)).filter((f) => f.ruleId === 'UNR030').map((f) => f.message), [
      'Footnote 2 cites vol. 96, No. 1343; the Convention for the Suppression of the Traffic in Persons and of the Exploitation of the Prostitution of Others is vol. 96, No. 1342.',
    ]);
  });
});
