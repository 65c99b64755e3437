// One draft resolution in English, French and Spanish, and one in Russian, Chinese and Arabic,
// written for the tests of the parallel check: each version says the same thing with the same
// paragraphs, footnotes, symbols, dates and numbers. The French and Spanish versions write
// sub-paragraphs "a)", which the parser does not read yet, so this draft has none.

/** The English version. */
export const ENGLISH_VERSION = [
  'General Assembly',
  '',
  'Distr.: Limited',
  '4 November 2026',
  '',
  'Original: English',
  '',
  'Eighty-first session',
  'Third Committee',
  'Agenda item 26',
  'Social development',
  '',
  'Older persons in humanitarian emergencies',
  '',
  'The General Assembly,',
  '',
  '*Recalling* its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,',
  '',
  '*Reaffirming* the International Covenant on Economic, Social and Cultural Rights,¹',
  '',
  '*Deeply concerned* that older persons are among the last to receive humanitarian assistance, and that more than 1,000 of them died in the floods of 2024,',
  '',
  '*Noting* Security Council resolution 2712 (2023),',
  '',
  '¹ United Nations, *Treaty Series*, vol. 993, No. 14531.',
  '',
  '1. *Urges* Member States to include older persons in emergency preparedness;',
  '',
  '2. *Calls upon* humanitarian actors to collect data disaggregated by age, including for persons aged 80 years and over;',
  '',
  '3. *Invites* the regional commissions to share good practices with the Secretariat;',
  '',
  '4. *Requests* the Secretary-General to submit to it, by 19 December 2027, a report (A/81/123) on the implementation of the present resolution.',
  '',
].join('\n');

/** The French version. */
export const FRENCH_VERSION = [
  'Assemblée générale',
  '',
  'Distr. limitée',
  '4 novembre 2026',
  '',
  'Original : anglais',
  '',
  'Quatre-vingt-unième session',
  'Troisième Commission',
  "Point 26 de l'ordre du jour",
  'Développement social',
  '',
  "Les personnes âgées dans les situations d'urgence humanitaire",
  '',
  "L'Assemblée générale,",
  '',
  "*Rappelant* sa résolution 70/1 du 25 septembre 2015, intitulée « Transformer notre monde : le Programme de développement durable à l'horizon 2030 »,",
  '',
  '*Réaffirmant* le Pacte international relatif aux droits économiques, sociaux et culturels¹,',
  '',
  "*Vivement préoccupée* par le fait que les personnes âgées sont parmi les dernières à recevoir une aide humanitaire et que plus de 1\u00a0000 d'entre elles sont mortes dans les inondations de 2024,",
  '',
  '*Prenant note* de la résolution 2712 (2023) du Conseil de sécurité,',
  '',
  '¹ Nations Unies, *Recueil des Traités*, vol. 993, n° 14531.',
  '',
  "1. *Exhorte* les États Membres à inclure les personnes âgées dans la préparation aux situations d'urgence ;",
  '',
  '2. *Demande* aux acteurs humanitaires de recueillir des données ventilées par âge, y compris pour les personnes de 80 ans et plus ;',
  '',
  '3. *Invite* les commissions régionales à partager leurs bonnes pratiques avec le Secrétariat ;',
  '',
  "4. *Prie* le Secrétaire général de lui présenter, le 19 décembre 2027 au plus tard, un rapport (A/81/123) sur l'application de la présente résolution.",
  '',
].join('\n');

