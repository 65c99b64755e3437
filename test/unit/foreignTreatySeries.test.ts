import * as assert from 'node:assert/strict';
import { applyEdits, firstFixEdits, lint, parseResolution, type Finding } from '../../server/src/core';

// French and Spanish drafts written for these tests, whose footnotes cite the Convention on the
// Rights of the Child (United Nations, Treaty Series, vol. 1577, No. 27531) in the draft's words.

const FRENCH = (citation: string): string =>
  [
    "L'Assemblée générale,",
    '',
    "*Rappelant* la Convention relative aux droits de l'enfant¹,",
    '',
    "1. *Prie* le Secrétaire général de lui présenter un rapport sur l'application de la présente résolution.",
    '',
    `¹ ${citation}`,
    '',
  ].join('\n');

const SPANISH = (citation: string): string =>
  [
    'La Asamblea General,',
    '',
    '*Recordando* la Convención sobre los Derechos del Niño¹,',
    '',
    '1. *Aprueba* el programa de trabajo que figura en el anexo de la presente resolución.',
    '',
    `¹ ${citation}`,
    '',
  ].join('\n');

const citationFindings = (text: string): Finding[] => lint(parseResolution(text)).filter((f) => f.ruleId === 'UNR030');

describe('Treaty Series footnotes written in French and Spanish', () => {
  it('reads them, and finds nothing when the volume and number are the treaty\'s', () => {
    for (const text of [
      FRENCH('Nations Unies, *Recueil des Traités*, vol. 1577, no 27531.'),
      FRENCH('Nations Unies, *Recueil des Traités*, vol. 1577, n° 27531.'),
      SPANISH('Naciones Unidas, *Treaty Series*, vol. 1577, núm. 27531.'),
      SPANISH('Naciones Unidas, *Treaty Series*, vol. 1577, No. 27531.'),
    ]) {
      const doc = parseResolution(text);
      const cited = doc.citations.filter((c) => c.kind === 'treatySeries');
      assert.deepEqual(cited.map((c) => c.kind === 'treatySeries' && [c.series, c.volumes, c.registrationNumber]), [['United Nations', [1577], 27531]], text);
      assert.deepEqual(citationFindings(text), [], text);
    }
  });

  it('reports a wrong number in the footnote\'s own words, and fixes the figures only', () => {
    const text = FRENCH('Nations Unies, *Recueil des Traités*, vol. 1577, no 27532.');
    const [finding] = citationFindings(text);
    assert.equal(finding.message, 'Footnote 1 cites vol. 1577, no 27532; the Convention on the Rights of the Child is vol. 1577, No. 27531.');
    assert.deepEqual(finding.fixes?.map((f) => f.title), ['Cite vol. 1577, no 27531']);
    const fixed = applyEdits(text, firstFixEdits([finding])).text;
    assert.equal(fixed, FRENCH('Nations Unies, *Recueil des Traités*, vol. 1577, no 27531.'));
  });

  it('reports a volume the treaty is not printed in, in Spanish', () => {
    const text = SPANISH('Naciones Unidas, *Treaty Series*, vol. 1578, núm. 27531.');
    assert.deepEqual(citationFindings(text).map((f) => f.message), [
      'Footnote 1 cites vol. 1578, núm. 27531, but the Convention on the Rights of the Child is not printed in vol. 1578 as far as unres knows: it is vol. 1577, No. 27531.',
    ]);
  });

  it('keeps the English fix for an English citation in a French draft', () => {
    const text = FRENCH('United Nations, *Treaty Series*, vol. 1577, No. 27532.');
    const [finding] = citationFindings(text);
    assert.deepEqual(finding.fixes?.map((f) => f.title), ['Cite United Nations, Treaty Series, vol. 1577, No. 27531']);
    assert.equal(applyEdits(text, firstFixEdits([finding])).text, FRENCH('United Nations, *Treaty Series*, vol. 1577, No. 27531.'));
  });
});
