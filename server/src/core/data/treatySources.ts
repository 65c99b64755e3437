/**
 * The sources of the treaty table (`treaties.ts`): every fact there names one or more of these by
 * id. Three kinds:
 *
 * - `footnote`: a footnote of one of the real texts in ../shared (samples and corpus). Its id is
 *   the file and footnote number ("corpus/05-a-res-79-165.md fn 8"), or the file alone where the
 *   wording of its text is meant (a short name it uses). A *Treaty Series* footnote
 *   attests the volume and registration number of the treaty named where its mark stands, and
 *   the text there attests the title.
 * - `un-text`: an official text of another General Assembly resolution or draft (78th to 80th
 *   sessions), read in the text layer of its official PDF as stored in the public repository
 *   wannli/mandate-pipeline (data/extracted/, commit de174d38). Its id is the symbol and, where
 *   a footnote is meant, the footnote number ("A/RES/79/144 fn 55").
 * - `page`: a stored public web page (UN Treaty Collection, UN Audiovisual Library of
 *   International Law, OHCHR, ICRC, ILO, UNHCR Refworld and, where no official page was found,
 *   secondary references), with its address.
 *
 * Confidence, as in `sources.ts`: A, a UN (or depositary) authority states it; O, observed in an
 * official UN text; S, secondary source.
 */
export interface TreatySource {
  readonly id: string;
  readonly kind: 'footnote' | 'un-text' | 'page';
  /** Where the fact was read: a file and footnote, a document symbol, or a URL. */
  readonly reference: string;
  readonly title: string;
  readonly confidence: 'A' | 'O' | 'S';
}

const SHARED_FILES: Readonly<Record<string, string>> = {
  'samples/000_c722eb807ecbd0fb.txt': 'General Assembly resolution 78/228',
  'samples/001_a325fd547149db90.txt': 'Third Committee revised draft "Trafficking in women and girls" (seventy-ninth session)',
  'corpus/01-a-res-80-6.md': 'A/RES/80/6',
  'corpus/02-a-res-79-15.md': 'A/RES/79/15',
  'corpus/05-a-res-79-165.md': 'A/RES/79/165',
  'corpus/07-a-res-79-203.md': 'A/RES/79/203',
  'corpus/10-a-res-78-171.md': 'A/RES/78/171',
  'corpus/13-a-res-78-220.md': 'A/RES/78/220',
  'corpus/14-a-c-3-80-l-20.md': 'A/C.3/80/L.20',
  'corpus/16-a-c-3-80-l-42.md': 'A/C.3/80/L.42',
  'corpus/18-a-c-1-80-l-40.md': 'A/C.1/80/L.40',
  'corpus/19-a-c-1-80-l-29.md': 'A/C.1/80/L.29',
  'corpus/21-a-c-4-80-l-9.md': 'A/C.4/80/L.9',
  'corpus/23-a-c-6-80-l-11.md': 'A/C.6/80/L.11',
};

/** Footnotes of the real texts in ../shared that the table cites, by file. */
const SHARED_FOOTNOTES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['samples/000_c722eb807ecbd0fb.txt', [5, 6, 7, 8, 9]],
  ['samples/001_a325fd547149db90.txt', [1, 2, 3, 4, 5, 6, 7, 8, 18, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34]],
  ['corpus/01-a-res-80-6.md', [1, 5]],
  ['corpus/02-a-res-79-15.md', [5]],
  ['corpus/05-a-res-79-165.md', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
  ['corpus/07-a-res-79-203.md', [7, 8]],
  ['corpus/13-a-res-78-220.md', [10]],
  ['corpus/14-a-c-3-80-l-20.md', [2, 9, 10, 12, 15]],
  ['corpus/16-a-c-3-80-l-42.md', [2, 5]],
  ['corpus/18-a-c-1-80-l-40.md', [1, 3, 4, 5, 6, 7]],
  ['corpus/19-a-c-1-80-l-29.md', [1, 2, 3, 4, 5, 6, 7, 8]],
  ['corpus/21-a-c-4-80-l-9.md', [1]],
  ['corpus/23-a-c-6-80-l-11.md', [1]],
];

