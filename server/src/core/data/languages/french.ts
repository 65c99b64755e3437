import type { LanguageSource, LanguageVocabulary } from './languageVocabulary';

/*
 * French: only what was read in official French texts (or in pages that reproduce an official
 * text under its symbol). How the texts were found, how sure each list is and what is still
 * missing: data/languages/README.md beside this file.
 *
 * The patterns use the pattern language of data/vocabulary.ts. In French the trailing particle
 * "(de)" stands for its contracted forms too: "Se félicitant du rôle" (S/RES/1364 (2001)),
 * "Se félicitant des travaux" (A/RES/58/157), "Prenant note des conclusions" (A/RES/77/202).
 * Adjectives agree with the organ: the Assembly is feminine ("Vivement préoccupée par",
 * A/RES/60/141; "Consciente de", A/RES/54/254), the councils masculine ("Vivement préoccupé par",
 * S/RES/1364 (2001); "Guidé par", A/HRC/RES/50/18); both forms are listed where both were read.
 * Official texts print the apostrophe as ’ (L’Assemblée) or ' (un.org HTML pages): the lines
 * here use ', and a reader of drafts should take the two as one.
 */

/** S/RES/1364 (2001), Georgia, as reproduced with its official French masthead. */
const S_RES_1364: LanguageSource = {
  symbol: 'S/RES/1364 (2001)',
  url: 'https://international.vlex.com/vid/resolution-n-s-res-861174824',
};
/** A/RES/54/254, The Millennium Summit, French, reproduced with its masthead. */
const A_RES_54_254: LanguageSource = {
  symbol: 'A/RES/54/254',
  url: 'https://www.girlsrightsplatform.org/fr/entity/9ymyigqfokq',
};
/** A/RES/55/2, United Nations Millennium Declaration, on un.org (read over http). */
const A_RES_55_2: LanguageSource = {
  symbol: 'A/RES/55/2',
  url: 'https://www.un.org/french/millenaire/ares552f.htm',
};
/** A/RES/55/2 as kept by UNDP's POGAR, which shows the operative verb on its own line. */
const A_RES_55_2_POGAR: LanguageSource = {
  symbol: 'A/RES/55/2',
  url: 'https://pogar.org/publications/garesolutions/a55-2-00f.html',
};
/** A/RES/52/123 (minorities), on un.org: the symbol is the page's address (f52123). */
const A_RES_52_123: LanguageSource = {
  symbol: 'A/RES/52/123',
  url: 'https://www.un.org/french/ga/document/f52123.htm',
};
/** A/RES/60/141, The girl child, French, page 2. */
const A_RES_60_141: LanguageSource = {
  symbol: 'A/RES/60/141',
  url: 'https://www.girlsrightsplatform.org/fr/entity/b6h7jv86e7a?page=2',
};
/** A/RES/58/157, Rights of the child, French, page 2. */
const A_RES_58_157: LanguageSource = {
  symbol: 'A/RES/58/157',
  url: 'https://www.girlsrightsplatform.org/fr/entity/e9o7r29fu2?page=2',
};
/** A/RES/71/175, Child, early and forced marriage, French, page 4. */
const A_RES_71_175: LanguageSource = {
  symbol: 'A/RES/71/175',
  url: 'https://www.girlsrightsplatform.org/fr/entity/s67veamayoj?page=4',
};
/** A/RES/76/146, The girl child, French, page 2. */
const A_RES_76_146: LanguageSource = {
  symbol: 'A/RES/76/146',
  url: 'https://database.girlsrightsplatform.org/fr/entity/cqy3eu31qic?page=2',
};
/** A/RES/77/202, Child, early and forced marriage, French, page 2. */
const A_RES_77_202: LanguageSource = {
  symbol: 'A/RES/77/202',
  url: 'https://database.girlsrightsplatform.org/fr/entity/otchczkmluf?page=2',
};
/** A/HRC/RES/50/18, OHCHR document store. */
const A_HRC_RES_50_18: LanguageSource = {
  symbol: 'A/HRC/RES/50/18',
  url: 'https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebIM8c1X4GZjGEGHV9SBM9XTDFnW5w127Q%2BY%2F%2FT2nxIj91Id8k%2BzlpF02tB0UxFAYahLduTgyEV45av5YVgv9LKmTlY%2BMs63VtnwTIee3q0Ko',
};
/** A/HRC/RES/41/17, OHCHR document store. */
const A_HRC_RES_41_17: LanguageSource = {
  symbol: 'A/HRC/RES/41/17',
  url: 'https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebIM8c1X4GZjGEGHV9SBM9XRKHlH6FRxt2E5%2fc94DBJXuvRXYvPP%2fW3Kxp9Yi2HN1d6btFUIFryZ398jXTeRN3E%2bhSidiW0S48eW9F3Kg%2f66m',
};
/** A/HRC/RES/37/20, French, reproduced with its masthead. */
const A_HRC_RES_37_20: LanguageSource = {
  symbol: 'A/HRC/RES/37/20',
  url: 'https://www.girlsrightsplatform.org/fr/entity/1l3mtigljwb',
};
/** A/HRC/RES/36/21, French, reproduced with its masthead. */
const A_HRC_RES_36_21: LanguageSource = {
  symbol: 'A/HRC/RES/36/21',
  url: 'https://www.girlsrightsplatform.org/fr/entity/dgfsqchd9u',
};
/** A/HRC/RES/19/37, operative paragraphs 24 to 26, on the site of the SRSG on violence against children (read over http). */
const A_HRC_RES_19_37: LanguageSource = {
  symbol: 'A/HRC/RES/19/37',
  url: 'https://violenceagainstchildren.org/fr/document/a-hrc-res-19-37_699',
};
/** A/RES/76/268, Multilingualism, French, page 1 (the brief's example). */
const A_RES_76_268: LanguageSource = {
  symbol: 'A/RES/76/268',
  url: 'https://www.girlsrightsplatform.org/en/entity/cygpkl9kpr?file=1709071359493erg46lu7zmo.pdf&page=1',
};
/** A/RES/63/306, Multilingualism, French, page 2: operative paragraphs 2 to 8. */
const A_RES_63_306: LanguageSource = {
  symbol: 'A/RES/63/306',
  url: 'https://www.girlsrightsplatform.org/fr/entity/3idme4aw149?page=2',
};
/** A/RES/56/262, Multilingualism, reproduced in full under its symbol by Université Laval (CEFAN). */
const A_RES_56_262: LanguageSource = {
  symbol: 'A/RES/56/262',
  url: 'https://axl-cefan.cstip.ulaval.ca/amnord/ONU-multilinguisme.htm',
};
/** A/53/250, first report of the General Committee, on un.org: masthead words only. */
const A_53_250: LanguageSource = {
  symbol: 'A/53/250',
  url: 'https://static.un.org/french/ga/53/session/general/a53250f.htm',
};

