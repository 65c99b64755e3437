import type { Treaty } from '../data/treaties';
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
  | 'partial';

/** A treaty a query refers to. */
export interface TreatyLookupResult {
  readonly kind: 'treaty';
  readonly treaty: Treaty;
  readonly match: TreatyMatch;
}

/**
 * What `lookup` finds. One kind today; other kinds of knowledge (United Nations document symbols,
 * "A/RES/78/228") join this union with their own `kind`, and `lookup` asks each in turn.
 */
export type LookupResult = TreatyLookupResult;

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
  for (const treaty of treatiesNamedPartly(text, table)) add(treaty, 'partial');
  return results;
}

/**
 * What a piece of text refers to: a treaty by its *Treaty Series* citation, id, title, short name,
 * abbreviation or ILO form, or named inside the text; failing those, the treaties whose names
 * contain it. Exact answers come alone; partial ones only when there is no exact one.
 */
export function lookup(text: string, data: LookupData = { treaties: BUNDLED_TREATY_TABLE }): LookupResult[] {
  return treatyResults(text, data.treaties);
}
