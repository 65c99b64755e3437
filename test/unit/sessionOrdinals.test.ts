import * as assert from 'node:assert/strict';
import { applyEdits, completionsAt, documentSession, parseResolution } from '../../server/src/core';
import { sessionFromOrdinalIn, sessionOfLine, sessionOrdinalIn } from '../../server/src/core/language/sessionOrdinals';

/**
 * Sessions named in French and Spanish: the ordinal words, the session line of a masthead, and
 * the session written for the drafter after "à sa" and "en su".
 */

/**
 * Session lines and mentions as official texts print them, each with the text and the address
 * it was read at (server/src/core/data/languages/README.md lists these texts).
 */
const READ_IN_OFFICIAL_TEXTS: readonly { language: 'fr' | 'es'; line: string; session: number; readIn: string }[] = [
  { language: 'fr', line: 'Cinquante-quatrième session', session: 54, readIn: 'A/RES/54/254, masthead (girlsrightsplatform)' },
  { language: 'fr', line: 'Soixante-seizième session', session: 76, readIn: 'A/RES/76/268, masthead (girlsrightsplatform)' },
  { language: 'fr', line: 'Trente-sixième session', session: 36, readIn: 'A/HRC/RES/36/21, masthead (girlsrightsplatform)' },
  { language: 'fr', line: 'Cinquantième session', session: 50, readIn: 'A/HRC/RES/50/18, masthead (OHCHR document store)' },
  { language: 'fr', line: 'cinquante-cinquième session', session: 55, readIn: 'A/RES/54/254, preambular paragraph 1 ("à sa cinquante-cinquième session")' },
  { language: 'fr', line: 'treizième session', session: 13, readIn: 'S/RES/1364 (2001), preamble ("la treizième session du Conseil de coordination")' },
  { language: 'es', line: 'Sexagésimo primer período de sesiones', session: 61, readIn: 'A/RES/61/266, masthead (girlsrightsplatform)' },
  { language: 'es', line: '34º período de sesiones', session: 34, readIn: 'A/HRC/RES/34/16, masthead (OHCHR document store)' },
  { language: 'es', line: '32º período de sesiones', session: 32, readIn: 'A/HRC/RES/32/19, masthead (OHCHR document store)' },
  { language: 'es', line: '41er período de sesiones', session: 41, readIn: 'A/HRC/RES/41/17, masthead (OHCHR document store)' },
  { language: 'es', line: '53er período de sesiones', session: 53, readIn: 'A/HRC/RES/53/7, masthead (OHCHR document store)' },
  { language: 'es', line: '15º período de sesiones', session: 15, readIn: 'A/HRC/RES/15/15, masthead (OHCHR document store)' },
  { language: 'es', line: '35º período de sesiones', session: 35, readIn: 'A/HRC/RES/35/2, masthead (OHCHR document store)' },
  { language: 'es', line: '37º período de sesiones', session: 37, readIn: 'A/HRC/RES/37/12, masthead (OHCHR document store)' },
  { language: 'es', line: '44º período de sesiones', session: 44, readIn: 'A/HRC/RES/44/3, masthead (OHCHR document store)' },
  { language: 'es', line: 'Quinto período de sesiones', session: 5, readIn: 'A/HRC/5/21, masthead (Tradutek, UN Office at Geneva)' },
];

describe('sessions in French and Spanish', () => {
  it('reads the session lines and mentions official texts print', () => {
    for (const { language, line, session, readIn } of READ_IN_OFFICIAL_TEXTS) {
      assert.equal(sessionOfLine(language, line), session, `${line} (${readIn})`);
    }
  });

  it('writes the French ordinals of a feminine noun, with "et" up to seventy-one', () => {
    assert.deepEqual(
      [1, 2, 9, 10, 11, 16, 17, 20, 21, 22, 31, 54, 60, 61, 70, 71, 72, 76, 79, 80, 81, 82, 90, 91, 99].map((n) => sessionOrdinalIn('fr', n)),
      [
        'première',
        'deuxième',
        'neuvième',
        'dixième',
        'onzième',
        'seizième',
        'dix-septième',
        'vingtième',
        'vingt et unième',
        'vingt-deuxième',
        'trente et unième',
        'cinquante-quatrième',
        'soixantième',
        'soixante et unième',
        'soixante-dixième',
        'soixante et onzième',
        'soixante-douzième',
        'soixante-seizième',
        'soixante-dix-neuvième',
        'quatre-vingtième',
        'quatre-vingt-unième',
        'quatre-vingt-deuxième',
        'quatre-vingt-dixième',
        'quatre-vingt-onzième',
        'quatre-vingt-dix-neuvième',
      ],
    );
  });

  it('writes the Spanish ordinals before "período", with "primer" and "tercer", and leaves eleven to nineteen unknown', () => {
    assert.deepEqual(
      [1, 3, 7, 10, 20, 61, 73, 76, 80, 81, 99].map((n) => sessionOrdinalIn('es', n)),
      ['primer', 'tercer', 'séptimo', 'décimo', 'vigésimo', 'sexagésimo primer', 'septuagésimo tercer', 'septuagésimo sexto', 'octogésimo', 'octogésimo primer', 'nonagésimo noveno'],
    );
    for (let n = 11; n <= 19; n++) assert.equal(sessionOrdinalIn('es', n), undefined, String(n));
  });

  it('reads back every ordinal it writes, in any case, and nothing else', () => {
    for (const language of ['fr', 'es'] as const) {
      const written = new Set<string>();
      for (let n = 1; n <= 99; n++) {
        const words = sessionOrdinalIn(language, n);
        if (!words) continue;
        assert.ok(!written.has(words), `${words} names two sessions`);
        written.add(words);
        assert.equal(sessionFromOrdinalIn(language, words), n, words);
        assert.equal(sessionFromOrdinalIn(language, words[0].toUpperCase() + words.slice(1)), n, words);
      }
    }
    for (const [language, words] of [['fr', 'centième'], ['fr', 'soixante-onzième'], ['fr', 'eightieth'], ['es', 'octogésimo primero y medio'], ['es', 'quatre-vingtième']] as const) {
      assert.equal(sessionFromOrdinalIn(language, words), undefined, words);
    }
    assert.equal(sessionOrdinalIn('fr', 100), undefined);
    assert.equal(sessionOrdinalIn('ru', 80), undefined);
  });
});