/** Footnotes of other official texts (see `un-text` above) that the table cites, by symbol. */
const UN_TEXT_FOOTNOTES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['A/80/L.4', [6, 10]],
  ['A/80/L.12', [2]],
  ['A/80/L.17', [1, 2, 6]],
  ['A/80/L.22', [77, 79, 80, 110, 124, 138]],
  ['A/C.1/80/L.4', [8, 9, 10, 11]],
  ['A/C.1/80/L.33', [7]],
  ['A/C.1/80/L.49', [2]],
  ['A/C.1/80/L.62', [2]],
  ['A/C.2/80/L.38', [1]],
  ['A/C.3/80/L.18', [30, 31]],
  ['A/C.3/80/L.33', [12, 13]],
  ['A/C.3/80/L.54', [16]],
  ['A/C.6/80/L.22', [11]],
  ['A/RES/78/32', [2]],
  ['A/RES/78/69', [21]],
  ['A/RES/78/116', [4]],
  ['A/RES/78/118', [3, 5]],
  ['A/RES/78/155', [22]],
  ['A/RES/78/185', [1, 2]],
  ['A/RES/78/188', [5]],
  ['A/RES/78/189', [14]],
  ['A/RES/78/217', [32]],
  ['A/RES/78/229', [2, 3, 4]],
  ['A/RES/79/34', [1]],
  ['A/RES/79/48', [1]],
  ['A/RES/79/123', [11]],
  ['A/RES/79/129', [15, 16]],
  ['A/RES/79/133', [5]],
  ['A/RES/79/144', [55, 111, 132]],
  ['A/RES/79/149', [2]],
  ['A/RES/79/179', [5]],
  ['A/RES/79/181', [15]],
  ['A/RES/79/204', [22, 23]],
  ['A/RES/80/109', [47]],
  ['A/RES/80/117', [11]],
  ['A/RES/80/198', [5]],
];

/** Official texts cited for their wording (a title or a short name used in the text), not a footnote. */
const UN_TEXTS: readonly string[] = ['A/80/L.4', 'A/80/L.22', 'A/C.1/80/L.60', 'A/C.1/80/L.62', 'A/C.5/80/L.5', 'A/RES/78/70', 'A/RES/78/180', 'A/RES/79/53', 'A/RES/78/236'];

const MANDATE_PIPELINE = 'text layer of the official PDF, github.com/wannli/mandate-pipeline, data/extracted/';

