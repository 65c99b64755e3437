import * as assert from 'node:assert/strict';
import { lint, parseDateIn, parseResolution, symbolAt, symbolHover, symbolLinks, type ResolutionDocument } from '../../server/src/core';
import { LANGUAGE_VOCABULARIES } from '../../server/src/core/data/languages';

// Drafts and adopted texts written for these tests, laid out as the UN prints French and Spanish
// mastheads. Their masthead words are those of the vocabularies (data/languages); where a line's
// words are not in a vocabulary yet, the tests ask that it be left unread, not reported.

const FRENCH_DRAFT = [
  'Nations Unies',
  '',
  'A/C.3/80/L.58',
  '',
  'Assemblée générale',
  '',
  'Distr. générale',
  '1er décembre 2025',
  '',
  'Français',
  'Original : anglais',
  '',
  'Quatre-vingtième session',
  'Troisième Commission',
  "Point 71 b) de l'ordre du jour",
  "Promotion et protection des droits de l'homme : questions relatives",
  "aux droits de l'homme",
  '',
  'Chili, France et Ghana : projet de résolution',
  '',
  "Les personnes âgées dans les situations d'urgence humanitaire",
  '',
  "L'Assemblée générale,",
  '',
  '*Rappelant* sa résolution 79/1 du 22 septembre 2024 et la résolution 2712 (2023) du Conseil de sécurité,',
  '',
  "*Rappelant également* la résolution 5/1 du Conseil des droits de l'homme et la résolution 27/2 de la Commission des stupéfiants,",
  '',
  "1. *Décide* de poursuivre l'examen de la question à sa quatre-vingt-unième session.",
].join('\n');

const FRENCH_ADOPTED = [
  'Nations Unies',
  '',
  'A/RES/78/123',
  '',
  'Assemblée générale',
  '',
  'Distr. générale',
  '22 décembre 2023',
  '',
  'Soixante-dix-huitième session',
  "Point 71 b) de l'ordre du jour",
  '',
  "Résolution adoptée par l'Assemblée générale",
  'le 19 décembre 2023',
  '',
  '[*sur la base du rapport de la Troisième Commission (A/78/481/Add.2)*]',
  '',
  "78/123. Les personnes âgées dans les situations d'urgence humanitaire",
  '',
  "L'Assemblée générale,",
  '',
  '*Rappelant* ses résolutions 77/1 et 77/2,',
  '',
  "1. *Décide* de poursuivre l'examen de la question.",
  '',
  '*75e séance plénière*',
  '*19 décembre 2023*',
].join('\n');

const FRENCH_COUNCIL = [
  'Nations Unies',
  '',
  'S/RES/2712 (2023)',
  '',
  'Conseil de sécurité',
  '',
  'Distr. générale',
  '15 novembre 2023',
  '',
  'Résolution 2712 (2023)',
  '',
  'Adoptée par le Conseil de sécurité à sa 9479e séance, le 15 novembre 2023',
  '',
  'Le Conseil de sécurité,',
  '',
  '*Rappelant* ses résolutions 2601 (2021) et 2573 (2021),',
  '',
  '1. *Demande* que des pauses humanitaires soient observées.',
].join('\n');

const SPANISH_DRAFT = [
  'Naciones Unidas',
  '',
  'A/C.3/80/L.58',
  '',
  'Asamblea General',
  '',
  'Distr. general',
  '19 de diciembre de 2025',
  '',
  'Español',
  'Original: inglés',
  '',
  'Octogésimo período de sesiones',
  'Tercera Comisión',
  'Tema 71 b) del programa',
  'Promoción y protección de los derechos humanos',
  '',
  'Chile, España y Ghana: proyecto de resolución',
  '',
  'Las personas de edad en las emergencias humanitarias',
  '',
  'La Asamblea General,',
  '',
  '*Recordando* su resolución 79/1, de 22 de septiembre de 2024, y las resoluciones 2712 (2023) y 2720 (2023) del Consejo de Seguridad,',
  '',
  '*Recordando también* la resolución 5/1 del Consejo de Derechos Humanos,',
  '',
  '1. *Decide* seguir examinando la cuestión.',
].join('\n');

