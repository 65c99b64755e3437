import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROJECT_CONFIG_FILE_NAME, readProjectConfig, RULES, type CheckedProjectConfig, type Rule } from '../core';
import { describeSize, PROJECT_CONFIG_MAX_BYTES, readBoundedFile } from './boundedRead';
import { describeFileSystemError } from './fileErrors';

/** A project configuration file after reading and checking, with the path it was read from. */
export interface ProjectConfig extends CheckedProjectConfig {
  /** The path as it was asked for (`--config FILE`) or found (absolute). */
  readonly file: string;
}

/** How many project files the loader keeps by default. */
export const DEFAULT_PROJECT_CONFIG_CACHE_CAPACITY = 32;

function isFile(file: string): boolean {
  try {
    return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    // A folder on the way that cannot be searched holds no file we could read anyway.
    return false;
  }
}

/**
 * The `.unres.json` nearest a folder: in the folder itself, else in the closest folder above it,
 * up to the root of the file system. The nearest file wins; files further up are not merged in.
 */
export function findProjectConfigFile(folder: string): string | undefined {
  let current = path.resolve(folder);
  for (;;) {
    const candidate = path.join(current, PROJECT_CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

interface CacheEntry {
  /** Modification time and size when the file was read: a file that changed has another stamp. */
  readonly stamp: string;
  readonly config: ProjectConfig;
}

/**
 * Reads project configuration files and keeps the result of each, keyed by its path and checked
 * against its modification time and size, so a file is read and checked again only once it
 * changed. The command line and the language server each use one.
 */
export class ProjectConfigLoader {
  readonly #entries = new Map<string, CacheEntry>();
  readonly #rules: readonly Rule[];
  readonly #capacity: number;

  constructor(rules: readonly Rule[] = RULES, capacity = DEFAULT_PROJECT_CONFIG_CACHE_CAPACITY) {
    this.#rules = rules;
    this.#capacity = Math.max(1, capacity);
  }

  /** The configuration in a file. A file that cannot be read is unusable, and its problem says why. */
  load(file: string): ProjectConfig {
    const key = path.resolve(file);
    let stats: fs.Stats;
    try {
      stats = fs.statSync(key);
    } catch (error) {
      this.#entries.delete(key);
      return { file, config: {}, problems: [{ message: describeFileSystemError(error) }], usable: false };
    }
    if (!stats.isFile()) return { file, config: {}, problems: [{ message: 'not a regular file; nothing in it applies' }], usable: false };
    if (stats.size > PROJECT_CONFIG_MAX_BYTES) return { file, config: {}, problems: [{ message: `larger than ${describeSize(PROJECT_CONFIG_MAX_BYTES)}; nothing in it applies` }], usable: false };
    const stamp = `${stats.mtimeMs}:${stats.size}`;
    const cached = this.#entries.get(key);
    this.#entries.delete(key);
    if (cached && cached.stamp === stamp) {
      this.#entries.set(key, cached);
      return cached.config.file === file ? cached.config : { ...cached.config, file };
    }
    const config = this.#read(file, key);
    this.#entries.set(key, { stamp, config });
    while (this.#entries.size > this.#capacity) this.#entries.delete(this.#entries.keys().next().value as string);
    return config;
  }

  /** The configuration of the `.unres.json` nearest a folder, or undefined when there is none. */
  forFolder(folder: string): ProjectConfig | undefined {
    const file = findProjectConfigFile(folder);
    return file === undefined ? undefined : this.load(file);
  }

  /** Forgets a file, so the next `load` reads it whatever its stamp. */
  forget(file: string): void {
    this.#entries.delete(path.resolve(file));
  }

  /** The number of files whose configuration is kept. */
  get size(): number {
    return this.#entries.size;
  }

  #read(file: string, absolute: string): ProjectConfig {
    const read = readBoundedFile(absolute, PROJECT_CONFIG_MAX_BYTES);
    if (!read.ok) return { file, config: {}, problems: [{ message: read.reason }], usable: false };
    const bytes = read.bytes;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { file, config: {}, problems: [{ message: 'not UTF-8 text; nothing in the file applies' }], usable: false };
    }
    return { file, ...readProjectConfig(text, this.#rules) };
  }
}
