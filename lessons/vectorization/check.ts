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

/**
 * A float32 sum of n non-negative products (the inputs are in [0, 1)) may be off by about
 * n · 2⁻²⁴ relative, in any order of adding (Higham, §3.1); twice that leaves room. A product
 * left out or counted twice moves an entry by about 1/n: far more, at every size here.
 */
export const matmulBound = (n: number) => 2 * n * 2 ** -24;

/** Stops the run when the JS way's C is not A·B: the reader may have edited its loop. */
export function checkProduct(series: string, n: number, error: number): void {
  const bound = matmulBound(n);
  if (error <= bound) return;
  throw new Error(
    `Wrong C from “${series}” at N = ${n}: sampled entries differ from A·B computed in doubles by up to ${error.toExponential(1)} (relative); float32 rounding allows ${bound.toExponential(1)}.`,
  );
}
