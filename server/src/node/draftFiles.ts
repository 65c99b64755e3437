// Finding the files under a folder that may be drafts, and reading a file's bytes as text: what
// every host that reads drafts from disk does the same way (`unres lint` today).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { describeFileSystemError } from './fileErrors';
import type { IgnoreFiles } from './ignoreFiles';

const BYTE_ORDER_MARK = '\uFEFF';
/** Folders a walk never enters, besides hidden ones: they hold other people's files. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** Files with these endings are resolutions by their name; they are checked even when the parser doubts it. */
export function isResolutionByName(file: string): boolean {
  const name = file.toLowerCase();
  return name.endsWith('.unres') || name.endsWith('.res.md');
}

/** Files with these endings, found in a folder, are checked only if they read as a draft (Word's `~$` lock files never). */
export function isCandidateByName(file: string): boolean {
  const name = file.toLowerCase();
  return name.endsWith('.md') || name.endsWith('.txt') || (name.endsWith('.docx') && !path.basename(name).startsWith('~$'));
}

export type DecodedText = { readonly text: string; readonly byteOrderMark: boolean } | { readonly problem: string };

/** Decodes the bytes of a file as UTF-8 text, without its byte order mark, or says why they are not text. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.includes(0)) return { problem: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { problem: 'binary file (not valid UTF-8)' };
  }
  const byteOrderMark = text.startsWith(BYTE_ORDER_MARK);
  return { text: byteOrderMark ? text.slice(1) : text, byteOrderMark };
}

/** A folder a walk could not read, and why, in a few words. */
export interface UnreadFolder {
  readonly folder: string;
  readonly problem: string;
}

/**
 * The files under a folder that may be drafts (by `isResolutionByName` or `isCandidateByName`), in
 * a stable order, skipping hidden folders, `node_modules`, symbolic links and what the
 * `.unresignore` files exclude. Not only regular files: a FIFO or a device named as a draft is
 * listed, for the reader to refuse.
 */
export async function findDraftFiles(folder: string, ignoreFiles?: IgnoreFiles): Promise<{ files: string[]; unread: UnreadFolder[] }> {
  const files: string[] = [];
  const unread: UnreadFolder[] = [];
  async function walk(current: string): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(current, { withFileTypes: true });
    } catch (error) {
      unread.push({ folder: current, problem: describeFileSystemError(error) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const entryPath = path.join(current, entry.name);
      if (ignoreFiles?.isIgnored(entryPath, entry.isDirectory())) continue;
      // Dirents describe symbolic links as links, so links are not followed and a cycle cannot trap the walk.
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) await walk(entryPath);
      } else if (!entry.isSymbolicLink() && (isResolutionByName(entry.name) || isCandidateByName(entry.name))) {
        files.push(entryPath);
      }
    }
  }
  await walk(folder);
  return { files, unread };
}
