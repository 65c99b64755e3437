import { TREATIES, TREATY_SOURCES, type Treaty, type TreatyFact, type TreatySource } from '../data/treaties';

/**
 * A treaty table as hovers, UNR030 and lookup use it: the bundled table, or the bundled table
 * with a workspace's own entries (`.unres/treaties.json`, see `workspaceTreaties.ts`) added and
 * overriding. Hosts build one per data file and pass it down; every function that needs treaties
 * takes one, with the bundled table as default.
 */
export interface TreatyTable {
  /** Workspace entries first, then the bundled entries they do not override. */
  readonly treaties: readonly Treaty[];
  /** Every source the entries cite, by id: the bundled ones and a workspace file's own. */
  readonly sources: Readonly<Record<string, TreatySource>>;
  /** The ids of the entries a workspace file added or changed (for hovers and lookup to say so). */
  readonly fromWorkspace: ReadonlySet<string>;
  /** The file the workspace entries come from, as problems and hovers name it. */
  readonly workspaceFile?: string;
  byId(id: string): Treaty | undefined;
  /** The treaties registered under this *Treaty Series* number whose volumes include `volume`. */
  byUnts(volume: number, registrationNumber: number): Treaty[];
}

/** A table of these entries and sources. */
export function createTreatyTable(
  treaties: readonly Treaty[],
  sources: Readonly<Record<string, TreatySource>>,
  fromWorkspace: ReadonlySet<string> = new Set(),
  workspaceFile?: string,
): TreatyTable {
  const byId = new Map(treaties.map((treaty) => [treaty.id, treaty]));
  return {
    treaties,
    sources,
    fromWorkspace,
    ...(workspaceFile !== undefined ? { workspaceFile } : {}),
    byId: (id) => byId.get(id),
    byUnts: (volume, registrationNumber) => treaties.filter((t) => t.unts?.registrationNumber === registrationNumber && t.unts.volumes.includes(volume)),
  };
}

/** The table bundled with unres (server/src/core/data/treaties.ts). */
export const BUNDLED_TREATY_TABLE: TreatyTable = createTreatyTable(TREATIES, TREATY_SOURCES);

/** The source entries behind one fact of a treaty in a table (empty when the fact is unknown or its source is missing). */
export function factSources(table: TreatyTable, treaty: Treaty, fact: TreatyFact): TreatySource[] {
  return (treaty.sources[fact] ?? []).flatMap((id) => {
    const source = table.sources[id];
    return source ? [source] : [];
  });
}

/** The protocols and amendments of a treaty in a table, in table order. */
export function childrenOf(table: TreatyTable, treaty: Treaty): Treaty[] {
  return table.treaties.filter((t) => t.parent === treaty.id);
}
