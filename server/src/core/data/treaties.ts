/**
 * The treaty table bundled with unres: multilateral treaties cited in United Nations resolutions,
 * with their official titles, short names, dates, *United Nations Treaty Series* citations and
 * depositaries, for hovers, citation checks and lookup.
 *
 * Every fact carries its sources (`sources`, by fact, naming entries of `TREATY_SOURCES`). A fact
 * no source read for the table confirmed is left out, and shows as unknown: a missing fact is
 * never a reason for a finding, a wrong one would be.
 */
import { TREATY_SOURCES, type TreatySource } from './treatySources';

export { TREATY_SOURCES, type TreatySource } from './treatySources';

/** The facts a treaty entry can carry, each with its own sources. */
export type TreatyFact =
  | 'title'
  | 'shortNames'
  | 'ilo'
  | 'adopted.date'
  | 'adopted.place'
  | 'entryIntoForce'
  | 'unts.volumes'
  | 'unts.registrationNumber'
  | 'lnts'
  | 'depositary'
  | 'parent'
  | 'untcChapter';

export interface Treaty {
  /** Stable kebab-case id ("untoc", "trafficking-protocol", "ilo-c029"). */
  readonly id: string;
  /** The official title, as United Nations texts write it. */
  readonly title: string;
  /** Names and abbreviations used for it in United Nations texts ("the Palermo Protocol", "CEDAW"). */
  readonly shortNames: readonly string[];
  /** For conventions of the International Labour Organization: the number and the ILO form of the title. */
  readonly ilo?: { readonly number: number; readonly form: string };
  /** Adoption (or, where the sources give only that, signature) of the text: ISO date and place. */
  readonly adopted?: { readonly date: string; readonly place?: string };
  /** Entry into force, ISO date. */
  readonly entryIntoForce?: string;
  /** *United Nations Treaty Series*: the volumes the texts cite and the registration number. */
  readonly unts?: { readonly volumes: readonly number[]; readonly registrationNumber?: number };
  /** League of Nations *Treaty Series*: volume (in Roman numerals, as cited) and number. */
  readonly lnts?: { readonly volume: string; readonly number: number };
  readonly depositary?: string;
  /** The id of the treaty a protocol or amendment belongs to. */
  readonly parent?: string;
  /** Chapter and number in the UN Treaty Collection ("Multilateral Treaties Deposited with the Secretary-General"), e.g. "XVIII-12-a". */
  readonly untcChapter?: string;
  /** For every fact filled above, the ids (in `TREATY_SOURCES`) of the sources it was read in. */
  readonly sources: Readonly<Partial<Record<TreatyFact, readonly string[]>>>;
}

const SG = 'Secretary-General of the United Nations';
const SWISS = 'Swiss Federal Council';

const S000 = 'samples/000_c722eb807ecbd0fb.txt';
const S001 = 'samples/001_a325fd547149db90.txt';
const C01 = 'corpus/01-a-res-80-6.md';
const C02 = 'corpus/02-a-res-79-15.md';
const C05 = 'corpus/05-a-res-79-165.md';
const C07 = 'corpus/07-a-res-79-203.md';
const C13 = 'corpus/13-a-res-78-220.md';
const C14 = 'corpus/14-a-c-3-80-l-20.md';
const C16 = 'corpus/16-a-c-3-80-l-42.md';
const C18 = 'corpus/18-a-c-1-80-l-40.md';
const C19 = 'corpus/19-a-c-1-80-l-29.md';
const C21 = 'corpus/21-a-c-4-80-l-9.md';
const C23 = 'corpus/23-a-c-6-80-l-11.md';

/** A footnote source id: the file (or document symbol) and the footnote number. */
const fn = (document: string, n: number): string => `${document} fn ${n}`;

/** Title, volume and number read together at one *Treaty Series* footnote (and the text at its mark). */
const cited = (...ids: string[]): Pick<Record<TreatyFact, readonly string[]>, 'title' | 'unts.volumes' | 'unts.registrationNumber'> => ({
  title: ids,
  'unts.volumes': ids,
  'unts.registrationNumber': ids,
});

/** An ILO convention cited in a *Treaty Series* footnote of the real texts. */
function iloConvention(id: string, number: number, title: string, unts: { volume: number; no: number } | undefined, sources: readonly string[]): Treaty {
  return {
    id,
    title,
    shortNames: [],
    ilo: { number, form: `${title} (No. ${number})` },
    ...(unts ? { unts: { volumes: [unts.volume], registrationNumber: unts.no } } : {}),
    sources: {
      title: sources,
      ilo: sources,
      ...(unts ? { 'unts.volumes': sources, 'unts.registrationNumber': sources } : {}),
    },
  };
}

