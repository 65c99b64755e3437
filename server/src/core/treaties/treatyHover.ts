import { treatyTitleIn, untsCitation, type Treaty, type TreatyFact, type TreatySource } from '../data/treaties';
import { LANGUAGE_NAMES, type Language } from '../language/languages';
import { definitionBefore, footnoteIndex, ibidOf } from '../footnotes/footnoteIndex';
import type { ResolutionDocument, Span } from '../model';
import { parseRoman } from '../symbols/sessions';
import { resolvedTreatySeriesCitation, treatySeriesCitationIn } from './treatyFootnotes';
import { treatyAt } from './treatyMentions';
import { BUNDLED_TREATY_TABLE, type TreatyTable } from './treatyTable';

/** What a hover shows, as markdown, and the text it is about. */
export interface TreatyHover {
  readonly span: Span;
  readonly markdown: string;
}

/** The word a hover and lookup write for a fact the table lacks. */
export const UNKNOWN = 'unknown';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2000-11-15" as UN texts write it: "15 November 2000". */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}

/** The languages the UN Treaty Collection publishes its status pages in ("clang=_en", "clang=_fr"). */
const COLLECTION_PAGE_LANGUAGES: readonly Language[] = ['en', 'fr'];

/** The language of the Collection's page for a draft in `language`: its own where the Collection has it, else English. */
export function untcPageLanguage(language: Language): Language {
  return COLLECTION_PAGE_LANGUAGES.includes(language) ? language : 'en';
}

/**
 * The page of a chapter of the UN Treaty Collection ("XVIII-12-a"), in the address form the
 * Collection uses, in English or, for a French draft, French.
 */
export function untcLink(chapter: string, language: Language = 'en'): string {
  const part = chapter.split('-')[0];
  return `https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=${chapter}&chapter=${parseRoman(part) ?? ''}&clang=_${untcPageLanguage(language)}`;
}

/** Whether a treaty is a protocol or amendment by its title, so that its parent treaty is a fact it has. */
export function isProtocol(treaty: Treaty): boolean {
  return /^(?:Optional |Additional |Amended )?Protocol\b|\bAmendment\b|^Agreement relating to the implementation\b/i.test(treaty.title) || treaty.parent !== undefined;
}

/** One fact of a treaty as a label and its value in words, "unknown" when the table lacks it. */
export interface TreatyFactLine {
  readonly label: string;
  readonly value: string;
}

/** "New York, 16 December 1966" from a place and ISO date. */
function placeAndDate(value: { readonly date?: string; readonly place?: string }): string {
  const date = value.date !== undefined ? formatDate(value.date) : UNKNOWN;
  return value.place !== undefined ? `${value.place}, ${date}` : date;
}

/** "resolution 2200 A (XXI), annex". */
function resolutionWords(value: { readonly resolution: string; readonly annex?: string }): string {
  return `resolution ${value.resolution}${value.annex !== undefined ? `, ${value.annex}` : ''}`;
}

const NOT_DEPOSITED_WITH_THE_SECRETARY_GENERAL = 'not in its listing of treaties deposited with the Secretary-General';

/**
 * The facts of a treaty as hovers and `unres lookup` show them, in a fixed order, each under the
 * name its source gives it: the Collection's place and date, adoption (and the resolution that
 * adopted it), opening for signature and conclusion are different facts. The Treaty Series
 * citation, entry into force, depositary and the Collection's reference say "unknown" where the
 * table lacks them; the parent treaty comes only for protocols and amendments, the ILO number only
 * for ILO instruments, and the ways the texts cite the treaty by a resolution or decision only
 * where they do. The Collection's page is linked in the draft's `language` where the Collection
 * publishes one (French), else in English, saying so.
 */
