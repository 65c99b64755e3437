import { citedVolumesAndNumber, descriptionFacts, lookup, sourcesOf, titleNotKnown, treatyFactLines, treatyTitleIn, untcLink, untsCitation, type Language, type LookupResult, type SymbolLookupResult, type TreatyLookupResult, type TreatyMatch, type TreatyTable } from '../core';
import { ExitCode, type Output } from './lintCommand';

/** The options of `unres lookup`. */
export interface LookupOptions {
  readonly query: string;
  readonly format: 'text' | 'json';
  /** The table to look in: bundled, with the entries of a workspace file where one applies. */
  readonly treaties: TreatyTable;
  /** `--language`: give a treaty's title in this language first, where a source gives it. */
  readonly language?: Language;
}

const MATCH_WORDS: Record<TreatyMatch, string> = {
  citation: 'registered under the Treaty Series volume and number given',
  id: 'its id in the treaty table',
  name: 'one of its names',
  mention: 'named in the text given',
  partial: 'part of one of its names',
  initials: 'the initials of its title: no source in the table gives this abbreviation',
};

/** Words that name an organ in a query: without them, "resolution 64/293" is read as the General Assembly's. */
const ORGAN_NAMED = /\b(?:Assembly|Council|Commission|Conference|Committee)\b/;

function symbolTextOf(result: SymbolLookupResult, query: string): string {
  const d = result.description;
  const lines = [d.title, ...descriptionFacts(d).map((f) => `  ${f.label}: ${f.value}`)];
  if (d.url) lines.push(`  Official document: ${d.url}`);
  if (result.match === 'resolution' && d.organ === 'General Assembly' && !ORGAN_NAMED.test(query)) lines.push('  No organ is named: read as a resolution of the General Assembly.');
  return lines.join('\n');
}

function symbolJsonOf(result: SymbolLookupResult): unknown {
  const d = result.description;
  return {
    kind: result.kind,
    match: result.match,
    written: result.written,
    title: d.title,
    symbol: d.symbol ?? null,
    organ: d.organ ?? null,
    session: d.session ?? null,
    year: d.year ?? null,
    documentType: d.documentType,
    adopted: d.adopted ?? null,
    url: d.url ?? null,
  };
}

function textOf(result: LookupResult, table: TreatyTable, query: string, language: Language): string {
  if (result.kind === 'symbol') return symbolTextOf(result, query);
  return treatyTextOf(result, table, language);
}

function jsonOf(result: LookupResult, table: TreatyTable, language: Language): unknown {
  return result.kind === 'symbol' ? symbolJsonOf(result) : treatyJsonOf(result, table, language);
}

function treatyTextOf(result: TreatyLookupResult, table: TreatyTable, language: Language): string {
  const { treaty } = result;
  const titleInLanguage = treatyTitleIn(treaty, language);
  const lines = [titleInLanguage ?? treaty.title];
  if (language !== 'en') lines.push(titleInLanguage !== undefined ? `  English title: ${treaty.title}` : `  ${titleNotKnown(language)}`);
  lines.push(`  Id: ${treaty.id} (found by ${MATCH_WORDS[result.match]})`);
  for (const fact of treatyFactLines(treaty, table, false, language)) lines.push(`  ${fact.label}: ${fact.value}`);
  if (table.fromWorkspace.has(treaty.id)) lines.push(`  From: ${table.workspaceFile ?? 'the workspace treaty data'}`);
  lines.push('  Sources:');
  for (const source of sourcesOf(treaty, table, true)) lines.push(`    - ${source.title}${source.reference !== source.title ? `: ${source.reference}` : ''}`);
  return lines.join('\n');
}

function treatyJsonOf(result: TreatyLookupResult, table: TreatyTable, language: Language): unknown {
  const { treaty } = result;
  const citation = untsCitation(treaty);
  return {
    kind: result.kind,
    match: result.match,
    ...treaty,
    // Every title known, by language, each with its sources under `sources` ("title" for English, "title.fr", …).
    titles: treaty.titles ?? { en: treaty.title },
    language,
    titleInLanguage: treatyTitleIn(treaty, language) ?? null,
    untsCitation: citation === undefined ? null : citation.replace(/\*/g, ''),
    untcLink: treaty.untcChapter === undefined ? null : untcLink(treaty.untcChapter, language),
    fromWorkspace: table.fromWorkspace.has(treaty.id),
    sourceDetails: sourcesOf(treaty, table, true),
  };
}

/**
 * `unres lookup TEXT`: what a resolution or document symbol ("A/RES/78/228", "resolution
 * 64/293"), or a treaty's title, short name, abbreviation or *Treaty Series* citation refers to. Exit status 0 when something matched, 1 when nothing did.
 */
export function runLookup(options: LookupOptions, output: Output): ExitCode {
  const results = lookup(options.query, { treaties: options.treaties });
  const language = options.language ?? 'en';
  if (options.format === 'json') {
    output.stdout(`${JSON.stringify({ query: options.query, results: results.map((r) => jsonOf(r, options.treaties, language)) }, null, 2)}\n`);
  } else if (results.length === 0) {
    const cited = citedVolumesAndNumber(options.query);
    const what = cited ? `vol${cited.volumes.length > 1 ? 's' : ''}. ${cited.volumes.join(', ')}, No. ${cited.number}` : undefined;
    output.stdout(what ? `No treaty in the table has Treaty Series ${what}.\n` : `Nothing in the treaty table matches "${options.query}".\n`);
  } else {
    const partial = results[0].match === 'partial';
    const head = partial ? `No treaty is called "${options.query}"; ${results.length === 1 ? 'one has it' : `${results.length} have it`} in a name:\n\n` : '';
    output.stdout(`${head}${results.map((r) => textOf(r, options.treaties, options.query, language)).join('\n\n')}\n`);
  }
  return results.length > 0 ? ExitCode.Clean : ExitCode.NothingFound;
}
