/** A half-open range of integers [from, to). */
export interface Range {
  from: number;
  to: number;
}

/**
 * Python's `Pool.map` chunk size when none is given: `ceil(n / (4 × workers))`, so each worker
 * gets about four chunks — few messages, yet some room to even out uneven tasks.
 * (CPython, Lib/multiprocessing/pool.py: `chunksize, extra = divmod(len(iterable), len(self._pool) * 4)`.)
 *
 * @example defaultChunkSize(1000, 2) // 125
 */
export function defaultChunkSize(items: number, workers: number): number {
  return Math.max(1, Math.ceil(items / (4 * workers)));
}

/**
 * Cuts [0, n) into `parts` ranges whose widths differ by at most one.
 *
 * @example splitRange(10, 3) // [{from: 0, to: 4}, {from: 4, to: 7}, {from: 7, to: 10}]
 */
export function splitRange(n: number, parts: number): Range[] {
  const count = Math.max(1, Math.min(parts, n));
  const base = Math.floor(n / count);
  const extra = n % count;
  const ranges: Range[] = [];
  let from = 0;
  for (let i = 0; i < count; i++) {
    const to = from + base + (i < extra ? 1 : 0);
    ranges.push({ from, to });
    from = to;
  }
  return ranges;
}
