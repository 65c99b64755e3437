import * as assert from 'node:assert/strict';
import { parseResolution, treatyById, treatyHover, untcLink, untcPageLanguage, TREATY_SOURCES } from '../../server/src/core';

const blocks = (...parts: string[]): string => parts.join('\n\n') + '\n';

/**
 * A French draft on human rights education, written for this test: it names the treaties by the
 * French titles the United Nations' own pages give, with the apostrophe UN texts print (’).
 */
const FRENCH = blocks(
  'L’Assemblée générale,',
  '*Rappelant* la Convention pour la prévention et la répression du crime de génocide et la Convention internationale sur l’élimination de toutes les formes de discrimination raciale,',
  '*Rappelant également* la Convention sur l’élimination de toutes les formes de discrimination à l’égard des femmes et le Protocole facultatif se rapportant à la Convention sur l’élimination de toutes les formes de discrimination à l’égard des femmes,',
  '*Réaffirmant* la Convention contre la torture et autres peines ou traitements cruels, inhumains ou dégradants,',
  '*Ayant à l’esprit* le Protocole facultatif à la Convention relative aux droits de l’enfant, concernant l’implication d’enfants dans les conflits armés, et la Convention relative aux droits des personnes handicapées,',
  '1. *Invite* les États à faire figurer ces instruments dans les programmes d’éducation aux droits humains ;',
  '2. *Décide* de poursuivre l’examen de la question à sa quatre-vingt-deuxième session.',
);

/** A Spanish draft on torture prevention, written for this test; its treaty is named in English, its Spanish title not yet known to unres. */
const SPANISH = blocks(
  'La Asamblea General,',
  '*Recordando* la Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment [título por traducir],',
  '1. *Exhorta* a los Estados a que establezcan mecanismos nacionales de prevención;',
  '2. *Decide* seguir examinando la cuestión en su octogésimo segundo período de sesiones.',
);

function hoverIn(text: string, search: string): { named: string; lines: string[]; markdown: string } {
  const offset = text.indexOf(search);
  assert.ok(offset >= 0, search);
  const hover = treatyHover(parseResolution(text), offset + 2);
  assert.ok(hover, `no hover on "${search}"`);
  return { named: text.slice(hover.span.start, hover.span.end), lines: hover.markdown.split('\n'), markdown: hover.markdown };
}

/** The treaties whose French title the Millennium Summit pages give, with the page that gives it. */
const FRENCH_TITLES: ReadonlyArray<{ id: string; draft: string; title: string; page: number }> = [
  { id: 'genocide-convention', draft: 'Convention pour la prévention', title: 'Convention pour la prévention et la répression du crime de génocide', page: 1 },
  { id: 'icerd', draft: 'Convention internationale sur', title: "Convention internationale sur l'élimination de toutes les formes de discrimination raciale", page: 2 },
  { id: 'cedaw', draft: 'Convention sur l’élimination', title: "Convention sur l'élimination de toutes les formes de discrimination à l'égard des femmes", page: 7 },
  { id: 'cedaw-op', draft: 'Protocole facultatif se rapportant', title: "Protocole facultatif se rapportant à la Convention sur l'élimination de toutes les formes de discrimination à l'égard des femmes", page: 8 },
  { id: 'cat', draft: 'Convention contre la torture', title: 'Convention contre la torture et autres peines ou traitements cruels, inhumains ou dégradants', page: 9 },
  { id: 'crc-opac', draft: 'Protocole facultatif à la Convention relative', title: "Protocole facultatif à la Convention relative aux droits de l'enfant, concernant l'implication d'enfants dans les conflits armés", page: 11 },
];