// ---------------------------------------------------------------------------------------------
// In drafts written for these tests
// ---------------------------------------------------------------------------------------------

const CURSOR = '‸';

const FRENCH_DRAFT = [
  'Assemblée générale',
  '',
  'Distr. limitée',
  '12 octobre 2026',
  '',
  'Original : anglais',
  '',
  'Quatre-vingt-unième session',
  "Point 71 de l'ordre du jour",
  '',
  "L'Assemblée générale,",
  '',
  '*Rappelant* sa résolution 80/165 du 17 décembre 2025,',
  '',
  `1. *Prie* le Secrétaire général de lui présenter à sa ${CURSOR} un rapport sur l'application de la présente résolution.`,
  '',
].join('\n');

const SPANISH_DRAFT = [
  'Asamblea General',
  '',
  'Distr. general',
  '12 de octubre de 2026',
  '',
  'Original: inglés',
  '',
  'Octogésimo primer período de sesiones',
  'Tema 71 del programa',
  '',
  'La Asamblea General,',
  '',
  '*Recordando* su resolución 80/165, de 17 de diciembre de 2025,',
  '',
  `1. *Aprueba* el programa de trabajo que se examinará en su ${CURSOR}.`,
  '',
].join('\n');

function completeAt(withCursor: string) {
  const offset = withCursor.indexOf(CURSOR);
  const text = withCursor.slice(0, offset) + withCursor.slice(offset + CURSOR.length);
  const items = completionsAt(parseResolution(text), offset).filter((i) => i.kind === 'session');
  return { text, items, accepted: items[0] && applyEdits(text, [{ span: items[0].replace, newText: items[0].newText }]).text };
}

describe('sessions in French and Spanish drafts', () => {
  it('reads the session of a draft without a symbol from its session line', () => {
    const strip = (t: string) => t.replace(CURSOR, '');
    assert.deepEqual(documentSession(parseResolution(strip(FRENCH_DRAFT))), { number: 81, naming: 'ordinal', from: 'session line' });
    assert.deepEqual(documentSession(parseResolution(strip(SPANISH_DRAFT))), { number: 81, naming: 'ordinal', from: 'session line' });
  });

  it('writes the next session after "à sa" in French, the draft\'s own words', () => {
    const { items, accepted } = completeAt(FRENCH_DRAFT);
    assert.deepEqual(
      items.map((i) => [i.label, i.preselect ?? false]),
      [
        ['quatre-vingt-deuxième session', true],
        ['quatre-vingt-troisième session', false],
        ['quatre-vingt-quatrième session', false],
        ['quatre-vingt-unième session', false],
      ],
    );
    assert.match(accepted!, /lui présenter à sa quatre-vingt-deuxième session un rapport/);
  });

  it('writes the next session after "en su" in Spanish, and only the ordinal when "período de sesiones" follows', () => {
    const { items, accepted } = completeAt(SPANISH_DRAFT);
    assert.deepEqual(items.map((i) => i.label), ['octogésimo segundo período de sesiones', 'octogésimo tercer período de sesiones', 'octogésimo cuarto período de sesiones', 'octogésimo primer período de sesiones']);
    assert.match(accepted!, /se examinará en su octogésimo segundo período de sesiones\./);
    const typed = completeAt(SPANISH_DRAFT.replace(`en su ${CURSOR}.`, `en su octogésimo s${CURSOR} período de sesiones.`));
    assert.equal(typed.items[0].newText, 'octogésimo segundo');
    assert.match(typed.accepted!, /en su octogésimo segundo período de sesiones\./);
  });
});