const SPANISH_ADOPTED = [
  'Naciones Unidas',
  '',
  'A/RES/78/123',
  '',
  'Asamblea General',
  '',
  'Distr. general',
  '22 de diciembre de 2023',
  '',
  'Septuagésimo octavo período de sesiones',
  'Tema 71 b) del programa',
  '',
  'Resolución aprobada por la Asamblea General el 19 de diciembre de 2023',
  '',
  '[*sobre la base del informe de la Tercera Comisión (A/78/481/Add.2)*]',
  '',
  '78/123. Las personas de edad en las emergencias humanitarias',
  '',
  'La Asamblea General,',
  '',
  '*Recordando* sus resoluciones 77/1 y 77/2,',
  '',
  '1. *Decide* seguir examinando la cuestión.',
  '',
  '*75a. sesión plenaria*',
  '*19 de diciembre de 2023*',
].join('\n');

const text = (doc: ResolutionDocument, field: { span: { start: number; end: number } } | undefined): string | undefined => field && doc.text.slice(field.span.start, field.span.end);
const parseProblems = (doc: ResolutionDocument): string[] => doc.problems.map((p) => `${p.code}: ${doc.text.slice(p.span.start, p.span.end)}`);
const words = (language: 'fr' | 'es') => LANGUAGE_VOCABULARIES[language]!.documentWords;