/** Stored public web pages, by id. */
const PAGES: ReadonlyArray<readonly [id: string, url: string, title: string, confidence: 'A' | 'O' | 'S']> = [
  ['untc-IV-1', 'http://treaties.un.org/pages/ShowMTDSGDetails.aspx?src=UNTSONLINE&tabid=2&mtdsg_no=IV-1&chapter=4&lang=en', 'UN Treaty Collection, status page, chapter IV.1 (Genocide Convention)', 'A'],
  ['untc-IV-11-d', 'https://treaties.un.org/doc/Publication/MTDSG/Volume%20I/Chapter%20IV/iv-11-d.en.xml', 'UN Treaty Collection, MTDSG chapter IV.11.d (Optional Protocol to the CRC on a communications procedure)', 'A'],
  ['untc-XVIII-12', 'http://treaties.un.org/Pages/ShowMTDSGDetails.aspx?src=UNTSONLINE&tabid=3&mtdsg_no=XVIII-12&chapter=18&lang=en', 'UN Treaty Collection, status page, chapter XVIII.12 (Convention against Transnational Organized Crime)', 'A'],
  ['unodc-untc-XVIII-12-a', 'http://www.unodc.org/unodc/en/treaties/CTOC/countrylist-traffickingprotocol.html', 'UNODC copy of the UN Treaty Collection status page of the Trafficking in Persons Protocol (chapter XVIII)', 'A'],
  ['avl-cedaw', 'https://legal.un.org/avl/ha/cedaw/cedaw.html', 'UN Audiovisual Library of International Law: Convention on the Elimination of All Forms of Discrimination against Women', 'A'],
  ['avl-crc', 'http://legal.un.org/avl/ha/crc/crc.html', 'UN Audiovisual Library of International Law: Convention on the Rights of the Child', 'A'],
  ['avl-icescr', 'http://legal.un.org/avl/ha/icescr/icescr.html', 'UN Audiovisual Library of International Law: International Covenant on Economic, Social and Cultural Rights', 'A'],
  ['avl-crs', 'http://legal.un.org/avl/ha/crs/crs.html', 'UN Audiovisual Library of International Law: Convention on the Reduction of Statelessness', 'A'],
  ['avl-cssp', 'http://legal.un.org/avl/ha/cssp/cssp.html', 'UN Audiovisual Library of International Law: Convention relating to the Status of Stateless Persons', 'A'],
  ['avl-sc', 'https://legal.un.org/avl/ha/sc/sc.html', 'UN Audiovisual Library of International Law: Slavery Convention, its 1953 Protocol and the 1956 Supplementary Convention', 'A'],
  ['avl-rsicc', 'https://legal.un.org/avl/ha/rsicc/rsicc.html', 'UN Audiovisual Library of International Law: Rome Statute of the International Criminal Court', 'A'],
  ['unts-999', 'https://text-id.123dok.com/document/q5mk12gy-volume-999-i-14668-english.html', 'Copy of United Nations Treaty Series vol. 999, I-14668 (International Covenant on Civil and Political Rights and Optional Protocol)', 'A'],
  ['ohchr-core-instruments', 'http://www.erooseveltudhr.org/index.php?option=com_content&view=category&id=55&Itemid=29', 'Copy of the OHCHR table "The core international human rights instruments and their monitoring bodies"', 'A'],
  ['ohchr-1961', 'https://web.test.ohchr.un-icc.cloud/en/instruments-mechanisms/instruments/convention-reduction-statelessness', 'OHCHR instrument page (test mirror): Convention on the Reduction of Statelessness', 'A'],
  ['hrlex-iccpr', 'https://internationalhumanrightslexicon.org/hrdoc/docs/ICCPR.html', 'Copy of the OHCHR text of the International Covenant on Civil and Political Rights', 'S'],
  ['hrlex-suppl-slavery', 'https://internationalhumanrightslexicon.org/hrdoc/docs/slaveryabolitionsuplconv.html', 'Copy of the OHCHR text of the Supplementary Convention on the Abolition of Slavery', 'S'],
  ['wikisource-2200', 'https://en.wikisource.org/wiki/United_Nations_General_Assembly_Resolution_2200_(XXI)', 'General Assembly resolution 2200 (XXI) of 16 December 1966 (Wikisource copy)', 'S'],
  ['fidh-core-treaties', 'https://corporateaccountability.fidh.org/the-guide/intergovernmental-mechanisms/the-united-nations-system-for-the-promotion-and-protection-of-human-rights/united-nations-treaty-based-mechanisms/', 'FIDH guide: the nine core United Nations human rights treaties', 'S'],
  ['wwda-core', 'http://wwda.org.au/issues/unhrt/hrcore1/', 'WWDA: core international human rights instruments', 'S'],
  ['refworld-1951', 'https://webarchive.archive.unhcr.org/20160928031903mp_/http://www.refworld.org/docid/3be01b964.html', 'UNHCR Refworld: Convention Relating to the Status of Refugees', 'A'],
  ['refworld-opcat', 'https://webarchive.archive.unhcr.org/20200128020524mp_/http://www.refworld.org/docid/3de6490b9.html', 'UNHCR Refworld: Optional Protocol to the Convention against Torture (A/RES/57/199)', 'A'],
  ['natlex-opcat', 'https://natlex.ilo.org/dyn/natlex2/r/natlex/fe/details?p3_isn=66933', 'ILO NATLEX: Optional Protocol to the Convention against Torture', 'A'],
  ['cil-icescr', 'https://cil.nus.edu.sg/database/single-database/?id=768', 'NUS Centre for International Law treaty database: 1966 International Covenant on Economic, Social and Cultural Rights', 'S'],
  ['cil-1967', 'https://cil.nus.edu.sg/database/single-database/?id=769', 'NUS Centre for International Law treaty database: 1967 Protocol relating to the Status of Refugees', 'S'],
  ['cil-apii', 'https://cil.nus.edu.sg/databasecil/1977-protocol-additional-to-the-geneva-conventions-of-12-august-1949-and-relating-to-the-protection-of-victims-of-non-international-armed-conflicts', 'NUS Centre for International Law treaty database: 1977 Additional Protocol II', 'S'],
  ['cil-rome', 'https://cil.nus.edu.sg/databasecil/1998-rome-statute-of-the-international-criminal-court', 'NUS Centre for International Law treaty database: 1998 Rome Statute', 'S'],
  ['gulf-1967', 'https://gulfmigration.grc.net/protocol-relating-to-the-status-of-refugees/?print=print', 'Gulf Labour Markets and Migration: Protocol relating to the Status of Refugees', 'S'],
  ['whatconvention-165', 'https://whatconvention.org/en/ratifications/165', 'whatconvention.org: Convention on the Reduction of Statelessness, 1961', 'S'],
  ['icrc-gc-i', 'https://ihl-databases.icrc.org/applic/ihl/ihl.nsf/7c4d08d9b287a42141256739003e636b/fe20c3d903ce27e3c125641e004a92f3', 'ICRC IHL databases: Geneva Convention (I), 12 August 1949', 'A'],
  ['icrc-gc-iv', 'https://ihl-databases.icrc.org/ihl/INTRO/380', 'ICRC IHL databases: Geneva Convention (IV), 12 August 1949', 'A'],
  ['icrc-ap-ii', 'https://www.icrc.org/applic/ihl/ihl.nsf/Treaty.xsp?action=openDocument&documentId=AA0C5BCBAB5C4A85C12563CD002D6D09', 'ICRC IHL databases: Additional Protocol II, 8 June 1977', 'A'],
  ['icrc-shop-protocols', 'https://shop.icrc.org/the-protocols-additional-to-the-geneva-conventions-of-12-august-1949.html', 'ICRC: The Protocols Additional to the Geneva Conventions of 12 August 1949 (publication notice)', 'A'],
  ['whp-geneva-1949', 'https://worldhistoryproject.org/1949/8/12/geneva-conventions-adopted', 'World History Project: Geneva Conventions adopted (12 August 1949)', 'S'],
  ['ilo-libguide-types', 'https://libguides.ilo.org/c.php?g=714313&p=5168767', 'ILO Library guide: Conventions by types (fundamental and governance Conventions)', 'A'],
  ['wiki-untoc', 'https://en.wikipedia.org/wiki/United_Nations_Convention_against_Transnational_Organized_Crime', 'Wikipedia: United Nations Convention against Transnational Organized Crime', 'S'],
  ['wiki-1967', 'https://en.wikipedia.org/wiki/Protocol_Relating_to_the_Status_of_Refugees', 'Wikipedia: Protocol Relating to the Status of Refugees', 'S'],
  ['wiki-1954', 'https://en.wikipedia.org/wiki/Convention_Relating_to_the_Status_of_Stateless_Persons', 'Wikipedia: Convention Relating to the Status of Stateless Persons', 'S'],
  ['wiki-iccpr', 'https://enwikipedia.net/wiki/International_Covenant_on_Civil_and_Political_Rights', 'Wikipedia mirror: International Covenant on Civil and Political Rights', 'S'],
  ['wiki-icescr', 'https://infogalactic.com/info/International_Covenant_on_Economic,_Social_and_Cultural_Rights', 'Infogalactic (Wikipedia fork): International Covenant on Economic, Social and Cultural Rights', 'S'],
  ['wiki-opic', 'https://wikimili.com/wiki/Optional_Protocol_to_the_Convention_on_the_Rights_of_the_Child_on_a_Communications_Procedure', 'Wikipedia mirror: Optional Protocol to the CRC on a Communications Procedure', 'S'],
  ['wiki-cped', 'http://wiki.richxsearch.com/view_html.php?lang=en&q=International_Convention_for_the_Protection_of_All_Persons_from_Enforced_Disappearance&sq=Vladimir_Putin', 'Wikipedia mirror: International Convention for the Protection of All Persons from Enforced Disappearance', 'S'],
  ['wiki-vclt', 'https://review.clateway.com/wiki/view_html.php?q=Vienna_Convention_on_the_Law_of_Treaties', 'Wikipedia mirror: Vienna Convention on the Law of Treaties', 'S'],
  ['causes-cped', 'https://www.causes.com/causes/44520-support-the-convention-on-enforced-disappearances/about', 'Causes: Support the Convention on Enforced Disappearances', 'S'],
  ['tpg-vclt', 'https://tpguidelines.com/vienna-convention-on-the-law-of-treaties-1969/', 'TP Guidelines: Vienna Convention on the Law of Treaties 1969', 'S'],
  ['chronicle-refugees', 'http://www.chronicleindia.in/year-book/chronicle-year-book-2019/refugees', 'Chronicle Year Book 2019: Refugees', 'S'],
  ['hrsupport-1951', 'https://humanrightssupport.org/conv-prot-status-of-refugee/', 'Human Rights Support: Convention Relating to the Status of Refugees and its Protocol', 'S'],
  ['ukparl-11558', 'https://api.parliament.uk/uk-treaties/treaties/11558', 'UK Parliament treaty database: Supplementary Convention on the Abolition of Slavery (1956)', 'S'],
  ['wordscope-palermo', 'http://www.wordscope.be/francais/anglais/approche+globale+visant.html', 'Wordscope (European Parliament text): "the Palermo Protocol"', 'S'],
  ['diplomacy-un-charter', 'https://www.diplomacy.edu/resource/united-nations-charter/', 'DiploFoundation: United Nations Charter', 'S'],
  ['un-charter-signed', 'https://advocatetanmoy.com/2017/11/19/charter-of-the-united-nations/', 'Charter of the United Nations (introductory note as the UN publishes it: signed 26 June 1945, in force 24 October 1945)', 'S'],
  ['charter-icj-statute-1945', 'https://ruralindiaonline.org/en/library/resource/charter-of-the-united-nations-and-statute-of-the-international-court-of-justice/', 'PARI library: Charter of the United Nations and Statute of the International Court of Justice', 'S'],
  ['charter-ratification', 'https://www.lawandisrael.org/History/ratification-of-the-un-charter/', 'Ratification of the UN Charter (Article 110; deposit with the Government of the United States)', 'S'],
  ['harvard-tip-guide', 'https://projects.iq.harvard.edu/violenceagainstwomen/publications/legislative-guide-protocol-prevent-suppress-and-punish-trafficking', 'Harvard: Legislative Guide for the Trafficking in Persons Protocol', 'S'],
];

