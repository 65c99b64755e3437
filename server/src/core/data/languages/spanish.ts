import type { LanguageSource, LanguageVocabulary } from './languageVocabulary';

/*
 * Spanish: only what was read in official Spanish texts (or in pages that reproduce an official
 * text under its symbol). How the texts were found, how sure each list is and what is still
 * missing: data/languages/README.md beside this file.
 *
 * The patterns use the pattern language of data/vocabulary.ts. Adjectives agree with the organ:
 * the Assembly is feminine ("Preocupada por", "Convencida de", A/RES/3406(XXX)), the Human Rights
 * Council masculine ("Guiado por", A/HRC/RES/53/7). The repetition modifier follows the word it
 * repeats: "Recordando también", "Reafirmando también", "Acogiendo con beneplácito también",
 * "Convencida asimismo de". The Human Rights Council labels its agenda items "Tema 3 de la
 * agenda" (A/HRC/RES/34/16), the Assembly "Tema 114 del programa" (A/RES/61/266).
 */

/** A/RES/61/266, Multilingualism, Spanish, page 1 with its masthead. */
const A_RES_61_266: LanguageSource = {
  symbol: 'A/RES/61/266',
  url: 'https://www.girlsrightsplatform.org/en/entity/lznirk8el1?file=1582648788800cupx35l2hc.pdf&page=1',
};
/** A/RES/3406(XXX), International Year of the Child, Spanish, as printed in the sessional volume. */
const A_RES_3406_XXX: LanguageSource = {
  symbol: 'A/RES/3406(XXX)',
  url: 'https://international.vlex.com/vid/res-3406-xxx-resolution-861193409',
};
/** A/RES/72/154, The girl child, Spanish, page 2. */
const A_RES_72_154: LanguageSource = {
  symbol: 'A/RES/72/154',
  url: 'https://www.girlsrightsplatform.org/en/entity/truspz0duyf?file=15826500389592r8e2c7o2f.pdf&page=2',
};
/** A/RES/76/146, The girl child, Spanish, page 2. */
const A_RES_76_146: LanguageSource = {
  symbol: 'A/RES/76/146',
  url: 'https://www.girlsrightsplatform.org/es/entity/cqy3eu31qic?page=2',
};
/** A/HRC/RES/34/16, OHCHR document store. */
const A_HRC_RES_34_16: LanguageSource = {
  symbol: 'A/HRC/RES/34/16',
  url: 'https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebIM8c1X4GZjGEGHV9SBM9XRz%2bZnFnwGfjt8qCmiA6ymzDGf%2bCU7uxpEoaRPGkSUFx3QvQTeuvUWI82MDZclgXiS0nrb8%2bcs9l7yfdNsCCL5J',
};
/** A/HRC/RES/53/7, OHCHR document store. */
const A_HRC_RES_53_7: LanguageSource = {
  symbol: 'A/HRC/RES/53/7',
  url: 'https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebIM8c1X4GZjGEGHV9SBM9XSpuUjQKPHszSRLAcRKfKvpSaHsxlBCj%2BJAzqu8deSNc3ZKxqb916QDIgilhzrvnhdM4a3SwqClD1mM3yTm5mda',
};
/** A/HRC/RES/32/19, OHCHR document store. */
const A_HRC_RES_32_19: LanguageSource = {
  symbol: 'A/HRC/RES/32/19',
  url: 'https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebIM8c1X4GZjGEGHV9SBM9XRyYXa8T2Wb5gQfhlyJ4VUtlX3Zk0131HwI2UqNu4XyZsTB%2bkVR4zdeezCL9sPUM7fb7OLFYmAbjbOVZe1fhvNI',
};
/** A/HRC/RES/41/17, OHCHR document store. */
const A_HRC_RES_41_17: LanguageSource = {
  symbol: 'A/HRC/RES/41/17',
  url: 'https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebIM8c1X4GZjGEGHV9SBM9XRKHlH6FRxt2E5%2Fc94DBJXuvRXYvPP%2FW3Kxp9Yi2HN1d7ksc12u6FCtSgODq6%2BV4OuxZZlyqSLSf7FY%2B%2BWzJW4S',
};
/** A/RES/71/175, Child, early and forced marriage, Spanish, page 2 (preamble). */
const A_RES_71_175: LanguageSource = {
  symbol: 'A/RES/71/175',
  url: 'https://www.girlsrightsplatform.org/es/entity/s67veamayoj?page=2',
};
/** A/HRC/RES/42/23, The right to development, OHCHR document store. */
const A_HRC_RES_42_23: LanguageSource = {
  symbol: 'A/HRC/RES/42/23',
  url: 'https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebIM8c1X4GZjGEGHV9SBM9XQbK%2fpKAnTSEg8d%2bIIV9m%2btX1hLzQaW5ofS1xL51gtisaCMbQKFo%2fl9DTyYrPLUci4Y2F9KxupoFK0yuNSBtJUy',
};
/** A/RES/60/251, Human Rights Council, in Tradutek, the English-Spanish alignment of the Spanish translation service of the UN Office at Geneva. */
const A_RES_60_251: LanguageSource = {
  symbol: 'A/RES/60/251',
  url: 'https://conf-dts1.unog.ch/1%20SPA/Tradutek/Consejo%20DH/00___A_RES_60_251.htm',
};
/** A/HRC/RES/5/1, Institution-building, as printed in the Council's report A/HRC/5/21, in Tradutek (UN Office at Geneva). */
const A_HRC_RES_5_1: LanguageSource = {
  symbol: 'A/HRC/RES/5/1',
  url: 'https://conf-dts1.unog.ch/1%20SPA/Tradutek/Consejo%20DH/00_%20Consejo_DH_5%20pds%20res%20y%20dec.htm',
};
/** E/2008/INF/2/Add.1, ECOSOC resolutions of 2008, the UN's own Spanish-English alignment: masthead words only. */
const E_2008_INF_2_ADD_1: LanguageSource = {
  symbol: 'E/2008/INF/2/Add.1',
  url: 'https://conferences2.unite.un.org/documentrepositoryindexer/MultiLanguageAlignment.bitext?DocumentID=cf412fc1-7e93-4ff3-885a-c4f2a7c0c02c&DocumentID=af3f938c-5fe4-45d3-b4fb-817d9b14780a',
};