describe('French and Spanish mastheads', () => {
  it('reads a French draft masthead: organ, distribution, date, original, session, agenda item and title', () => {
    const doc = parseResolution(FRENCH_DRAFT);
    const h = doc.header;
    assert.equal(doc.language.code, 'fr');
    assert.equal(h.body?.text, 'Assemblée générale');
    assert.equal(h.organ, 'General Assembly');
    assert.equal(h.symbol?.text, 'A/C.3/80/L.58');
    assert.equal(h.distribution?.text, 'générale');
    assert.equal(h.date?.text, '1er décembre 2025');
    assert.deepEqual(parseDateIn(h.date!.text, 'fr'), { day: 1, month: 12, year: 2025 });
    assert.equal(h.originalLanguage?.text, 'anglais');
    assert.equal(h.session?.text, 'Quatre-vingtième session');
    assert.deepEqual(h.agendaItems.map((item) => [item.number.text, item.title?.text]), [['71 b)', "Promotion et protection des droits de l'homme : questions relatives aux droits de l'homme"]]);
    assert.equal(text(doc, h.agendaItems[0].number), '71 b)');
    assert.equal(h.title?.text, "Les personnes âgées dans les situations d'urgence humanitaire");
    assert.equal(doc.documentKind, 'resolution');
  });

  it('reports nothing on a clean French or Spanish masthead, a line whose words are not known yet included', () => {
    for (const draft of [FRENCH_DRAFT, FRENCH_ADOPTED, FRENCH_COUNCIL, SPANISH_DRAFT, SPANISH_ADOPTED]) {
      const doc = parseResolution(draft);
      assert.deepEqual(parseProblems(doc), [], draft.split('\n')[4]);
      assert.deepEqual(lint(doc).filter((f) => f.ruleId === 'UNR000' || f.ruleId === 'UNR003'), [], draft.split('\n')[4]);
    }
  });

  it('reads the kind line of a draft when the vocabulary gives its words, and leaves it unread otherwise', () => {
    for (const [draft, language, kind] of [[FRENCH_DRAFT, 'fr', 'projet de résolution'], [SPANISH_DRAFT, 'es', 'proyecto de resolución']] as const) {
      const sponsorLine = parseResolution(draft).header.sponsorLine;
      const known = words(language).draftResolution.some((k) => k.toLowerCase() === kind);
      if (known) assert.equal(sponsorLine?.documentKind.text, kind);
      else assert.equal(sponsorLine, undefined);
    }
  });

  it('reads "Distr. limitée" and "Distr. limitada" when the vocabulary gives them, and leaves them unread otherwise', () => {
    for (const [draft, language, general, limited] of [[FRENCH_DRAFT, 'fr', 'Distr. générale', 'Distr. limitée'], [SPANISH_DRAFT, 'es', 'Distr. general', 'Distr. limitada']] as const) {
      const doc = parseResolution(draft.replace(general, limited));
      assert.deepEqual(parseProblems(doc), []);
      if (words(language).distribution.includes(limited)) assert.equal(doc.header.distribution?.text, limited.slice('Distr. '.length));
      else assert.equal(doc.header.distribution, undefined);
      assert.equal(doc.header.date !== undefined, true);
    }
  });

  it('reads a French adopted text: the adoption line across two lines, the numbered title and the closing lines', () => {
    const doc = parseResolution(FRENCH_ADOPTED);
    const h = doc.header;
    assert.equal(h.symbol?.text, 'A/RES/78/123');
    assert.equal(h.session?.text, 'Soixante-dix-huitième session');
    assert.equal(h.adoption?.body.text, 'Assemblée générale');
    assert.equal(h.adoption?.date.text, '19 décembre 2023');
    assert.deepEqual(parseDateIn(h.adoption!.date.text, 'fr'), { day: 19, month: 12, year: 2023 });
    assert.equal(h.basis?.text, 'sur la base du rapport de la Troisième Commission (A/78/481/Add.2)');
    assert.equal(h.resolutionNumber?.text, '78/123');
    assert.equal(doc.operative.length, 1);
    assert.equal(doc.closing?.meeting?.text, '75e séance plénière');
    assert.deepEqual(parseDateIn(doc.closing!.date!.text, 'fr'), { day: 19, month: 12, year: 2023 });
    assert.deepEqual(lint(doc).filter((f) => f.ruleId === 'UNR003'), []);
  });

  it('reads the distribution and the date on one line, as some conversions print them', () => {
    const french = parseResolution(FRENCH_DRAFT.replace('Distr. générale\n1er décembre 2025', 'Distr. générale 1er décembre 2025'));
    assert.equal(french.header.distribution?.text, 'générale');
    assert.equal(french.header.date?.text, '1er décembre 2025');
    const spanish = parseResolution(SPANISH_DRAFT.replace('Distr. general\n19 de diciembre de 2025', 'Distr. general 19 de diciembre de 2025'));
    assert.equal(spanish.header.distribution?.text, 'general');
    assert.equal(spanish.header.date?.text, '19 de diciembre de 2025');
    assert.deepEqual(parseProblems(french).concat(parseProblems(spanish)), []);
  });

  it('leaves an adoption line printed without a date unread, as older texts print it', () => {
    const doc = parseResolution(SPANISH_ADOPTED.replace('Resolución aprobada por la Asamblea General el 19 de diciembre de 2023', 'Resolución aprobada por la Asamblea General'));
    assert.deepEqual(parseProblems(doc), []);
    assert.equal(doc.header.adoption, undefined);
    assert.equal(doc.header.resolutionNumber?.text, '78/123');
  });

  it('reads a French Security Council resolution: its number and the meeting and date of its adoption', () => {
    const doc = parseResolution(FRENCH_COUNCIL);
    const h = doc.header;
    assert.equal(h.organ, 'Security Council');
    assert.equal(h.resolutionNumber?.text, '2712 (2023)');
    assert.equal(h.adoption?.body.text, 'Conseil de sécurité');
    assert.equal(h.adoption?.meeting?.text, '9479e séance');
    assert.deepEqual(parseDateIn(h.adoption!.date.text, 'fr'), { day: 15, month: 11, year: 2023 });
    // The heading names the meeting: no closing lines are asked for.
    assert.deepEqual(lint(doc).filter((f) => f.ruleId === 'UNR003'), []);
  });

  it('reads a Spanish draft and a Spanish adopted text', () => {
    const draft = parseResolution(SPANISH_DRAFT);
    assert.equal(draft.language.code, 'es');
    assert.equal(draft.header.body?.text, 'Asamblea General');
    assert.equal(draft.header.distribution?.text, 'general');
    assert.deepEqual(parseDateIn(draft.header.date!.text, 'es'), { day: 19, month: 12, year: 2025 });
    assert.equal(draft.header.originalLanguage?.text, 'inglés');
    assert.equal(draft.header.session?.text, 'Octogésimo período de sesiones');
    assert.deepEqual(draft.header.agendaItems.map((item) => [item.number.text, item.title?.text]), [['71 b)', 'Promoción y protección de los derechos humanos']]);
    assert.equal(draft.header.title?.text, 'Las personas de edad en las emergencias humanitarias');

    const adopted = parseResolution(SPANISH_ADOPTED);
    assert.equal(adopted.header.adoption?.body.text, 'Asamblea General');
    assert.deepEqual(parseDateIn(adopted.header.adoption!.date.text, 'es'), { day: 19, month: 12, year: 2023 });
    assert.equal(adopted.header.session?.text, 'Septuagésimo octavo período de sesiones');
    assert.equal(adopted.header.resolutionNumber?.text, '78/123');
    assert.equal(adopted.closing?.meeting?.text, '75a. sesión plenaria');
    assert.deepEqual(parseDateIn(adopted.closing!.date!.text, 'es'), { day: 19, month: 12, year: 2023 });
  });

  it('reports a stray masthead line in French and Spanish as it does in English', () => {
    const stray = 'Texte pour les consultations officieuses du mardi';
    const french = parseResolution(FRENCH_DRAFT.replace('Quatre-vingtième session', `${stray}\n\nQuatre-vingtième session`));
    assert.deepEqual(french.problems.map((p) => p.code), ['unrecognized-header-line']);
    assert.equal(text(french, french.problems[0]), stray);
    const spanish = parseResolution(SPANISH_DRAFT.replace('Octogésimo período de sesiones', 'Texto para las consultas oficiosas del martes\n\nOctogésimo período de sesiones'));
    assert.deepEqual(spanish.problems.map((p) => p.code), ['unrecognized-header-line']);
    const english = parseResolution(['General Assembly', '', 'Distr.: General', '1 December 2025', '', 'Text for the informal consultations on Tuesday', '', 'Eightieth session', '', 'Older persons', '', 'The General Assembly,', '', '1. *Decides* to remain seized of the matter.'].join('\n'));
    assert.deepEqual(english.problems.map((p) => p.code), ['unrecognized-header-line']);
  });

  it('gives a date that does not exist the treatment English gives it', () => {
    const english = ['General Assembly', '', 'Distr.: General', '31 February 2025', '', 'Older persons', '', 'The General Assembly,', '', '*Recalling* its resolution 79/1 of 31 February 2025,', '', '1. *Decides* to remain seized of the matter.'].join('\n');
    const french = FRENCH_DRAFT.replace('1er décembre 2025', '31 février 2025').replace('79/1 du 22 septembre 2024', '79/1 du 31 février 2025');
    const spanish = SPANISH_DRAFT.replace('19 de diciembre de 2025', '31 de febrero de 2025').replace('79/1, de 22 de septiembre de 2024', '79/1, de 31 de febrero de 2025');
    const rulesOf = (draft: string): string[] => [...new Set(lint(parseResolution(draft)).map((f) => f.ruleId))].filter((id) => ['UNR000', 'UNR040', 'UNR041'].includes(id));
    assert.deepEqual(rulesOf(french), rulesOf(english));
    assert.deepEqual(rulesOf(spanish), rulesOf(english));
    for (const draft of [french, spanish]) {
      const doc = parseResolution(draft);
      assert.equal(parseDateIn(doc.header.date!.text, doc.language.code), undefined);
      assert.equal(symbolAt(doc, draft.indexOf('79/1'))?.date?.value, undefined);
    }
  });

  it('checks a cited date against the session in French and Spanish as in English', () => {
    const english = ['The General Assembly,', '', '*Recalling* its resolution 79/1 of 22 September 2020,', '', '1. *Decides* to remain seized of the matter.'].join('\n');
    const french = FRENCH_DRAFT.replace('79/1 du 22 septembre 2024', '79/1 du 22 septembre 2020');
    const spanish = SPANISH_DRAFT.replace('79/1, de 22 de septiembre de 2024', '79/1, de 22 de septiembre de 2020');
    for (const draft of [english, french, spanish]) {
      const findings = lint(parseResolution(draft)).filter((f) => f.ruleId === 'UNR040');
      assert.equal(findings.length, 1, draft.slice(0, 40));
      assert.equal(draft.slice(findings[0].span.start, findings[0].span.end).includes('2020'), true);
    }
  });
});

