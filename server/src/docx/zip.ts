import { Inflate, strFromU8 } from 'fflate';
import { DOCX_LIMITS, DocxRefusal, formatBytes } from './limits';

/** One file of a zip archive as its central directory describes it. */
interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  /** The uncompressed size the directory declares; the entry is never inflated past it. */
  readonly size: number;
  readonly localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;
const UTF8_NAME_FLAG = 0x800;
/** Compressed bytes handed to the inflater at a time, so a bomb is stopped after one chunk's worth of output. */
const INFLATE_CHUNK = 16 * 1024;

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

/** Where the end-of-central-directory record starts, searching back over a comment of at most 64 KiB. */
function findEndOfDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/**
 * A zip archive read from its central directory. Entries are inflated one at a time on request,
 * each checked against the size its directory declares and against the limits in `DOCX_LIMITS`
 * before and while inflating; the parts not asked for (images, fonts) are never inflated.
 */
export class BoundedZip {
  readonly #bytes: Uint8Array;
  readonly #entries = new Map<string, ZipEntry>();
  #inflatedTotal = 0;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
    const end = findEndOfDirectory(bytes);
    if (end < 0) throw new DocxRefusal('not a zip archive (a .docx file is one)');
    const count = u16(bytes, end + 10);
    const directorySize = u32(bytes, end + 12);
    const directoryOffset = u32(bytes, end + 16);
    if (count === 0xffff || directoryOffset === 0xffffffff) throw new DocxRefusal('a ZIP64 archive, which a Word draft never needs');
    if (count > DOCX_LIMITS.entries) throw new DocxRefusal(`the archive has ${count} entries (limit ${DOCX_LIMITS.entries})`);
    if (directoryOffset + directorySize > end) throw new DocxRefusal('damaged zip archive (its directory lies outside the file)');
    let at = directoryOffset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > end || u32(bytes, at) !== DIRECTORY_ENTRY) throw new DocxRefusal('damaged zip archive (a directory entry is broken)');
      const flags = u16(bytes, at + 8);
      const nameLength = u16(bytes, at + 28);
      const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
      if (next > end) throw new DocxRefusal('damaged zip archive (a directory entry is broken)');
      const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength), (flags & UTF8_NAME_FLAG) === 0);
      this.#entries.set(name, {
        name,
        flags,
        method: u16(bytes, at + 10),
        compressedSize: u32(bytes, at + 20),
        size: u32(bytes, at + 24),
        localHeaderOffset: u32(bytes, at + 42),
      });
      at = next;
    }
  }

  /** The names of the archive's entries, in directory order. */
  get names(): string[] {
    return [...this.#entries.keys()];
  }

  has(name: string): boolean {
    return this.#entries.has(name);
  }

  /** The uncompressed size the directory declares for an entry (0 for none of that name). */
  declaredSize(name: string): number {
    return this.#entries.get(name)?.size ?? 0;
  }

  /** The inflated bytes of an entry, or undefined when the archive has none of that name. */
  read(name: string): Uint8Array | undefined {
    const entry = this.#entries.get(name);
    if (!entry) return undefined;
    if (entry.flags & ENCRYPTED_FLAG) throw new DocxRefusal(`encrypted zip entry ${name}`);
    if (entry.size > DOCX_LIMITS.entryBytes) {
      throw new DocxRefusal(`zip bomb or oversized part: ${name} expands to ${formatBytes(entry.size)} (limit ${formatBytes(DOCX_LIMITS.entryBytes)})`);
    }
    if (this.#inflatedTotal + entry.size > DOCX_LIMITS.totalBytes) {
      throw new DocxRefusal(`zip bomb or oversized file: its parts expand past ${formatBytes(DOCX_LIMITS.totalBytes)}`);
    }
    const bytes = this.#bytes;
    const local = entry.localHeaderOffset;
    if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL_HEADER) throw new DocxRefusal(`damaged zip archive (the entry ${name} is missing)`);
    const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > bytes.length) throw new DocxRefusal(`damaged zip archive (the entry ${name} is cut short)`);
    const compressed = bytes.subarray(dataStart, dataEnd);
    let inflated: Uint8Array;
    if (entry.method === STORED) {
      if (entry.compressedSize !== entry.size) throw new DocxRefusal(`damaged zip archive (the entry ${name} has two sizes)`);
      inflated = compressed;
    } else if (entry.method === DEFLATED) {
      inflated = inflateWithin(compressed, entry.size, name);
    } else {
      throw new DocxRefusal(`the entry ${name} uses compression method ${entry.method}, which Word does not write`);
    }
    this.#inflatedTotal += inflated.length;
    return inflated;
  }
}

/** Inflates DEFLATE data chunk by chunk, stopping as soon as the output passes the size the directory declared. */
function inflateWithin(compressed: Uint8Array, declaredSize: number, name: string): Uint8Array {
  const output = new Uint8Array(declaredSize);
  let written = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > declaredSize) {
      throw new DocxRefusal(`zip bomb: ${name} expands past the ${formatBytes(declaredSize)} its directory declares`);
    }
    output.set(chunk, written);
    written += chunk.length;
    if (final) finished = true;
  });
  try {
    for (let at = 0; at < compressed.length; at += INFLATE_CHUNK) {
      const end = Math.min(at + INFLATE_CHUNK, compressed.length);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
    }
    if (compressed.length === 0) inflater.push(compressed, true);
  } catch (error) {
    if (error instanceof DocxRefusal) throw error;
    throw new DocxRefusal(`damaged zip archive (the entry ${name} does not inflate)`);
  }
  if (!finished || written !== declaredSize) throw new DocxRefusal(`damaged zip archive (the entry ${name} is not the size its directory declares)`);
  return output;
}