/** A/RES/69/156, Child, early and forced marriage, Spanish, page 2 (preamble). */
const A_RES_69_156: LanguageSource = {
  symbol: 'A/RES/69/156',
  url: 'https://www.girlsrightsplatform.org/es/entity/2z04f1a691b?page=2',
};

/** A/HRC/RES/13/4, The right to food, OHCHR document store (read over http): masthead and preamble. */
const A_HRC_RES_13_4: LanguageSource = {
  symbol: 'A/HRC/RES/13/4',
  url: 'https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebIM8c1X4GZjGEGHV9SBM9XQ%2f2pr2G7%2fuvWOGEplyx85fU8p%2fa75%2bGsSgYGPZ%2bOrcS39UoVa3AA2%2bX2M1b2Vkl78m2A7qJ02EJGnJZBdmaobR',
};
/** A/HRC/RES/40/7, The right to food, OHCHR document store (read over http): masthead and preamble. */
const A_HRC_RES_40_7: LanguageSource = {
  symbol: 'A/HRC/RES/40/7',
  url: 'https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebIM8c1X4GZjGEGHV9SBM9XQD9fdnRohe5lmqXMBuI0Orrmp42SVNRrf4WHpTvXxqxn5DAZbIuw0NmmP4c1qHld%2b4JgK4niIb%2bfHvgCzzuNUd',
};
/** A/RES/78/198, The right to food, Spanish, page 2 (preamble). */
const A_RES_78_198: LanguageSource = {
  symbol: 'A/RES/78/198',
  url: 'https://www.girlsrightsplatform.org/es/entity/x4z2t65lhng?page=2',
};

