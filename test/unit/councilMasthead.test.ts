import * as assert from 'node:assert/strict';
import { completionsAt, lint, parseResolution, type ResolutionDocument } from '../../server/src/core';

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

});
