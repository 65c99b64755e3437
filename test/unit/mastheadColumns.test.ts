import * as assert from 'node:assert/strict';
import { lint, parseResolution, type ResolutionDocument, type TextField } from '../../server/src/core';

// A masthead printed in two columns reaches unres on shared lines: pasted from a Word table (cells
// separated by tabs), converted from a PDF with its layout kept (cells separated by runs of
// spaces), or read from a Word file (cells separated by " | "). Drafts written for these tests.

type Gap = 'spaces' | 'tabs' | 'the " | " of a Word table row';
const GAPS: Record<Gap, string> = { spaces: '                              ', tabs: '\t\t', 'the " | " of a Word table row': ' | ' };

const englishDraft = (gap: string): string =>
  [
    `United Nations${gap}A/81/L.14`,
    '',
    `General Assembly${gap}Distr.: Limited`,
    `${gap}2 November 2026`,
    '',
    `${gap}Original: English`,
    '',
    'Eighty-first session',
    'Agenda item 19',
    'Sustainable development',
    '',
    'Chile, Ghana and Norway: draft resolution',
    '',
    'Early warning systems for coastal communities',
    '',
    'The General Assembly,',
    '',
    '*Recalling* its resolution 79/210 of 19 December 2024,',
    '',
    '1. *Encourages* Member States to extend early warning coverage to coastal communities;',
    '',
    '2. *Requests* the Secretary-General to report on the implementation of the present resolution at its eighty-second session.',
    '',
  ].join('\n');

const fields = (doc: ResolutionDocument): Record<string, string | undefined> => {
  const h = doc.header;
  const at = (field: TextField | undefined): string | undefined => field && `${field.text} @ ${doc.text.slice(field.span.start, field.span.end)}`;
  return {
    symbol: at(h.symbol),
    body: at(h.body),
    distribution: at(h.distribution),
    date: at(h.date),
    original: at(h.originalLanguage),
    title: h.title?.text,
  };
};

describe('Mastheads printed in columns', () => {
  for (const [name, gap] of Object.entries(GAPS)) {
    it(`reads each column of an English masthead whose columns are separated by ${name}`, () => {
      const doc = parseResolution(englishDraft(gap));
      assert.deepEqual(fields(doc), {
        symbol: 'A/81/L.14 @ A/81/L.14',
        body: 'General Assembly @ General Assembly',
        distribution: 'Limited @ Limited',
        date: '2 November 2026 @ 2 November 2026',
        original: 'English @ English',
        title: 'Early warning systems for coastal communities',
      });
      assert.deepEqual(lint(doc).map((f) => `${f.ruleId} ${f.message}`), []);
    });
  }

  it('reads a French Security Council masthead in columns, with the resolution symbol and its year', () => {
    const text = [
      `Nations Unies${GAPS.spaces}S/RES/2811 (2026)`,
      '',
      `Conseil de sécurité${GAPS.spaces}Distr. générale`,
      `${GAPS.spaces}17 mars 2026`,
      '',
      'Résolution 2811 (2026)',
      '',
      'Adoptée par le Conseil de sécurité à sa 10112e séance, le 17 mars 2026',
      '',
      'Le Conseil de sécurité,',
      '',
      '*Rappelant* ses résolutions antérieures sur la question,',
      '',
      '1. *Décide* de rester saisi de la question.',
      '',
    ].join('\n');
    const doc = parseResolution(text);
    assert.equal(doc.language.code, 'fr');
    assert.deepEqual(fields(doc), {
      symbol: 'S/RES/2811 (2026) @ S/RES/2811 (2026)',
      body: 'Conseil de sécurité @ Conseil de sécurité',
      distribution: 'générale @ générale',
      date: '17 mars 2026 @ 17 mars 2026',
      original: undefined,
      title: undefined,
    });
    assert.equal(doc.header.resolutionNumber?.text, '2811 (2026)');
    assert.deepEqual(lint(doc).map((f) => `${f.ruleId} ${f.message}`), []);
  });

  it('reads a Spanish Assembly masthead pasted from a Word table', () => {
    const text = [
      `Naciones Unidas${GAPS.tabs}A/81/L.14`,
      '',
      `Asamblea General${GAPS.tabs}Distr. general`,
      `${GAPS.tabs}2 de noviembre de 2026`,
      '',
      `${GAPS.tabs}Original: inglés`,
      '',
      'Octogésimo primer período de sesiones',
      'Tema 19 del programa',
      'Desarrollo sostenible',
      '',
      'Sistemas de alerta temprana para las comunidades costeras',
      '',
      'La Asamblea General,',
      '',
      '*Recordando* su resolución 79/210, de 19 de diciembre de 2024,',
      '',
      '1. *Aprueba* el programa de trabajo que figura en el anexo.',
      '',
    ].join('\n');
    const doc = parseResolution(text);
    assert.equal(doc.language.code, 'es');
    assert.deepEqual(fields(doc), {
      symbol: 'A/81/L.14 @ A/81/L.14',
      body: 'Asamblea General @ Asamblea General',
      distribution: 'general @ general',
      date: '2 de noviembre de 2026 @ 2 de noviembre de 2026',
      original: 'inglés @ inglés',
      title: 'Sistemas de alerta temprana para las comunidades costeras',
    });
    assert.equal(doc.header.session?.text, 'Octogésimo primer período de sesiones');
    assert.deepEqual(lint(doc).map((f) => `${f.ruleId} ${f.message}`), []);
  });

  it('still reports the columns of a line that are not masthead words, once a line', () => {
    const text = englishDraft(GAPS.spaces).replace('Eighty-first session', `Eighty-first session${GAPS.spaces}Circulated to delegations`);
    const found = lint(parseResolution(text)).filter((f) => f.ruleId === 'UNR000');
    assert.deepEqual(
      found.map((f) => [f.message, text.slice(f.span.start, f.span.end)]),
      [['This line is not part of a resolution\'s masthead or title: "Circulated to delegations".', 'Circulated to delegations']],
    );
  });

  it('reports a line of several unread columns once, quoting them', () => {
    const text = englishDraft(GAPS.tabs).replace('Eighty-first session', 'Eighty-first session\n\nFor consultations\t\tRoom S-1521\t\t10 a.m.');
    const found = lint(parseResolution(text)).filter((f) => f.ruleId === 'UNR000');
    assert.deepEqual(
      found.map((f) => [f.message, text.slice(f.span.start, f.span.end)]),
      [['This line is not part of a resolution\'s masthead or title: "For consultations Room S-1521 10 a.m.".', 'For consultations\t\tRoom S-1521\t\t10 a.m.']],
    );
  });

  it('does not split a sponsor line or a title at two spaces, a typing slip', () => {
    const text = englishDraft('   ').replace('Chile, Ghana and Norway', 'Chile,  Ghana and Norway').replace('Early warning systems for', 'Early warning  systems for');
    const doc = parseResolution(text);
    assert.deepEqual(doc.header.sponsorLine?.sponsors.map((s) => s.text), ['Chile', 'Ghana', 'Norway']);
    assert.equal(doc.header.title?.text, 'Early warning  systems for coastal communities');
  });
});
