import { describeWordParagraph, wordParagraphAt, type DocxReading, type WordParagraphSpan } from '../docx';

/** Where a finding at this offset of the text read stands in the Word file, as JSON and SARIF write it. */
export interface WordLocation {
  /** 1-based position of the Word paragraph among the paragraphs of the document's body. */
  readonly paragraph: number;
  readonly number?: string;
  readonly firstWords: string;
  /** For a finding in a footnote or endnote: its mark. */
  readonly note?: string;
  /** "Word paragraph 12 (“4. Requests …”)", or "footnote 3 of Word paragraph 12 (…)". */
  readonly description: string;
}

function describeSpan(span: WordParagraphSpan): string {
  const paragraph = describeWordParagraph(span.paragraph);
  return span.note === undefined ? paragraph : `footnote ${span.note} of ${paragraph}`;
}

/** The Word location of an offset of the text read, if the text has any paragraph. */
export function wordLocationAt(reading: DocxReading, offset: number): WordLocation | undefined {
  const span = wordParagraphAt(reading, offset);
  if (!span) return undefined;
  const { index, number, firstWords } = span.paragraph;
  return {
    paragraph: index,
    ...(number === undefined ? {} : { number }),
    firstWords,
    ...(span.note === undefined ? {} : { note: span.note }),
    description: describeSpan(span),
  };
}

/** What the run says on stderr about a Word file it read: its tracked changes, comments and what was left out. */
export function wordFileNotes(file: string, reading: DocxReading): string[] {
  const lines: string[] = [];
  const changes = reading.trackedChanges;
  const comments = reading.comments.length;
  if (changes > 0 || comments > 0) {
    const parts: string[] = [];
    if (changes > 0) {
      parts.push(`${changes} tracked change${changes === 1 ? '' : 's'} ${reading.changes === 'accepted' ? 'read as accepted (--changes original reads the text before them)' : 'read as not made (the original text)'}`);
    }
    if (comments > 0) parts.push(`${comments} comment${comments === 1 ? '' : 's'}, not part of the text checked`);
    lines.push(`unres: ${file}: Word file with ${parts.join('; ')}`);
  }
  for (const notice of reading.notices) {
    lines.push(`unres: ${file}: ${notice.paragraph ? `${describeWordParagraph(notice.paragraph)}: ` : ''}${notice.message}`);
  }
  return lines;
}

/** The Word facts of a file in the JSON output. */
export function wordFileJson(reading: DocxReading): object {
  return {
    changes: reading.changes,
    trackedChanges: reading.trackedChanges,
    comments: reading.comments.map((comment) => ({
      author: comment.author ?? null,
      date: comment.date ?? null,
      text: comment.text,
      quoted: comment.quoted,
      paragraph: comment.paragraph?.index ?? null,
    })),
    notices: reading.notices.map((notice) => ({ kind: notice.kind, message: notice.message, paragraph: notice.paragraph?.index ?? null })),
  };
}
