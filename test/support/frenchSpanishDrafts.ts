import type { IssuingBody } from '../../server/src/core';
import type { Language } from '../../server/src/core/language/languages';

// French and Spanish drafts written for the tests of issue 19, in the words of the vocabularies
// unres reads (data/languages/): a clean draft for each organ, and drafts with one defect of each
// kind. Paragraphs are separated by blank lines, footnotes follow the text.

/** A clean draft: no rule has anything to say. */
export interface CleanDraft {
  readonly name: string;
  readonly language: Language;
  readonly body: IssuingBody;
  readonly text: string;
}

export const CLEAN_DRAFTS: readonly CleanDraft[] = [
  {
    name: "fr-ga",
    language: 'fr',
    body: 'General Assembly',
    text: [
      "L'Assemblée générale,",
      "",
      "*Rappelant* sa résolution 64/292 du 28 juillet 2010, intitulée « Le droit fondamental à l'eau et à l'assainissement »,",
      "",
      "*Réaffirmant* le Programme de développement durable à l'horizon 2030¹,",
      "",
      "*Vivement préoccupée par* le fait que des millions de personnes n'ont toujours pas accès à l'eau potable,",
      "",
      "1. *Prend note* du rapport du Secrétaire général² ;",
      "",
      "2. *Demande* aux États de redoubler d'efforts pour garantir l'accès de tous à l'eau potable ;",
      "",
      "3. *Encourage* les États Membres à coopérer entre eux :",
      "",
      "a) en échangeant leurs bonnes pratiques ;",
      "",
      "b) en mobilisant des ressources nouvelles ;",
      "",
      "4. *Prie* le Secrétaire général de lui présenter un rapport sur l'application de la présente résolution.",
      "",
      "¹ Résolution 70/1.",
      "",
      "² A/80/123.",
    ].join('\n') + '\n',
  },
  {
    name: "fr-sc",
    language: 'fr',
    body: 'Security Council',
    text: [
      "Le Conseil de sécurité,",
      "",
      "*Rappelant* toutes ses résolutions antérieures sur la question, en particulier sa résolution 1364 (2001),",
      "",
      "*Constatant* que la situation dans la région continue de menacer la paix et la sécurité internationales,",
      "",
      "1. *Souligne* que toutes les parties doivent respecter pleinement le cessez-le-feu ;",
      "",
      "2. *Demande* aux parties de reprendre sans délai les négociations ;",
      "",
      "3. *Prie* le Secrétaire général de lui faire rapport dans un délai de trois mois.",
    ].join('\n') + '\n',
  },
  {
    name: "fr-hrc",
    language: 'fr',
    body: 'Human Rights Council',
    text: [
      "Le Conseil des droits de l'homme,",
      "",
      "*Guidé par* les buts et principes de la Charte des Nations Unies,",
      "",
      "*Rappelant* la résolution 60/251 de l'Assemblée générale, en date du 15 mars 2006,",
      "",
      "*Ayant examiné* le rapport du Haut-Commissaire des Nations Unies aux droits de l'homme¹,",
      "",
      "1. *Prend acte* du rapport du Haut-Commissaire ;",
      "",
      "2. *Engage* les États à coopérer pleinement avec le Rapporteur spécial ;",
      "",
      "3. *Insiste sur* la nécessité de protéger les défenseurs des droits de l'homme ;",
      "",
      "4. *Affirme* sa détermination à poursuivre l'examen de cette question.",
      "",
      "¹ A/HRC/58/20.",
    ].join('\n') + '\n',
  },
  {
    name: "es-ga",
    language: 'es',
    body: 'General Assembly',
    text: [
      "La Asamblea General,",
      "",
      "*Recordando* su resolución 64/292, de 28 de julio de 2010, titulada “El derecho humano al agua y el saneamiento”,",
      "",
      "*Reconociendo* que el acceso al agua potable es esencial para la realización de todos los derechos humanos¹,",
      "",
      "*Preocupada por* la falta de acceso al saneamiento básico en muchos países,",
      "",
      "1. *Hace suya* la declaración aprobada en la reunión de alto nivel²;",
      "",
      "2. *Aprueba* el programa de trabajo que figura en el anexo de la presente resolución, que comprende:",
      "",
      "a) una reunión de expertos;",
      "",
      "b) un informe final.",
      "",
      "¹ Resolución 70/1.",
      "",
      "² A/80/456.",
    ].join('\n') + '\n',
  },
  {
    name: "es-hrc",
    language: 'es',
    body: 'Human Rights Council',
    text: [
      "El Consejo de Derechos Humanos,",
      "",
      "*Guiado por* los propósitos y principios de la Carta de las Naciones Unidas,",
      "",
      "*Recordando* la resolución 60/251 de la Asamblea General, de 15 de marzo de 2006,",
      "",
      "*Tomando nota* del informe del Alto Comisionado de las Naciones Unidas para los Derechos Humanos¹,",
      "",
      "1. *Aprueba* el programa de trabajo del Foro sobre Cuestiones de las Minorías;",
      "",
      "2. *Hace suya* la recomendación del Relator Especial.",
      "",
      "¹ A/HRC/58/21.",
    ].join('\n') + '\n',
  },
  {
    name: "es-sc",
    language: 'es',
    body: 'Security Council',
    text: [
      "El Consejo de Seguridad,",
      "",
      "*Recordando* sus resoluciones anteriores sobre la cuestión, en particular la resolución 1364 (2001),",
      "",
      "*Reafirmando* su compromiso con la soberanía, la independencia y la integridad territorial de todos los Estados de la región,",
      "",
      "1. *Hace suya* la recomendación del Secretario General;",
      "",
      "2. *Aprueba* el mandato de la misión.",
    ].join('\n') + '\n',
  },
];

