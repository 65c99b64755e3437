import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lookup, parseResolution, treatyById, treatyHover } from '../../server/src/core';
import type { TreatyFact } from '../../server/src/core/data/treaties';
import { REPO_ROOT } from '../support/paths';

const SHARED = path.resolve(REPO_ROOT, '..', 'shared');

/**
 * The treaties drafters cite most, each with the footnote an official text of ../shared prints
 * for it (the text named by symbol) and the place and date the UN Treaty Collection gives.
 */
const MOST_CITED: ReadonlyArray<{ id: string; title: string; footnote: string; symbol: string; hoverLine: string; collection: string }> = [
  { id: 'iccpr', title: 'International Covenant on Civil and Political Rights', footnote: 'See resolution 2200 A (XXI), annex.', symbol: 'A/RES/78/208', hoverLine: '- Cited by resolution: See resolution 2200 A (XXI), annex.', collection: 'New York, 16 December 1966' },
  { id: 'icescr', title: 'International Covenant on Economic, Social and Cultural Rights', footnote: 'See resolution 2200 A (XXI), annex.', symbol: 'A/RES/78/201', hoverLine: '- Cited by resolution: See resolution 2200 A (XXI), annex.', collection: 'New York, 16 December 1966' },
  { id: 'crc', title: 'Convention on the Rights of the Child', footnote: 'vol. 1577, No. 27531', symbol: 'A/RES/78/10', hoverLine: '- Treaty Series: United Nations, *Treaty Series*, vol. 1577, No. 27531', collection: 'New York, 20 November 1989' },
  { id: 'cedaw', title: 'Convention on the Elimination of All Forms of Discrimination against Women', footnote: 'vol. 1249, No. 20378', symbol: 'A/RES/78/121', hoverLine: '- Treaty Series: United Nations, *Treaty Series*, vol. 1249, No. 20378', collection: 'New York, 18 December 1979' },
  { id: 'cedaw-op', title: 'Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women', footnote: 'vol. 2131, No. 20378', symbol: 'A/RES/78/182', hoverLine: '- Treaty Series: United Nations, *Treaty Series*, vol. 2131, No. 20378', collection: 'New York, 6 October 1999' },
  { id: 'crpd', title: 'Convention on the Rights of Persons with Disabilities', footnote: 'vol. 2515, No. 44910', symbol: 'A/RES/78/10', hoverLine: '- Treaty Series: United Nations, *Treaty Series*, vol. 2515, No. 44910', collection: 'New York, 13 December 2006' },
  { id: 'untoc', title: 'United Nations Convention against Transnational Organized Crime', footnote: 'vol. 2225, No. 39574', symbol: 'A/RES/78/140', hoverLine: '- Treaty Series: United Nations, *Treaty Series*, vol. 2225, No. 39574', collection: 'New York, 15 November 2000' },
  { id: 'trafficking-protocol', title: 'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime', footnote: 'vol. 2237, No. 39574', symbol: 'A/RES/78/187', hoverLine: '- Treaty Series: United Nations, *Treaty Series*, vol. 2237, No. 39574', collection: 'New York, 15 November 2000' },
  { id: 'smuggling-protocol', title: 'Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime', footnote: 'vol. 2241, No. 39574', symbol: 'A/RES/78/69', hoverLine: '- Treaty Series: United Nations, *Treaty Series*, vol. 2241, No. 39574', collection: 'New York, 15 November 2000' },
  { id: 'uncac', title: 'United Nations Convention against Corruption', footnote: 'vol. 2349, No. 42146', symbol: 'A/RES/78/140', hoverLine: '- Treaty Series: United Nations, *Treaty Series*, vol. 2349, No. 42146', collection: 'New York, 31 October 2003' },
  { id: 'unclos', title: 'United Nations Convention on the Law of the Sea', footnote: 'vol. 1833, No. 31363', symbol: 'A/RES/78/128', hoverLine: '- Treaty Series: United Nations, *Treaty Series*, vol. 1833, No. 31363', collection: 'Montego Bay, 10 December 1982' },
  { id: 'paris-agreement', title: 'Paris Agreement', footnote: 'FCCC/CP/2015/10/Add.1, decision 1/CP.21', symbol: 'A/RES/78/1', hoverLine: '- Cited by decision: See FCCC/CP/2015/10/Add.1, decision 1/CP.21.', collection: 'Paris, 12 December 2015' },
  { id: 'rome-statute', title: 'Rome Statute of the International Criminal Court', footnote: 'vol. 2187, No. 38544', symbol: 'A/RES/78/118', hoverLine: '- Treaty Series: United Nations, *Treaty Series*, vol. 2187, No. 38544', collection: 'Rome, 17 July 1998' },
  { id: 'icerd', title: 'International Convention on the Elimination of All Forms of Racial Discrimination', footnote: 'vol. 660, No. 9464', symbol: 'A/RES/78/171', hoverLine: '- Treaty Series: United Nations, *Treaty Series*, vol. 660, No. 9464', collection: 'New York, 7 March 1966' },
];