export const TREATIES: readonly Treaty[] = [
  // ---------------------------------------------------------------- the United Nations
  {
    id: 'un-charter',
    title: 'Charter of the United Nations',
    shortNames: [],
    // Signed at the close of the United Nations Conference on International Organization.
    adopted: { date: '1945-06-26', place: 'San Francisco' },
    entryIntoForce: '1945-10-24',
    depositary: 'Government of the United States of America',
    sources: {
      title: [C01],
      'adopted.date': ['diplomacy-un-charter', 'un-charter-signed'],
      'adopted.place': ['diplomacy-un-charter', 'un-charter-signed'],
      entryIntoForce: ['diplomacy-un-charter', 'un-charter-signed', 'charter-ratification'],
      depositary: ['charter-ratification'],
    },
  },
  {
    id: 'icj-statute',
    title: 'Statute of the International Court of Justice',
    shortNames: [],
    adopted: { date: '1945-06-26', place: 'San Francisco' },
    entryIntoForce: '1945-10-24',
    sources: {
      title: ['A/C.5/80/L.5', 'charter-icj-statute-1945'],
      'adopted.date': ['charter-icj-statute-1945'],
      'adopted.place': ['charter-icj-statute-1945'],
      entryIntoForce: ['charter-icj-statute-1945', 'charter-ratification'],
    },
  },

  // ---------------------------------------------------------------- human rights
  {
    id: 'genocide-convention',
    title: 'Convention on the Prevention and Punishment of the Crime of Genocide',
    shortNames: [],
    adopted: { date: '1948-12-09', place: 'Paris' },
    entryIntoForce: '1951-01-12',
    unts: { volumes: [78], registrationNumber: 1021 },
    depositary: SG,
    untcChapter: 'IV-1',
    sources: {
      title: ['untc-IV-1'],
      'adopted.date': ['untc-IV-1'],
      'adopted.place': ['untc-IV-1'],
      entryIntoForce: ['untc-IV-1'],
      'unts.volumes': ['untc-IV-1'],
      'unts.registrationNumber': ['untc-IV-1'],
      depositary: ['untc-IV-1'],
      untcChapter: ['untc-IV-1'],
    },
  },
  {
    id: 'icerd',
    title: 'International Convention on the Elimination of All Forms of Racial Discrimination',
    shortNames: ['ICERD'],
    adopted: { date: '1965-12-21' },
    entryIntoForce: '1969-01-04',
    unts: { volumes: [660], registrationNumber: 9464 },
    sources: {
      ...cited(fn(C05, 8)),
      shortNames: ['ohchr-core-instruments'],
      'adopted.date': ['ohchr-core-instruments', 'fidh-core-treaties', 'wwda-core'],
      entryIntoForce: ['fidh-core-treaties', 'wwda-core'],
    },
  },
  {
    id: 'iccpr',
    title: 'International Covenant on Civil and Political Rights',
    shortNames: ['ICCPR'],
    adopted: { date: '1966-12-16', place: 'New York' },
    entryIntoForce: '1976-03-23',
    unts: { volumes: [999], registrationNumber: 14668 },
    depositary: SG,
    sources: {
      title: [fn(C05, 1), 'unts-999'],
      shortNames: ['ohchr-core-instruments'],
      'adopted.date': ['hrlex-iccpr', 'wikisource-2200', 'ohchr-core-instruments'],
      'adopted.place': ['wiki-iccpr'],
      entryIntoForce: ['unts-999', 'hrlex-iccpr', 'fidh-core-treaties'],
      'unts.volumes': ['unts-999'],
      'unts.registrationNumber': ['unts-999'],
      depositary: ['wiki-iccpr'],
    },
  },
  {
    id: 'iccpr-op1',
    title: 'Optional Protocol to the International Covenant on Civil and Political Rights',
    shortNames: ['ICCPR-OP1'],
    adopted: { date: '1966-12-16' },
    unts: { volumes: [999], registrationNumber: 14668 },
    parent: 'iccpr',
    sources: {
      title: ['ohchr-core-instruments', 'unts-999'],
      shortNames: ['ohchr-core-instruments'],
      'adopted.date': ['ohchr-core-instruments', 'wikisource-2200'],
      'unts.volumes': ['unts-999'],
      'unts.registrationNumber': ['unts-999'],
      parent: ['unts-999'],
    },
  },
  {
    id: 'iccpr-op2',
    title: 'Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty',
    shortNames: ['ICCPR-OP2'],
    adopted: { date: '1989-12-15' },
    unts: { volumes: [1642], registrationNumber: 14668 },
    parent: 'iccpr',
    sources: {
      ...cited(fn('A/RES/79/179', 5)),
      shortNames: ['ohchr-core-instruments'],
      'adopted.date': ['ohchr-core-instruments'],
      parent: [fn('A/RES/79/179', 5)],
    },
  },
  {
    id: 'icescr',
    title: 'International Covenant on Economic, Social and Cultural Rights',
    shortNames: ['ICESCR'],
    adopted: { date: '1966-12-16', place: 'New York' },
    entryIntoForce: '1976-01-03',
    unts: { volumes: [993] },
    depositary: SG,
    sources: {
      title: [fn(C05, 2), 'avl-icescr'],
      shortNames: ['ohchr-core-instruments'],
      'adopted.date': ['avl-icescr', 'cil-icescr', 'ohchr-core-instruments'],
      'adopted.place': ['avl-icescr', 'cil-icescr'],
      entryIntoForce: ['fidh-core-treaties', 'wiki-icescr'],
      'unts.volumes': ['cil-icescr'],
      depositary: ['cil-icescr', 'wiki-icescr'],
    },
  },
  {
    id: 'icescr-op',
    title: 'Optional Protocol to the International Covenant on Economic, Social and Cultural Rights',
    shortNames: [],
    parent: 'icescr',
    sources: { title: ['cil-icescr'], parent: ['cil-icescr'] },
  },
  {
    id: 'cedaw',
    title: 'Convention on the Elimination of All Forms of Discrimination against Women',
    shortNames: ['CEDAW'],
    adopted: { date: '1979-12-18', place: 'New York' },
    entryIntoForce: '1981-09-03',
    unts: { volumes: [1249], registrationNumber: 20378 },
    sources: {
      ...cited(fn(S001, 4), fn(C05, 6)),
      shortNames: ['ohchr-core-instruments'],
      'adopted.date': ['avl-cedaw', 'ohchr-core-instruments'],
      'adopted.place': ['avl-cedaw'],
      entryIntoForce: ['avl-cedaw', 'fidh-core-treaties'],
    },
  },
  {
    id: 'cedaw-op',
    title: 'Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women',
    shortNames: ['OP-CEDAW'],
    adopted: { date: '1999-12-10' },
    unts: { volumes: [2131], registrationNumber: 20378 },
    parent: 'cedaw',
    sources: {
      ...cited(fn(S001, 5)),
      shortNames: ['ohchr-core-instruments'],
      'adopted.date': ['ohchr-core-instruments'],
      parent: [fn(S001, 5)],
    },
  },
  {
    id: 'cat',
    title: 'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
    shortNames: ['CAT'],
    adopted: { date: '1984-12-10' },
    entryIntoForce: '1987-06-26',
    unts: { volumes: [1465], registrationNumber: 24841 },
    sources: {
      ...cited(fn(C05, 9)),
      shortNames: ['ohchr-core-instruments'],
      'adopted.date': ['ohchr-core-instruments', 'fidh-core-treaties'],
      entryIntoForce: ['fidh-core-treaties'],
    },
  },
  {
    id: 'opcat',
    title: 'Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
    shortNames: ['OP-CAT'],
    adopted: { date: '2002-12-18', place: 'New York' },
    entryIntoForce: '2006-06-22',
    unts: { volumes: [2375], registrationNumber: 24841 },
    depositary: SG,
    parent: 'cat',
    sources: {
      ...cited(fn(C05, 10)),
      shortNames: ['ohchr-core-instruments'],
      'adopted.date': ['natlex-opcat'],
      'adopted.place': ['natlex-opcat'],
      entryIntoForce: ['refworld-opcat'],
      depositary: ['refworld-opcat'],
      parent: [fn(C05, 10)],
    },
  },
  {
    id: 'crc',
    title: 'Convention on the Rights of the Child',
    shortNames: ['CRC'],
    adopted: { date: '1989-11-20', place: 'New York' },
    entryIntoForce: '1990-09-02',
    unts: { volumes: [1577], registrationNumber: 27531 },
    sources: {
      ...cited(fn(S001, 6), fn(C05, 7)),
      shortNames: ['ohchr-core-instruments'],
      'adopted.date': ['avl-crc', 'ohchr-core-instruments'],
      'adopted.place': ['avl-crc'],
      entryIntoForce: ['avl-crc', 'fidh-core-treaties'],
    },
  },
  {
    id: 'crc-opac',
    title: 'Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict',
    shortNames: ['OP-CRC-AC'],
    adopted: { date: '2000-05-25' },
    unts: { volumes: [2173], registrationNumber: 27531 },
    parent: 'crc',
    sources: {
      ...cited(fn('A/RES/79/123', 11)),
      shortNames: ['ohchr-core-instruments'],
      'adopted.date': ['ohchr-core-instruments'],
      parent: [fn('A/RES/79/123', 11)],
    },
  },
  {
    id: 'crc-opsc',
    title: 'Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography',
    shortNames: ['OP-CRC-SC'],
    adopted: { date: '2000-05-25' },
    entryIntoForce: '2002-01-18',
    unts: { volumes: [2171], registrationNumber: 27531 },
    parent: 'crc',
    sources: {
      ...cited(fn(S000, 7)),
      shortNames: ['ohchr-core-instruments'],
      'adopted.date': ['avl-crc', 'ohchr-core-instruments'],
      entryIntoForce: ['avl-crc'],
      parent: [fn(S000, 7)],
    },
  },
  {
    id: 'crc-opic',
    title: 'Optional Protocol to the Convention on the Rights of the Child on a communications procedure',
    shortNames: [],
    adopted: { date: '2011-12-19', place: 'New York' },
    entryIntoForce: '2014-04-14',
    unts: { volumes: [2983], registrationNumber: 27531 },
    depositary: SG,
    parent: 'crc',
    untcChapter: 'IV-11-d',
    sources: {
      title: ['untc-IV-11-d'],
      'adopted.date': ['untc-IV-11-d'],
      'adopted.place': ['untc-IV-11-d'],
      entryIntoForce: ['untc-IV-11-d', 'wiki-opic'],
      'unts.volumes': ['untc-IV-11-d', fn(C14, 2)],
      'unts.registrationNumber': ['untc-IV-11-d', fn(C14, 2)],
      depositary: ['untc-IV-11-d', 'wiki-opic'],
      parent: ['untc-IV-11-d'],
      untcChapter: ['untc-IV-11-d'],
    },
  },
  {
    id: 'icrmw',
    title: 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families',
    shortNames: ['ICRMW'],
    adopted: { date: '1990-12-18' },
    entryIntoForce: '2003-07-01',
    unts: { volumes: [2220], registrationNumber: 39481 },
    sources: {
      ...cited(fn(S001, 25), fn(C05, 5)),
      shortNames: ['ohchr-core-instruments'],
      'adopted.date': ['ohchr-core-instruments', 'fidh-core-treaties'],
      entryIntoForce: ['fidh-core-treaties'],
    },
  },
  {
    id: 'crpd',
    title: 'Convention on the Rights of Persons with Disabilities',
    shortNames: [],
    adopted: { date: '2006-12-13' },
    entryIntoForce: '2008-05-03',
    unts: { volumes: [2515], registrationNumber: 44910 },
    sources: {
      ...cited(fn(S001, 23), fn(C05, 3)),
      'adopted.date': ['ohchr-core-instruments'],
      entryIntoForce: ['fidh-core-treaties'],
    },
  },
  {
    id: 'crpd-op',
    title: 'Optional Protocol to the Convention on the Rights of Persons with Disabilities',
    shortNames: [],
    unts: { volumes: [2518], registrationNumber: 44910 },
    parent: 'crpd',
    sources: {
      ...cited(fn(S001, 24), fn('A/RES/79/149', 2)),
      parent: [fn('A/RES/79/149', 2)],
    },
  },
  {
    id: 'cped',
    title: 'International Convention for the Protection of All Persons from Enforced Disappearance',
    shortNames: ['ICPPED'],
    adopted: { date: '2006-12-20' },
    entryIntoForce: '2010-12-23',
    unts: { volumes: [2716], registrationNumber: 48088 },
    depositary: SG,
    sources: {
      ...cited(fn(C05, 4)),
      shortNames: ['wiki-cped'],
      'adopted.date': ['causes-cped', 'wiki-cped'],
      entryIntoForce: ['causes-cped', 'wiki-cped'],
      depositary: ['wiki-cped'],
    },
  },
  {
    id: 'marriage-consent-convention',
    title: 'Convention on Consent to Marriage, Minimum Age for Marriage and Registration of Marriages',
    shortNames: [],
    unts: { volumes: [521], registrationNumber: 7525 },
    sources: cited(fn('A/RES/78/188', 5)),
  },

  // ---------------------------------------------------------------- refugees and stateless persons
  {
    id: 'refugee-convention',
    title: 'Convention relating to the Status of Refugees',
    shortNames: ['1951 Refugee Convention'],
    adopted: { date: '1951-07-28', place: 'Geneva' },
    entryIntoForce: '1954-04-22',
    unts: { volumes: [189], registrationNumber: 2545 },
    sources: {
      ...cited(fn(C14, 9)),
      shortNames: ['hrsupport-1951'],
      'adopted.date': ['refworld-1951', 'chronicle-refugees'],
      'adopted.place': ['refworld-1951', 'chronicle-refugees'],
      entryIntoForce: ['refworld-1951'],
    },
  },
  {
    id: 'refugee-protocol',
    title: 'Protocol relating to the Status of Refugees',
    shortNames: ['1967 Protocol on Refugees'],
    adopted: { date: '1967-01-31', place: 'New York' },
    entryIntoForce: '1967-10-04',
    unts: { volumes: [606], registrationNumber: 8791 },
    depositary: SG,
    parent: 'refugee-convention',
    sources: {
      ...cited(fn(C14, 10)),
      title: [fn(C14, 10), 'gulf-1967', 'cil-1967'],
      shortNames: ['cil-1967'],
      'adopted.date': ['cil-1967', 'gulf-1967'],
      'adopted.place': ['cil-1967', 'wiki-1967'],
      entryIntoForce: ['gulf-1967', 'wiki-1967'],
      depositary: ['cil-1967', 'wiki-1967'],
      parent: [fn(C14, 10)],
    },
  },
  {
    id: 'stateless-persons-convention',
    title: 'Convention relating to the Status of Stateless Persons',
    shortNames: [],
    adopted: { date: '1954-09-28', place: 'New York' },
    entryIntoForce: '1960-06-06',
    unts: { volumes: [360], registrationNumber: 5158 },
    depositary: SG,
    sources: {
      ...cited(fn('A/C.3/80/L.18', 30)),
      'adopted.date': ['avl-cssp', 'wiki-1954'],
      'adopted.place': ['avl-cssp', 'wiki-1954'],
      entryIntoForce: ['wiki-1954'],
      depositary: ['wiki-1954'],
    },
  },
  {
    id: 'statelessness-reduction-convention',
    title: 'Convention on the Reduction of Statelessness',
    shortNames: [],
    adopted: { date: '1961-08-30', place: 'New York' },
    entryIntoForce: '1975-12-13',
    unts: { volumes: [989], registrationNumber: 14458 },
    depositary: SG,
    sources: {
      ...cited(fn('A/C.3/80/L.18', 31)),
      'adopted.date': ['avl-crs', 'whatconvention-165', 'ohchr-1961'],
      'adopted.place': ['avl-crs', 'whatconvention-165'],
      entryIntoForce: ['whatconvention-165', 'ohchr-1961'],
      depositary: ['whatconvention-165'],
    },
  },
  {
    id: 'oau-refugee-convention',
    title: 'Organization of African Unity Convention governing the specific aspects of refugee problems in Africa',
    shortNames: [],
    unts: { volumes: [1001], registrationNumber: 14691 },
    sources: cited(fn('A/RES/78/185', 1)),
  },
  {
    id: 'african-charter',
    title: 'African Charter on Human and Peoples’ Rights',
    shortNames: [],
    unts: { volumes: [1520], registrationNumber: 26363 },
    sources: cited(fn('A/RES/78/185', 2)),
  },

  // ---------------------------------------------------------------- slavery and traffic in persons
  {
    id: 'slavery-convention',
    title: 'Slavery Convention',
    shortNames: [],
    adopted: { date: '1926-09-25', place: 'Geneva' },
    sources: { title: ['avl-sc'], 'adopted.date': ['avl-sc'], 'adopted.place': ['avl-sc'] },
  },
  {
    id: 'slavery-protocol-1953',
    title: 'Protocol amending the Slavery Convention',
    shortNames: [],
    adopted: { date: '1953-12-07', place: 'New York' },
    parent: 'slavery-convention',
    sources: { title: ['avl-sc'], 'adopted.date': ['avl-sc'], 'adopted.place': ['avl-sc'], parent: ['avl-sc'] },
  },
  {
    id: 'supplementary-slavery-convention',
    title: 'Supplementary Convention on the Abolition of Slavery, the Slave Trade, and Institutions and Practices Similar to Slavery',
    shortNames: [],
    adopted: { date: '1956-09-07', place: 'Geneva' },
    entryIntoForce: '1957-04-30',
    unts: { volumes: [266], registrationNumber: 3822 },
    sources: {
      ...cited(fn(S000, 8)),
      'adopted.date': ['avl-sc', 'hrlex-suppl-slavery'],
      'adopted.place': ['avl-sc', 'hrlex-suppl-slavery'],
      entryIntoForce: ['hrlex-suppl-slavery', 'ukparl-11558'],
    },
  },
  {
    id: 'traffic-in-persons-convention',
    title: 'Convention for the Suppression of the Traffic in Persons and of the Exploitation of the Prostitution of Others',
    shortNames: [],
    unts: { volumes: [96], registrationNumber: 1342 },
    sources: cited(fn(S001, 8)),
  },

  // ---------------------------------------------------------------- penal matters
  {
    id: 'untoc',
    title: 'United Nations Convention against Transnational Organized Crime',
    shortNames: ['UNTOC', 'Palermo Convention'],
    adopted: { date: '2000-11-15', place: 'New York' },
    entryIntoForce: '2003-09-29',
    unts: { volumes: [2225], registrationNumber: 39574 },
    depositary: SG,
    untcChapter: 'XVIII-12',
    sources: {
      ...cited(fn(S000, 5), fn(S001, 1), 'untc-XVIII-12'),
      shortNames: ['wiki-untoc'],
      'adopted.date': ['untc-XVIII-12'],
      'adopted.place': ['untc-XVIII-12'],
      entryIntoForce: ['untc-XVIII-12'],
      depositary: ['untc-XVIII-12', 'wiki-untoc'],
      untcChapter: ['untc-XVIII-12'],
    },
  },
  {
    id: 'trafficking-protocol',
    title:
      'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime',
    shortNames: ['Trafficking Protocol', 'Palermo Protocol', 'Trafficking in Persons Protocol'],
    adopted: { date: '2000-11-15', place: 'New York' },
    entryIntoForce: '2003-12-25',
    unts: { volumes: [2237], registrationNumber: 39574 },
    depositary: SG,
    parent: 'untoc',
    sources: {
      ...cited(fn(S001, 2), fn(S000, 6), fn(C14, 12)),
      shortNames: [S001, 'wordscope-palermo', 'harvard-tip-guide'],
      'adopted.date': ['unodc-untc-XVIII-12-a'],
      'adopted.place': ['unodc-untc-XVIII-12-a'],
      entryIntoForce: ['unodc-untc-XVIII-12-a'],
      depositary: ['unodc-untc-XVIII-12-a'],
      parent: [fn(S001, 2)],
    },
  },
  {
    id: 'smuggling-protocol',
    title: 'Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime',
    shortNames: [],
    unts: { volumes: [2241], registrationNumber: 39574 },
    parent: 'untoc',
    sources: { ...cited(fn(S001, 3), fn('A/80/L.22', 79)), parent: [fn(S001, 3)] },
  },
  {
    id: 'firearms-protocol',
    title:
      'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, supplementing the United Nations Convention against Transnational Organized Crime',
    shortNames: [],
    unts: { volumes: [2326], registrationNumber: 39574 },
    parent: 'untoc',
    sources: { ...cited(fn('A/80/L.22', 80)), parent: [fn('A/80/L.22', 80)] },
  },
  {
    id: 'uncac',
    title: 'United Nations Convention against Corruption',
    shortNames: [],
    unts: { volumes: [2349], registrationNumber: 42146 },
    sources: cited(fn('A/80/L.22', 77)),
  },
  {
    id: 'rome-statute',
    title: 'Rome Statute of the International Criminal Court',
    shortNames: ['Rome Statute', 'ICC Statute'],
    adopted: { date: '1998-07-17', place: 'Rome' },
    entryIntoForce: '2002-07-01',
    unts: { volumes: [2187], registrationNumber: 38544 },
    depositary: SG,
    sources: {
      ...cited(fn(S001, 18), fn(C01, 1)),
      shortNames: [C01, 'cil-rome'],
      'adopted.date': ['avl-rsicc', 'cil-rome'],
      'adopted.place': ['avl-rsicc', 'cil-rome'],
      entryIntoForce: ['avl-rsicc'],
      depositary: ['cil-rome'],
    },
  },
  {
    id: 'icc-privileges-immunities',
    title: 'Agreement on the Privileges and Immunities of the International Criminal Court',
    shortNames: [],
    unts: { volumes: [2271], registrationNumber: 40446 },
    sources: cited(fn(C01, 5)),
  },
  {
    id: 'mercenaries-convention',
    title: 'International Convention against the Recruitment, Use, Financing and Training of Mercenaries',
    shortNames: [],
    unts: { volumes: [2163], registrationNumber: 37789 },
    sources: cited(fn(C16, 5)),
  },
  {
    id: 'oau-mercenarism-convention',
    title: 'Organization of African Unity Convention for the elimination of mercenarism in Africa',
    shortNames: [],
    unts: { volumes: [1490], registrationNumber: 25573 },
    sources: cited(fn(C16, 2)),
  },
  {
    id: 'hostages-convention',
    title: 'International Convention against the Taking of Hostages',
    shortNames: [],
    unts: { volumes: [1316], registrationNumber: 21931 },
    sources: cited(fn('A/RES/80/198', 5)),
  },
  {
    id: 'terrorist-bombings-convention',
    title: 'International Convention for the Suppression of Terrorist Bombings',
    shortNames: [],
    unts: { volumes: [2149], registrationNumber: 37517 },
    sources: cited(fn('A/RES/79/129', 15)),
  },
  {
    id: 'terrorism-financing-convention',
    title: 'International Convention for the Suppression of the Financing of Terrorism',
    shortNames: [],
    unts: { volumes: [2178], registrationNumber: 38349 },
    sources: cited(fn('A/RES/79/129', 16)),
  },
  {
    id: 'nuclear-terrorism-convention',
    title: 'International Convention for the Suppression of Acts of Nuclear Terrorism',
    shortNames: [],
    unts: { volumes: [2445], registrationNumber: 44004 },
    sources: cited(fn('A/C.6/80/L.22', 11)),
  },
  {
    id: 'un-personnel-safety-convention',
    title: 'Convention on the Safety of United Nations and Associated Personnel',
    shortNames: [],
    unts: { volumes: [2051], registrationNumber: 35457 },
    sources: cited(fn('A/C.3/80/L.54', 16)),
  },
  {
    id: 'un-personnel-safety-protocol',
    title: 'Optional Protocol to the Convention on the Safety of United Nations and Associated Personnel',
    shortNames: [],
    entryIntoForce: '2010-08-19',
    unts: { volumes: [2689], registrationNumber: 35457 },
    parent: 'un-personnel-safety-convention',
    sources: { ...cited(fn('A/RES/78/118', 5)), entryIntoForce: [fn('A/RES/78/118', 5)], parent: [fn('A/RES/78/118', 5)] },
  },
  {
    id: 'single-convention-narcotic-drugs',
    title: 'Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol',
    shortNames: [],
    unts: { volumes: [976], registrationNumber: 14152 },
    sources: cited(fn('A/RES/78/229', 2)),
  },
  {
    id: 'psychotropic-substances-convention',
    title: 'Convention on Psychotropic Substances of 1971',
    shortNames: [],
    unts: { volumes: [1019], registrationNumber: 14956 },
    sources: cited(fn('A/RES/78/229', 3)),
  },
  {
    id: 'drug-trafficking-convention',
    title: 'United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988',
    shortNames: [],
    unts: { volumes: [1582], registrationNumber: 27627 },
    sources: cited(fn('A/RES/78/229', 4)),
  },

  // ---------------------------------------------------------------- law of treaties, diplomatic and consular relations
  {
    id: 'vclt',
    title: 'Vienna Convention on the Law of Treaties',
    shortNames: ['VCLT'],
    adopted: { date: '1969-05-22', place: 'Vienna' },
    entryIntoForce: '1980-01-27',
    unts: { volumes: [1155], registrationNumber: 18232 },
    depositary: SG,
    sources: {
      ...cited(fn(C23, 1)),
      shortNames: ['wiki-vclt'],
      // The United Nations Conference on the Law of Treaties adopted it on 22 May 1969; it was
      // opened for signature at Vienna the next day (the date the secondary sources give).
      'adopted.date': [fn(C23, 1), 'A/RES/78/236'],
      'adopted.place': ['wiki-vclt', 'tpg-vclt'],
      entryIntoForce: ['wiki-vclt', 'tpg-vclt'],
      depositary: ['wiki-vclt'],
    },
  },
  {
    id: 'vcdr',
    title: 'Vienna Convention on Diplomatic Relations',
    shortNames: [],
    unts: { volumes: [500], registrationNumber: 7310 },
    sources: cited(fn('A/RES/78/116', 4)),
  },
  {
    id: 'vccr',
    title: 'Vienna Convention on Consular Relations',
    shortNames: [],
    unts: { volumes: [596], registrationNumber: 8638 },
    sources: cited(fn(C13, 10)),
  },

  // ---------------------------------------------------------------- international humanitarian law
  {
    id: 'geneva-convention-i',
    title: 'Geneva Convention for the Amelioration of the Condition of the Wounded and Sick in Armed Forces in the Field',
    shortNames: [],
    adopted: { date: '1949-08-12', place: 'Geneva' },
    entryIntoForce: '1950-10-21',
    unts: { volumes: [75] },
    depositary: SWISS,
    sources: {
      title: ['icrc-gc-i'],
      'adopted.date': ['icrc-gc-i', 'whp-geneva-1949'],
      'adopted.place': ['icrc-gc-i'],
      entryIntoForce: ['icrc-gc-i', 'whp-geneva-1949'],
      'unts.volumes': [fn('A/C.3/80/L.33', 12)],
      depositary: ['icrc-gc-i', 'icrc-shop-protocols'],
    },
  },
  {
    id: 'geneva-convention-ii',
    title: 'Geneva Convention for the Amelioration of the Condition of Wounded, Sick and Shipwrecked Members of Armed Forces at Sea',
    shortNames: [],
    adopted: { date: '1949-08-12' },
    entryIntoForce: '1950-10-21',
    unts: { volumes: [75] },
    depositary: SWISS,
    sources: {
      title: ['cil-apii'],
      'adopted.date': ['whp-geneva-1949'],
      entryIntoForce: ['whp-geneva-1949'],
      'unts.volumes': [fn('A/C.3/80/L.33', 12)],
      depositary: ['icrc-shop-protocols'],
    },
  },
  {
    id: 'geneva-convention-iii',
    title: 'Geneva Convention relative to the Treatment of Prisoners of War',
    shortNames: [],
    adopted: { date: '1949-08-12' },
    entryIntoForce: '1950-10-21',
    unts: { volumes: [75], registrationNumber: 972 },
    depositary: SWISS,
    sources: {
      ...cited(fn('A/RES/79/181', 15)),
      'adopted.date': [fn('A/RES/79/181', 15), 'whp-geneva-1949'],
      entryIntoForce: ['whp-geneva-1949'],
      depositary: ['icrc-shop-protocols'],
    },
  },
  {
    id: 'geneva-convention-iv',
    title: 'Geneva Convention relative to the Protection of Civilian Persons in Time of War',
    shortNames: [],
    adopted: { date: '1949-08-12', place: 'Geneva' },
    entryIntoForce: '1950-10-21',
    unts: { volumes: [75], registrationNumber: 973 },
    depositary: SWISS,
    sources: {
      ...cited(fn('A/80/L.12', 2)),
      'adopted.date': [fn('A/80/L.12', 2), 'icrc-gc-iv', 'whp-geneva-1949'],
      'adopted.place': ['icrc-gc-iv'],
      entryIntoForce: ['whp-geneva-1949'],
      depositary: ['icrc-shop-protocols'],
    },
  },
  {
    id: 'additional-protocol-i',
    title: 'Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts (Protocol I)',
    shortNames: ['Additional Protocol I'],
    adopted: { date: '1977-06-08' },
    entryIntoForce: '1978-12-07',
    unts: { volumes: [1125], registrationNumber: 17512 },
    depositary: SWISS,
    sources: {
      ...cited(fn('A/C.3/80/L.33', 13)),
      title: ['A/RES/78/70', fn('A/C.3/80/L.33', 13)],
      shortNames: [fn('A/C.3/80/L.33', 13)],
      'adopted.date': ['icrc-shop-protocols'],
      entryIntoForce: ['icrc-shop-protocols'],
      depositary: ['icrc-shop-protocols'],
    },
  },
  {
    id: 'additional-protocol-ii',
    title: 'Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of Non-International Armed Conflicts (Protocol II)',
    shortNames: ['Geneva Protocol II'],
    adopted: { date: '1977-06-08', place: 'Geneva' },
    entryIntoForce: '1978-12-07',
    unts: { volumes: [1125], registrationNumber: 17513 },
    depositary: SWISS,
    sources: {
      title: ['icrc-ap-ii', 'cil-apii'],
      shortNames: ['cil-apii'],
      'adopted.date': ['icrc-ap-ii', 'cil-apii', 'icrc-shop-protocols'],
      'adopted.place': ['cil-apii'],
      entryIntoForce: ['icrc-shop-protocols'],
      'unts.volumes': ['cil-apii', fn('A/RES/78/118', 3)],
      // The two Protocols of 1977 are "vol. 1125, Nos. 17512 and 17513", and Protocol I alone is No. 17512.
      'unts.registrationNumber': [fn('A/RES/78/118', 3), fn('A/C.3/80/L.33', 13)],
      depositary: ['cil-apii', 'icrc-shop-protocols'],
    },
  },
  {
    id: 'additional-protocol-iii',
    title: 'Protocol additional to the Geneva Conventions of 12 August 1949, and relating to the Adoption of an Additional Distinctive Emblem (Protocol III)',
    shortNames: [],
    adopted: { date: '2005-12-08' },
    entryIntoForce: '2007-01-14',
    sources: { title: ['icrc-shop-protocols'], 'adopted.date': ['icrc-shop-protocols'], entryIntoForce: ['icrc-shop-protocols'] },
  },

  // ---------------------------------------------------------------- disarmament
  {
    id: 'geneva-protocol-1925',
    title: 'Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of Warfare',
    shortNames: [],
    adopted: { date: '1925-06-17', place: 'Geneva' },
    lnts: { volume: 'XCIV', number: 2138 },
    sources: {
      title: [fn('A/RES/79/48', 1)],
      'adopted.date': [fn('A/RES/79/48', 1)],
      'adopted.place': [fn('A/RES/79/48', 1)],
      lnts: [fn('A/RES/79/48', 1)],
    },
  },
  {
    id: 'npt',
    title: 'Treaty on the Non-Proliferation of Nuclear Weapons',
    shortNames: [],
    unts: { volumes: [729], registrationNumber: 10485 },
    sources: cited(fn(C02, 5)),
  },
  {
    id: 'antarctic-treaty',
    title: 'Antarctic Treaty',
    shortNames: [],
    unts: { volumes: [402], registrationNumber: 5778 },
    sources: cited(fn(C18, 7)),
  },
  {
    id: 'outer-space-treaty',
    title: 'Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies',
    shortNames: ['Outer Space Treaty'],
    unts: { volumes: [610], registrationNumber: 8843 },
    sources: { ...cited(fn(C21, 1)), shortNames: [fn(C21, 1)] },
  },
  {
    id: 'treaty-of-tlatelolco',
    title: 'Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean',
    shortNames: ['Treaty of Tlatelolco'],
    unts: { volumes: [634], registrationNumber: 9068 },
    sources: { ...cited(fn(C18, 1)), shortNames: [fn(C18, 1)] },
  },
  {
    id: 'treaty-of-rarotonga',
    title: 'South Pacific Nuclear Free Zone Treaty',
    shortNames: ['Treaty of Rarotonga'],
    sources: { title: [fn('A/C.1/80/L.4', 8)], shortNames: [fn('A/C.1/80/L.4', 8), fn(C18, 3)] },
  },
  {
    id: 'treaty-of-bangkok',
    title: 'Treaty on the South-East Asia Nuclear Weapon-Free Zone',
    shortNames: ['Treaty of Bangkok'],
    unts: { volumes: [1981], registrationNumber: 33873 },
    sources: { ...cited(fn('A/C.1/80/L.4', 9), fn(C18, 4)), shortNames: [fn('A/C.1/80/L.4', 9), fn(C18, 4)] },
  },
  {
    id: 'treaty-of-pelindaba',
    title: 'African Nuclear-Weapon-Free Zone Treaty',
    shortNames: ['Treaty of Pelindaba'],
    sources: { title: [fn('A/C.1/80/L.4', 10)], shortNames: [fn('A/C.1/80/L.4', 10), fn(C18, 5)] },
  },
  {
    id: 'treaty-of-semipalatinsk',
    title: 'Treaty on a Nuclear-Weapon-Free Zone in Central Asia',
    shortNames: ['Treaty of Semipalatinsk'],
    unts: { volumes: [2970], registrationNumber: 51633 },
    sources: { ...cited(fn('A/C.1/80/L.4', 11), fn(C18, 6)), shortNames: [fn('A/C.1/80/L.4', 11)] },
  },
  {
    id: 'ccw',
    title: 'Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects',
    shortNames: [],
    // Vol. 2260 holds the amendment of its article 1 ("its amended article 1").
    unts: { volumes: [1342, 2260], registrationNumber: 22495 },
    sources: cited(fn(C19, 1), fn(C19, 2)),
  },
  {
    id: 'ccw-protocol-i',
    title: 'Protocol on Non-Detectable Fragments (Protocol I)',
    shortNames: [],
    unts: { volumes: [1342], registrationNumber: 22495 },
    parent: 'ccw',
    sources: { ...cited(fn(C19, 3)), parent: [fn(C19, 3)] },
  },
  {
    id: 'ccw-protocol-ii',
    title: 'Protocol on Prohibitions or Restrictions on the Use of Mines, Booby Traps and Other Devices (Protocol II)',
    shortNames: [],
    unts: { volumes: [1342], registrationNumber: 22495 },
    parent: 'ccw',
    sources: { ...cited(fn(C19, 4)), parent: [fn(C19, 4)] },
  },
  {
    id: 'ccw-amended-protocol-ii',
    title: 'Protocol on Prohibitions or Restrictions on the Use of Mines, Booby Traps and Other Devices, as amended on 3 May 1996',
    shortNames: ['Amended Protocol II'],
    unts: { volumes: [2048], registrationNumber: 22495 },
    parent: 'ccw',
    sources: {
      title: ['A/RES/78/70'],
      shortNames: ['A/RES/78/70'],
      'unts.volumes': [fn(C19, 5)],
      'unts.registrationNumber': [fn(C19, 5)],
      parent: ['A/RES/78/70'],
    },
  },
  {
    id: 'ccw-protocol-iii',
    title: 'Protocol on Prohibitions or Restrictions on the Use of Incendiary Weapons (Protocol III)',
    shortNames: [],
    unts: { volumes: [1342], registrationNumber: 22495 },
    parent: 'ccw',
    sources: { ...cited(fn(C19, 6)), parent: [fn(C19, 6)] },
  },
  {
    id: 'ccw-protocol-iv',
    title: 'Protocol on Blinding Laser Weapons (Protocol IV)',
    shortNames: [],
    unts: { volumes: [2024], registrationNumber: 22495 },
    parent: 'ccw',
    sources: { ...cited(fn(C19, 7)), parent: [fn(C19, 7)] },
  },
  {
    id: 'ccw-protocol-v',
    title: 'Protocol on Explosive Remnants of War (Protocol V)',
    shortNames: [],
    unts: { volumes: [2399], registrationNumber: 22495 },
    parent: 'ccw',
    sources: { ...cited(fn(C19, 8)), parent: [fn(C19, 8)] },
  },
  {
    id: 'biological-weapons-convention',
    title: 'Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction',
    shortNames: ['Biological Weapons Convention'],
    unts: { volumes: [1015], registrationNumber: 14860 },
    sources: { ...cited(fn('A/C.1/80/L.49', 2)), shortNames: ['A/C.1/80/L.60'] },
  },
  {
    id: 'chemical-weapons-convention',
    title: 'Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction',
    shortNames: ['Chemical Weapons Convention'],
    unts: { volumes: [1974], registrationNumber: 33757 },
    sources: { ...cited(fn('A/C.1/80/L.62', 2)), shortNames: ['A/C.1/80/L.62'] },
  },
  {
    id: 'mine-ban-convention',
    title: 'Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction',
    shortNames: ['Anti-Personnel Mine Ban Convention'],
    unts: { volumes: [2056], registrationNumber: 35597 },
    sources: { ...cited(fn('A/RES/79/34', 1)), shortNames: ['A/RES/79/53'] },
  },
  {
    id: 'cluster-munitions-convention',
    title: 'Convention on Cluster Munitions',
    shortNames: [],
    unts: { volumes: [2688], registrationNumber: 47713 },
    sources: cited(fn('A/RES/78/32', 2)),
  },
  {
    id: 'arms-trade-treaty',
    title: 'Arms Trade Treaty',
    shortNames: [],
    unts: { volumes: [3013], registrationNumber: 52373 },
    sources: cited(fn('A/C.1/80/L.33', 7)),
  },

  // ---------------------------------------------------------------- law of the sea, environment, health
  {
    id: 'unclos',
    title: 'United Nations Convention on the Law of the Sea',
    shortNames: [],
    unts: { volumes: [1833], registrationNumber: 31363 },
    sources: cited(fn('A/80/L.17', 1)),
  },
  {
    id: 'unclos-part-xi-agreement',
    title: 'Agreement relating to the Implementation of Part XI of the United Nations Convention on the Law of the Sea of 10 December 1982',
    shortNames: ['Part XI Agreement'],
    unts: { volumes: [1836], registrationNumber: 31364 },
    sources: { ...cited(fn('A/RES/78/69', 21)), shortNames: [fn('A/RES/78/69', 21)] },
  },
  {
    id: 'fish-stocks-agreement',
    title:
      'Agreement for the Implementation of the Provisions of the United Nations Convention on the Law of the Sea of 10 December 1982 relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks',
    shortNames: [],
    unts: { volumes: [2167], registrationNumber: 37924 },
    sources: cited(fn('A/80/L.17', 2)),
  },
  {
    id: 'unfccc',
    title: 'United Nations Framework Convention on Climate Change',
    shortNames: ['UNFCCC'],
    unts: { volumes: [1771], registrationNumber: 30822 },
    sources: { ...cited(fn(C07, 7), fn('A/80/L.4', 6)), shortNames: ['A/80/L.4'] },
  },
  {
    id: 'kyoto-protocol',
    // The texts read name it only so; its full title was not confirmed by a source read.
    title: 'Kyoto Protocol',
    shortNames: [],
    unts: { volumes: [2303], registrationNumber: 30822 },
    parent: 'unfccc',
    sources: {
      title: [fn('A/RES/79/144', 111)],
      'unts.volumes': [fn('A/RES/79/144', 111)],
      'unts.registrationNumber': [fn('A/RES/79/144', 111)],
      parent: [fn('A/RES/79/144', 111)],
    },
  },
  {
    id: 'paris-agreement',
    title: 'Paris Agreement',
    shortNames: [],
    entryIntoForce: '2016-11-04',
    parent: 'unfccc',
    sources: { title: [fn(C07, 8), fn('A/80/L.17', 6)], entryIntoForce: ['A/80/L.22'], parent: [fn(C07, 8)] },
  },
  {
    id: 'cbd',
    title: 'Convention on Biological Diversity',
    shortNames: [],
    unts: { volumes: [1760], registrationNumber: 30619 },
    sources: cited(fn('A/80/L.4', 10)),
  },
  {
    id: 'cartagena-protocol',
    title: 'Cartagena Protocol on Biosafety to the Convention on Biological Diversity',
    shortNames: [],
    unts: { volumes: [2226], registrationNumber: 30619 },
    parent: 'cbd',
    sources: { ...cited(fn('A/RES/78/155', 22)), parent: [fn('A/RES/78/155', 22)] },
  },
  {
    id: 'unccd',
    title: 'United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa',
    shortNames: [],
    unts: { volumes: [1954], registrationNumber: 33480 },
    sources: cited(fn('A/C.2/80/L.38', 1)),
  },
  {
    id: 'cites',
    title: 'Convention on International Trade in Endangered Species of Wild Fauna and Flora',
    shortNames: [],
    unts: { volumes: [993], registrationNumber: 14537 },
    sources: cited(fn('A/RES/79/204', 22)),
  },
  {
    id: 'ramsar-convention',
    title: 'Convention on Wetlands of International Importance especially as Waterfowl Habitat',
    shortNames: [],
    unts: { volumes: [996], registrationNumber: 14583 },
    sources: cited(fn('A/RES/79/204', 23)),
  },
  {
    id: 'migratory-species-convention',
    title: 'Convention on the Conservation of Migratory Species of Wild Animals',
    shortNames: [],
    unts: { volumes: [1651], registrationNumber: 28395 },
    sources: cited(fn('A/80/L.22', 124)),
  },
  {
    id: 'world-heritage-convention',
    title: 'Convention for the Protection of the World Cultural and Natural Heritage',
    shortNames: [],
    unts: { volumes: [1037], registrationNumber: 15511 },
    sources: cited(fn('A/RES/79/133', 5)),
  },
  {
    id: 'basel-convention',
    title: 'Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and Their Disposal',
    shortNames: [],
    unts: { volumes: [1673], registrationNumber: 28911 },
    sources: cited(fn('A/RES/79/144', 132)),
  },
  {
    id: 'minamata-convention',
    title: 'Minamata Convention on Mercury',
    shortNames: [],
    unts: { volumes: [3201], registrationNumber: 54669 },
    sources: cited(fn('A/80/L.22', 138)),
  },
  {
    id: 'who-fctc',
    title: 'World Health Organization Framework Convention on Tobacco Control',
    shortNames: [],
    unts: { volumes: [2302], registrationNumber: 41032 },
    sources: cited(fn('A/RES/80/117', 11)),
  },

  // ---------------------------------------------------------------- International Labour Organization
  iloConvention('ilo-c029', 29, 'Forced Labour Convention, 1930', { volume: 39, no: 612 }, [fn(S001, 26), 'ilo-libguide-types']),
  {
    id: 'ilo-p029',
    title: 'Protocol to the Forced Labour Convention, 1930',
    // The ILO's own form of the title, as resolution 78/228 writes it.
    shortNames: ['Protocol of 2014 to the Forced Labour Convention, 1930'],
    unts: { volumes: [3175], registrationNumber: 612 },
    parent: 'ilo-c029',
    sources: { ...cited(fn('A/RES/80/109', 47)), shortNames: [S000], parent: [fn('A/RES/80/109', 47), 'ilo-libguide-types'] },
  },
  iloConvention('ilo-c081', 81, 'Labour Inspection Convention, 1947', { volume: 54, no: 792 }, [fn(S001, 27), 'ilo-libguide-types']),
  iloConvention('ilo-c087', 87, 'Freedom of Association and Protection of the Right to Organise Convention, 1948', undefined, ['ilo-libguide-types']),
  iloConvention('ilo-c097', 97, 'Migration for Employment Convention (Revised), 1949', { volume: 120, no: 1616 }, [fn(S001, 28)]),
  iloConvention('ilo-c098', 98, 'Right to Organise and Collective Bargaining Convention, 1949', undefined, ['ilo-libguide-types']),
  iloConvention('ilo-c100', 100, 'Equal Remuneration Convention, 1951', undefined, ['ilo-libguide-types']),
  iloConvention('ilo-c105', 105, 'Abolition of Forced Labour Convention, 1957', { volume: 320, no: 4648 }, [fn('A/RES/78/217', 32), 'ilo-libguide-types']),
  iloConvention('ilo-c111', 111, 'Discrimination (Employment and Occupation) Convention, 1958', { volume: 362, no: 5181 }, [fn(S001, 29), 'ilo-libguide-types']),
  iloConvention('ilo-c122', 122, 'Employment Policy Convention, 1964', undefined, ['ilo-libguide-types']),
  iloConvention('ilo-c129', 129, 'Labour Inspection (Agriculture) Convention, 1969', undefined, ['ilo-libguide-types']),
  iloConvention('ilo-c138', 138, 'Minimum Age Convention, 1973', { volume: 1015, no: 14862 }, [fn(S001, 30), fn(C14, 15), 'ilo-libguide-types']),
  iloConvention('ilo-c143', 143, 'Migrant Workers (Supplementary Provisions) Convention, 1975', { volume: 1120, no: 17426 }, [fn(S001, 31)]),
  iloConvention('ilo-c144', 144, 'Tripartite Consultation (International Labour Standards) Convention, 1976', undefined, ['ilo-libguide-types']),
  iloConvention('ilo-c155', 155, 'Occupational Safety and Health Convention, 1981', undefined, ['ilo-libguide-types']),
  iloConvention('ilo-c169', 169, 'Indigenous and Tribal Peoples Convention, 1989', { volume: 1650, no: 28383 }, [fn('A/RES/78/189', 14)]),
  iloConvention('ilo-c181', 181, 'Private Employment Agencies Convention, 1997', { volume: 2115, no: 36794 }, [fn(S001, 32)]),
  iloConvention('ilo-c182', 182, 'Worst Forms of Child Labour Convention, 1999', { volume: 2133, no: 37245 }, [fn(S000, 9), fn(S001, 33), 'ilo-libguide-types']),
  iloConvention('ilo-c187', 187, 'Promotional Framework for Occupational Safety and Health Convention, 2006', undefined, ['ilo-libguide-types']),
  iloConvention('ilo-c189', 189, 'Domestic Workers Convention, 2011', { volume: 2955, no: 51379 }, [fn(S001, 34)]),
  iloConvention('ilo-c190', 190, 'Violence and Harassment Convention, 2019', undefined, ['A/RES/78/180']),
  {
    id: 'ilo-mlc-2006',
    title: 'Maritime Labour Convention, 2006',
    shortNames: [],
    unts: { volumes: [2952], registrationNumber: 51299 },
    sources: cited(fn('A/RES/79/144', 55)),
  },
];

