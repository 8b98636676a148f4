import type { KernelName } from "./kernels";

/**
 * The whole wire format between the engine's pool and its workers.
 * Plain messages, one round trip per chunk: the per-task hot path has no proxy layer.
 */

/** Main thread → worker: run `kernel` on each item of a chunk, in order. */
export interface RunChunk {
  type: "run";
  chunkId: number;
  kernel: KernelName;
  items: unknown[];
}

export type ToWorker = RunChunk;

/** Worker → main thread. */
export type FromWorker =
  /** The module has loaded and the worker takes work. */
  | { type: "ready" }
  | { type: "done"; chunkId: number; results: unknown[] }
  /** Item `index` within the chunk threw. */
  | { type: "failed"; chunkId: number; index: number; message: string; stack: string };