export const FRENCH_VOCABULARY: LanguageVocabulary = {
  language: 'fr',
  openingLines: [
    { body: 'General Assembly', line: "L'Assemblée générale", sources: [A_RES_54_254, A_RES_52_123, A_RES_55_2] },
    { body: 'Security Council', line: 'Le Conseil de sécurité', sources: [S_RES_1364] },
    { body: 'Human Rights Council', line: "Le Conseil des droits de l'homme", sources: [A_HRC_RES_50_18, A_HRC_RES_41_17, A_HRC_RES_37_20, A_HRC_RES_36_21] },
  ],
  operativePhrases: [
    { pattern: 'Adopte', sources: [A_RES_55_2_POGAR] },
    // "Affirme à nouveau que" (A/RES/63/306, para. 7).
    { pattern: 'Affirme ~', sources: [A_RES_63_306] },
    { pattern: 'Demande ~', sources: [A_RES_71_175] },
    { pattern: 'Encourage', sources: [A_HRC_RES_19_37] },
    { pattern: 'Engage', sources: [A_HRC_RES_19_37] },
    { pattern: 'Insiste (sur)', sources: [A_RES_63_306] },
    { pattern: 'Note avec {ATTITUDE}', sources: [A_RES_56_262] },
    // "Prend acte du rapport" (A/RES/56/262, para. 1).
    { pattern: 'Prend acte (de)', sources: [A_RES_56_262] },
    { pattern: 'Prend acte avec {ATTITUDE} (de)', sources: [A_HRC_RES_19_37] },
    { pattern: 'Prend note (de)', sources: [A_RES_52_123, A_RES_63_306, A_RES_56_262] },
    // "Prie le Secrétaire général", "Prie de nouveau le Secrétaire général" (A/RES/63/306, paras. 5, 6).
    { pattern: 'Prie ~', sources: [A_RES_63_306] },
    { pattern: 'Réaffirme', sources: [A_RES_52_123] },
    // "Souligne que", "Souligne également que" (A/RES/56/262, paras. 4, 5).
    { pattern: 'Souligne ~', sources: [A_RES_63_306, A_RES_56_262] },
  ],
  preambularPhrases: [
    { pattern: 'Accueillant avec {ATTITUDE}', sources: [A_RES_58_157] },
    { pattern: 'Ayant examiné', sources: [S_RES_1364, A_RES_54_254] },
    // "Consciente de" (A/RES/54/254), "Consciente que" (A/RES/76/268).
    { pattern: 'Consciente (de)', sources: [A_RES_54_254, A_RES_76_268] },
    // "Considérant également" (A/RES/76/268, A/RES/56/262).
    { pattern: 'Considérant ~', sources: [A_RES_52_123, A_RES_76_268, A_RES_56_262] },
    { pattern: 'Constatant ~', sources: [A_RES_60_141] },
    { pattern: 'Déplorant', sources: [S_RES_1364] },
    { pattern: 'Guidé (par)', sources: [A_HRC_RES_50_18, A_HRC_RES_36_21] },
    { pattern: 'Notant', sources: [A_RES_52_123] },
    { pattern: 'Notant avec {ATTITUDE}', sources: [A_RES_52_123, A_RES_77_202] },
    { pattern: 'Prenant note (de)', sources: [A_RES_76_146, A_RES_77_202] },
    { pattern: 'Prenant note avec {ATTITUDE} (de)', sources: [A_HRC_RES_36_21] },
    { pattern: 'Rappelant ~', sources: [S_RES_1364, A_RES_54_254, A_RES_52_123, A_HRC_RES_50_18, A_HRC_RES_36_21, A_RES_76_268, A_RES_56_262] },
    { pattern: 'Réaffirmant ~', sources: [A_RES_54_254, A_RES_60_141, A_HRC_RES_41_17, A_HRC_RES_37_20] },
    { pattern: 'Sachant (que)', sources: [A_RES_71_175] },
    { pattern: 'Saluant ~', sources: [A_HRC_RES_37_20] },
    { pattern: 'Se félicitant (de)', sources: [S_RES_1364, A_RES_58_157] },
    { pattern: 'Soulignant', sources: [S_RES_1364, A_HRC_RES_37_20, A_RES_76_268] },
    { pattern: 'Vivement préoccupé (par)', sources: [S_RES_1364] },
    { pattern: 'Vivement préoccupée (par)', sources: [A_RES_60_141] },
  ],
  repetitionModifiers: [
    // "Rappelant également", "Réaffirmant également", "Demande également aux États".
    { pattern: 'également', sources: [A_RES_54_254, A_HRC_RES_50_18, A_RES_71_175, A_RES_76_268, A_RES_56_262] },
    // "Réaffirmant en outre", "Rappelant en outre".
    { pattern: 'en outre', sources: [A_RES_60_141, A_HRC_RES_37_20, A_HRC_RES_36_21] },
    // "Saluant aussi".
    { pattern: 'aussi', sources: [A_HRC_RES_37_20] },
    // "Prie de nouveau le Secrétaire général", after the verb as également stands (A/RES/63/306, para. 6).
    { pattern: 'de nouveau', sources: [A_RES_63_306] },
    // "Affirme à nouveau que" (A/RES/63/306, para. 7).
    { pattern: 'à nouveau', sources: [A_RES_63_306] },
  ],
  operativeAdverbs: [],
  preambularAdverbs: [{ pattern: 'vivement', sources: [S_RES_1364, A_RES_60_141] }],
  attitudeNouns: [
    { pattern: 'satisfaction', sources: [A_RES_77_202, A_RES_58_157, A_HRC_RES_19_37, A_HRC_RES_36_21, A_RES_56_262] },
    { pattern: 'préoccupation', sources: [A_RES_52_123] },
  ],
  intensityAdjectives: [],
  documentWords: {
    // Each month was read in a date of the texts below except août, read only on un.org's French
    // Millennium page (static.un.org/french/millenaire/info_base.htm, "Le 11 août, l'Assemblée
    // générale a décidé"), not in a resolution: see the README.
    months: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    distribution: ['Distr. générale'],
    original: { label: 'Original', languageNames: { en: 'anglais' } },
    agendaItem: { before: 'Point', after: "de l'ordre du jour" },
    session: 'session',
    draftResolution: [],
    adoptedBy: [
      // "Résolution adoptée par l'Assemblée générale le 10 juin 2022" (A/RES/76/268); kept without
      // "le" so that it is also the start of lines printed without a date.
      "Résolution adoptée par l'Assemblée générale",
      "Résolution adoptée par le Conseil des droits de l'homme le",
      'Adoptée par le Conseil de sécurité à sa',
    ],
    plenaryMeeting: null,
    sources: [S_RES_1364, A_RES_54_254, A_RES_55_2, A_RES_52_123, A_RES_58_157, A_RES_76_146, A_HRC_RES_50_18, A_HRC_RES_41_17, A_HRC_RES_37_20, A_HRC_RES_36_21, A_53_250, A_RES_76_268],
  },
};