describe('French treaty titles from the United Nations pages, and the Treaty Collection page in the draft’s language', () => {
  it('finds each treaty a French draft names by its French title, and heads the hover with that title and the English one under it', () => {
    assert.equal(parseResolution(FRENCH).language.code, 'fr');
    for (const { id, draft, title } of FRENCH_TITLES) {
      const hover = hoverIn(FRENCH, draft);
      assert.equal(hover.named.replace(/’/g, "'"), title, id);
      assert.deepEqual(hover.lines.slice(0, 3), [`**${title}**`, '', `English title: ${treatyById(id)!.title}`], id);
    }
  });

  it('names the page that gives the French title first among the sources, as a French text of the United Nations', () => {
    for (const { id, draft, page } of FRENCH_TITLES) {
      const sources = hoverIn(FRENCH, draft).lines.find((line) => line.startsWith('Sources: '));
      assert.ok(sources?.startsWith(`Sources: French title: [un-millennium-law-${page} (fr)](https://www.un.org/french/millenaire/law/${page}.htm); `), `${id}: ${sources}`);
      const source = TREATY_SOURCES[`un-millennium-law-${page} (fr)`];
      assert.equal(source.official, true);
      assert.match(source.title, /French text/);
      assert.deepEqual(treatyById(id)!.sources['title.fr'], [`un-millennium-law-${page} (fr)`]);
    }
  });

  it('heads the hover of the Convention on persons with disabilities with the French title of resolution 76/154', () => {
    const disabilities = hoverIn(FRENCH, 'Convention relative aux droits des personnes');
    assert.equal(disabilities.named, 'Convention relative aux droits des personnes handicapées');
    assert.deepEqual(disabilities.lines.slice(0, 3), ['**Convention relative aux droits des personnes handicapées**', '', 'English title: Convention on the Rights of Persons with Disabilities']);
    assert.ok(disabilities.lines.some((line) => line.startsWith('Sources: French title: [A/RES/76/154 (fr)](https://undocs.org/fr/A/RES/76/154); ')), disabilities.markdown);
  });

  it('links the Collection’s French page from a French draft, with no note on its language', () => {
    const torture = hoverIn(FRENCH, 'Convention contre la torture');
    assert.ok(torture.lines.includes('- UN Treaty Collection: [IV-9](https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-9&chapter=4&clang=_fr)'), torture.markdown);
    assert.ok(!torture.markdown.includes('clang=_en'));
    assert.ok(!torture.markdown.includes('page in'));
    const children = hoverIn(FRENCH, 'Protocole facultatif à la Convention relative');
    assert.ok(children.lines.includes('- UN Treaty Collection: [IV-11-b](https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-11-b&chapter=4&clang=_fr)'), children.markdown);
  });

  it('links the English page from a Spanish draft and says it is in English', () => {
    const torture = hoverIn(SPANISH, 'Convention against Torture');
    assert.deepEqual(torture.lines.slice(0, 3), ['**Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment**', '', 'Spanish title not known to unres.']);
    assert.ok(torture.lines.includes('- UN Treaty Collection: [IV-9](https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-9&chapter=4&clang=_en) (page in English)'), torture.markdown);
  });

  it('leaves an English draft’s link as it was: the English page, no note', () => {
    const text = blocks('The General Assembly,', '*Recalling* the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment,', '1. *Decides* to remain seized of the matter.');
    const torture = hoverIn(text, 'Convention against Torture');
    assert.ok(torture.lines.includes('- UN Treaty Collection: [IV-9](https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-9&chapter=4&clang=_en)'), torture.markdown);
    assert.ok(!torture.markdown.includes('page in'));
    assert.ok(!torture.markdown.includes('French title'));
  });

  it('gives the Collection page’s language: French for French, English for every other language', () => {
    assert.deepEqual((['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const).map(untcPageLanguage), ['en', 'fr', 'en', 'en', 'en', 'en']);
    assert.equal(untcLink('XVIII-12-a', 'fr'), 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-a&chapter=18&clang=_fr');
    assert.equal(untcLink('XVIII-12-a', 'es'), 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-a&chapter=18&clang=_en');
  });
});