/**
 * Facts kept by hand (data/treaties/facts.json) for treaties the texts cite, each with the hover
 * line it gives, the source that states it and, where that source is a text of ../shared, the
 * words in which it does.
 */
const HAND_KEPT: ReadonlyArray<{ id: string; title: string; fact: TreatyFact; hoverLine: string; source: string; link: string; words?: string }> = [
  { id: 'untc-xxi-10', title: 'Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction', fact: 'adopted.date', hoverLine: '- Adopted: 19 June 2023', source: 'A/RES/78/272', link: 'https://undocs.org/A/RES/78/272', words: 'the adoption by the conference, on 19 June 2023, of the Agreement' },
  { id: 'charter-association-southeast-asian-nations', title: 'Charter of the Association of Southeast Asian Nations', fact: 'entryIntoForce', hoverLine: '- Entry into force: 15 December 2008', source: 'A/RES/78/39', link: 'https://undocs.org/A/RES/78/39', words: 'the entry into force on 15 December 2008 of the Charter of the Association of Southeast Asian Nations' },
  { id: 'uncac', title: 'United Nations Convention against Corruption', fact: 'openedForSignature', hoverLine: '- Opened for signature: Merida, Mexico, 9 December 2003', source: 'A/RES/79/190', link: 'https://undocs.org/A/RES/79/190' },
  { id: 'unfccc', title: 'United Nations Framework Convention on Climate Change', fact: 'adopted.date', hoverLine: '- Adopted: New York, 9 May 1992', source: 'unfccc-cop5-convkp', link: 'https://unfccc.int/cop5/convkp/index.html' },
  { id: 'unclos', title: 'United Nations Convention on the Law of the Sea', fact: 'entryIntoForce', hoverLine: '- Entry into force: 16 November 1994', source: 'un-news-2002-12-53652', link: 'https://news.un.org/en/story/2002/12/53652' },
  { id: 'untoc', title: 'United Nations Convention against Transnational Organized Crime', fact: 'openedForSignature', hoverLine: '- Opened for signature: Palermo, Italy, 12 December 2000', source: 'unis-cp378', link: 'https://unis.unvienna.org/unis/en/pressrels/2000/cp378.html' },
  { id: 'fish-stocks-agreement', title: 'Fish Stocks Agreement', fact: 'adopted.date', hoverLine: '- Adopted: New York, 4 August 1995', source: 'doalos-fish-stocks-declarations', link: 'http://www.un.org/Depts/los/convention_agreements/fish_stocks_agreement_declarations.htm' },
  { id: 'arms-trade-treaty', title: 'Arms Trade Treaty', fact: 'openedForSignature', hoverLine: '- Opened for signature: New York, 3 June 2013', source: 'un-sg-2013-06-03-att', link: 'https://www.un.org/sg/en/content/sg/statement/2013-06-03/secretary-generals-remarks-special-event-marking-opening-arms-trade' },
  { id: 'un-charter', title: 'Charter of the United Nations', fact: 'entryIntoForce', hoverLine: '- Entry into force: 24 October 1945', source: 'research-un-charter', link: 'https://research.un.org/en/docs/uncharter/intro' },
];

/** The official text of ../shared with this symbol. */
function textOf(symbol: string): string {
  for (const folder of ['official', 'corpus']) {
    for (const file of fs.readdirSync(path.join(SHARED, folder))) {
      const text = fs.readFileSync(path.join(SHARED, folder, file), 'utf8');
      if (new RegExp(`^symbol: ${symbol.replace(/[./]/g, '\\$&')}$`, 'm').test(text.slice(0, 500))) return text;
    }
  }
  throw new Error(`no text ${symbol} in ../shared`);
}

