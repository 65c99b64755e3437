// Which paragraph of one language version stands for which of the other, when their counts differ:
// one paragraph dropped must read as one difference, not as every paragraph after it shifted.

/** A pairing of two lists: pairs of indices in order, and the indices of each list left alone. */
export interface Alignment {
  readonly pairs: ReadonlyArray<readonly [number, number]>;
  readonly onlyFirst: readonly number[];
  readonly onlySecond: readonly number[];
}

/** How many cells the pairing weighs at most (the longer list's length times the paragraphs left alone, plus one). */
const MAX_ALIGNMENT_CELLS = 1_000_000;

/**
 * Pairs the items of two lists in order, leaving out as many items of the longer list as it has
 * more (and no others), so that the pairs are the most alike by `similarity` (0 to 1). Lists of one
 * length are paired one to one.
 */
export function alignInOrder(first: number, second: number, similarity: (i: number, j: number) => number): Alignment {
  const swapped = first < second;
  const [n, m] = swapped ? [second, first] : [first, second];
  const score = (i: number, j: number): number => (swapped ? similarity(j, i) : similarity(i, j));
  const skips = n - m;
  if (n * (skips + 1) > MAX_ALIGNMENT_CELLS) {
    // Versions this far apart are not one resolution: pair them in order, the rest alone.
    const pairs = Array.from({ length: m }, (_, index) => [index, index] as const);
    const alone = Array.from({ length: skips }, (_, index) => m + index);
    return swapped ? { pairs, onlyFirst: [], onlySecond: alone } : { pairs, onlyFirst: alone, onlySecond: [] };
  }
  // best[i][k]: the best total pairing the first i items of the longer list with the first i − k
  // of the shorter (k of them left alone, 0 ≤ k ≤ skips): n × (skips + 1) cells, however long the lists.
  const best: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(skips + 1).fill(-Infinity));
  best[0][0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let k = 0; k <= Math.min(skips, i); k++) {
      const j = i - k;
      if (j > m) continue;
      const skip = k > 0 ? best[i - 1][k - 1] : -Infinity;
      const pair = j > 0 && k <= i - 1 ? best[i - 1][k] + score(i - 1, j - 1) : -Infinity;
      best[i][k] = Math.max(skip, pair);
    }
  }
  const pairs: Array<readonly [number, number]> = [];
  const alone: number[] = [];
  for (let i = n, k = skips; i > 0; i--) {
    const j = i - k;
    if (j > 0 && k <= i - 1 && best[i][k] === best[i - 1][k] + score(i - 1, j - 1)) {
      pairs.push(swapped ? [j - 1, i - 1] : [i - 1, j - 1]);
    } else {
      alone.push(i - 1);
      k--;
    }
  }
  pairs.reverse();
  alone.reverse();
  return swapped ? { pairs, onlyFirst: [], onlySecond: alone } : { pairs, onlyFirst: alone, onlySecond: [] };
}

/** Pairs two lists by a key each item has (an operative paragraph's number), in the order of the first. */
export function alignByKey(first: readonly string[], second: readonly string[]): Alignment {
  const positions = new Map(second.map((key, index) => [key, index]));
  const pairs: Array<readonly [number, number]> = [];
  const onlyFirst: number[] = [];
  first.forEach((key, index) => {
    const other = positions.get(key);
    if (other === undefined) onlyFirst.push(index);
    else pairs.push([index, other]);
  });
  const paired = new Set(pairs.map(([, j]) => j));
  return { pairs, onlyFirst, onlySecond: second.map((_, j) => j).filter((j) => !paired.has(j)) };
}