describe('dates in the three languages', () => {
  it('reads each language\'s dates, the French "1er" and a line break included', () => {
    assert.deepEqual(parseDateIn('19 December 2023', 'en'), { day: 19, month: 12, year: 2023 });
    assert.deepEqual(parseDateIn('19 décembre 2023', 'fr'), { day: 19, month: 12, year: 2023 });
    assert.deepEqual(parseDateIn('1er décembre 2025', 'fr'), { day: 1, month: 12, year: 2025 });
    assert.deepEqual(parseDateIn('19 de diciembre\nde 2023', 'es'), { day: 19, month: 12, year: 2023 });
    assert.deepEqual(parseDateIn('29 février 2024', 'fr'), { day: 29, month: 2, year: 2024 });
  });

  it('refuses days a month does not have, another language\'s months and languages without months', () => {
    for (const [date, language] of [['31 février 2025', 'fr'], ['29 de febrero de 2023', 'es'], ['19 December 2023', 'fr'], ['19 décembre 2023', 'es'], ['19 diciembre 2023', 'es'], ['1er December 2025', 'en'], ['19 décembre 2023', 'ru']] as const) {
      assert.equal(parseDateIn(date, language), undefined, `${language}: ${date}`);
    }
  });
});

describe('resolutions cited in French and Spanish', () => {
  it('finds each resolution with its organ, symbol and date, for hovers and links', () => {
    const doc = parseResolution(FRENCH_DRAFT);
    const at = (s: string) => symbolAt(doc, FRENCH_DRAFT.indexOf(s));
    assert.equal(at('79/1')?.symbol?.symbol, 'A/RES/79/1');
    assert.deepEqual(at('79/1')?.date?.value, { day: 22, month: 9, year: 2024 });
    assert.equal(at('2712 (2023)')?.symbol?.symbol, 'S/RES/2712 (2023)');
    assert.equal(at('5/1')?.symbol?.symbol, 'A/HRC/RES/5/1');
    // Another body's resolution: no symbol is made up for it.
    assert.equal(at('27/2')?.organ, undefined);
    assert.equal(at('27/2')?.symbol, undefined);
    assert.match(symbolHover(doc, FRENCH_DRAFT.indexOf('79/1'))!.markdown, /A\/RES\/79\/1/);
    assert.deepEqual(symbolLinks(doc).map((l) => l.symbol), ['A/C.3/80/L.58', 'A/RES/79/1', 'S/RES/2712 (2023)', 'A/HRC/RES/5/1']);
  });

  it('reads Spanish lists and dates', () => {
    const doc = parseResolution(SPANISH_DRAFT);
    const mentions = doc.citations.filter((c) => c.kind === 'resolution');
    assert.deepEqual(mentions.map((c) => c.kind === 'resolution' && c.number), ['79/1', '2712 (2023)', '2720 (2023)', '5/1']);
    assert.deepEqual(symbolAt(doc, SPANISH_DRAFT.indexOf('79/1'))?.date?.value, { day: 22, month: 9, year: 2024 });
    assert.equal(symbolAt(doc, SPANISH_DRAFT.indexOf('2720'))?.symbol?.symbol, 'S/RES/2720 (2023)');
    assert.equal(symbolAt(doc, SPANISH_DRAFT.indexOf('5/1'))?.symbol?.symbol, 'A/HRC/RES/5/1');
    assert.deepEqual(parseResolution(SPANISH_ADOPTED).citations.flatMap((c) => (c.kind === 'resolution' ? [c.number] : [])), ['77/1', '77/2']);
  });

  it('does not read French or Spanish words in an English text', () => {
    const doc = parseResolution(['The General Assembly,', '', '*Recalling* the résolution 79/1 du 22 septembre 2024,', '', '1. *Decides* to remain seized of the matter.'].join('\n'));
    assert.deepEqual(doc.citations.filter((c) => c.kind === 'resolution'), []);
  });
});