/**
 * A/HRC/RES/15/15, mandate of the Special Rapporteur on human rights while countering terrorism,
 * OHCHR document store: masthead, preamble and the start of paragraph 1 ("1. Toma nota de la labor
 * y las aportaciones del Relator Especial").
 */
const A_HRC_RES_15_15: LanguageSource = {
  symbol: 'A/HRC/RES/15/15',
  url: 'https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebIM8c1X4GZjGEGHV9SBM9XR7H4Fjm4Wpl%2ffRxTTSQHH6CTZpBAk0IwTux5qzr%2fKD3ZUpGio3wLZNQJDKKN0CQVVPb7Zg7odLDKvf8mlurwlM',
};
/** A/HRC/RES/37/12, mandate of the Special Rapporteur in the field of cultural rights, OHCHR document store (read over http): masthead and preamble. */
const A_HRC_RES_37_12: LanguageSource = {
  symbol: 'A/HRC/RES/37/12',
  url: 'https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebIM8c1X4GZjGEGHV9SBM9XQJfXRnLLULWSXGiJRX8YT%2fOh%2bIkp%2fG%2fpg637sk1N%2bDS2%2bAbXfmF9yvt8x6ZY2YZQH27oHD1Gfo9bvSV4Hkuebw',
};
/** A/HRC/RES/44/3, The right to education, OHCHR document store (read over http): masthead and preamble. */
const A_HRC_RES_44_3: LanguageSource = {
  symbol: 'A/HRC/RES/44/3',
  url: 'https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebIM8c1X4GZjGEGHV9SBM9XTKJE79JakXE%2bnTWrNnB2JwPmbzzEhn2Ck1YQOA58ioxMLa%2fccEGn0JI0OKxiZFd0xbHvTqAvtlsxDRunphS8jD',
};
/** A/HRC/RES/35/2, The right to education, OHCHR document store (read over http): masthead and preamble. */
const A_HRC_RES_35_2: LanguageSource = {
  symbol: 'A/HRC/RES/35/2',
  url: 'https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebIM8c1X4GZjGEGHV9SBM9XTFx5ux0dtPctSNnN9x%2fEp%2bZuNNIw%2bysHzeAxi1PX78620yZkHt17w4mjoy9lUcO6j4lVSUYqNtlVn8lI41ZuLV',
};
/**
 * A/RES/63/197, International cooperation against the world drug problem: the UN's own
 * English-Spanish alignment of the resolution (A_RES_63_197_s.doc), read to its adoption line
 * "Aprobada en la 71ª sesión plenaria, celebrada el 18 de diciembre de 2008".
 */
const A_RES_63_197: LanguageSource = {
  symbol: 'A/RES/63/197',
  url: 'https://conferences2.unite.un.org/documentrepositoryindexer/MultiLanguageAlignment.bitext?DocumentID=ea4187c5-2028-43ee-a98c-909493327e18&DocumentID=a8baca95-f79e-4ae0-9336-4dd73aa028bd',
};

