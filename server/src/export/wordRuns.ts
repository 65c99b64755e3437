import { FootnoteReferenceRun, ImportedXmlComponent, TextRun, type ParagraphChild } from 'docx';
import type { Span } from '../core';

/**
 * What a footnote mark of the text becomes in Word: a reference Word numbers itself (`auto`), or
 * one that shows the mark as written (`custom`: an asterisk, or a number out of Word's sequence),
 * or the mark as text when no note goes with it (`text`).
 */
export type MarkPlan =
  | { readonly kind: 'auto'; readonly end: number; readonly id: number }
  | { readonly kind: 'custom'; readonly end: number; readonly id: number; readonly mark: string; readonly raised: boolean }
  | { readonly kind: 'text'; readonly end: number };

/** Italics and bold open at the current point of a Word paragraph: a run may go on into the next piece. */
export interface RunState {
  italic: boolean;
  bold: boolean;
}

/** How the line breaks inside a stretch of text are written: as a blank (a wrapped paragraph) or as breaks (masthead lines). */
export type LineBreaks = 'join' | 'keep';

const ESCAPED = /[*_[\]\\]/;

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A reference whose mark follows it as text (`w:customMarkFollows`): the docx library writes only
 * numbered references, so this run is written as WordprocessingML.
 */
function customMarkRun(id: number, mark: string, raised: boolean): ParagraphChild {
  const properties = `<w:rPr><w:rStyle w:val="FootnoteReference"/>${raised ? '' : '<w:vertAlign w:val="baseline"/>'}</w:rPr>`;
  const xml = `<w:r>${properties}<w:footnoteReference w:customMarkFollows="1" w:id="${id}"/><w:t xml:space="preserve">${xmlEscape(mark)}</w:t></w:r>`;
  return ImportedXmlComponent.fromXmlString(xml) as unknown as ParagraphChild;
}

/** The length of the run of asterisks at `at`. */
function asterisks(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && text[i] === '*') i++;
  return i - at;
}

/**
 * Writes `text[span]` as Word runs: `*…*` as italics, `**…**` as bold, backslash escapes resolved,
 * the footnote marks as `marks` plans them, line breaks as `lineBreaks` says.
 */
export function writeRuns(text: string, span: Span, marks: ReadonlyMap<number, MarkPlan>, state: RunState, lineBreaks: LineBreaks, out: ParagraphChild[]): void {
  let buffer = '';
  // Whether the text written so far ends with a blank; asking the string would flatten it at every blank of a long paragraph.
  let endsBlank = false;
  const flush = (): void => {
    if (buffer === '') return;
    out.push(new TextRun({ text: buffer, ...(state.italic ? { italics: true } : {}), ...(state.bold ? { bold: true } : {}) }));
    buffer = '';
  };
  const add = (text: string): void => {
    buffer += text;
    endsBlank = false;
  };
  const blank = (): void => {
    if (!endsBlank && (buffer !== '' || out.length > 0)) {
      buffer += ' ';
      endsBlank = true;
    }
  };
  for (let i = span.start; i < span.end; i++) {
    const mark = marks.get(i);
    if (mark) {
      flush();
      if (mark.kind === 'auto') out.push(new FootnoteReferenceRun(mark.id));
      else if (mark.kind === 'custom') out.push(customMarkRun(mark.id, mark.mark, mark.raised));
      else add(text.slice(i, mark.end).replace(/\\(\*)/g, '$1'));
      i = mark.end - 1;
      continue;
    }
    const c = text[i];
    if (c === '\\' && i + 1 < span.end && ESCAPED.test(text[i + 1])) {
      add(text[++i]);
    } else if (c === '*') {
      const count = asterisks(text, i, span.end);
      flush();
      if (count === 1 || count === 3) state.italic = !state.italic;
      if (count === 2 || count === 3) state.bold = !state.bold;
      if (count > 3) add('*'.repeat(count));
      i += count - 1;
    } else if (c === '\r') {
      continue;
    } else if (c === '\n' || c === ' ' || c === '\t' || c === '\u00a0') {
      if (lineBreaks === 'join' || c !== '\n') {
        if (c === '\u00a0') add(c);
        else blank();
      } else {
        buffer = buffer.trimEnd();
        flush();
        out.push(new TextRun({ break: 1, ...(state.italic ? { italics: true } : {}) }));
        while (i + 1 < span.end && (text[i + 1] === ' ' || text[i + 1] === '\t')) i++;
      }
    } else {
      add(c);
    }
  }
  flush();
}
