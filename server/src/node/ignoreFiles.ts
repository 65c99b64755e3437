import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { PROJECT_CONFIG_MAX_BYTES, readBoundedFile } from './boundedRead';

/** The file whose gitignore patterns keep files out of the folders `unres lint` walks. */
export const IGNORE_FILE_NAME = '.unresignore';

/** A problem with an ignore file, in one line that names it. */
export interface IgnoreFileProblem {
  readonly file: string;
  readonly message: string;
}

/**
 * The `.unresignore` files that apply to a folder walk: those of the folder walked, of the folders
 * inside it, and of the folders above it up to the project root (the nearest folder above with a
 * `.git`, else the root of the file system). Patterns are gitignore patterns, relative to the
 * folder of their file; a deeper file's pattern wins over a higher one's, as in git, so `!name` in a
 * subfolder takes back what a parent excluded.
 */
export class IgnoreFiles {
  readonly #matchers = new Map<string, Ignore | undefined>();
  readonly #chains = new Map<string, readonly string[]>();
  readonly problems: IgnoreFileProblem[] = [];

  /** Whether a file or folder of a walk is excluded. */
  isIgnored(entry: string, isFolder: boolean): boolean {
    const absolute = path.resolve(entry);
    let ignored = false;
    for (const folder of this.#chain(path.dirname(absolute))) {
      const matcher = this.#matcher(folder);
      if (!matcher) continue;
      const relative = path.relative(folder, absolute).split(path.sep).join('/') + (isFolder ? '/' : '');
      const result = matcher.test(relative);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  /** The folders from the project root down to `folder`. */
  #chain(folder: string): readonly string[] {
    const known = this.#chains.get(folder);
    if (known) return known;
    const parent = path.dirname(folder);
    const chain = parent === folder || fs.existsSync(path.join(folder, '.git')) ? [folder] : [...this.#chain(parent), folder];
    this.#chains.set(folder, chain);
    return chain;
  }

  #matcher(folder: string): Ignore | undefined {
    if (this.#matchers.has(folder)) return this.#matchers.get(folder);
    let matcher: Ignore | undefined;
    const file = path.join(folder, IGNORE_FILE_NAME);
    if (fs.existsSync(file)) {
      const read = readBoundedFile(file, PROJECT_CONFIG_MAX_BYTES);
      if (read.ok) matcher = ignore().add(read.bytes.toString('utf8').replace(/^\uFEFF/, ''));
      else this.problems.push({ file, message: `${file}: ${read.reason}; its patterns are not used` });
    }
    this.#matchers.set(folder, matcher);
    return matcher;
  }
}
