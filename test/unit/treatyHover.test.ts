import * as assert from 'node:assert/strict';
import { parseResolution, treatyById, treatyHover, untcLink, type Treaty } from '../../server/src/core';
import { GLOSSARY_TABLE } from '../support/treatyGlossary';

const blocks = (...parts: string[]): string => parts.join('\n\n') + '\n';
const OPENING = 'The General Assembly,';
const CLOSING = '1. *Decides* to continue its consideration of the question at its eighty-second session.';

/** A draft on migrant smuggling, its footnotes citing the Convention, the Protocol and a number no treaty has. */
const DRAFT = blocks(
  OPENING,
  '*Recalling* the United Nations Convention against Transnational Organized Crime¹ and the Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime,² and the Palermo Protocol,³',
  '*Noting* the Genocide Convention and the Convention on the Prevention and Punishment of the Crime of Genocide,⁴',
  '¹ United Nations, *Treaty Series*, vol. 2225, No. 39574.\n² *Ibid.*, vol. 2241, No. 39574.\n³ *Ibid.*\n⁴ United Nations, *Treaty Series*, vol. 12, No. 345.',
  CLOSING,
);

function hoverAt(search: string, delta = 1): ReturnType<typeof treatyHover> {
  const offset = DRAFT.indexOf(search);
  assert.ok(offset >= 0, search);
  return treatyHover(parseResolution(DRAFT), offset + delta);
}

describe('treaty hover', () => {
  it('shows every fact of a treaty, with its sources, and the UN Treaty Collection link where the table has the chapter', () => {
    const hover = hoverAt('Convention on the Prevention');
    assert.ok(hover);
    assert.equal(DRAFT.slice(hover.span.start, hover.span.end), 'Convention on the Prevention and Punishment of the Crime of Genocide');
    assert.equal(
      hover.markdown,
      [
        '**Convention on the Prevention and Punishment of the Crime of Genocide**',
        '',
        '- Short names: unknown',
        '- Place and date (UN Treaty Collection): Paris, 9 December 1948',
        '- Adopted: 9 December 1948',
        '- Entry into force: 12 January 1951',
        '- Treaty Series: United Nations, *Treaty Series*, vol. 78, No. 1021',
        '- Cited by resolution: See resolution 260 A (III), annex.',
        '- Depositary: Secretary-General of the United Nations',
        '- UN Treaty Collection: [IV-1](https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-1&chapter=4&clang=_en)',
        '',
        'Sources: [treaties.un.org](https://treaties.un.org/Pages/Treaties.aspx); [legal.un.org](http://legal.un.org/avl/ha/cppcg/cppcg.html); [A/C.3/80/L.32](https://undocs.org/A/C.3/80/L.32), [A/RES/78/219](https://undocs.org/A/RES/78/219), [A/RES/80/221](https://undocs.org/A/RES/80/221)',
      ].join('\n'),
    );
  });

  it('says "unknown" for each fact the table lacks, and names the parent of a protocol', () => {
    const hover = hoverAt('Protocol against the Smuggling');
    assert.ok(hover);
    const facts = hover.markdown.split('\n').filter((line) => line.startsWith('- '));
    assert.deepEqual(facts, [
      '- Short names: unknown',
      '- Place and date (UN Treaty Collection): New York, 15 November 2000',
      '- Adopted: 15 November 2000, by General Assembly resolution 55/25',
      '- Entry into force: 28 January 2004',
      '- Treaty Series: United Nations, *Treaty Series*, vol. 2241, No. 39574',
      '- Depositary: Secretary-General of the United Nations',
      '- Parent treaty: United Nations Convention against Transnational Organized Crime',
      '- UN Treaty Collection: [XVIII-12-b](https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-b&chapter=18&clang=_en)',
    ]);
    const tobacco = treatyHover(parseResolution(blocks(OPENING, '*Recalling* the Protocol to Eliminate Illicit Trade in Tobacco Products,', CLOSING)), 40);
    assert.ok(tobacco);
    assert.match(tobacco.markdown, /\n- Entry into force: unknown\n/);
  });

  it('names the treaty of a Treaty Series citation, also through Ibid., and says when no treaty has the number', () => {
    const first = hoverAt('vol. 2225');
    assert.ok(first);
    assert.equal(DRAFT.slice(first.span.start, first.span.end), 'United Nations, *Treaty Series*, vol. 2225, No. 39574');
    assert.match(first.markdown, /^United Nations, \*Treaty Series\*, vol\. 2225, No\. 39574 is the United Nations Convention against Transnational Organized Crime\.\n\n---\n\n\*\*United Nations Convention against Transnational Organized Crime\*\*/);
    const second = hoverAt('vol. 2241');
    assert.match(second!.markdown, /^United Nations, \*Treaty Series\*, vol\. 2241, No\. 39574 is the Protocol against the Smuggling of Migrants/);
    // "³ *Ibid.*" repeats footnote 2 whole: the Smuggling Protocol, not the Convention of footnote 1.
    const bare = hoverAt('³ *Ibid.*', 3);
    assert.match(bare!.markdown, /^\*Ibid\.\* repeats footnote 2: United Nations, \*Treaty Series\*, vol\. 2241, No\. 39574 is the Protocol against the Smuggling of Migrants/);
    const unknown = hoverAt('vol. 12');
    assert.equal(unknown!.markdown, 'United Nations, *Treaty Series*, vol. 12, No. 345: no treaty in the table has this volume and number.');
  });

  it('lists every treaty registered under one volume and number', () => {
    const text = blocks(OPENING, '*Recalling* the International Covenant on Civil and Political Rights,¹', '¹ United Nations, *Treaty Series*, vol. 999, No. 14668.', CLOSING);
    // The glossary of a workspace gives the first Optional Protocol the Covenant's citation.
    const hover = treatyHover(parseResolution(text), text.indexOf('vol. 999'), GLOSSARY_TABLE);
    assert.match(hover!.markdown, /^United Nations, \*Treaty Series\*, vol\. 999, No\. 14668 is registered for 2 treaties in the table:\n\n- Optional Protocol to the International Covenant on Civil and Political Rights\n- International Covenant on Civil and Political Rights\n/);
  });

  it('has nothing to say away from treaties and citations', () => {
    assert.equal(hoverAt('*Noting*'), undefined);
    assert.equal(hoverAt('eighty-second'), undefined);
  });

  it('links a chapter of the UN Treaty Collection with its number in Arabic figures', () => {
    assert.equal(untcLink('XVIII-12-a'), 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-a&chapter=18&clang=_en');
    assert.ok(treatyById('untoc') as Treaty);
  });
});