export function treatyFactLines(treaty: Treaty, table: TreatyTable = BUNDLED_TREATY_TABLE, markdown = true, language: Language = 'en'): TreatyFactLine[] {
  const lines: TreatyFactLine[] = [];
  lines.push({ label: 'Short names', value: treaty.shortNames.length > 0 ? treaty.shortNames.join('; ') : UNKNOWN });
  if (treaty.ilo) lines.push({ label: 'ILO number', value: `No. ${treaty.ilo.number}` });
  if (treaty.collectionPlaceDate) lines.push({ label: 'Place and date (UN Treaty Collection)', value: treaty.collectionPlaceDate.text });
  if (treaty.adopted || treaty.adoptedBy) {
    const by = treaty.adoptedBy ? `by General Assembly ${resolutionWords(treaty.adoptedBy)}` : undefined;
    lines.push({ label: 'Adopted', value: [treaty.adopted ? placeAndDate(treaty.adopted) : undefined, by].filter((v) => v !== undefined).join(', ') });
  }
  if (treaty.openedForSignature) lines.push({ label: 'Opened for signature', value: placeAndDate(treaty.openedForSignature) });
  if (treaty.concluded) lines.push({ label: 'Concluded', value: placeAndDate(treaty.concluded) });
  if (!treaty.collectionPlaceDate && !treaty.adopted && !treaty.adoptedBy && !treaty.openedForSignature && !treaty.concluded) lines.push({ label: 'Adopted', value: UNKNOWN });
  lines.push({ label: 'Entry into force', value: treaty.entryIntoForce !== undefined ? formatDate(treaty.entryIntoForce) : UNKNOWN });
  const citation = untsCitation(treaty);
  lines.push({ label: 'Treaty Series', value: citation !== undefined ? (markdown ? citation : citation.replace(/\*/g, '')) : UNKNOWN });
  if (treaty.resolutionAnnex) lines.push({ label: 'Cited by resolution', value: `See ${resolutionWords(treaty.resolutionAnnex)}.` });
  if (treaty.decision) lines.push({ label: 'Cited by decision', value: `See ${treaty.decision.document}, decision ${treaty.decision.decision}.` });
  if (treaty.lnts) lines.push({ label: 'League of Nations Treaty Series', value: `vol. ${treaty.lnts.volume}, No. ${treaty.lnts.number}` });
  lines.push({ label: 'Depositary', value: treaty.depositary ?? UNKNOWN });
  if (isProtocol(treaty)) {
    const parent = treaty.parent !== undefined ? table.byId(treaty.parent) : undefined;
    lines.push({ label: 'Parent treaty', value: parent ? parent.title : (treaty.parent ?? UNKNOWN) });
  }
  const chapter = treaty.untcChapter;
  // The bundled table holds the whole listing of treaties deposited with the Secretary-General: a bundled entry without a reference is not in it.
  const outside = table.fromWorkspace.has(treaty.id) ? UNKNOWN : NOT_DEPOSITED_WITH_THE_SECRETARY_GENERAL;
  // The Collection's page in the draft's language where it publishes one; another says which language it is in.
  const link = chapter === undefined ? undefined : untcLink(chapter, language);
  const pageLanguage = untcPageLanguage(language) === language ? '' : ` (page in ${LANGUAGE_NAMES[untcPageLanguage(language)]})`;
  lines.push({ label: 'UN Treaty Collection', value: chapter === undefined ? outside : markdown ? `[${chapter}](${link})${pageLanguage}` : `${chapter}, ${link}${pageLanguage}` });
  return lines;
}

/** Whether a fact is a title in a language other than English ("title.fr"). */
function isOtherTitle(fact: string): boolean {
  return fact.startsWith('title.');
}

/**
 * Every source an entry cites, once each, in the order of its facts; the sources of its titles in
 * other languages only when asked for (`unres lookup` lists them; a hover names the one of the
 * draft's language apart).
 */
