/**
 * Measures how the time of each core pass grows with the text, for every pathological shape: the
 * scaling test runs this file in a fresh Node process (so that the heap the other tests leave
 * behind does not disturb the timings) and reads the figures it prints as JSON on stdout.
 *
 *   node out/test/scaling/measureScaling.js [SHAPE_NAME ...] [--pass=PASS ...] [--sizes=10000,100000,...]
 *
 * A pass is timed at 10 KB, 100 KB and 1 MB. Small texts are run several times and the fastest
 * run counts, so that a timer tick or a collection does not decide the ratio.
 */
import { PerformanceObserver, performance, type PerformanceEntry } from 'node:perf_hooks';
import {
  citedSymbols,
  completionsAt,
  documentStatistics,
  fixText,
  foldingRegions,
  footnoteIndex,
  lint,
  LineIndex,
  outline,
  paragraphReferences,
  parseResolution,
  renumberFootnotes,
  renumberParagraphs,
  selectionSpans,
  semanticTokens,
  symbolAt,
  treatyAt,
  treatyMentions,
  type Finding,
  type ResolutionDocument,
} from '../../server/src/core';
import { PATHOLOGICAL_SHAPES } from '../support/pathologicalDrafts';

export const SIZES: readonly number[] = [10_000, 100_000, 1_000_000];

/** Runs at a size: the fastest counts. */
const runsAt = (size: number): number => (size <= 10_000 ? 9 : size <= 100_000 ? 5 : 3);

interface Prepared {
  readonly text: string;
  readonly doc: ResolutionDocument;
  readonly findings: readonly Finding[];
}

/** The passes an editor or `unres lint` runs over a whole document, each given a parsed and linted text. */
export const PASSES: Readonly<Record<string, (input: Prepared) => unknown>> = {
  parse: ({ text }) => parseResolution(text),
  lint: ({ text }) => lint(parseResolution(text)),
  'line index': ({ text }) => new LineIndex(text).positionAt(text.length),
  statistics: ({ doc, findings }) => documentStatistics(doc, findings),
  'semantic tokens': ({ doc }) => semanticTokens(doc),
  folding: ({ doc }) => foldingRegions(doc),
  outline: ({ doc }) => outline(doc),
  'selection ranges': ({ doc, text }) => selectionSpans(doc, text.length >> 1),
  'footnote index': ({ doc }) => footnoteIndex(doc),
  'renumber footnotes': ({ doc }) => renumberFootnotes(doc),
  'renumber paragraphs': ({ doc }) => renumberParagraphs(doc),
  'paragraph references': ({ doc }) => paragraphReferences(doc),
  'cited symbols': ({ doc }) => citedSymbols(doc),
  'treaty names': ({ text }) => treatyMentions(parseResolution(text)),
  hover: ({ doc, text }) => [symbolAt(doc, text.length >> 1), treatyAt(doc, text.length >> 1)],
  completion: ({ doc, text }) => completionsAt(doc, text.length - 2),
  'fix all': ({ text }) => fixText(text),
};

/** The time of one pass at each size, in milliseconds. */
export interface PassTimes {
  readonly shape: string;
  readonly pass: string;
  readonly ms: readonly number[];
}

/**
 * The collector's pauses inside a run, read from the performance timeline. They are left out of a
 * pass's time: how often V8 collects and how long it takes depend on the size of the heap and on
 * V8's heuristics (a linear parse of 1 MB spends 30 to 180 ms of its 100 to 300 ms collecting,
 * 100 KB nothing), not on the pass's algorithm. A pass that does quadratic work still does it
 * outside the collector, in allocating and filling what it builds.
 */
class CollectorPauses {
  private readonly entries: PerformanceEntry[] = [];
  private readonly observer = new PerformanceObserver((list) => this.entries.push(...list.getEntries()));

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /** The time the collector paused the program between `start` and `end`; entries reach the observer a turn of the event loop late. */
  async within(start: number, end: number): Promise<number> {
    await nextTurn();
    await nextTurn();
    let paused = 0;
    for (const entry of this.entries) if (entry.startTime >= start && entry.startTime < end) paused += entry.duration;
    this.entries.length = 0;
    return paused;
  }

  disconnect(): void {
    this.observer.disconnect();
  }
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The fastest of `runs` runs, less the collector's pauses; a run past a second of work in all is not repeated (it gains nothing in accuracy). */
async function fastest(runs: number, work: () => unknown, pauses: CollectorPauses): Promise<number> {
  let best = Infinity;
  let spent = 0;
  for (let i = 0; i < runs && spent < 1000; i++) {
    const start = performance.now();
    work();
    const end = performance.now();
    best = Math.min(best, end - start - (await pauses.within(start, end)));
    spent += end - start;
  }
  return best;
}

/** Times every pass on every named shape (all shapes when none is named), at each of `sizes`. */
export async function measureScaling(shapeNames: readonly string[] = [], passNames: readonly string[] = [], sizes: readonly number[] = SIZES): Promise<PassTimes[]> {
  const shapes = PATHOLOGICAL_SHAPES.filter((shape) => shapeNames.length === 0 || shapeNames.includes(shape.name));
  const pauses = new CollectorPauses();
  const results: PassTimes[] = [];
  for (const shape of shapes) {
    const passes = Object.entries(PASSES).filter(([pass]) => passNames.length === 0 || passNames.includes(pass));
    const ms = passes.map((): number[] => []);
    // One size at a time, the text of the size before released.
    for (const size of sizes) {
      const text = shape.build(size);
      const doc = parseResolution(text);
      const prepared = { text, doc, findings: lint(doc) };
      for (const [i, [, run]] of passes.entries()) ms[i].push(await fastest(runsAt(size), () => run(prepared), pauses));
    }
    passes.forEach(([pass], i) => results.push({ shape: shape.name, pass, ms: ms[i] }));
  }
  pauses.disconnect();
  return results;
}

if (require.main === module) {
  const shapes: string[] = [];
  const passes: string[] = [];
  let sizes = SIZES;
  for (const arg of process.argv.slice(2)) {
    if (arg.startsWith('--pass=')) passes.push(arg.slice('--pass='.length));
    else if (arg.startsWith('--sizes=')) sizes = arg.slice('--sizes='.length).split(',').map(Number);
    else shapes.push(arg);
  }
  void measureScaling(shapes, passes, sizes).then((results) => process.stdout.write(JSON.stringify(results)));
}
