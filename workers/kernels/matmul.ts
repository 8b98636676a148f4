/**
 * C = A·B over n×n float32 matrices stored row by row, in plain JavaScript: the reference the
 * WebAssembly kernels (workers/wasm/matmul.ts) are checked against, and the JS way they race.
 * Sums in doubles, so it is at least as exact as any float32 ordering of the same sums.
 */
export function matmulReference(a: Float32Array, b: Float32Array, n: number): Float32Array {
  const c = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let k = 0; k < n; k++) sum += (a[i * n + k] as number) * (b[k * n + j] as number);
      c[i * n + j] = sum;
    }
  }
  return c;
}

/**
 * The largest difference float32 sums of n products of values in [-1, 1] may show against the
 * reference: their rounding error grows with n (about n · 2⁻²⁴ per unit of the sum in the worst
 * case), far below the error of a wrong or missing product.
 */
export function matmulTolerance(n: number): number {
  return 1e-5 * n;
}

/** The largest absolute difference between two results of the same size. */
export function maxAbsDifference(expected: Float32Array, actual: Float32Array): number {
  if (expected.length !== actual.length) {
    throw new Error(`Results differ in size: ${expected.length} vs ${actual.length}.`);
  }
  let largest = 0;
  for (let i = 0; i < expected.length; i++) {
    largest = Math.max(largest, Math.abs((expected[i] as number) - (actual[i] as number)));
  }
  return largest;
}

/** Floating-point operations of one n×n product: n³ multiplies and n³ adds. */
export function matmulFlops(n: number): number {
  return 2 * n ** 3;
}

/**
 * The largest relative difference between 64 spread-out entries of C and their dot products in
 * doubles: enough to catch a wrong tile or offset in a GPU's C without redoing all n³ products.
 */
export function sampledMatmulError(
  a: Float32Array,
  b: Float32Array,
  c: Float32Array,
  n: number,
): number {
  let worst = 0;
  for (let s = 0; s < 64; s++) {
    const index = (s * 7_919) % (n * n);
    const row = Math.floor(index / n);
    const col = index % n;
    let expected = 0;
    for (let k = 0; k < n; k++) expected += (a[row * n + k] as number) * (b[k * n + col] as number);
    const error = Math.abs((c[index] as number) - expected) / Math.max(Math.abs(expected), 1e-30);
    worst = Math.max(worst, Number.isNaN(error) ? Number.POSITIVE_INFINITY : error);
  }
  return worst;
}
