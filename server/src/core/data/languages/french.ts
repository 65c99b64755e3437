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

/**
 * S/2004/857, the draft the Security Council adopted unchanged as resolution 1569 (2004), given in
 * full ("Texte du projet de résolution S/2004/857") in the Council's French press release CS/8224.
 */
const S_2004_857: LanguageSource = {
  symbol: 'S/2004/857',
  url: 'https://press.un.org/fr/2004/cs8224.doc.htm',
  adoptedAs: 'S/RES/1569 (2004)',
};
/** S/2005/437, adopted as resolution 1611 (2005), given in full in the French press release CS/8438. */
const S_2005_437: LanguageSource = {
  symbol: 'S/2005/437',
  url: 'https://press.un.org/fr/2005/cs8438.doc.htm',
  adoptedAs: 'S/RES/1611 (2005)',
};
/** A/HRC/RES/25/32, OHCHR document store (read over http): masthead, preamble and paragraph 1. */
const A_HRC_RES_25_32: LanguageSource = {
  symbol: 'A/HRC/RES/25/32',
  url: 'https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebIM8c1X4GZjGEGHV9SBM9XSZgK6QaLDUzikz7slKPyYP4GWa0q31WlwZ%2b2LObPKeBbeWOdf1wjbEJdDFA%2fDsxILGHr75TBWxmq2LGIIU1%2fAb',
};
/** A/HRC/RES/42/20, OHCHR document store: masthead, preamble and paragraph 1. */
const A_HRC_RES_42_20: LanguageSource = {
  symbol: 'A/HRC/RES/42/20',
  url: 'https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebIM8c1X4GZjGEGHV9SBM9XQDMo3keU5k9rKb2siMmy1ziXAnaozpvOGzVQ05oEd%2bVIS%2fHUw%2fRhfS2fmjdRK3aoes7dHYwZsQyHa7c3xClOGh',
};
/** A/HRC/RES/34/35, OHCHR document store (read over http): masthead, preamble and paragraphs 1 to 3. */
const A_HRC_RES_34_35: LanguageSource = {
  symbol: 'A/HRC/RES/34/35',
  url: 'https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebIM8c1X4GZjGEGHV9SBM9XSjIWvx%2b6zYIfCBuET1DuFjRftUId4Lw3QpI9EWu1SS0jojGT%2bp018Y3UWMqREv%2bjYfwI3lt963M1m84rL3uX%2b9',
};
/** A/HRC/34/L.6, a draft resolution, OHCHR document store (read over http): masthead, sponsor line and preamble. */
const A_HRC_34_L_6: LanguageSource = {
  symbol: 'A/HRC/34/L.6',
  url: 'https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebMoejC7cbrldhwKGWNQklTVDK3hNGtTcRpZeD3ZqjZdSmeIjs%2fr14HMn8unJ8RXvZRo8nXgIUizF2TsFP6Cegdh%2fLzO7c6a38Och%2bpMK8TdH',
};
/** A/HRC/RES/51/16, French, reproduced with its masthead: preamble and paragraphs 1 and 2. */
const A_HRC_RES_51_16: LanguageSource = {
  symbol: 'A/HRC/RES/51/16',
  url: 'https://www.girlsrightsplatform.org/fr/entity/leog50ck1ap',
};
/** A/RES/69/156, Child, early and forced marriage, French, page 2 (preamble). */
const A_RES_69_156: LanguageSource = {
  symbol: 'A/RES/69/156',
  url: 'https://www.girlsrightsplatform.org/fr/entity/2z04f1a691b?page=2',
};
/** A/RES/71/175, Child, early and forced marriage, French, page 2 (preamble). */
const A_RES_71_175_PREAMBLE: LanguageSource = {
  symbol: 'A/RES/71/175',
  url: 'https://www.girlsrightsplatform.org/fr/entity/s67veamayoj/metadata?page=2',
};

