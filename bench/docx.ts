import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, parseResolution } from '../server/src/core';
import { readDocx } from '../server/src/docx';
import { writeResolutionDocx } from '../server/src/export';
import { longResolution, SHARED, type RealText } from '../test/support/longDrafts';
import { wordFileOfText } from '../test/support/wordDrafts';
import { summarize, timeRuns, type Timings } from './measure';

/** What reading a long Word draft costs. */
export interface WordFigures {
  readonly pages: number;
  readonly charactersPerPage: number;
  readonly fileBytes: number;
  readonly textCharacters: number;
  readonly read: Timings;
  readonly readAndLint: Timings;
  /** Writing the same text as a .docx (`writeResolutionDocx`), and the size of the file written. */
  readonly write: Timings;
  readonly writtenBytes: number;
}

/**
 * Characters a printed page of the official texts in ../shared/official holds on average: their
 * text (without the leading comment) over their pages (a page break is the three empty lines the
 * conversion left where a page ended).
 */
function charactersPerPage(): number {
  const folder = path.join(SHARED, 'official');
  let characters = 0;
  let pages = 0;
  for (const name of fs.readdirSync(folder)) {
    if (!name.endsWith('.md') || name === 'README.md') continue;
    const text = fs.readFileSync(path.join(folder, name), 'utf8').replace(/<!--[\s\S]*?-->/g, '').trim();
    characters += text.length;
    pages += (text.match(/\n\n\n\n/g) ?? []).length + 1;
  }
  return Math.round(characters / pages);
}

/**
 * Builds a Word draft of `pages` printed pages from the real texts and times reading it, reading and
 * linting it, and writing the text read as a Word document again.
 */
export async function measureWordReading(pages: number, texts: readonly RealText[]): Promise<WordFigures> {
  const perPage = charactersPerPage();
  const file = wordFileOfText(longResolution({ bytes: pages * perPage }, texts));
  const result = readDocx(file);
  if (!result.ok) throw new Error(`the benchmark's Word draft was refused: ${result.reason}`);
  const read = timeRuns(3, 15, () => readDocx(file));
  const readAndLint = timeRuns(2, 10, () => {
    const reading = readDocx(file);
    if (reading.ok) lint(parseResolution(reading.reading.text));
  });
  const { write, writtenBytes } = await timeWriting(result.reading.text, 2, 10);
  return { pages, charactersPerPage: perPage, fileBytes: file.length, textCharacters: result.reading.text.length, read, readAndLint, write, writtenBytes };
}

/** Times `writeResolutionDocx` on a text (parse, layout and zip), after warm-up runs. */
async function timeWriting(text: string, warmup: number, runs: number): Promise<{ write: Timings; writtenBytes: number }> {
  let writtenBytes = 0;
  for (let i = 0; i < warmup; i++) writtenBytes = (await writeResolutionDocx(text)).length;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await writeResolutionDocx(text);
    samples.push(performance.now() - start);
  }
  return { write: summarize(samples), writtenBytes };
}