describe('the Spanish Human Rights Council adoption line', () => {
  const councilText = (adoptionLine: string): string =>
    [
      'Naciones Unidas',
      '',
      'A/HRC/RES/58/12',
      '',
      'Asamblea General',
      '',
      'Distr. general',
      '8 de abril de 2025',
      '',
      '58º período de sesiones',
      '24 de febrero a 4 de abril de 2025',
      'Tema 3 de la agenda',
      '',
      adoptionLine,
      '',
      '58/12. Los derechos de las personas de edad',
      '',
      'El Consejo de Derechos Humanos,',
      '',
      '*Recordando* sus resoluciones anteriores sobre la cuestión,',
      '',
      '1. *Toma nota* del informe del Experto Independiente.',
    ].join('\n');

  it('reads the line with its date, and its session in figures', () => {
    const doc = parseResolution(councilText('Resolución aprobada por el Consejo de Derechos Humanos el 3 de abril de 2025'));
    assert.equal(text(doc, doc.header.adoption?.body), 'Consejo de Derechos Humanos');
    assert.equal(text(doc, doc.header.adoption?.date), '3 de abril de 2025');
    assert.deepEqual(parseProblems(doc), []);
  });

  it('leaves a line printed with a footnote mark and no date unread, and reports nothing', () => {
    const doc = parseResolution(councilText('Resolución aprobada por el Consejo de Derechos Humanos *'));
    assert.equal(doc.header.adoption, undefined);
    assert.equal(doc.opening?.body, 'Human Rights Council');
    assert.deepEqual(parseProblems(doc), []);
    assert.deepEqual(lint(doc).map((f) => `${f.ruleId} ${f.message}`), []);
  });
});
