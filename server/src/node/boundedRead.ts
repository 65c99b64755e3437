import * as fs from 'node:fs';
import { describeFileSystemError } from './fileErrors';

/** The largest treaty data file read (`.unres/treaties.json`, `unres.treaties.file`, `--treaties`). */
export const TREATY_DATA_MAX_BYTES = 4 * 1024 * 1024;
/** The largest project configuration file read (`.unres.json`, `--config`). */
export const PROJECT_CONFIG_MAX_BYTES = 1024 * 1024;
/**
 * The largest draft read (`unres lint`, "Lint workspace", a closed file's diagnostics). A real
 * draft is well under 1 MiB and the benchmark lints texts of 10 MB; 64 MiB leaves room above both
 * while a text of that size still parses and lints in bounded time and memory.
 */
export const DRAFT_MAX_BYTES = 64 * 1024 * 1024;

/** The bytes of a file, or in a few words why it was not read ("not a regular file", "larger than 4 MiB"). */
export type BoundedReadResult = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly reason: string };

/** "4 MiB", "512 KiB", "100 bytes". */
export function describeSize(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/**
 * Reads a file that a setting or an option names, only if it is a regular file of at most
 * `maxBytes`: a FIFO, a device (`/dev/zero`) or a folder is refused without reading, so it can
 * neither block the reader nor fill its memory. The file is opened without blocking and checked
 * through the open descriptor, so what is read is what was checked; a file that grows past the
 * bound while it is read is refused too.
 */
export function readBoundedFile(file: string, maxBytes: number): BoundedReadResult {
  const tooLarge = { ok: false, reason: `larger than ${describeSize(maxBytes)}` } as const;
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, reason: describeFileSystemError(error) };
  }
  try {
    const stats = fs.fstatSync(fd);
    if (!stats.isFile()) return { ok: false, reason: stats.isDirectory() ? 'not a regular file (a folder)' : 'not a regular file' };
    if (stats.size > maxBytes) return tooLarge;
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(stats.size + 1, 4096)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return tooLarge;
        return readBoundedFileGrown(fd, buffer, maxBytes);
      }
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) return tooLarge;
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, reason: describeFileSystemError(error) };
  } finally {
    fs.closeSync(fd);
  }
}

/** Goes on reading a file that grew since it was checked, up to one byte past the bound. */
function readBoundedFileGrown(fd: number, start: Buffer, maxBytes: number): BoundedReadResult {
  const buffer = Buffer.alloc(maxBytes + 1);
  start.copy(buffer);
  let length = start.length;
  while (length < buffer.length) {
    const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) return { ok: true, bytes: buffer.subarray(0, length) };
    length += read;
  }
  return { ok: false, reason: `larger than ${describeSize(maxBytes)}` };
}
