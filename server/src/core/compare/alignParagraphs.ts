// Which paragraph of one language version stands for which of the other, when their counts differ:
// one paragraph dropped must read as one difference, not as every paragraph after it shifted.

/** A pairing of two lists: pairs of indices in order, and the indices of each list left alone. */
export interface Alignment {
  readonly pairs: ReadonlyArray<readonly [number, number]>;
  readonly onlyFirst: readonly number[];
  readonly onlySecond: readonly number[];
}

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
  // best[i][j]: the best total pairing the first i items of the longer list with the first j of the shorter, 0 ≤ i − j ≤ skips.
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  best[0][0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - skips); j <= Math.min(i, m); j++) {
      const skip = i - 1 - j <= skips && i - 1 >= j ? best[i - 1][j] : -Infinity;
      const pair = j > 0 ? best[i - 1][j - 1] + score(i - 1, j - 1) : -Infinity;
      best[i][j] = Math.max(skip, pair);
    }
  }
  const pairs: Array<readonly [number, number]> = [];
  const alone: number[] = [];
  for (let i = n, j = m; i > 0; i--) {
    if (j > 0 && best[i][j] === best[i - 1][j - 1] + score(i - 1, j - 1)) {
      pairs.push(swapped ? [j - 1, i - 1] : [i - 1, j - 1]);
      j--;
    } else {
      alone.push(i - 1);
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
