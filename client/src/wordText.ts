// A Word draft (.docx) read into the text unres checks, for "unres: Open as resolution text", and
// what the drafter is told about it. Runs in the extension (desktop and web alike: the Word reader
// is pure); pure itself, so it is tested without VS Code.
import { describeWordParagraph, readDocx, type DocxReading } from '../../server/src/docx';
import type { WordTextView } from '../../shared/wordText';

/** A Word file read as resolution text, or the one-line message saying why it cannot be. */
export type WordTextResult =
  | { readonly ok: true; readonly text: string; readonly reading: DocxReading; readonly note?: string }
  | { readonly ok: false; readonly message: string };

/** How many notices the note names before it only counts the rest. */
const NOTICES_NAMED = 3;

/** The message for a file that cannot be read as a draft. */
export function wordTextRefusal(name: string, reason: string): string {
  return `unres: ${name} cannot be opened as resolution text: ${reason}.`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * What the drafter should know of the text shown, beyond the text itself: its tracked changes
 * (and which text is shown), its comments, and what it holds that the text cannot show. Undefined
 * when there is nothing to say.
 */
export function wordTextNote(name: string, reading: DocxReading): string | undefined {
  const parts: string[] = [];
  if (reading.trackedChanges > 0) {
    const changes = plural(reading.trackedChanges, 'tracked change');
    parts.push(reading.changes === 'accepted' ? `${changes}, shown accepted` : `${changes}, shown as before them (the original text)`);
  }
  if (reading.comments.length > 0) parts.push(`${plural(reading.comments.length, 'comment')}, not part of the text checked`);
  const notices = reading.notices.slice(0, NOTICES_NAMED).map((notice) => (notice.paragraph ? `${describeWordParagraph(notice.paragraph)}: ${notice.message}` : notice.message));
  const more = reading.notices.length - NOTICES_NAMED;
  if (more > 0) notices.push(`${plural(more, 'other thing')} not read as text`);
  parts.push(...notices);
  return parts.length === 0 ? undefined : `${name} is a Word file: ${parts.join('; ')}.`;
}

/**
 * Reads the bytes of the Word file `name` as resolution text, with the tracked changes accepted
 * or not made. Never throws: a file that is not a .docx, is encrypted or macro-enabled, or is too
 * big or deep to read gives its one-line message.
 */
export function readWordText(name: string, bytes: Uint8Array, view: WordTextView): WordTextResult {
  let result;
  try {
    result = readDocx(bytes, { changes: view });
  } catch (error) {
    // The reader refuses what it knows to be wrong; anything else is still a file it could not read.
    return { ok: false, message: wordTextRefusal(name, `the file could not be read (${error instanceof Error ? error.message : String(error)})`) };
  }
  if (!result.ok) return { ok: false, message: wordTextRefusal(name, result.reason) };
  const note = wordTextNote(name, result.reading);
  return { ok: true, text: result.reading.text, reading: result.reading, ...(note === undefined ? {} : { note }) };
}