export function sourcesOf(treaty: Treaty, table: TreatyTable = BUNDLED_TREATY_TABLE, withOtherTitles = false): TreatySource[] {
  const seen = new Set<string>();
  const out: TreatySource[] = [];
  for (const [fact, ids] of Object.entries(treaty.sources)) {
    if (!withOtherTitles && isOtherTitle(fact)) continue;
    for (const id of ids ?? []) {
      const source = table.sources[id];
      if (!source || seen.has(id)) continue;
      seen.add(id);
      out.push(source);
    }
  }
  return out;
}

/** How many official texts a hover names by symbol before it counts the rest. */
const TEXTS_NAMED = 3;

/**
 * The sources of an entry in one short line: the pages (the Collection, an official page) by the
 * site that publishes them, with a link, then the official texts by symbol with their links, the
 * first few named and the others counted. `unres lookup` gives each source in full.
 */
export function sourcesLine(treaty: Treaty, table: TreatyTable = BUNDLED_TREATY_TABLE, language: Language = 'en'): string {
  const sources = sourcesOf(treaty, table);
  const link = (text: string, s: TreatySource): string => (/^https?:/.test(s.reference) ? `[${text}](${s.reference})` : text);
  // The title in the draft's language comes first, by the texts that give it.
  const titleSources = language === 'en' ? [] : (treaty.sources[`title.${language}` as TreatyFact] ?? []).flatMap((id) => (table.sources[id] ? [table.sources[id]] : []));
  const titlePart = titleSources.length > 0 ? [`${LANGUAGE_NAMES[language]} title: ${titleSources.map((s) => link(s.id, s)).join(', ')}`] : [];
  // A page by the site that publishes it, once a site; a source with no address by its title.
  const hosts = new Set<string>();
  const pages = sources
    .filter((s) => s.kind !== 'un-text')
    .flatMap((s) => {
      const host = /^https?:\/\/(?:www\.)?([^/]+)/.exec(s.reference)?.[1];
      if (host === undefined) return [s.title];
      if (hosts.has(host)) return [];
      hosts.add(host);
      return [link(host, s)];
    });
  // Texts with an address first: a text without one is counted, not named.
  const texts = sources.filter((s) => s.kind === 'un-text').sort((a, b) => Number(/^https?:/.test(b.reference)) - Number(/^https?:/.test(a.reference)));
  const named = texts
    .slice(0, TEXTS_NAMED)
    .filter((s) => /^https?:/.test(s.reference))
    .map((s) => link(s.id, s));
  const more = texts.length - named.length;
  const textPart = named.length === 0 ? [] : [`${named.join(', ')}${more > 0 ? ` and ${more} other UN text${more > 1 ? 's' : ''}` : ''}`];
  const all = [...titlePart, ...pages, ...textPart];
  return all.length > 0 ? all.join('; ') : UNKNOWN;
}

/** The note a hover or lookup gives when a source gives no title in the draft's language: "French title not known to unres". */
export function titleNotKnown(language: Language): string {
  return `${LANGUAGE_NAMES[language]} title not known to unres`;
}

/**
 * The hover of a treaty: its title, every fact (or "unknown"), and where the facts come from, in
 * one line. In a draft in another language than English, the title in that language comes first
 * where a source gives it, with the English one under it; where none does, the English title
 * with a note that the other is not known.
 */
export function treatyMarkdown(treaty: Treaty, table: TreatyTable = BUNDLED_TREATY_TABLE, language: Language = 'en'): string {
  const titleInLanguage = treatyTitleIn(treaty, language);
  const lines = [`**${titleInLanguage ?? treaty.title}**`, ''];
  if (language !== 'en') lines.push(titleInLanguage !== undefined ? `English title: ${treaty.title}` : `${titleNotKnown(language)}.`, '');
  for (const fact of treatyFactLines(treaty, table, true, language)) lines.push(`- ${fact.label}: ${fact.value}`);
  lines.push('', `Sources: ${sourcesLine(treaty, table, language)}`);
  if (table.fromWorkspace.has(treaty.id)) lines.push('', `From the workspace treaty data${table.workspaceFile !== undefined ? ` (${table.workspaceFile})` : ''}.`);
  return lines.join('\n');
}