/**
 * Drafts with one defect of each kind: a preambular paragraph ending with a semicolon, a footnote
 * mark without its footnote, an operative verb out of italics, a misspelt verb, a gap in the
 * numbering.
 */
export const FRENCH_DEFECTS = [
  "L'Assemblée générale,",
  "",
  "*Rappelant* sa résolution 64/292 du 28 juillet 2010 sur le droit à l'eau potable et à l'assainissement ;",
  "",
  "*Réaffirmant* le Programme de développement durable à l'horizon 2030¹,",
  "",
  "1. Prie le Secrétaire général de lui présenter un rapport sur les progrès accomplis ;",
  "",
  "2. *Réaffirmee* son attachement à l'accès de tous à l'eau potable ;",
  "",
  "4. *Encourage* les États Membres à coopérer entre eux.",
].join('\n') + '\n';

export const SPANISH_DEFECTS = [
  "La Asamblea General,",
  "",
  "*Recordando* su resolución 64/292, de 28 de julio de 2010, sobre el derecho humano al agua y el saneamiento;",
  "",
  "*Reconociendo* que el acceso al agua potable es esencial para la realización de todos los derechos humanos¹,",
  "",
  "1. Hace suya la recomendación del Relator Especial sobre el derecho humano al agua;",
  "",
  "2. *Apruena* el informe del Secretario General sobre la cuestión;",
  "",
  "4. *Hace suya* la declaración aprobada en la reunión de alto nivel.",
].join('\n') + '\n';

/** Drafts without their opening line, the language read from their words. */
export const FRENCH_WITHOUT_OPENING_LINE = [
  "*Rappelant* sa résolution 64/292 du 28 juillet 2010 sur le droit à l’eau potable et à l’assainissement,",
  "",
  "*Réaffirmant* le Programme de développement durable à l’horizon 2030 et les objectifs qui y sont énoncés,",
  "",
  "1. *Prie* le Secrétaire général de lui présenter un rapport sur les progrès accomplis dans les pays en développement.",
].join('\n') + '\n';

export const SPANISH_WITHOUT_OPENING_LINE = [
  "*Recordando* su resolución 64/292, de 28 de julio de 2010, sobre el derecho humano al agua y el saneamiento,",
  "",
  "*Reconociendo* que el acceso al agua potable es esencial para la realización de todos los derechos humanos,",
  "",
  "1. *Aprueba* el programa de trabajo que figura en el anexo de la presente resolución.",
].join('\n') + '\n';