/** The Spanish version. */
export const SPANISH_VERSION = [
  'Asamblea General',
  '',
  'Distr. limitada',
  '4 de noviembre de 2026',
  '',
  'Original: inglés',
  '',
  'Octogésimo primer período de sesiones',
  'Tercera Comisión',
  'Tema 26 del programa',
  'Desarrollo social',
  '',
  'Las personas de edad en las emergencias humanitarias',
  '',
  'La Asamblea General,',
  '',
  '*Recordando* su resolución 70/1, de 25 de septiembre de 2015, titulada “Transformar nuestro mundo: la Agenda 2030 para el Desarrollo Sostenible”,',
  '',
  '*Reafirmando* el Pacto Internacional de Derechos Económicos, Sociales y Culturales¹,',
  '',
  '*Profundamente preocupada* porque las personas de edad están entre las últimas en recibir asistencia humanitaria y porque más de 1.000 de ellas murieron en las inundaciones de 2024,',
  '',
  '*Tomando nota* de la resolución 2712 (2023) del Consejo de Seguridad,',
  '',
  '¹ Naciones Unidas, *Treaty Series*, vol. 993, núm. 14531.',
  '',
  '1. *Insta* a los Estados Miembros a que incluyan a las personas de edad en la preparación para emergencias;',
  '',
  '2. *Exhorta* a los agentes humanitarios a que reúnan datos desglosados por edad, incluso respecto de las personas de 80 años o más;',
  '',
  '3. *Invita* a las comisiones regionales a que compartan sus buenas prácticas con la Secretaría;',
  '',
  '4. *Solicita* al Secretario General que le presente, a más tardar el 19 de diciembre de 2027, un informe (A/81/123) sobre la aplicación de la presente resolución.',
  '',
].join('\n');

/**
 * The Russian version of a shorter draft. unres reads no Russian, Chinese or Arabic opening line
 * yet, so these drafts are operative paragraphs only, as the parser reads them.
 */
export const RUSSIAN_VERSION = [
  '1. *настоятельно призывает* государства-члены привлекать сельских женщин к планированию водной инфраструктуры:',
  '',
  '(a) консультируясь не менее чем с 30 процентами женщин в местных комитетах по водопользованию;',
  '',
  '(b) публикуя результаты каждые 2 года;',
  '',
  '2. *ссылается* на свою резолюцию 77/215¹ и просит Генерального секретаря представить ей доклад к 31 марта 2028 года в документе A/83/100.',
  '',
  '¹ См. A/77/PV.53.',
  '',
].join('\n');

/** The Chinese version of the same draft, with full-width punctuation. */
export const CHINESE_VERSION = [
  '1. *敦促*会员国让农村妇女参与水利基础设施的规划：',
  '',
  '(a) 在地方用水委员会中至少咨询30%的妇女；',
  '',
  '(b) 每2年公布一次结果；',
  '',
  '2. *回顾*其第77/215号决议¹，并请秘书长在2028年3月31日之前在A/83/100号文件中提出报告。',
  '',
  '¹ 见A/77/PV.53。',
  '',
].join('\n');

/**
 * The Arabic version of the same draft, its numbers in Arabic-Indic digits. Its paragraphs are
 * numbered "1.", the only form the parser reads yet (Arabic texts print "1 -").
 */
export const ARABIC_VERSION = [
  '1. *تحث* الدول الأعضاء على إشراك المرأة الريفية في تخطيط البنية التحتية للمياه:',
  '',
  '(a) باستشارة ما لا يقل عن ٣٠ في المائة من النساء في لجان المياه المحلية؛',
  '',
  '(b) بنشر النتائج كل ٢ سنة؛',
  '',
  '2. *تشير* إلى قرارها ٧٧/٢١٥¹ وتطلب إلى الأمين العام أن يقدم إليها تقريرا بحلول ٣١ آذار/مارس ٢٠٢٨ في الوثيقة A/83/100.',
  '',
  '¹ انظر A/77/PV.53.',
  '',
].join('\n');

/** The English version of the same draft. */
export const ENGLISH_SHORT_VERSION = [
  '1. *Urges* Member States to involve rural women in planning water infrastructure:',
  '',
  '(a) By consulting at least 30 per cent women in local water committees;',
  '',
  '(b) By publishing the results every 2 years;',
  '',
  '2. *Recalls* its resolution 77/215¹ and requests the Secretary-General to report to it by 31 March 2028 in document A/83/100.',
  '',
  '¹ See A/77/PV.53.',
  '',
].join('\n');

/** The text with `from` replaced by `to`, failing loudly when `from` is not in it (a test that changes nothing cannot fail). */
export function changed(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`not in the draft: ${from}`);
  return text.replace(from, to);
}
