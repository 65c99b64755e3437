/** Which text of a file with tracked changes is read. */
export type TrackedChangesView = 'accepted' | 'original';

/** The tracked-change views, as `--changes` takes them. */
export const TRACKED_CHANGES_VIEWS: readonly TrackedChangesView[] = ['accepted', 'original'];

/** A paragraph of the Word file as a drafter finds it in Word. */
export interface WordParagraph {
  /** 1-based position among the paragraphs of the document's body (table cells included, notes and text boxes not). */
  readonly index: number;
  /** The number Word shows before it ("4.", "(a)"), if its numbering is automatic. */
  readonly number?: string;
  /** Its first words, without markup, ending with "…" when cut. */
  readonly firstWords: string;
}

/** A stretch of the text read from the file, and the Word paragraph it comes from. */
export interface WordParagraphSpan {
  /** UTF-16 offsets into `DocxReading.text`. */
  readonly start: number;
  readonly end: number;
  readonly paragraph: WordParagraph;
  /** For the text of a footnote or endnote: its mark, as written in the text ("3", "*"). */
  readonly note?: string;
}

/** A comment of the file (comments.xml), never part of the text read. */
export interface DocxComment {
  readonly author?: string;
  readonly date?: string;
  readonly text: string;
  /** The paragraph where the commented range starts. */
  readonly paragraph?: WordParagraph;
  /** The text the comment is anchored on, cut to a few hundred characters. */
  readonly quoted: string;
}

/** What the file holds that the text read cannot show. */
export type DocxNoticeKind =
  | 'text-box'
  | 'drawing'
  | 'embedded-object'
  | 'field'
  | 'math'
  | 'symbol'
  | 'hidden-text'
  | 'struck-text'
  | 'numbering'
  | 'embedded-document';

/** Something in the file that is left out of the text read, or read only in part. */
export interface DocxNotice {
  readonly kind: DocxNoticeKind;
  readonly message: string;
  readonly paragraph?: WordParagraph;
}

/** A Word file read as the text unres parses, with what relates that text back to the file. */
export interface DocxReading {
  /** The text in the form of the .unres files: italics as `*…*`, note marks as superscript digits. */
  readonly text: string;
  readonly changes: TrackedChangesView;
  /** How many tracked changes (insertions, deletions, moves, formatting changes) the file holds. */
  readonly trackedChanges: number;
  /** The text's paragraphs and notes, in text order, each with its Word paragraph. */
  readonly paragraphs: readonly WordParagraphSpan[];
  readonly comments: readonly DocxComment[];
  readonly notices: readonly DocxNotice[];
}

/** A Word file read, or the one-line reason it was refused. */
export type DocxResult = { readonly ok: true; readonly reading: DocxReading } | { readonly ok: false; readonly reason: string };

/** "Word paragraph 12 (“4. Requests the Secretary-General …”)", as findings name a place in the file. */
export function describeWordParagraph(paragraph: WordParagraph): string {
  const words = paragraph.firstWords === '' ? '' : paragraph.firstWords;
  const shown = paragraph.number !== undefined ? `${paragraph.number} ${words}`.trim() : words;
  return shown === '' ? `Word paragraph ${paragraph.index}` : `Word paragraph ${paragraph.index} (“${shown}”)`;
}

/** The span of the text an offset falls in: the paragraph or note it belongs to, or the last one before it. */
export function wordParagraphAt(reading: DocxReading, offset: number): WordParagraphSpan | undefined {
  const spans = reading.paragraphs;
  let low = 0;
  let high = spans.length - 1;
  let found: WordParagraphSpan | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start <= offset) {
      found = spans[middle];
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found ?? spans[0];
}