/** "vol. 2237, No. 39574" or "vols. 2171, 2173 and 2983, No. 27531". */
function volumesAndNumber(volumes: readonly number[], number: number | undefined): string {
  const list = volumes.length === 1 ? `vol. ${volumes[0]}` : `vols. ${volumes.slice(0, -1).join(', ')} and ${volumes[volumes.length - 1]}`;
  return number === undefined ? list : `${list}, No. ${number}`;
}

/** The treaties in a table registered under a number with every one of the volumes cited. */
function treatiesCited(table: TreatyTable, volumes: readonly number[], number: number): Treaty[] {
  const found: Treaty[] = [];
  for (const volume of volumes) {
    for (const treaty of table.byUnts(volume, number)) if (!found.includes(treaty)) found.push(treaty);
  }
  return found;
}

/** What a citation names, in words, with each treaty's facts after it. */
function citationMarkdown(lead: string, volumes: readonly number[], number: number | undefined, series: 'United Nations' | 'League of Nations', table: TreatyTable, language: Language): string {
  const cited = `${series}, *Treaty Series*, ${volumesAndNumber(volumes, number)}`;
  if (series === 'League of Nations') return `${lead}${cited}: the treaty table does not read League of Nations citations by their Arabic volume numbers.`;
  if (number === undefined) return `${lead}${cited} gives no registration number, so which treaty it is cannot be said.`;
  const treaties = treatiesCited(table, volumes, number);
  if (treaties.length === 0) return `${lead}${cited}: no treaty in the table has this volume and number.`;
  if (treaties.length === 1) return `${lead}${cited} is the ${treaties[0].title}.\n\n---\n\n${treatyMarkdown(treaties[0], table, language)}`;
  const names = treaties.map((t) => `- ${t.title}`).join('\n');
  return `${lead}${cited} is registered for ${treaties.length} treaties in the table:\n\n${names}\n\n---\n\n${treaties.map((t) => treatyMarkdown(t, table, language)).join('\n\n---\n\n')}`;
}

/**
 * The hover at an offset of a document, if it is about a treaty: on a *Treaty Series* citation
 * in a footnote (also "*Ibid.*, vol. 2237, No. 39574" and a bare "*Ibid.*" that repeats one), the
 * treaty the volume and number are registered for, or that the table has none; on a treaty's
 * name in the text, the treaty's facts.
 */
export function treatyHover(doc: ResolutionDocument, offset: number, table: TreatyTable = BUNDLED_TREATY_TABLE): TreatyHover | undefined {
  const def = doc.footnoteDefinitions.find((d) => d.content.start <= offset && offset <= d.content.end);
  if (def) {
    const citation = treatySeriesCitationIn(doc, def);
    const ibid = ibidOf(doc, def);
    const onCitation = citation && citation.span.start <= offset && offset <= citation.span.end;
    const onBareIbid = !citation && ibid && ibid.span.start <= offset && offset <= ibid.span.end;
    if (onCitation || onBareIbid) {
      const resolved = resolvedTreatySeriesCitation(doc, def);
      if (resolved) {
        const span = onCitation ? citation.span : ibid!.span;
        const before = onBareIbid ? definitionBefore(footnoteIndex(doc), def) : undefined;
        const repeated = before ? `*Ibid.* repeats footnote ${before.number ?? before.label}: ` : '';
        return { span, markdown: citationMarkdown(repeated, resolved.volumes, resolved.registrationNumber, resolved.series, table, doc.language.code) };
      }
    }
  }
  const mention = treatyAt(doc, offset, table);
  if (!mention) return undefined;
  const part = mention.parts.find((p) => p.start <= offset && offset <= p.end) ?? mention.span;
  return { span: part, markdown: treatyMarkdown(mention.treaty, table, doc.language.code) };
}
