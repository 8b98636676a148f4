import { matmulReference, matmulTolerance, maxAbsDifference } from "../workers/kernels/matmul";
import { seededFloats } from "../workers/kernels/seeded";
import {
  instantiateMatmul,
  MATMUL_WAYS,
  type MatmulWay,
  wasmMatrices,
} from "../workers/vectorize/matmul-wasm";

/** How far one WebAssembly way's C = A·B lies from the JS reference at one size. */
export interface MatmulAgreement {
  n: number;
  way: MatmulWay;
  difference: number;
  tolerance: number;
}

/**
 * Runs every WebAssembly matrix multiply over seeded n×n matrices for each n and measures its
 * largest difference from the JS reference. C is filled with NaN first, so an element a kernel
 * never writes shows up as a NaN difference.
 */
export async function matmulAgreement(sizes: readonly number[]): Promise<MatmulAgreement[]> {
  const instance = await instantiateMatmul();
  const matrices = wasmMatrices(instance, Math.max(...sizes));
  const agreements: MatmulAgreement[] = [];
  for (const n of sizes) {
    const a = seededFloats(n * n, n, matrices.a.subarray(0, n * n));
    const b = seededFloats(n * n, n + 1, matrices.b.subarray(0, n * n));
    const c = matrices.c.subarray(0, n * n);
    const reference = matmulReference(a, b, n);
    for (const way of Object.keys(MATMUL_WAYS) as MatmulWay[]) {
      c.fill(Number.NaN);
      matrices.multiply(way, n);
      const difference = maxAbsDifference(reference, c);
      agreements.push({ n, way, difference, tolerance: matmulTolerance(n) });
    }
  }
  return agreements;
}
