import type { MatmulVariant } from "../../kit";

/** The series of the matrix multiply chart, in the order they run at each size. */
export const MATMUL_SERIES: Record<MatmulVariant, string> = {
  js: "JS: i-j-k loop",
  naive: "WASM naive: i-j-k loop",
  "blocked-simd": "WASM blocked SIMD",
};

/** The tiled SIMD loop in every worker of a pool, each on its rows of C in one shared memory. */
export const matmulThreadsName = (workers: number) =>
  `WASM blocked SIMD threads: pool of ${workers}`;

/** GFLOP/s of one n×n product (2·n³ operations) that took `ms`. */
export const gflops = (n: number, ms: number) => (2 * n ** 3) / (ms * 1e6);
