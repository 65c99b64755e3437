import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { PATHOLOGICAL_SHAPES } from '../support/pathologicalDrafts';
import { SIZES, type PassTimes } from './measureScaling';

/**
 * Every core pass grows with the text no faster than about linearly: from 10 KB to 100 KB and from
 * 100 KB to 1 MB, its time may grow at most 15 times (a linear pass grows about 10 times, a
 * quadratic one 100 times). The ratio is measured in one run on this machine, never an absolute time.
 */
const MAX_GROWTH = 15;

/**
 * The bound over a step of 3 times the text past 1 MB, where a step steeper than MAX_GROWTH is
 * measured again: 3^1.35, about 4.4 (a linear pass grows 3 times, n^1.5 5.2 times, a quadratic
 * pass 9 times). It leaves more room than MAX_GROWTH because the memory system still adds to a
 * linear pass there (fix-all on a chain of "Ibid." footnotes: 3.5 times from 1 MB to 3 MB, with
 * no part of it growing faster than 2.3 times per character in a profile).
 */
const MAX_GROWTH_OVER_3X = 3 ** 1.35;

/**
 * Below this a time is mostly timer and JIT noise, not the algorithm: a smaller time counts as
 * this much, so a pass is failed only once its growth costs 75 ms, long before a quadratic pass
 * would be felt in an editor.
 */
const NOISE_FLOOR_MS = 5;

const MEASURE = path.join(__dirname, 'measureScaling.js');

function measure(shape: string, passes: readonly string[], sizes: readonly number[]): PassTimes[] {
  // A fresh process: the heap the other tests leave behind would make the timings of large texts uneven.
  const args = [MEASURE, shape, ...passes.map((p) => `--pass=${p}`), `--sizes=${sizes.join(',')}`];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as PassTimes[];
}

/** The steps between sizes where the time grew more than `bound` times; each step as the index of its larger size. */
function stepsTooSteep(times: PassTimes, bound: number): number[] {
  const steep: number[] = [];
  for (let i = 1; i < times.ms.length; i++) if (times.ms[i] / Math.max(times.ms[i - 1], NOISE_FLOOR_MS) > bound) steep.push(i);
  return steep;
}

const describeTimes = (times: PassTimes, sizes: readonly number[]): string =>
  `${times.pass}: ${times.ms.map((ms, i) => `${(sizes[i] / 1000).toFixed(0)} KB ${ms.toFixed(1)} ms`).join(', ')}`;

/**
 * The passes of a shape that grow faster than linearly. A step steeper than MAX_GROWTH is measured
 * again from its larger size to 3 times that size, and the pass fails only if it is steep there
 * too: between 100 KB and 1 MB the model of a draft outgrows the processor's caches, and a linear
 * pass then costs up to twice as much per character (fix-all on 1 MB in sections: 1 120 ns per
 * character at 100 KB, 1 375 at 1 MB, 1 340 at 2 MB, 1 445 at 4 MB), while past 1 MB the cost per
 * character is flat again. A quadratic pass is steep at every size.
 */
function superlinearPasses(shape: string): string[] {
  const failures: string[] = [];
  for (const times of measure(shape, [], SIZES)) {
    for (const step of stepsTooSteep(times, MAX_GROWTH)) {
      const confirmSizes = [SIZES[step], SIZES[step] * 3];
      // Past 1 MB a garbage collection can fall in one run and not the other: the fastest of two runs is the pass's time.
      const [first] = measure(shape, [times.pass], confirmSizes);
      const [second] = measure(shape, [times.pass], confirmSizes);
      const again: PassTimes = { ...first, ms: first.ms.map((ms, i) => Math.min(ms, second.ms[i])) };
      if (stepsTooSteep(again, MAX_GROWTH_OVER_3X).length > 0) {
        failures.push(`${describeTimes(times, SIZES)}; then ${describeTimes(again, confirmSizes)}`);
        break;
      }
    }
  }
  return failures;
}

describe('scaling: every pass over a pathological draft grows about linearly with its length', function () {
  this.timeout(15 * 60 * 1000);

  for (const shape of PATHOLOGICAL_SHAPES) {
    it(shape.name, () => {
      assert.deepEqual(superlinearPasses(shape.name), [], `passes that grew more than ${MAX_GROWTH} times per 10 times the text`);
    });
  }
});
