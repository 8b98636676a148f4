import type { FailureReply } from "../failure";
/**
 * The wire format of the two vectorization workers: the one that times each way of computing
 * f(x) = x + x² + x³ (poly-worker.ts) and the fresh one per trial that times first calls
 * (first-call-worker.ts). Times are the worker's own `performance.now()` differences, in ms.
 */

/** Each way of producing the output array, plus a plain copy: the memory-bandwidth ceiling. */
export type PolyVariant = "copy" | "js-each" | "js-loop" | "wasm-scalar" | "wasm-simd";

export type ToPolyWorker =
  /**
   * Seeded inputs of `length` floats, in JavaScript memory and in the WebAssembly memory. With
   * `jsKernels`, the reader's edited workers/kernels/poly.ts, the JavaScript ways run its
   * `polyEach` and `polyLoop`; the WebAssembly was compiled when the site was built.
   */
  | { type: "prepare"; length: number; seed: number; jsKernels: string | null }
  /** One pass over the first `length` floats. */
  | { type: "run"; variant: PolyVariant; length: number };

export type FromPolyWorker =
  /** The WebAssembly module is compiled and instantiated: the worker takes work. */
  | { type: "ready" }
  | { type: "prepared" }
  | {
      type: "ran";
      checksum: number;
      kernelMs: number;
      /**
       * JavaScript ways only, read after the clock: the largest relative difference from f in
       * doubles over every 997th float, so a wrong edited kernel cannot pass unseen.
       */
      maxRelativeError?: number;
    }
  /** The reader's file did not compile, it threw at a line of it, or something else failed. */
  | FailureReply;

export type ToFirstCallWorker = {
  type: "measure";
  length: number;
  seed: number;
  calls: number;
  /** The reader's edited workers/kernels/poly.ts, whose `polyLoop` is timed; null for the built-in one. */
  jsKernels: string | null;
};

export type FromFirstCallWorker =
  | { type: "ready" }
  | {
      type: "measured";
      /** The JavaScript loop's calls in order: the first, then the warm ones. */
      jsMs: number[];
      /** `WebAssembly.compile` of the module's bytes (fetched before the clock). */
      compileMs: number;
      instantiateMs: number;
      /** The WebAssembly SIMD kernel's calls in order, as for `jsMs`. */
      wasmMs: number[];
      /** The JavaScript loop's output against f in doubles, read after its last call. */
      jsMaxRelativeError: number;
    }
  /** The reader's file did not compile, it threw at a line of it, or something else failed. */
  | FailureReply;
