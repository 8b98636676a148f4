import { maxRelativeError } from "../../workers/kernels/poly";

/**
 * JavaScript computes f in doubles and rounds once to float32: a relative error of 2⁻²⁴ at
 * most. A millionth leaves room and still catches any other f.
 */
export const JS_TOLERANCE = 1e-6;

/**
 * Stops the run when a JavaScript way's output is not f(x) = x + x² + x³: the reader may have
 * edited the kernel file, and a wrong answer must not be plotted as a time.
 */
export function checkF(series: string, floats: number, error: number): void {
  // Written so that NaN fails too.
  if (error <= JS_TOLERANCE) return;
  throw new Error(
    `Wrong output from “${series}” at ${floats.toLocaleString("en")} floats: it differs from f(x) = x + x² + x³ computed in doubles by up to ${error.toExponential(1)} (relative); float32 rounding allows ${JS_TOLERANCE.toExponential(0)}.`,
  );
}

/** The same check on arrays the page holds (the pool's shared output), after the clock. */
export function checkOutput(
  series: string,
  input: Float32Array,
  output: Float32Array,
  floats: number,
): void {
  checkF(series, floats, maxRelativeError(input, output, floats));
}
