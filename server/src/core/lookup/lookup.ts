import type { Treaty } from '../data/treaties';
import { describeCitations, type SymbolDescription } from '../symbols/describe';
import { treatiesByInitials } from '../treaties/treatyInitials';
import { treatiesNamedExactly, treatiesNamedPartly, treatyMentionsInText } from '../treaties/treatyMentions';
import { BUNDLED_TREATY_TABLE, type TreatyTable } from '../treaties/treatyTable';

/** How a query came to a treaty. */
export type TreatyMatch =
  /** "vol. 2237, No. 39574", "2237 UNTS 39574": registered under that volume and number. */
  | 'citation'
  /** The table's id ("trafficking-protocol"). */
  | 'id'
  /** The whole query is one of its names: title, short name, abbreviation or ILO form. */
  | 'name'
  /** Its name is written inside the query ("the Optional Protocol thereto" aside, as in a text). */
  | 'mention'
  /** The query is part of its title or of a short name ("trafficking in persons"). */
  | 'partial'
  /** The query's letters are the initials of its title's words ("CRPD"): a way to search, not an abbreviation a source gives. */
  | 'initials';

/** A treaty a query refers to. */
export interface TreatyLookupResult {
  readonly kind: 'treaty';
  readonly treaty: Treaty;
  readonly match: TreatyMatch;
}

/** A resolution or United Nations document a query cites: "A/RES/78/228", "resolution 64/293". */
export interface SymbolLookupResult {
  readonly kind: 'symbol';
  /** 'symbol' for a document symbol, 'resolution' for a resolution cited by its number. */
  readonly match: 'symbol' | 'resolution';
  /** The symbol or number as the query writes it. */
  readonly written: string;
  readonly description: SymbolDescription;
}

/**
 * What `lookup` finds, by `kind`: a treaty, or a resolution or document symbol. `lookup` asks each
 * kind of knowledge in turn.
 */
export type LookupResult = TreatyLookupResult | SymbolLookupResult;

/** What lookup consults: the treaty table (bundled, or with a workspace's entries). */
export interface LookupData {
  readonly treaties: TreatyTable;
}

/** "vol. 2237, No. 39574", "vols. 2171, 2173 and 2983, No. 27531", with or without the series before it. */
const VOLUME_AND_NUMBER = /\bvols?\.?\s*(\d+(?:(?:\s*,\s*|\s*,?\s+and\s+)\d+)*)\s*,?\s*No\.?\s*(\d+)\b/i;
/** "2237 UNTS 39574", "2237 U.N.T.S. 39574", "2237 UNTS No. 39574": the law reviews' form. */
const UNTS_SHORT = /\b(\d+)\s+U\.?\s?N\.?\s?T\.?\s?S\.?\s*(?:No\.?\s*)?(\d+)\b/i;

/** The volumes and registration number a query cites, if it is a *Treaty Series* citation. */
export function citedVolumesAndNumber(text: string): { volumes: number[]; number: number } | undefined {
  const long = VOLUME_AND_NUMBER.exec(text);
  if (long) return { volumes: (long[1].match(/\d+/g) ?? []).map(Number), number: Number(long[2]) };
  const short = UNTS_SHORT.exec(text);
  return short ? { volumes: [Number(short[1])], number: Number(short[2]) } : undefined;
}

function treatyResults(text: string, table: TreatyTable): TreatyLookupResult[] {
  const results: TreatyLookupResult[] = [];
  const add = (treaty: Treaty, match: TreatyMatch) => {
    if (!results.some((r) => r.treaty.id === treaty.id)) results.push({ kind: 'treaty', treaty, match });
  };
  const cited = citedVolumesAndNumber(text);
  if (cited) {
    for (const volume of cited.volumes) for (const treaty of table.byUnts(volume, cited.number)) add(treaty, 'citation');
    // A citation no treaty has is an answer of its own: not a name to search titles for.
    return results;
  }
  const byId = table.byId(text.trim());
  if (byId) add(byId, 'id');
  for (const treaty of treatiesNamedExactly(text, table)) add(treaty, 'name');
  if (results.length > 0) return results;
  for (const mention of treatyMentionsInText(text, table)) add(mention.treaty, 'mention');
  if (results.length > 0) return results;
  for (const treaty of treatiesByInitials(text, table)) add(treaty, 'initials');
  if (results.length > 0) return results;
  for (const treaty of treatiesNamedPartly(text, table)) add(treaty, 'partial');
  return results;
}

/**
 * What a piece of text refers to: the resolutions and documents it cites by symbol or number; else a treaty by its *Treaty Series* citation, id, title, short name,
 * abbreviation or ILO form, or named inside the text; failing those, the treaties whose titles'
 * initials it spells ("CRPD"), and then those whose names contain it. Exact answers come alone; partial ones only when there is no exact one.
 */
export function lookup(text: string, data: LookupData = { treaties: BUNDLED_TREATY_TABLE }): LookupResult[] {
  const symbols = symbolResults(text);
  return symbols.length > 0 ? symbols : treatyResults(text, data.treaties);
}

/**
 * The resolutions and documents a query cites, when that is what it is: a symbol ("A/RES/78/228",
 * "E/2002/68/Add.1") or "resolution" with a number ("resolution 64/293", "Security Council
 * resolution 2712 (2023)"). A *Treaty Series* citation is never one.
 */
function symbolResults(text: string): SymbolLookupResult[] {
  if (citedVolumesAndNumber(text)) return [];
  return describeCitations(text).map((c) => ({ kind: 'symbol', match: c.kind === 'document' ? 'symbol' : 'resolution', written: c.written, description: c.description }));
}
