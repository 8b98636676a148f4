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

/**
 * One point's escape time: the inner loop's task. It gets the point's column in its row, and
 * works out where the point lies as the row task does, so both tasks run the same code.
 */
export function mandelbrotPoint({ column, width, im, limit }: Row & { column: number }): number {
  return escapeTime({ re: columnRe(column, width), im }, limit);
}
