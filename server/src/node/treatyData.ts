import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUNDLED_TREATY_TABLE, treatyTableWith, WORKSPACE_TREATIES_FILE, type TreatyTable } from '../core';
import { readBoundedFile, TREATY_DATA_MAX_BYTES } from './boundedRead';

/** A treaty table built from data files, and the one message of each file that could not be used. */
export interface LoadedTreatyTable {
  readonly table: TreatyTable;
  readonly problems: ReadonlyArray<{ readonly file: string; readonly message: string }>;
}

/** The `.unres/treaties.json` nearest a folder: in it, or in the closest folder above. */
export function findTreatyDataFile(folder: string): string | undefined {
  let current = path.resolve(folder);
  for (;;) {
    const candidate = path.join(current, WORKSPACE_TREATIES_FILE);
    try {
      if (fs.statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
    } catch {
      // A folder that cannot be searched holds no file we could read.
    }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

function stampOf(file: string): string {
  try {
    const stats = fs.statSync(file);
    return `${stats.mtimeMs}:${stats.size}`;
  } catch {
    return 'missing';
  }
}

/**
 * Builds treaty tables from data files, the bundled table under each file in turn, and keeps the
 * tables of the last combinations of files by their modification times, so hovers and checks
 * reuse one table (and what is read from it) until a file changes.
 */
export class TreatyDataLoader {
  readonly #tables = new Map<string, LoadedTreatyTable>();

  /** The table of the bundled data under these files, in order (later files win). */
  load(files: readonly string[]): LoadedTreatyTable {
    if (files.length === 0) return { table: BUNDLED_TREATY_TABLE, problems: [] };
    const key = files.map((file) => `${path.resolve(file)}@${stampOf(file)}`).join('|');
    const kept = this.#tables.get(key);
    if (kept) return kept;
    let table = BUNDLED_TREATY_TABLE;
    const problems: Array<{ file: string; message: string }> = [];
    for (const file of files) {
      const unused = (reason: string) => problems.push({ file, message: `${file}: ${reason}; the file is not used, and the bundled treaty table is used meanwhile` });
      const read = readBoundedFile(file, TREATY_DATA_MAX_BYTES);
      if (!read.ok) {
        unused(read.reason);
        continue;
      }
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
      } catch {
        unused('not UTF-8 text');
        continue;
      }
      const checked = treatyTableWith(table, text, file);
      table = checked.table;
      if (checked.problem !== undefined) problems.push({ file, message: checked.problem });
    }
    const loaded = { table, problems };
    if (this.#tables.size >= 16) this.#tables.delete(this.#tables.keys().next().value as string);
    this.#tables.set(key, loaded);
    return loaded;
  }

  /** The table of the `.unres/treaties.json` nearest a folder, then an extra file (a setting, `--treaties`). */
  forFolder(folder: string, extraFile?: string): LoadedTreatyTable {
    const nearest = findTreatyDataFile(folder);
    const files = [nearest, extraFile].filter((f): f is string => f !== undefined);
    return this.load([...new Set(files.map((f) => path.resolve(f)))].length === files.length ? files : [files[0]]);
  }
}