export const SPANISH_VOCABULARY: LanguageVocabulary = {
  language: 'es',
  openingLines: [
    { body: 'General Assembly', line: 'La Asamblea General', sources: [A_RES_61_266, A_RES_3406_XXX, A_RES_60_251] },
    { body: 'Human Rights Council', line: 'El Consejo de Derechos Humanos', sources: [A_HRC_RES_34_16, A_HRC_RES_53_7, A_HRC_RES_32_19, A_HRC_RES_41_17, A_HRC_RES_42_23, A_HRC_RES_5_1, A_HRC_RES_13_4, A_HRC_RES_40_7, A_HRC_RES_15_15, A_HRC_RES_37_12, A_HRC_RES_44_3, A_HRC_RES_35_2] },
  ],
  operativePhrases: [
    // "1. Aprueba el proyecto de texto titulado..." (A/HRC/RES/5/1).
    { pattern: 'Aprueba', sources: [A_HRC_RES_5_1] },
    { pattern: 'Hace suya', sources: [A_RES_3406_XXX] },
    // "1. Toma nota de la labor y las aportaciones del Relator Especial" (A/HRC/RES/15/15).
    { pattern: 'Toma nota (de)', sources: [A_HRC_RES_15_15] },
  ],
  preambularPhrases: [
    { pattern: 'Acogiendo con beneplácito ~', sources: [A_HRC_RES_34_16, A_HRC_RES_32_19, A_RES_71_175, A_HRC_RES_37_12, A_HRC_RES_35_2] },
    // "Actuando en cumplimiento del mandato que le confirió la Asamblea General" (A/HRC/RES/5/1).
    { pattern: 'Actuando', sources: [A_HRC_RES_5_1] },
    { pattern: 'Convencida ~ (de)', sources: [A_RES_3406_XXX] },
    { pattern: 'Destacando', sources: [A_RES_61_266] },
    // "Expresando preocupación por la persistencia..." (A/RES/71/175).
    { pattern: 'Expresando {ATTITUDE} (por)', sources: [A_RES_71_175] },
    { pattern: 'Guiado (por)', sources: [A_HRC_RES_53_7, A_HRC_RES_37_12, A_HRC_RES_44_3] },
    // "Haciendo notar las declaraciones formuladas en el ámbito del sistema de las Naciones Unidas sobre la diversidad cultural" (A/HRC/RES/37/12).
    { pattern: 'Haciendo notar', sources: [A_HRC_RES_37_12] },
    { pattern: 'Habiendo examinado', sources: [A_RES_61_266, A_HRC_RES_5_1] },
    { pattern: 'Observando', sources: [A_RES_76_146, A_RES_72_154] },
    // "Observando con aprecio el Programa Mundial..." (A/RES/71/175).
    // "Observando con preocupación que la persistencia..." (A/RES/69/156).
    { pattern: 'Observando con {ATTITUDE}', sources: [A_RES_71_175, A_RES_69_156] },
    { pattern: 'Poniendo de relieve', sources: [A_HRC_RES_34_16] },
    { pattern: 'Preocupada (por)', sources: [A_RES_3406_XXX] },
    // "Profundamente preocupada por la persistencia del matrimonio infantil" (A/RES/69/156).
    { pattern: 'Profundamente preocupada (por)', sources: [A_RES_69_156] },
    { pattern: 'Reafirmando ~', sources: [A_HRC_RES_34_16, A_HRC_RES_53_7, A_HRC_RES_41_17, A_HRC_RES_32_19, A_RES_72_154, A_RES_76_146, A_HRC_RES_42_23, A_RES_60_251, A_RES_78_198, A_HRC_RES_44_3, A_HRC_RES_35_2] },
    { pattern: 'Reconociendo ~', sources: [A_RES_61_266, A_RES_72_154, A_RES_3406_XXX, A_RES_71_175, A_RES_69_156] },
    { pattern: 'Recordando ~', sources: [A_RES_61_266, A_HRC_RES_34_16, A_HRC_RES_32_19, A_HRC_RES_41_17, A_RES_76_146, A_HRC_RES_42_23, A_RES_69_156, A_HRC_RES_13_4, A_HRC_RES_40_7, A_RES_78_198, A_HRC_RES_15_15, A_HRC_RES_37_12] },
    // "Reiterando la Declaración y el Programa de Acción de Viena" (A/HRC/RES/42/23).
    { pattern: 'Reiterando', sources: [A_HRC_RES_42_23] },
    // "Teniendo presente la importancia de la Declaración de Roma" (A/RES/78/198), "Teniendo presente el
    // párrafo 6 de la resolución 60/251" (A/HRC/RES/15/15); the Council's 13/4 and 35/2 agree it with a
    // plural object: "Teniendo presentes la Declaración de Roma ... y el Plan de Acción".
    { pattern: 'Teniendo presente', sources: [A_RES_78_198, A_HRC_RES_15_15] },
    { pattern: 'Teniendo presentes', sources: [A_HRC_RES_13_4, A_HRC_RES_35_2] },
    { pattern: 'Tomando nota (de)', sources: [A_RES_3406_XXX, A_RES_71_175] },
    // "Tomando nota con aprecio del informe del Secretario General" (A/RES/71/175).
    { pattern: 'Tomando nota con {ATTITUDE} (de)', sources: [A_RES_71_175, A_RES_69_156] },
  ],
  repetitionModifiers: [
    // "Reconociendo también", "Recordando también", "Reafirmando también".
    { pattern: 'también', sources: [A_RES_61_266, A_HRC_RES_34_16, A_HRC_RES_53_7, A_HRC_RES_41_17, A_HRC_RES_42_23, A_RES_60_251, A_HRC_RES_15_15, A_HRC_RES_37_12, A_HRC_RES_44_3, A_HRC_RES_35_2] },
    // "Convencida asimismo de que".
    { pattern: 'asimismo', sources: [A_RES_3406_XXX] },
    // "reafirmando además", inside a preambular paragraph of A/HRC/RES/53/7; "Recordando además" opening one
    // (A/HRC/RES/13/4, A/HRC/RES/40/7).
    { pattern: 'además', sources: [A_HRC_RES_53_7, A_HRC_RES_13_4, A_HRC_RES_40_7] },
  ],
  operativeAdverbs: [],
  preambularAdverbs: [{ pattern: 'profundamente', sources: [A_RES_69_156] }],
  attitudeNouns: [
    { pattern: 'aprecio', sources: [A_RES_71_175, A_RES_69_156] },
    { pattern: 'preocupación', sources: [A_RES_71_175, A_RES_69_156] },
  ],
  intensityAdjectives: [],
  documentWords: {
    // Each month was read in a date of the texts below except enero, which no official Spanish
    // text read for this list printed: see the README. Septiembre: A/HRC/RES/42/23 ("9 a 27 de
    // septiembre de 2019").
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    distribution: ['Distr. general'],
    original: { label: 'Original', languageNames: { en: 'inglés' } },
    // The Assembly's "Tema 114 del programa" (A/RES/61/266); the Human Rights Council's "Tema 3 de
    // la agenda" (A/HRC/RES/15/15, 32/19, 34/16, 41/17, 53/7).
    agendaItems: [
      { before: 'Tema', after: 'del programa' },
      { before: 'Tema', after: 'de la agenda' },
    ],
    session: 'período de sesiones',
    draftResolution: [],
    // "Resolución aprobada por la Asamblea General el 16 de mayo de 2007" (A/RES/61/266); older
    // texts print the line without a date (A/RES/60/251), so the Assembly's start stops before "el".
    // The Council's line goes on "el 23 de marzo de 2017" (A/HRC/RES/34/16) but A/HRC/RES/15/15
    // prints it with a footnote mark and no date, so it stops before "el" too.
    adoptedBy: ['Resolución aprobada por la Asamblea General', 'Resolución aprobada por el Consejo de Derechos Humanos'],
    // "Aprobada en la 71ª sesión plenaria, celebrada el 18 de diciembre de 2008" (A/RES/63/197, the
    // adoption line the resolution is printed under); its closing line was not read, but it prints
    // the same words after the meeting's number.
    plenaryMeeting: 'sesión plenaria',
    sources: [
      A_RES_61_266,
      A_RES_76_146,
      A_HRC_RES_34_16,
      A_HRC_RES_53_7,
      A_HRC_RES_32_19,
      A_HRC_RES_41_17,
      A_HRC_RES_42_23,
      A_RES_60_251,
      E_2008_INF_2_ADD_1,
      A_HRC_RES_13_4,
      A_HRC_RES_40_7,
      A_HRC_RES_15_15,
      A_HRC_RES_37_12,
      A_HRC_RES_44_3,
      A_HRC_RES_35_2,
      A_RES_63_197,
    ],
  },
};
