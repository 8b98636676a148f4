export interface Point {
  re: number;
  im: number;
}

/** Iterations of z → z² + c before |z| > 2, at most `limit`: uneven work, as real loops have. */
export function escapeTime({ re, im }: Point, limit: number): number {
  let x = 0;
  let y = 0;
  let steps = 0;
  while (steps < limit && x * x + y * y <= 4) {
    const nextX = x * x - y * y + re;
    y = 2 * x * y + im;
    x = nextX;
    steps++;
  }
  return steps;
}

/** One row of the picture: the escape times of `width` points at height `im`. */
export interface Row {
  im: number;
  width: number;
  limit: number;
}

/** The real part of column `column` of `width`, across [−2, 1). */
export function columnRe(column: number, width: number): number {
  return -2 + (3 * column) / width;
}

/** The sum of a whole row's escape times: the outer loop's task. */
export function mandelbrotRow({ im, width, limit }: Row): number {
  let total = 0;
  for (let column = 0; column < width; column++) {
    total += escapeTime({ re: columnRe(column, width), im }, limit);
  }
  return total;
}

/** One point of a row: its column, so the worker works out where it lies, as the row task does. */
export interface RowPoint {
  column: number;
  width: number;
  im: number;
  limit: number;
}

/** One point's escape time: the inner loop's task. */
export function mandelbrotPoint({ column, width, im, limit }: RowPoint): number {
  return escapeTime({ re: columnRe(column, width), im }, limit);
}