/** A/HRC/RES/22/9, The right to food, OHCHR document store: masthead and preamble. */
const A_HRC_RES_22_9: LanguageSource = {
  symbol: 'A/HRC/RES/22/9',
  url: 'https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebIM8c1X4GZjGEGHV9SBM9XRrOSpsRw%2f9buBAl%2bkPl0N%2bzLGHoUIVBordB8S2FACbfnFFPIhXWfHtWZkZ3lsM5t%2f6IPuW5uvhunXD86Og9RH%2b',
};
/** A/HRC/RES/13/4, The right to food, OHCHR document store: masthead and preamble. */
const A_HRC_RES_13_4: LanguageSource = {
  symbol: 'A/HRC/RES/13/4',
  url: 'https://docstore.ohchr.org/SelfServices/FilesHandler.ashx?enc=dtYoAzPhJ4NMy4Lu1TOebIM8c1X4GZjGEGHV9SBM9XQ%2f2pr2G7%2fuvWOGEplyx85f8tLm2Cn2gIl25WsLg1LMeCa6fhquhjjbSgOnqcDbsbungNIUaXShaHrTNcx1eaGU',
};

/**
 * E/RES/2003/38, Funding of travel for participants in meetings of heads of national drug law
 * enforcement agencies: the UN's own English-French alignment of the resolution (E_RES_2003_38_f.doc),
 * read from its title to the first preambular paragraphs.
 */
const E_RES_2003_38: LanguageSource = {
  symbol: 'E/RES/2003/38',
  url: 'https://conferences2.unite.un.org/documentrepositoryindexer/MultiLanguageAlignment.bitext?DocumentID=624e1fd1-34d3-4f98-9778-8fc0d5af0783&DocumentID=31bff9f9-9e40-4c8e-8513-5a2415e3899d',
};
/** E/RES/2003/34, International assistance to the States affected by the transit of illicit drugs: the UN's English-French alignment, title and preamble. */
const E_RES_2003_34: LanguageSource = {
  symbol: 'E/RES/2003/34',
  url: 'https://conferences2.unite.un.org/documentrepositoryindexer/MultiLanguageAlignment.bitext?DocumentID=8bebcd0b-6d98-4a8d-bee3-fc3f22bd8b72&DocumentID=22f5048f-7b6b-479c-a1b8-ef7c40dc4095',
};
/** A/RES/65/233, International cooperation against the world drug problem: the UN's English-French alignment, adoption line, title and first preambular paragraph. */
const A_RES_65_233: LanguageSource = {
  symbol: 'A/RES/65/233',
  url: 'https://conferences2.unite.un.org/documentrepositoryindexer/MultiLanguageAlignment.bitext?DocumentID=4f6c8772-42cd-43be-85ba-a200da538601&DocumentID=e5338c07-b44a-4536-b0c7-dd6e6f5a9165',
};

