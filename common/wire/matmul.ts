import type { FailureReply } from "../failure";
/**
 * The wire format of the matrix multiply worker (matmul-worker.ts). Times are the worker's own
 * `performance.now()` differences, in ms.
 */

/** The JS reference loop, the WebAssembly i-j-k loop, and the tiled f32x4 one. */
export type MatmulVariant = "js" | "naive" | "blocked-simd";

export type ToMatmulWorker =
  /**
   * Room for matrices up to maxN × maxN, in JavaScript and WebAssembly memory. With `jsKernel`,
   * the reader's edited workers/kernels/matmul.ts, the JS way runs its `matmulReference`; the
   * WebAssembly was compiled when the site was built.
   */
  | { type: "prepare"; maxN: number; seed: number; jsKernel: string | null }
  /** One product C = A·B of seeded n×n matrices. */
  | { type: "run"; variant: MatmulVariant; n: number };

export type FromMatmulWorker =
  /** The WebAssembly module is instantiated: the worker takes work. */
  | { type: "ready" }
  | { type: "prepared" }
  | {
      type: "ran";
      checksum: number;
      kernelMs: number;
      /** The JS way only, read after the clock: 64 sampled entries of C against doubles. */
      maxRelativeError?: number;
    }
  /** The reader's file did not compile, it threw at a line of it, or something else failed. */
  | FailureReply;
