/**
 * Reading Word drafts (.docx) into the text unres parses. Pure: no Node built-ins, so it runs in
 * the command line, the language server and the web worker alike. The bounds it keeps are in
 * `DOCX_LIMITS`.
 */
import { DocxRefusal } from './limits';
import type { DocxResult, TrackedChangesView } from './model';
import { openWordPackage } from './package';
import { DocumentReader } from './reader';

export { DOCX_LIMITS } from './limits';
export * from './model';

/** How to read a Word file. */
export interface DocxReadOptions {
  /** `accepted` (the default): the text with every tracked change accepted; `original`: as before the changes. */
  readonly changes?: TrackedChangesView;
}

/** Whether a file name is one the Word reader takes (.docx, and .docm, which it refuses with its reason). */
export function isWordFileName(file: string): boolean {
  return /\.doc[xm]$/i.test(file);
}

/**
 * Reads a .docx from its bytes. Never throws for a bad file: a file that is not a Word document,
 * is encrypted or macro-enabled, or passes a bound (a zip bomb, XML too big or too deep) gives
 * `{ ok: false, reason }` with a one-line reason.
 */
export function readDocx(bytes: Uint8Array, options: DocxReadOptions = {}): DocxResult {
  try {
    const word = openWordPackage(bytes);
    return { ok: true, reading: new DocumentReader(word, options.changes ?? 'accepted').read() };
  } catch (error) {
    if (error instanceof DocxRefusal) return { ok: false, reason: error.reason };
    if (error instanceof RangeError) return { ok: false, reason: `the file is too complex to read (${error.message})` };
    throw error;
  }
}