export const FRENCH_VOCABULARY: LanguageVocabulary = {
  language: 'fr',
  openingLines: [
    { body: 'General Assembly', line: "L'Assemblée générale", sources: [A_RES_54_254, A_RES_52_123, A_RES_55_2, A_RES_65_233] },
    { body: 'Security Council', line: 'Le Conseil de sécurité', sources: [S_RES_1364, S_2004_857, S_2005_437] },
    { body: 'Human Rights Council', line: "Le Conseil des droits de l'homme", sources: [A_HRC_RES_50_18, A_HRC_RES_41_17, A_HRC_RES_37_20, A_HRC_RES_36_21, A_HRC_RES_25_32, A_HRC_RES_42_20, A_HRC_RES_34_35, A_HRC_RES_51_16] },
    // "Le Conseil économique et social," over the preambles of E/RES/2003/38 and E/RES/2003/34.
    { body: 'Economic and Social Council', line: 'Le Conseil économique et social', sources: [E_RES_2003_38, E_RES_2003_34] },
  ],
  operativePhrases: [
    { pattern: 'Adopte', sources: [A_RES_55_2_POGAR] },
    // "Affirme à nouveau que" (A/RES/63/306, para. 7).
    { pattern: 'Affirme ~', sources: [A_RES_63_306] },
    // "Condamne sans réserve les attentats terroristes" (S/2005/437, para. 1).
    { pattern: 'Condamne', sources: [S_2005_437] },
    // "Décide de proroger", "Décide de renouveler"; "Décide également", "Décide en outre" (S/2004/857, paras. 2, 3).
    { pattern: 'Décide ~', sources: [A_HRC_RES_25_32, A_HRC_RES_42_20, A_HRC_RES_34_35, A_HRC_RES_51_16, S_2004_857] },
    { pattern: 'Demande ~', sources: [A_RES_71_175] },
    { pattern: 'Encourage', sources: [A_HRC_RES_19_37, A_HRC_RES_34_35] },
    { pattern: 'Engage', sources: [A_HRC_RES_19_37] },
    // "Exprime ses sentiments de profonde sympathie" (S/2005/437, para. 2).
    { pattern: 'Exprime', sources: [S_2005_437] },
    { pattern: 'Insiste (sur)', sources: [A_RES_63_306] },
    { pattern: 'Note avec {ATTITUDE}', sources: [A_RES_56_262] },
    // "Prend acte du rapport" (A/RES/56/262, para. 1).
    { pattern: 'Prend acte (de)', sources: [A_RES_56_262] },
    { pattern: 'Prend acte avec {ATTITUDE} (de)', sources: [A_HRC_RES_19_37] },
    { pattern: 'Prend note (de)', sources: [A_RES_52_123, A_RES_63_306, A_RES_56_262] },
    // "Prie le Secrétaire général", "Prie de nouveau le Secrétaire général" (A/RES/63/306, paras. 5, 6).
    { pattern: 'Prie ~', sources: [A_RES_63_306, A_HRC_RES_34_35] },
    { pattern: 'Réaffirme', sources: [A_RES_52_123] },
    // "Se félicite des travaux réalisés par le Rapporteur spécial" (A/HRC/RES/51/16, para. 1).
    { pattern: 'Se félicite (de)', sources: [A_HRC_RES_51_16] },
    // "Souligne que", "Souligne également que" (A/RES/56/262, paras. 4, 5).
    { pattern: 'Souligne ~', sources: [A_RES_63_306, A_RES_56_262] },
  ],
  preambularPhrases: [
    { pattern: 'Accueillant avec {ATTITUDE}', sources: [A_RES_58_157] },
    // "Ayant à l'esprit le paragraphe 6 de la résolution 60/251" (A/HRC/RES/25/32, A/HRC/RES/51/16).
    { pattern: "Ayant à l'esprit", sources: [A_HRC_RES_25_32, A_HRC_RES_51_16, A_HRC_RES_13_4] },
    { pattern: 'Ayant examiné', sources: [S_RES_1364, A_RES_54_254] },
    // "Consciente de" (A/RES/54/254), "Consciente que" (A/RES/76/268).
    { pattern: 'Consciente (de)', sources: [A_RES_54_254, A_RES_76_268] },
    // "Considérant également" (A/RES/76/268, A/RES/56/262).
    { pattern: 'Considérant ~', sources: [A_RES_52_123, A_RES_76_268, A_RES_56_262, A_RES_69_156, A_RES_71_175_PREAMBLE] },
    { pattern: 'Constatant ~', sources: [A_RES_60_141] },
    { pattern: 'Déplorant', sources: [S_RES_1364] },
    // "Gardant à l'esprit le paragraphe 6" (A/HRC/RES/42/20), where 25/32 and 51/16 print "Ayant à l'esprit".
    { pattern: "Gardant à l'esprit", sources: [A_HRC_RES_42_20] },
    { pattern: 'Guidé (par)', sources: [A_HRC_RES_50_18, A_HRC_RES_36_21] },
    { pattern: 'Notant', sources: [A_RES_52_123] },
    { pattern: 'Notant avec {ATTITUDE}', sources: [A_RES_52_123, A_RES_77_202, A_RES_71_175_PREAMBLE] },
    { pattern: 'Prenant note (de)', sources: [A_RES_76_146, A_RES_77_202] },
    // "Prenant note avec intérêt du rapport" (A/RES/69/156, A/RES/71/175).
    { pattern: 'Prenant note avec {ATTITUDE} (de)', sources: [A_HRC_RES_36_21, A_RES_69_156, A_RES_71_175_PREAMBLE] },
    // "Profondément préoccupée par la persistance des mariages d'enfants" (A/RES/69/156).
    { pattern: 'Profondément préoccupée (par)', sources: [A_RES_69_156] },
    {
      pattern: 'Rappelant ~',
      sources: [S_RES_1364, A_RES_54_254, A_RES_52_123, A_HRC_RES_50_18, A_HRC_RES_36_21, A_RES_76_268, A_RES_56_262, S_2004_857, A_HRC_RES_25_32, A_HRC_RES_42_20, A_HRC_RES_34_35, A_HRC_34_L_6, A_RES_69_156, A_HRC_RES_22_9, A_HRC_RES_13_4, E_RES_2003_38, E_RES_2003_34],
    },
    { pattern: 'Réaffirmant ~', sources: [A_RES_54_254, A_RES_60_141, A_HRC_RES_41_17, A_HRC_RES_37_20, S_2005_437, A_HRC_RES_25_32, E_RES_2003_34, A_RES_65_233] },
    { pattern: 'Sachant (que)', sources: [A_RES_71_175] },
    { pattern: 'Saluant ~', sources: [A_HRC_RES_37_20] },
    // "Se déclarant préoccupée par la persistance" (A/RES/71/175).
    { pattern: 'Se déclarant préoccupée (par)', sources: [A_RES_71_175_PREAMBLE] },
    { pattern: 'Se félicitant (de)', sources: [S_RES_1364, A_RES_58_157, A_RES_71_175_PREAMBLE] },
    { pattern: 'Soulignant', sources: [S_RES_1364, A_HRC_RES_37_20, A_RES_76_268] },
    { pattern: 'Vivement préoccupé (par)', sources: [S_RES_1364] },
    { pattern: 'Vivement préoccupée (par)', sources: [A_RES_60_141] },
  ],
  repetitionModifiers: [
    // "Rappelant également", "Réaffirmant également", "Demande également aux États".
    { pattern: 'également', sources: [A_RES_54_254, A_HRC_RES_50_18, A_RES_71_175, A_RES_76_268, A_RES_56_262, S_2004_857, A_HRC_RES_42_20, A_HRC_RES_34_35, A_HRC_34_L_6] },
    // "Réaffirmant en outre", "Rappelant en outre", "Décide en outre" (S/2004/857, para. 3).
    { pattern: 'en outre', sources: [A_RES_60_141, A_HRC_RES_37_20, A_HRC_RES_36_21, A_HRC_34_L_6, S_2004_857, A_HRC_RES_22_9, A_HRC_RES_13_4] },
    // "Saluant aussi", "Rappelant aussi".
    { pattern: 'aussi', sources: [A_HRC_RES_37_20, A_HRC_RES_25_32] },
    // "Rappelant encore les dispositions du Pacte", after "Rappelant également" and "Rappelant en outre" (A/HRC/RES/22/9).
    { pattern: 'encore', sources: [A_HRC_RES_22_9] },
    // "Prie de nouveau le Secrétaire général", after the verb as également stands (A/RES/63/306, para. 6).
    { pattern: 'de nouveau', sources: [A_RES_63_306] },
    // "Affirme à nouveau que" (A/RES/63/306, para. 7).
    { pattern: 'à nouveau', sources: [A_RES_63_306] },
  ],
  operativeAdverbs: [],
  preambularAdverbs: [
    { pattern: 'vivement', sources: [S_RES_1364, A_RES_60_141] },
    { pattern: 'profondément', sources: [A_RES_69_156] },
  ],
  attitudeNouns: [
    { pattern: 'satisfaction', sources: [A_RES_77_202, A_RES_58_157, A_HRC_RES_19_37, A_HRC_RES_36_21, A_RES_56_262] },
    { pattern: 'préoccupation', sources: [A_RES_52_123] },
    // "Prenant note avec intérêt" (A/RES/69/156, A/RES/71/175).
    { pattern: 'intérêt', sources: [A_RES_69_156, A_RES_71_175_PREAMBLE] },
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
    // "Distr. limitée": the draft A/HRC/34/L.6.
    distribution: ['Distr. générale', 'Distr. limitée'],
    original: { label: 'Original', languageNames: { en: 'anglais' } },
    agendaItems: [{ before: 'Point', after: "de l'ordre du jour" }],
    session: 'session',
    // The kind line of A/HRC/34/L.6 ends its sponsor list: "Allemagne, Arménie*, … : projet de résolution".
    draftResolution: ['projet de résolution'],
    adoptedBy: [
      // "Résolution adoptée par l'Assemblée générale le 10 juin 2022" (A/RES/76/268); kept without
      // "le" so that it is also the start of lines printed without a date.
      "Résolution adoptée par l'Assemblée générale",
      "Résolution adoptée par le Conseil des droits de l'homme le",
      'Adoptée par le Conseil de sécurité à sa',
    ],
    plenaryMeeting: null,
    sources: [
      S_RES_1364,
      A_RES_54_254,
      A_RES_55_2,
      A_RES_52_123,
      A_RES_58_157,
      A_RES_76_146,
      A_HRC_RES_50_18,
      A_HRC_RES_41_17,
      A_HRC_RES_37_20,
      A_HRC_RES_36_21,
      A_53_250,
      A_RES_76_268,
      A_HRC_RES_25_32,
      A_HRC_RES_42_20,
      A_HRC_RES_34_35,
      A_HRC_34_L_6,
    ],
  },
};
