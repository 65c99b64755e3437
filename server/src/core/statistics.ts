import type { Finding, Severity } from './findings';
import type { LanguageBasis } from './language/detectLanguage';
import type { Language } from './language/languages';
import type { Paragraph, ResolutionDocument, Span, Subparagraph } from './model';

/** What a draft holds, counted: the figures of "Show document statistics" and the status bar. */
export interface DocumentStatistics {
  readonly preambular: number;
  readonly operative: number;
  /** Sub-paragraphs at every level, (a) … and (i) … , in both parts. */
  readonly subparagraphs: number;
  /** Footnotes by number: each number marked in the text or defined counts once; sponsor notes (\*) do not count. */
  readonly footnotes: number;
  /**
   * Words of the preambular and operative paragraphs, sub-paragraphs included: not their numbers,
   * labels, footnote marks or italic markers, nor the masthead, closing lines or footnote texts.
   */
  readonly words: number;
  /** Sections, parts, annexes and texts a paragraph introduces (a declaration it adopts, a table). */
  readonly divisions?: number;
  /** Paragraphs of the annexed and adopted texts, which are not the resolution's own and are not counted above. */
  readonly annexedParagraphs?: number;
  readonly problems: Readonly<Record<Severity, number>>;
  /** The language the draft is read in, and what settled it (a comment, the setting, the text itself). */
  readonly language: Language;
  readonly languageBasis: LanguageBasis;
}

/** A run of characters without space: a word when it holds a letter or a digit ("Assembly,", "78/228", "Children’s"). */
const NON_SPACE_RUN = /\S+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The words of a text, counted in one pass (a regular expression for the whole word backtracks on a long run of dashes). */
function countWords(text: string): number {
  let words = 0;
  for (const run of text.matchAll(NON_SPACE_RUN)) if (LETTER_OR_DIGIT.test(run[0])) words++;
  return words;
}

function countSubparagraphs(items: readonly Subparagraph[]): number {
  return items.reduce((sum, item) => sum + 1 + countSubparagraphs(item.children), 0);
}

function subparagraphLabels(items: readonly Subparagraph[]): Span[] {
  return items.flatMap((item) => [item.label.span, ...subparagraphLabels(item.children)]);
}

/** The spans of a list sorted by start that lie within `within`, found by bisection. */
function spansWithin(sorted: readonly Span[], within: Span): Span[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle].end <= within.start) low = middle + 1;
    else high = middle;
  }
  const found: Span[] = [];
  for (let i = low; i < sorted.length && sorted[i].start < within.end; i++) found.push(sorted[i]);
  return found;
}

/** The words of a paragraph's pieces, with the spans that are not words (number, labels, marks) left out. */
function countParagraphWords(doc: ResolutionDocument, paragraph: Paragraph, sortedMarks: readonly Span[]): number {
  const marks = spansWithin(sortedMarks, paragraph.span);
  const skipped = [...(paragraph.number ? [paragraph.number.span] : []), ...subparagraphLabels(paragraph.subparagraphs), ...marks].sort((a, b) => a.start - b.start);
  let words = 0;
  for (const piece of paragraph.pieces) {
    let text = '';
    let cursor = piece.start;
    for (const span of spansWithin(skipped, piece)) {
      if (span.end <= cursor) continue;
      text += doc.text.slice(cursor, Math.max(cursor, span.start)) + ' ';
      cursor = Math.max(cursor, Math.min(span.end, piece.end));
    }
    text += doc.text.slice(cursor, piece.end);
    words += countWords(text.replace(/\*/g, ''));
  }
  return words;
}

/** How many findings there are of each severity. */
export function countProblems(findings: readonly Finding[]): Record<Severity, number> {
  const problems: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const finding of findings) problems[finding.severity]++;
  return problems;
}

/** The counts of a parsed draft and of the findings `lint` gave for it. */
export function documentStatistics(doc: ResolutionDocument, findings: readonly Finding[]): DocumentStatistics {
  const paragraphs = [...doc.preamble, ...doc.operative];
  const numbers = new Set<number>();
  for (const mark of [...doc.footnoteReferences, ...doc.footnoteDefinitions]) if (mark.number !== undefined) numbers.add(mark.number);
  const marks = doc.footnoteReferences.map((reference) => reference.span).sort((a, b) => a.start - b.start);
  return {
    preambular: doc.preamble.length,
    operative: doc.operative.length,
    subparagraphs: paragraphs.reduce((sum, paragraph) => sum + countSubparagraphs(paragraph.subparagraphs), 0),
    footnotes: numbers.size,
    words: paragraphs.reduce((sum, paragraph) => sum + countParagraphWords(doc, paragraph, marks), 0),
    // Only a text with divisions has these counts: a plain resolution's statistics stay as they were.
    ...(doc.divisions.length > 0 ? { divisions: doc.divisions.length, annexedParagraphs: doc.annexed.length } : {}),
    problems: countProblems(findings),
    language: doc.language.code,
    languageBasis: doc.language.basis,
  };
}
