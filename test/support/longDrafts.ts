import * as fs from 'node:fs';
import * as path from 'node:path';
import { footnoteMark, parseResolution, type Paragraph, type ResolutionDocument } from '../../server/src/core';
import { REPO_ROOT } from './paths';

/** The shared reference material beside the repository: real texts in samples/ and corpus/. */
export const SHARED = path.resolve(REPO_ROOT, '..', 'shared');

/** A real UN text from ../shared, by its path there. */
export interface RealText {
  readonly file: string;
  readonly text: string;
}

/** The two samples and the twenty-five corpus texts of ../shared, in file order. */
export function realTexts(): RealText[] {
  const texts: RealText[] = [];
  for (const folder of ['samples', 'corpus']) {
    const dir = path.join(SHARED, folder);
    for (const name of fs.readdirSync(dir).sort()) {
      if (name === 'README.md' || !/\.(?:txt|md)$/.test(name)) continue;
      texts.push({ file: `${folder}/${name}`, text: fs.readFileSync(path.join(dir, name), 'utf8') });
    }
  }
  return texts;
}

/** The real ~50 KB draft resolution the benchmark lints as it is (samples/001, A/C.3/79/L.16/Rev.1 form). */
export const FIFTY_KB_SAMPLE = 'samples/001_a325fd547149db90.txt';

/** How long a built resolution is: a number of paragraphs, or at least so many UTF-8 bytes. */
export type LongDraftSize = { readonly paragraphs: number } | { readonly bytes: number };

interface SourceParagraph {
  readonly source: number;
  readonly doc: ResolutionDocument;
  readonly paragraph: Paragraph;
}

const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function superscriptValue(mark: string): number {
  let value = 0;
  for (const ch of mark) value = value * 10 + SUPERSCRIPT_DIGITS.indexOf(ch);
  return value;
}

/**
 * A long draft resolution built from the real texts of ../shared: the masthead of the revised
 * Third Committee draft, "The General Assembly,", then the preambular paragraphs of the real
 * texts one after another, then their operative paragraphs, repeated from the first text again
 * until the size is reached. Operative paragraphs are renumbered 1, 2, 3 ...; footnote marks are
 * renumbered in order of first reference, each definition printed after the paragraph that first
 * cites it, as at a page end. Paragraphs keep their words, sub-paragraphs and page-break pieces;
 * a mid-text operative paragraph ends with ";" and the last with ".".
 */
export function longResolution(size: LongDraftSize, texts: readonly RealText[] = realTexts()): string {
  if ('paragraphs' in size) return resolutionOfParagraphs(size.paragraphs, texts);
  // Grow the paragraph count in proportion until the text is long enough.
  let paragraphs = 300;
  for (;;) {
    const text = resolutionOfParagraphs(paragraphs, texts);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes >= size.bytes) return text;
    paragraphs = Math.ceil((paragraphs * size.bytes * 1.002) / bytes) + 1;
  }
}

function resolutionOfParagraphs(count: number, texts: readonly RealText[]): string {
  const docs = texts.map((t) => parseResolution(t.text));
  const masthead = texts.find((t) => t.file === FIFTY_KB_SAMPLE) ?? texts[0];
  const mastheadDoc = parseResolution(masthead.text);
  const head = masthead.text.slice(0, mastheadDoc.opening?.span.start ?? 0).trimEnd();

  const preamble: SourceParagraph[] = [];
  const operative: SourceParagraph[] = [];
  const enough = (): boolean => preamble.length + operative.length >= count;
  for (let round = 0; !enough(); round++) {
    for (let source = 0; source < docs.length && !enough(); source++) {
      const doc = docs[source];
      for (const paragraph of doc.preamble) if (!enough()) preamble.push({ source: round * docs.length + source, doc, paragraph });
      for (const paragraph of doc.operative) if (!enough()) operative.push({ source: round * docs.length + source, doc, paragraph });
    }
  }

  const numbers = new Map<string, number>();
  const blocks: string[] = [head, 'The General Assembly,'];
  const emit = (item: SourceParagraph, number: number | undefined, closingMark: string | undefined): void => {
    const { doc, paragraph } = item;
    const newlyCited: Array<{ number: number; definition: string }> = [];
    const pieces = paragraph.pieces.map((piece, i) => {
      let raw = doc.text.slice(piece.start, piece.end);
      if (i === 0 && number !== undefined && paragraph.number) raw = `${number}.${raw.slice(paragraph.number.span.end - piece.start)}`;
      return raw.replace(SUPERSCRIPT_RUN, (mark) => {
        const key = `${item.source}:${superscriptValue(mark)}`;
        let global = numbers.get(key);
        if (global === undefined) {
          global = numbers.size + 1;
          numbers.set(key, global);
          const definition = doc.footnoteDefinitions.find((d) => d.number === superscriptValue(mark));
          if (definition) newlyCited.push({ number: global, definition: doc.text.slice(definition.content.start, definition.content.end) });
        }
        return footnoteMark('superscript', global);
      });
    });
    if (closingMark !== undefined) {
      const last = pieces.length - 1;
      pieces[last] = pieces[last].replace(/[.;,]([*”’"]?)\s*$/, `${closingMark}$1`);
    }
    blocks.push(...pieces);
    for (const cited of newlyCited) blocks.push(`${footnoteMark('superscript', cited.number)} ${cited.definition}`);
  };
  for (const item of preamble) emit(item, undefined, ',');
  operative.forEach((item, i) => emit(item, i + 1, i === operative.length - 1 ? '.' : ';'));
  return `${blocks.join('\n\n')}\n`;
}
