import * as assert from 'node:assert/strict';
import { lookup, parseResolution, treatyById, treatyHover, TREATY_SOURCES } from '../../server/src/core';

const blocks = (...parts: string[]): string => parts.join('\n\n') + '\n';

/**
 * A French draft on the rights of the girl child, in translation: the Convention on the Rights of
 * the Child is named by its French title; the Convention against Corruption is still in English,
 * its French title left for the translator to check.
 */
const FRENCH = blocks(
  'L’Assemblée générale,',
  '*Rappelant* la Convention relative aux droits de l’enfant, qui demeure la norme en matière de promotion et de protection des droits de l’enfant,',
  '*Rappelant également* the United Nations Convention against Corruption [titre français à vérifier],',
  '1. *Engage* les États à redoubler d’efforts pour enregistrer toutes les naissances ;',
  '2. *Décide* de poursuivre l’examen de la question à sa quatre-vingt-deuxième session.',
);

/** A Spanish draft on refugee girls: the Refugee Convention in Spanish, the Convention on discrimination against women not yet translated. */
const SPANISH = blocks(
  'La Asamblea General,',
  '*Recordando* la Convención sobre el Estatuto de los Refugiados y la Convención sobre los Derechos del Niño,',
  '*Teniendo presente* the Convention on the Elimination of All Forms of Discrimination against Women [título por traducir],',
  '1. *Exhorta* a los Estados a que garanticen el acceso de los niños refugiados a la educación;',
  '2. *Decide* seguir examinando la cuestión en su octogésimo segundo período de sesiones.',
);

function hoverIn(text: string, search: string): { markdown: string; lines: string[]; named: string } {
  const offset = text.indexOf(search);
  assert.ok(offset >= 0, search);
  const hover = treatyHover(parseResolution(text), offset + 2);
  assert.ok(hover, `no hover on "${search}"`);
  return { markdown: hover.markdown, lines: hover.markdown.split('\n'), named: text.slice(hover.span.start, hover.span.end) };
}

describe('treaty titles in French and Spanish', () => {
  it('reads the drafts as French and Spanish', () => {
    assert.equal(parseResolution(FRENCH).language.code, 'fr');
    assert.equal(parseResolution(SPANISH).language.code, 'es');
  });

  it('in a French draft, heads the hover with the French title a text gives, the English one under it, and names that text first among the sources', () => {
    const hover = hoverIn(FRENCH, 'Convention relative');
    assert.equal(hover.named, 'Convention relative aux droits de l’enfant');
    assert.deepEqual(hover.lines.slice(0, 4), ['**Convention relative aux droits de l’enfant**', '', 'English title: Convention on the Rights of the Child', '']);
    assert.ok(hover.lines.includes('- Treaty Series: United Nations, *Treaty Series*, vol. 1577, No. 27531'));
    const sources = hover.lines.find((line) => line.startsWith('Sources: '));
    assert.ok(sources !== undefined);
    assert.ok(sources.startsWith('Sources: French title: [A/HRC/RES/37/20 (fr)](https://undocs.org/fr/A/HRC/RES/37/20), [A/RES/55/79 (fr)](https://undocs.org/fr/A/RES/55/79); '), sources);
    assert.ok(!sources.includes('(es)'), 'the Spanish title is not the draft’s');
  });

  it('in a French draft, says so when only the English title is known', () => {
    const hover = hoverIn(FRENCH, 'United Nations Convention against');
    assert.deepEqual(hover.lines.slice(0, 4), ['**United Nations Convention against Corruption**', '', 'French title not known to unres.', '']);
    assert.ok(!hover.markdown.includes('French title:'));
  });

  it('in a Spanish draft, heads the hover with the Spanish title, and says so when only the English one is known', () => {
    const refugees = hoverIn(SPANISH, 'Convención sobre el Estatuto');
    assert.equal(refugees.named, 'Convención sobre el Estatuto de los Refugiados');
    assert.deepEqual(refugees.lines.slice(0, 3), ['**Convención sobre el Estatuto de los Refugiados**', '', 'English title: Convention relating to the Status of Refugees']);
    assert.match(refugees.markdown, /\nSources: Spanish title: \[A\/RES\/56\/136 \(es\)\]\(https:\/\/undocs\.org\/es\/A\/RES\/56\/136\); /);
    const child = hoverIn(SPANISH, 'Convención sobre los Derechos');
    assert.equal(child.lines[0], '**Convención sobre los Derechos del Niño**');
    const women = hoverIn(SPANISH, 'Convention on the Elimination');
    assert.deepEqual(women.lines.slice(0, 3), ['**Convention on the Elimination of All Forms of Discrimination against Women**', '', 'Spanish title not known to unres.']);
  });

  it('leaves the hover of an English draft as it was: the English title, no other title, none of their sources', () => {
    const text = blocks('The General Assembly,', '*Recalling* the Convention on the Rights of the Child,', '1. *Decides* to remain seized of the matter.');
    const hover = hoverIn(text, 'Convention on the Rights');
    assert.deepEqual(hover.lines.slice(0, 3), ['**Convention on the Rights of the Child**', '', '- Short names: unknown']);
    assert.ok(!/title|\((?:fr|es)\)/.test(hover.markdown.split('\n').slice(1).join('\n')), hover.markdown);
  });

  it('finds a title written with a keyboard apostrophe, and looks a treaty up by its French or Spanish title', () => {
    const text = blocks('L’Assemblée générale,', "*Rappelant* la Convention relative aux droits de l'enfant,", '1. *Décide* de rester saisie de la question.');
    assert.equal(hoverIn(text, 'Convention relative').lines[0], '**Convention relative aux droits de l’enfant**');
    assert.deepEqual(lookup('Charte des Nations Unies').map((r) => r.kind === 'treaty' && r.treaty.id), ['un-charter']);
    assert.deepEqual(lookup('Convención sobre los derechos de las personas con discapacidad').map((r) => r.kind === 'treaty' && r.treaty.id), ['crpd']);
  });

  it('gives each title in another language its sources in the table, texts in that language', () => {
    const crc = treatyById('crc')!;
    assert.equal(crc.titles?.fr, 'Convention relative aux droits de l’enfant');
    assert.equal(crc.titles?.es, 'Convención sobre los Derechos del Niño');
    assert.deepEqual(crc.sources['title.fr'], ['A/HRC/RES/37/20 (fr)', 'A/RES/55/79 (fr)']);
    for (const treaty of ['crc', 'crpd', 'refugee-convention', 'un-charter', 'iccpr', 'icescr', 'unclos'].map((id) => treatyById(id)!)) {
      for (const language of Object.keys(treaty.titles ?? {}).filter((l) => l !== 'en')) {
        const ids = treaty.sources[`title.${language}` as 'title.fr'] ?? [];
        assert.ok(ids.length > 0, `${treaty.id}: the ${language} title has no source`);
        for (const id of ids) assert.match(TREATY_SOURCES[id].title, language === 'fr' ? /French text/ : /Spanish text/);
      }
    }
    // No source gives the French title of the Refugee Convention: it is not in the table.
    assert.equal(treatyById('refugee-convention')!.titles?.fr, undefined);
  });
});
