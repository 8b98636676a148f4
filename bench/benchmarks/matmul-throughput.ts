import {
  matmulFlops,
  matmulReference,
  matmulTolerance,
  maxAbsDifference,
} from "../../workers/kernels/matmul";
import { seededFloats } from "../../workers/kernels/seeded";
import {
  instantiateMatmul,
  type MatmulWay,
  wasmMatrices,
} from "../../workers/vectorize/matmul-wasm";
import type { Row } from "./row";
import { medianTimes } from "./timing";

const N = 512;
const ROUNDS = 7;
const SEED = 20_260_611;

/**
 * Matrix multiply throughput at N = 512, in GFLOP/s (2·N³ operations / seconds / 1e9), on the
 * lab page's main thread over the same seeded float32 matrices (entries in [-1, 1)): the JS
 * reference loop (`js`), the WebAssembly i-j-k loop (`naive`) and the WebAssembly tiled f32x4
 * loop (`blocked-simd`). Each way is run once untimed as warm-up, and that result is checked
 * against the JS reference to float tolerance (a mismatch throws); then 7 runs are timed,
 * interleaved across ways, and the row is the median.
 */
export async function matmulThroughput(): Promise<Row[]> {
  const instance = await instantiateMatmul();
  const matrices = wasmMatrices(instance, N);
  seededFloats(N * N, SEED, matrices.a);
  seededFloats(N * N, SEED + 1, matrices.b);
  for (const matrix of [matrices.a, matrices.b]) {
    for (let i = 0; i < matrix.length; i++) matrix[i] = 2 * (matrix[i] as number) - 1;
  }
  const a = matrices.a.slice();
  const b = matrices.b.slice();
  const reference = matmulReference(a, b, N);
  const wasmCase = (way: MatmulWay) => ({
    subject: `${way}@${N}`,
    warmUp: () => {
      matrices.multiply(way, N);
      const difference = maxAbsDifference(reference, matrices.c);
      if (!(difference <= matmulTolerance(N))) {
        throw new Error(`${way} differs from the JS reference by ${difference} at N = ${N}.`);
      }
      return Promise.resolve();
    },
    run: () => Promise.resolve(matrices.multiply(way, N)),
  });
  const timed = await medianTimes(
    [
      {
        subject: `js@${N}`,
        warmUp: () => Promise.resolve(matmulReference(a, b, N)),
        run: () => Promise.resolve(matmulReference(a, b, N)),
      },
      wasmCase("naive"),
      wasmCase("blocked-simd"),
    ],
    ROUNDS,
  );
  return timed.map(({ timed, medianMs }) => ({
    metric: "gflops",
    subject: timed.subject,
    value: matmulFlops(N) / (medianMs * 1e6),
    unit: "GFLOP/s",
  }));
}
