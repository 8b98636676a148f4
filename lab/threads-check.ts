import { matmulReference, matmulTolerance, maxAbsDifference } from "../workers/kernels/matmul";
import { poly } from "../workers/kernels/poly";
import { seededFloats } from "../workers/kernels/seeded";
import { WorkerPool } from "../workers/pool/host/pool";
import { prepareMatmulThreads } from "../workers/vectorize/host/matmulThreads";
import { preparePolyThreads } from "../workers/vectorize/host/polyThreads";

/** How far a WebAssembly threads kernel's output lies from the JS reference, at one size. */
export interface ThreadsAgreement {
  kernel: "poly" | "matmul";
  workers: number;
  size: number;
  difference: number;
  tolerance: number;
}

const SEED = 20_260_622;

/**
 * Runs f(x) = x + x² + x³ (`lengths` floats) and C = A·B (`sides`) on pools of each size over
 * one shared WebAssembly.Memory, and measures each output's largest difference from the JS
 * reference. Outputs are filled with NaN first, so a float no worker wrote shows up as NaN.
 * f's difference is relative: JS rounds once from doubles, WebAssembly after each f32 step.
 */
export async function threadsAgreement(
  workerCounts: readonly number[],
  lengths: readonly number[],
  sides: readonly number[],
): Promise<ThreadsAgreement[]> {
  const { signal } = new AbortController();
  const agreements: ThreadsAgreement[] = [];
  for (const workers of workerCounts) {
    const pool = await WorkerPool.start(workers);
    try {
      const poly = await preparePolyThreads(pool, Math.max(...lengths), SEED);
      for (const length of lengths) {
        poly.output.fill(Number.NaN);
        await poly.run(length, signal);
        const difference = maxRelativeDifference(poly.input, poly.output, length);
        agreements.push({ kernel: "poly", workers, size: length, difference, tolerance: 1e-6 });
      }
      const matmul = await prepareMatmulThreads(pool, Math.max(...sides));
      for (const n of sides) {
        const a = seededFloats(n * n, n, matmul.a.subarray(0, n * n));
        const b = seededFloats(n * n, n + 1, matmul.b.subarray(0, n * n));
        const c = matmul.c.subarray(0, n * n);
        c.fill(Number.NaN);
        await matmul.run(n, signal);
        const difference = maxAbsDifference(matmulReference(a, b, n), c);
        agreements.push({
          kernel: "matmul",
          workers,
          size: n,
          difference,
          tolerance: matmulTolerance(n),
        });
      }
    } finally {
      pool.terminate();
    }
  }
  return agreements;
}

/** The largest |f(x) − out| / |f(x)| over the first `length` floats; NaN if any is NaN. */
function maxRelativeDifference(input: Float32Array, output: Float32Array, length: number): number {
  let largest = 0;
  for (let i = 0; i < length; i++) {
    const expected = poly(input[i] as number);
    const difference = Math.abs((output[i] as number) - expected) / Math.max(expected, 1e-30);
    if (!(difference <= largest)) largest = difference;
  }
  return largest;
}
