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
  '*Considérant* le Statut de Rome de la Cour pénale internationale et la Convention internationale pour la protection de toutes les personnes contre les disparitions forcées,',
  '1. *Invite* les États à faire figurer ces instruments dans les programmes d’éducation aux droits humains ;',
  '2. *Décide* de poursuivre l’examen de la question à sa quatre-vingt-deuxième session.',
);

/**
 * A Spanish draft on torture prevention, written for this test: the Convention against Torture,
 * the Rome Statute and the Convention on enforced disappearance by the Spanish titles of the
 * General Assembly's texts; the Convention on discrimination against women still in English, its
 * Spanish title not known to unres.
 */
const SPANISH = blocks(
  'La Asamblea General,',
  '*Recordando* la Convención contra la Tortura y Otros Tratos o Penas Crueles, Inhumanos o Degradantes y el Estatuto de Roma de la Corte Penal Internacional,',
  '*Reconociendo* la importancia de la Convención Internacional para la Protección de Todas las Personas contra las Desapariciones Forzadas,',
  '*Teniendo presente* the Convention on the Elimination of All Forms of Discrimination against Women [título por traducir],',
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

const page = (n: number): string => `[un-millennium-law-${n} (fr)](https://www.un.org/french/millenaire/law/${n}.htm)`;
const text = (symbol: string, language: 'fr' | 'es'): string => `[${symbol} (${language})](https://undocs.org/${language}/${symbol})`;

/** The treaties whose French title a United Nations text gives, with the sources the hover names for it, in order. */
const FRENCH_TITLES: ReadonlyArray<{ id: string; draft: string; title: string; sources: string }> = [
  { id: 'genocide-convention', draft: 'Convention pour la prévention', title: 'Convention pour la prévention et la répression du crime de génocide', sources: page(1) },
  { id: 'icerd', draft: 'Convention internationale sur', title: "Convention internationale sur l'élimination de toutes les formes de discrimination raciale", sources: page(2) },
  { id: 'cedaw', draft: 'Convention sur l’élimination', title: "Convention sur l'élimination de toutes les formes de discrimination à l'égard des femmes", sources: page(7) },
  { id: 'cedaw-op', draft: 'Protocole facultatif se rapportant', title: "Protocole facultatif se rapportant à la Convention sur l'élimination de toutes les formes de discrimination à l'égard des femmes", sources: page(8) },
  { id: 'cat', draft: 'Convention contre la torture', title: 'Convention contre la torture et autres peines ou traitements cruels, inhumains ou dégradants', sources: `${text('A/RES/59/182', 'fr')}, ${text('A/RES/65/205', 'fr')}, ${page(9)}` },
  { id: 'crc-opac', draft: 'Protocole facultatif à la Convention relative', title: "Protocole facultatif à la Convention relative aux droits de l'enfant, concernant l'implication d'enfants dans les conflits armés", sources: page(11) },
  { id: 'crpd', draft: 'Convention relative aux droits des personnes', title: 'Convention relative aux droits des personnes handicapées', sources: text('A/RES/76/154', 'fr') },
  { id: 'rome-statute', draft: 'Statut de Rome', title: 'Statut de Rome de la Cour pénale internationale', sources: text('A/RES/70/146', 'fr') },
  { id: 'cped', draft: 'Convention internationale pour la protection', title: 'Convention internationale pour la protection de toutes les personnes contre les disparitions forcées', sources: text('A/RES/70/146', 'fr') },
];

/** The same for the Spanish titles. */
const SPANISH_TITLES: ReadonlyArray<{ id: string; draft: string; title: string; sources: string }> = [
  { id: 'cat', draft: 'Convención contra la Tortura', title: 'Convención contra la Tortura y Otros Tratos o Penas Crueles, Inhumanos o Degradantes', sources: text('A/RES/61/153', 'es') },
  { id: 'rome-statute', draft: 'Estatuto de Roma', title: 'Estatuto de Roma de la Corte Penal Internacional', sources: text('A/RES/70/146', 'es') },
  { id: 'cped', draft: 'Convención Internacional para', title: 'Convención Internacional para la Protección de Todas las Personas contra las Desapariciones Forzadas', sources: text('A/RES/70/146', 'es') },
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

  it('names the United Nations texts that give the French title first among the sources, each a French text', () => {
    for (const { id, draft, sources } of FRENCH_TITLES) {
      const line = hoverIn(FRENCH, draft).lines.find((l) => l.startsWith('Sources: '));
      assert.ok(line?.startsWith(`Sources: French title: ${sources}; `), `${id}: ${line}`);
      for (const source of treatyById(id)!.sources['title.fr'] ?? []) {
        assert.equal(TREATY_SOURCES[source].official, true, source);
        assert.match(TREATY_SOURCES[source].title, /French text/, source);
      }
    }
  });

  it('in a Spanish draft, heads the hover with the Spanish title of the Assembly’s texts, and names them first', () => {
    assert.equal(parseResolution(SPANISH).language.code, 'es');
    for (const { id, draft, title, sources } of SPANISH_TITLES) {
      const hover = hoverIn(SPANISH, draft);
      assert.equal(hover.named, title, id);
      assert.deepEqual(hover.lines.slice(0, 3), [`**${title}**`, '', `English title: ${treatyById(id)!.title}`], id);
      assert.ok(hover.lines.some((l) => l.startsWith(`Sources: Spanish title: ${sources}; `)), `${id}: ${hover.markdown}`);
      assert.ok(!hover.markdown.includes('(fr)'), `${id}: the French title is not the draft’s`);
    }
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
    const torture = hoverIn(SPANISH, 'Convención contra la Tortura');
    assert.ok(torture.lines.includes('- UN Treaty Collection: [IV-9](https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-9&chapter=4&clang=_en) (page in English)'), torture.markdown);
    const women = hoverIn(SPANISH, 'Convention on the Elimination');
    assert.deepEqual(women.lines.slice(0, 3), ['**Convention on the Elimination of All Forms of Discrimination against Women**', '', 'Spanish title not known to unres.']);
    assert.ok(women.lines.includes('- UN Treaty Collection: [IV-8](https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-8&chapter=4&clang=_en) (page in English)'), women.markdown);
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