describe('the treaties drafters cite most: hover and lookup, with the figures the texts print', function () {
  this.timeout(60000);
  if (!fs.existsSync(SHARED)) {
    it('needs ../shared', function () {
      this.skip();
    });
    return;
  }

  it('shows both ways the texts cite the Covenant: the annex of its resolution, and the Treaty Series as the Collection gives it', () => {
    const draft = 'The General Assembly,\n\n*Recalling* the International Covenant on Civil and Political Rights,¹\n\n¹ See resolution 2200 A (XXI), annex.\n\n1. *Decides* to remain seized of the matter.\n';
    const lines = treatyHover(parseResolution(draft), draft.indexOf('Covenant'))!.markdown.split('\n');
    assert.ok(lines.includes('- Treaty Series: United Nations, *Treaty Series*, vol. 999, No. 14668'));
    assert.ok(lines.includes('- Cited by resolution: See resolution 2200 A (XXI), annex.'));
  });

  for (const treaty of MOST_CITED) {
    it(`${treaty.id}: ${treaty.hoverLine.slice(2)}`, () => {
      const entry = treatyById(treaty.id);
      assert.ok(entry, treaty.id);
      assert.equal(entry.title, treaty.title);
      // The text named as a source prints the footnote.
      assert.ok(textOf(treaty.symbol).includes(treaty.footnote), `${treaty.symbol} does not print "${treaty.footnote}"`);
      const figureSources = (treaty.footnote.startsWith('See resolution') ? entry.sources.resolutionAnnex : treaty.footnote.includes('decision') ? entry.sources.decision : entry.sources['unts.registrationNumber']) ?? [];
      assert.ok(figureSources.includes(treaty.symbol), `${treaty.id}: ${treaty.symbol} is not among the sources of its citation`);

      const draft = `The General Assembly,\n\n*Recalling* the ${treaty.title},¹\n\n¹ ${treaty.footnote}\n\n1. *Decides* to remain seized of the matter.\n`;
      const hover = treatyHover(parseResolution(draft), draft.indexOf(treaty.title) + 2);
      assert.ok(hover, treaty.id);
      const lines = hover.markdown.split('\n');
      assert.equal(lines[0], `**${treaty.title}**`);
      assert.ok(lines.includes(treaty.hoverLine), hover.markdown);
      assert.ok(lines.includes(`- Place and date (UN Treaty Collection): ${treaty.collection}`), hover.markdown);
      assert.ok(lines.includes(`- UN Treaty Collection: [${entry.untcChapter}](https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=${entry.untcChapter}&chapter=${entry.untcChapter!.startsWith('XXVII') ? 27 : /^XXI-/.test(entry.untcChapter!) ? 21 : /^XVIII/.test(entry.untcChapter!) ? 18 : 4}&clang=_en)`), hover.markdown);
      // One line of sources, with links, no local paths.
      const sources = lines.filter((line) => line.startsWith('Sources: '));
      assert.equal(sources.length, 1);
      assert.match(sources[0], /\[treaties\.un\.org\]\(https:\/\/treaties\.un\.org\/Pages\/Treaties\.aspx\)/);
      assert.match(sources[0], /\]\(https:\/\/undocs\.org\//);
      assert.doesNotMatch(sources[0], /\.\.\/shared|\.md\b|\.txt\b/);

      assert.deepEqual(lookup(treaty.title).map((r) => (r.kind === 'treaty' ? `${r.treaty.id}:${r.match}` : r.written)), [`${treaty.id}:name`]);
      const cited = /vol\. (\d+), No\. (\d+)/.exec(treaty.footnote);
      if (cited) assert.ok(lookup(`vol. ${cited[1]}, No. ${cited[2]}`).some((r) => r.kind === 'treaty' && r.treaty.id === treaty.id), `lookup of ${treaty.footnote}`);
    });
  }

  for (const kept of HAND_KEPT) {
    it(`${kept.id}: ${kept.hoverLine.slice(2)}, from ${kept.source}`, () => {
      const entry = treatyById(kept.id);
      assert.ok(entry, kept.id);
      assert.ok((entry.sources[kept.fact] ?? []).includes(kept.source), `${kept.id}.${kept.fact} does not cite ${kept.source}`);
      if (kept.words) assert.ok(textOf(kept.source).replace(/\s+/g, ' ').includes(kept.words), `${kept.source} does not say "${kept.words}"`);
      const draft = `The General Assembly,\n\n*Recalling* the ${kept.title},\n\n1. *Decides* to remain seized of the matter.\n`;
      const hover = treatyHover(parseResolution(draft), draft.indexOf(kept.title) + 2);
      assert.ok(hover, kept.id);
      const lines = hover.markdown.split('\n');
      assert.ok(lines.includes(kept.hoverLine), hover.markdown);
      assert.ok(lines.some((line) => line.startsWith('Sources: ') && line.includes(`](${kept.link})`)), hover.markdown);
    });
  }

  it('does not show the day the Convention on Biological Diversity was opened for signature at Rio as its adoption', () => {
    const entry = treatyById('cbd');
    assert.ok(entry);
    assert.equal(entry.adopted, undefined);
    // The Collection's record: adopted at Nairobi (no day given), opened for signature at Rio de Janeiro on 5 June 1992.
    assert.deepEqual(entry.openedForSignature, { date: '1992-06-05', place: 'Rio de Janeiro' });
    assert.deepEqual(entry.sources.openedForSignature, ['untc-XXVII-8']);
    const draft = 'The General Assembly,\n\n*Recalling* the Convention on Biological Diversity,\n\n1. *Decides* to remain seized of the matter.\n';
    const hover = treatyHover(parseResolution(draft), draft.indexOf('Biological') + 2);
    assert.ok(hover);
    assert.ok(!hover.markdown.split('\n').some((line) => line.startsWith('- Adopted:') && line.includes('1992')), hover.markdown);
  });

  it('shows no resolution or decision that adopted another text: the Charter and the Framework Convention on Climate Change', () => {
    // A/RES/80/120 marks the Friendly Relations Declaration, whose title ends with the Charter's name.
    assert.ok(textOf('A/RES/80/120').includes('Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations,¹'));
    // A/RES/80/130 marks "the Paris Agreement adopted under the United Nations Framework Convention on Climate Change", across a page break.
    assert.ok(/Paris Agreement[\s\S]{1,600}adopted under the United Nations Framework Convention on Climate Change,⁴/.test(textOf('A/RES/80/130')));
    for (const [id, title] of [
      ['un-charter', 'Charter of the United Nations'],
      ['unfccc', 'United Nations Framework Convention on Climate Change'],
    ]) {
      const entry = treatyById(id);
      assert.ok(entry, id);
      assert.equal(entry.resolutionAnnex, undefined, id);
      assert.equal(entry.decision, undefined, id);
      const draft = `The General Assembly,\n\n*Recalling* the ${title},\n\n1. *Decides* to remain seized of the matter.\n`;
      const hover = treatyHover(parseResolution(draft), draft.indexOf(title) + 2);
      assert.ok(hover, id);
      assert.doesNotMatch(hover.markdown, /2625|1\/CP\.21|Cited by (?:resolution|decision)/, hover.markdown);
    }
  });

  it('takes the Treaty Series footnote of the Third Geneva Convention written with its date, ", of 12 August 1949,"', () => {
    assert.ok(/Geneva Convention relative to the Treatment of Prisoners of War, of 12 August 1949,¹⁵/.test(textOf('A/RES/79/181').replace(/\s+/g, ' ')));
    const entry = treatyById('geneva-convention-iii');
    assert.ok(entry);
    assert.deepEqual(entry.unts, { volumes: [75], registrationNumber: 972 });
    assert.ok((entry.sources['unts.registrationNumber'] ?? []).includes('A/RES/79/181'));
  });

  it('knows the Fourth Geneva Convention by the names the resolutions give it, with the Treaty Series entry they cite', () => {
    // A/RES/80/72 names the Convention and gives it the short name; A/RES/80/80 cites it by that name.
    assert.ok(textOf('A/RES/80/72').includes('Civilian Persons in Time of War, of 12 August 1949⁵ (Fourth Geneva Convention)'));
    assert.ok(textOf('A/RES/80/80').includes('Fourth Geneva Convention,¹²'));
    const entry = treatyById('geneva-convention-iv');
    assert.ok(entry);
    assert.ok(entry.shortNames.includes('Fourth Geneva Convention'));
    assert.ok((entry.sources['unts.registrationNumber'] ?? []).includes('A/RES/80/80'));

    const draft = 'The General Assembly,\n\n*Recalling* the obligations of the occupying Power under the Fourth Geneva Convention,¹\n\n¹ United Nations, *Treaty Series*, vol. 75, No. 973.\n\n1. *Decides* to remain seized of the matter.\n';
    const hover = treatyHover(parseResolution(draft), draft.indexOf('Fourth Geneva') + 3);
    assert.ok(hover);
    const lines = hover.markdown.split('\n');
    assert.equal(lines[0], '**Convention (IV) relative to the Protection of Civilian Persons in Time of War**');
    assert.ok(lines.includes('- Treaty Series: United Nations, *Treaty Series*, vol. 75, No. 973'), hover.markdown);
    assert.ok(lines.includes('- Entry into force: 21 October 1950'), hover.markdown);

    for (const name of ['Fourth Geneva Convention', 'Geneva Convention relative to the Protection of Civilian Persons in Time of War']) {
      assert.deepEqual(lookup(name).map((r) => (r.kind === 'treaty' ? `${r.treaty.id}:${r.match}` : r.written)), ['geneva-convention-iv:name'], name);
    }
    assert.ok(lookup('vol. 75, No. 973').some((r) => r.kind === 'treaty' && r.treaty.id === 'geneva-convention-iv'));
  });
});
