import * as assert from 'node:assert/strict';
import { completionsAt, documentSession, lint, parseResolution, type ResolutionDocument } from '../../server/src/core';

// The Human Rights Council prints its resolutions under the General Assembly's masthead, with its
// own name over the session line. Mastheads written for these tests, in English, French and
// Spanish, laid out as the Council's texts print them.

const councilMasthead = (lines: { organization: string; assembly: string; distribution: string; date: string; original: string; council: string; session: string; agenda: string }): string[] => [
  lines.organization,
  '',
  'A/HRC/RES/58/12',
  '',
  lines.assembly,
  '',
  lines.distribution,
  lines.date,
  '',
  lines.original,
  '',
  lines.council,
  lines.session,
  lines.agenda,
  '',
];

const ENGLISH = councilMasthead({
  organization: 'United Nations',
  assembly: 'General Assembly',
  distribution: 'Distr.: General',
  date: '8 April 2025',
  original: 'Original: English',
  council: 'Human Rights Council',
  session: 'Fifty-eighth session',
  agenda: 'Agenda item 3',
});
const FRENCH = councilMasthead({
  organization: 'Nations Unies',
  assembly: 'Assemblée générale',
  distribution: 'Distr. générale',
  date: '8 avril 2025',
  original: 'Original : anglais',
  council: "Conseil des droits de l'homme",
  session: 'Cinquante-huitième session',
  agenda: "Point 3 de l'ordre du jour",
});
const SPANISH = councilMasthead({
  organization: 'Naciones Unidas',
  assembly: 'Asamblea General',
  distribution: 'Distr. general',
  date: '8 de abril de 2025',
  original: 'Original: inglés',
  council: 'Consejo de Derechos Humanos',
  session: '58º período de sesiones',
  agenda: 'Tema 3 de la agenda',
});

const BODIES: Record<string, { masthead: string[]; opening: string; paragraphs: string[]; council: string }> = {
  en: {
    masthead: ENGLISH,
    opening: 'The Human Rights Council,',
    paragraphs: ['*Recalling* its previous resolutions on the rights of older persons,', '', '1. *Takes note* of the report of the Independent Expert.'],
    council: 'Human Rights Council',
  },
  fr: {
    masthead: FRENCH,
    opening: "Le Conseil des droits de l'homme,",
    paragraphs: ['*Rappelant* ses résolutions antérieures sur les droits des personnes âgées,', '', "1. *Prend note* du rapport de l'Experte indépendante."],
    council: "Conseil des droits de l'homme",
  },
  es: {
    masthead: SPANISH,
    opening: 'El Consejo de Derechos Humanos,',
    paragraphs: ['*Recordando* sus resoluciones anteriores sobre los derechos de las personas de edad,', '', '1. *Toma nota* del informe de la Experta Independiente.'],
    council: 'Consejo de Derechos Humanos',
  },
};

const problems = (doc: ResolutionDocument): string[] => doc.problems.map((p) => `${p.code}: ${doc.text.slice(p.span.start, p.span.end)}`);

describe('the Human Rights Council under the General Assembly masthead', () => {
  for (const [language, draft] of Object.entries(BODIES)) {
    it(`reads the Council's line as its organ, in ${language}, with nothing reported`, () => {
      const doc = parseResolution([...draft.masthead, draft.opening, '', ...draft.paragraphs].join('\n'));
      assert.equal(doc.language.code, language);
      assert.equal(doc.header.council?.text, draft.council);
      assert.equal(doc.header.organ, 'Human Rights Council');
      assert.ok(doc.header.session, 'the session line is read');
      assert.deepEqual(problems(doc), []);
      assert.deepEqual(lint(doc).filter((f) => f.ruleId === 'UNR000'), []);
    });

    it(`offers the Council's opening line first where the opening line is written, in ${language}`, () => {
      const text = [...draft.masthead, ''].join('\n');
      const items = completionsAt(parseResolution(text), text.length).filter((i) => i.kind === 'openingLine');
      assert.equal(items[0]?.label, draft.opening);
    });
  }

  it('reads the dates of the session printed below the session line', () => {
    const masthead = ENGLISH.map((line) => (line === 'Fifty-eighth session' ? 'Fifty-eighth session\n24 February–4 April 2025' : line));
    const doc = parseResolution([...masthead, BODIES.en.opening, '', ...BODIES.en.paragraphs].join('\n'));
    assert.equal(doc.header.sessionDates?.text, '24 February–4 April 2025');
    assert.deepEqual(problems(doc), []);
    // Anywhere else, a range of dates is not the session's.
    const misplaced = parseResolution([...ENGLISH.slice(0, 5), '24 February–4 April 2025', '', ...ENGLISH.slice(5), BODIES.en.opening, '', ...BODIES.en.paragraphs].join('\n'));
    assert.equal(misplaced.header.sessionDates, undefined);
  });
});

describe('the Economic and Social Council masthead', () => {
  const masthead = [
    'United Nations\t\tE/RES/2026/7',
    '',
    'Economic and Social Council\t\tDistr.: General',
    '\t\t15 June 2026',
    '',
    '2026 session',
    '25 July 2025–29 July 2026',
    'Agenda item 19 (a)',
    'Social and human rights questions: advancement of women',
    '',
    'Resolution adopted by the Economic and Social Council on 10 June 2026',
    '',
    '2026/7. Working methods of the Commission on the Status of Women',
    '',
    'The Economic and Social Council,',
    '',
    '*Recalling* its resolution 2025/4 of 6 June 2025,',
    '',
    '1. *Decides* to review the working methods of the Commission at its 2028 session.',
    '',
    '*21st plenary meeting',
    '10 June 2026*',
    '',
  ].join('\n');

  it('reads the session named by its year and the dates below it, with nothing reported', () => {
    const doc = parseResolution(masthead);
    assert.deepEqual([doc.header.session?.text, doc.header.sessionDates?.text, doc.header.organ], ['2026 session', '25 July 2025–29 July 2026', 'Economic and Social Council']);
    assert.deepEqual(problems(doc), []);
    assert.deepEqual(lint(doc).map((f) => `${f.ruleId} ${f.message}`), []);
  });

  it('takes the session year from the session line when the masthead has no symbol', () => {
    const doc = parseResolution(masthead.replace('United Nations\t\tE/RES/2026/7', 'United Nations'));
    assert.deepEqual(documentSession(doc), { number: 2026, naming: 'year', from: 'session line' });
  });
});
