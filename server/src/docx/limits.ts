/**
 * The bounds a .docx must keep to be read. A real draft is a few hundred kilobytes: its
 * document.xml is well under a megabyte for a hundred pages. The bounds leave ample room above
 * that while keeping what one hostile file can cost in time and memory small and known.
 */
export const DOCX_LIMITS = {
  /** The file itself, as the command line bounds every draft it reads. */
  archiveBytes: 64 * 1024 * 1024,
  /** Entries in the zip directory (a draft with images has a few dozen). */
  entries: 2000,
  /** One part (document.xml, footnotes.xml …), uncompressed. */
  entryBytes: 32 * 1024 * 1024,
  /** All the parts read, uncompressed, together; images, fonts and other parts are never inflated. */
  totalBytes: 64 * 1024 * 1024,
  /** How deep elements may nest in a part (Word's own tables within tables stay far below). */
  xmlDepth: 200,
  /**
   * Elements in one part. The benchmark's hundred-page draft has about 20,000 in its document.xml;
   * Word, which repeats a run's properties on every run, writes several times that. Reading this
   * many takes about a second and a quarter of a gigabyte.
   */
  xmlElements: 500_000,
} as const;

/** Why a file cannot be read as a Word draft, in one line without the file's name. */
export class DocxRefusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'DocxRefusal';
  }
}

/** A size in the units the limits are written in. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
