import * as assert from 'node:assert/strict';
import { citedSymbols, lint, parseResolution } from '../../server/src/core';

// French and Spanish drafts written for these tests, of the eightieth session, that name sessions
// of the General Assembly and of the Human Rights Council next to the symbols of their documents.

const FRENCH = (assemblySession: string, councilSession: string): string =>
  [
    'A/C.3/80/L.58',
    '',
    "L'Assemblée générale,",
    '',
    `*Prenant note* du rapport du Secrétaire général présenté à l'Assemblée générale à sa ${assemblySession} session (A/79/214),`,
    '',
    `*Rappelant* le rapport du Conseil des droits de l'homme à sa ${councilSession} session (A/HRC/58/2),`,
    '',
    "1. *Prie* le Secrétaire général de lui présenter à sa quatre-vingt-unième session un rapport sur l'application de la présente résolution.",
    '',
  ].join('\n');

const SPANISH = (assemblySession: string, councilSession: string): string =>
  [
    'A/C.3/80/L.58',
    '',
    'La Asamblea General,',
    '',
    `*Tomando nota* del informe del Secretario General presentado a la Asamblea General en su ${assemblySession} período de sesiones (A/79/214),`,
    '',
    `*Recordando* el informe del Consejo de Derechos Humanos en su ${councilSession} período de sesiones (A/HRC/58/2),`,
    '',
    '1. *Aprueba* el programa de trabajo que figura en el anexo de la presente resolución.',
    '',
  ].join('\n');

const sessionSymbolFindings = (text: string): string[] => lint(parseResolution(text)).filter((f) => f.ruleId === 'UNR042').map((f) => f.message);

describe('sessions named in French and Spanish running text', () => {
  it('reads each session with its body and number', () => {
    const french = citedSymbols(parseResolution(FRENCH('soixante-dix-neuvième', 'cinquante-huitième'))).sessions;
    assert.deepEqual(french.map((s) => [s.number, s.body ?? null, s.form]), [[79, 'General Assembly', 'at its'], [58, 'Human Rights Council', 'at its'], [81, null, 'at its']]);
    const spanish = citedSymbols(parseResolution(SPANISH('septuagésimo noveno', '58º'))).sessions;
    assert.deepEqual(spanish.map((s) => [s.number, s.body ?? null]), [[79, 'General Assembly'], [58, 'Human Rights Council']]);
  });

  it('finds nothing when the sessions and the symbols agree', () => {
    assert.deepEqual(sessionSymbolFindings(FRENCH('soixante-dix-neuvième', 'cinquante-huitième')), []);
    assert.deepEqual(sessionSymbolFindings(SPANISH('septuagésimo noveno', '58º')), []);
  });

  it('reports a session that is not the one of the symbol printed after it (UNR042)', () => {
    assert.deepEqual(sessionSymbolFindings(FRENCH('soixante-dix-huitième', 'cinquante-septième')), [
      'The text names the seventy-eighth session of the General Assembly, but A/79/214 is a document of its seventy-ninth session.',
      'The text names the fifty-seventh session of the Human Rights Council, but A/HRC/58/2 is a document of its fifty-eighth session.',
    ]);
    assert.deepEqual(sessionSymbolFindings(SPANISH('octogésimo', '57º')), [
      'The text names the eightieth session of the General Assembly, but A/79/214 is a document of its seventy-ninth session.',
      'The text names the fifty-seventh session of the Human Rights Council, but A/HRC/58/2 is a document of its fifty-eighth session.',
    ]);
  });

  it('leaves UNR043 quiet: what a French clause asks for is not read', () => {
    const past = FRENCH('soixante-dix-neuvième', 'cinquante-huitième').replace('à sa quatre-vingt-unième session', 'à sa soixante-dix-neuvième session');
    assert.deepEqual(lint(parseResolution(past)).filter((f) => f.ruleId === 'UNR043'), []);
  });
});

describe('resolutions cited with a French or Spanish date (UNR040)', () => {
  const findings = (text: string): string[] => lint(parseResolution(text)).filter((f) => f.ruleId === 'UNR040').map((f) => f.message);

  it('reports a date outside the session of the number, quoting the draft\'s date', () => {
    assert.deepEqual(findings(["L'Assemblée générale,", '', '*Rappelant* sa résolution 78/69 du 5 décembre 2024,', '', '1. *Prie* le Secrétaire général de lui faire rapport.', ''].join('\n')), [
      'General Assembly resolution 78/69 belongs to the seventy-eighth session (September 2023 to September 2024), but is cited as adopted on 5 décembre 2024.',
    ]);
    assert.deepEqual(findings(['La Asamblea General,', '', '*Recordando* su resolución 78/69, de 5 de diciembre de 2024,', '', '1. *Aprueba* el informe.', ''].join('\n')), [
      'General Assembly resolution 78/69 belongs to the seventy-eighth session (September 2023 to September 2024), but is cited as adopted on 5 de diciembre de 2024.',
    ]);
  });

  it('finds nothing when the date is in the session', () => {
    assert.deepEqual(findings(["L'Assemblée générale,", '', '*Rappelant* sa résolution 78/69 du 5 décembre 2023,', '', '1. *Prie* le Secrétaire général de lui faire rapport.', ''].join('\n')), []);
  });
});

describe('a resolution cited twice with two French or Spanish dates (UNR041)', () => {
  it('reports the second date, quoting both as the draft writes them', () => {
    const french = ["L'Assemblée générale,", '', '*Rappelant* sa résolution 78/69 du 5 décembre 2023,', '', '*Rappelant également* sa résolution 78/69 du 6 décembre 2023,', '', '1. *Prie* le Secrétaire général de lui faire rapport.', ''].join('\n');
    assert.deepEqual(lint(parseResolution(french)).filter((f) => f.ruleId === 'UNR041').map((f) => f.message), [
      'General Assembly resolution 78/69 is cited here as of 6 décembre 2023 and earlier in the text as of 5 décembre 2023; a resolution has one adoption date.',
    ]);
  });
});
