/**
 * f(x) = x + x·x + x·x·x, the Python notebook's kernel, the JavaScript ways. The WebAssembly
 * versions are in workers/wasm/poly.ts.
 */
export function poly(x: number): number {
  return x + x * x + x * x * x;
}

/** A loop that calls f on every element: like a Python loop, one function call per value. */
export function polyEach(input: Float32Array, output: Float32Array, length: number): void {
  for (let i = 0; i < length; i++) output[i] = poly(input[i] as number);
}

/** The same loop with f written inline over typed arrays, the fastest plain JavaScript. */
export function polyLoop(input: Float32Array, output: Float32Array, from: number, to: number) {
  for (let i = from; i < to; i++) {
    const x = input[i] as number;
    output[i] = x + x * x + x * x * x;
  }
}

/**
 * Every CHECKSUM_STRIDE-th output is summed, so that checking a result costs about 0.1 % of
 * computing it, yet any wrong lane or wrong offset would change the sum.
 */
export const CHECKSUM_STRIDE = 997;

/** The sum of output[i] over the i in [from, to) that are multiples of CHECKSUM_STRIDE. */
export function stridedChecksum(output: Float32Array, from: number, to: number): number {
  let sum = 0;
  const first = Math.ceil(from / CHECKSUM_STRIDE) * CHECKSUM_STRIDE;
  for (let i = first; i < to; i += CHECKSUM_STRIDE) sum += output[i] as number;
  return sum;
}

/** One pool task: f over [from, to) of arrays every worker shares; gives its part of the sum. */
export function polyRange(task: {
  input: Float32Array;
  output: Float32Array;
  from: number;
  to: number;
}): number {
  const { input, output, from, to } = task;
  polyLoop(input, output, from, to);
  return stridedChecksum(output, from, to);
}

/**
 * The largest relative difference between `output` and f of `input` computed in doubles, over
 * every CHECKSUM_STRIDE-th float, so the check costs about 0.1 % of the pass.
 */
export function maxRelativeError(input: Float32Array, output: Float32Array, length: number) {
  let worst = 0;
  for (let i = 0; i < length; i += CHECKSUM_STRIDE) {
    const expected = poly(input[i] as number);
    const error = Math.abs((output[i] as number) - expected) / Math.max(Math.abs(expected), 1e-30);
    worst = Math.max(worst, error);
  }
  return worst;
}