function build(): Record<string, TreatySource> {
  const out: Record<string, TreatySource> = {};
  const add = (source: TreatySource): void => {
    out[source.id] = source;
  };
  for (const [file, footnotes] of SHARED_FOOTNOTES) {
    for (const n of footnotes) {
      const id = `${file} fn ${n}`;
      add({ id, kind: 'footnote', reference: `../shared/${file}, footnote ${n}`, title: SHARED_FILES[file] ?? file, confidence: 'O' });
    }
  }
  for (const [file, title] of Object.entries(SHARED_FILES)) {
    add({ id: file, kind: 'footnote', reference: `../shared/${file} (the wording of the text)`, title, confidence: 'O' });
  }
  for (const [symbol, footnotes] of UN_TEXT_FOOTNOTES) {
    for (const n of footnotes) {
      const id = `${symbol} fn ${n}`;
      add({ id, kind: 'un-text', reference: `${symbol}, footnote ${n} (${MANDATE_PIPELINE}${symbol.replace(/\//g, '_')}.json)`, title: symbol, confidence: 'O' });
    }
  }
  for (const symbol of UN_TEXTS) {
    add({ id: symbol, kind: 'un-text', reference: `${symbol} (${MANDATE_PIPELINE}${symbol.replace(/\//g, '_')}.json)`, title: symbol, confidence: 'O' });
  }
  for (const [id, url, title, confidence] of PAGES) add({ id, kind: 'page', reference: url, title, confidence });
  return out;
}

/** Every source the treaty table cites, by id. */
export const TREATY_SOURCES: Readonly<Record<string, TreatySource>> = build();
