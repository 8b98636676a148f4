import { matmulReference, matmulTolerance, maxAbsDifference } from "../workers/kernels/matmul";
import { seededFloats } from "../workers/kernels/seeded";
import {
  instantiateMatmul,
  MATMUL_WAYS,
  type MatmulWay,
  wasmMatrices,
} from "../workers/matmul-wasm";

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
  const agreements: MatmulAgreement[] = [];
  for (const n of sizes) {
    const matrices = wasmMatrices(instance, n);
    seededFloats(n * n, n, matrices.a);
    seededFloats(n * n, n + 1, matrices.b);
    const reference = matmulReference(matrices.a, matrices.b, n);
    for (const way of Object.keys(MATMUL_WAYS) as MatmulWay[]) {
      matrices.c.fill(Number.NaN);
      matrices.multiply(way);
      const difference = maxAbsDifference(reference, matrices.c);
      agreements.push({ n, way, difference, tolerance: matmulTolerance(n) });
    }
  }
  return agreements;
}
