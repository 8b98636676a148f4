import {
  matmulFlops,
  matmulReference,
  matmulTolerance,
  maxAbsDifference,
} from "../../workers/kernels/matmul";
import { seededFloats } from "../../workers/kernels/seeded";
import { WorkerPool } from "../../workers/pool/host/pool";
import { prepareMatmulThreads } from "../../workers/vectorize/host/matmulThreads";
import { preparePolyThreads } from "../../workers/vectorize/host/polyThreads";
import type { Row } from "./row";
import { median } from "./timing";

const SIZES = [1_000_000, 10_000_000];
const N = 512;
const WARM_UP_PASSES = 3;
const ROUNDS = 9;
/** The seeds of poly-bandwidth.ts and matmul-throughput.ts: the same inputs as their rows. */
const POLY_SEED = 20_260_601;
const MATMUL_SEED = 20_260_611;
/** Bytes each float costs: f reads it and writes its result. */
const BYTES_PER_FLOAT = 8;

/**
 * The WebAssembly threads kernels on a pool of one worker per logical core, over one shared
 * WebAssembly.Memory, beside the one-worker rows of poly-bandwidth.ts and matmul-throughput.ts:
 * f(x) = x + x² + x³ over 1e6 and 1e7 float32s in GB/s (`wasm-threads@…`), and the tiled SIMD
 * matrix multiply at N = 512 in GFLOP/s (`blocked-simd-threads@512`, checked against the JS
 * reference on its first, untimed run). A pass is timed as the workers saw it, from the first
 * starting to the last finishing; 3 untimed passes, then 9 timed, and the row is the median.
 */
export async function wasmThreads(): Promise<Row[]> {
  const { signal } = new AbortController();
  const pool = await WorkerPool.start(navigator.hardwareConcurrency || 1);
  try {
    const rows: Row[] = [];
    const poly = await preparePolyThreads(pool, Math.max(...SIZES), POLY_SEED);
    for (const floats of SIZES) {
      const ms = await medianPass(() => poly.run(floats, signal).then((pass) => pass.kernelMs));
      rows.push({
        metric: "gbps",
        subject: `wasm-threads@${floats === 1e6 ? "1e6" : "1e7"}`,
        value: (floats * BYTES_PER_FLOAT) / (ms * 1e6),
        unit: "GB/s",
      });
    }
    const matmul = await prepareMatmulThreads(pool, N);
    // Entries in [-1, 1), as in matmul-throughput.ts.
    for (const [matrix, seed] of [
      [matmul.a, MATMUL_SEED],
      [matmul.b, MATMUL_SEED + 1],
    ] as const) {
      seededFloats(N * N, seed, matrix);
      for (let i = 0; i < matrix.length; i++) matrix[i] = 2 * (matrix[i] as number) - 1;
    }
    await matmul.run(N, signal);
    const difference = maxAbsDifference(matmulReference(matmul.a, matmul.b, N), matmul.c);
    if (!(difference <= matmulTolerance(N))) {
      throw new Error(`Threaded matmul differs from the JS reference by ${difference}.`);
    }
    const ms = await medianPass(() => matmul.run(N, signal));
    rows.push({
      metric: "gflops",
      subject: `blocked-simd-threads@${N}`,
      value: matmulFlops(N) / (ms * 1e6),
      unit: "GFLOP/s",
    });
    return rows;
  } finally {
    pool.terminate();
  }
}

/** The median of ROUNDS timed passes after WARM_UP_PASSES untimed ones. */
async function medianPass(pass: () => Promise<number>): Promise<number> {
  for (let i = 0; i < WARM_UP_PASSES; i++) await pass();
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) times.push(await pass());
  return median(times);
}