const BY_ID = new Map(TREATIES.map((treaty) => [treaty.id, treaty]));

/** The treaty with this id, if the table has it. */
export function treatyById(id: string): Treaty | undefined {
  return BY_ID.get(id);
}

/** The treaties registered under this *Treaty Series* number whose volumes include `volume` (a protocol may share its parent's number). */
export function treatiesByUnts(volume: number, registrationNumber: number): Treaty[] {
  return TREATIES.filter((treaty) => treaty.unts?.registrationNumber === registrationNumber && treaty.unts.volumes.includes(volume));
}

/** The United Nations' citation form, "United Nations, *Treaty Series*, vol. 2237, No. 39574", or undefined when the table lacks the facts. */
export function untsCitation(treaty: Treaty): string | undefined {
  const unts = treaty.unts;
  if (!unts || unts.registrationNumber === undefined || unts.volumes.length === 0) return undefined;
  const volumes = unts.volumes;
  const list = volumes.length === 1 ? `vol. ${volumes[0]}` : `vols. ${volumes.slice(0, -1).join(', ')} and ${volumes[volumes.length - 1]}`;
  return `United Nations, *Treaty Series*, ${list}, No. ${unts.registrationNumber}`;
}

/** The source entries behind one fact of a treaty (empty when the fact is unknown). */
export function treatyFactSources(treaty: Treaty, fact: TreatyFact): TreatySource[] {
  return (treaty.sources[fact] ?? []).map((id) => {
    const source = TREATY_SOURCES[id];
    if (!source) throw new Error(`unknown treaty source "${id}"`);
    return source;
  });
}
